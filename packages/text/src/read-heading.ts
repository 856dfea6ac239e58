/**
 * Headings and rules: a markdown heading is the title (then the subtitle) while in the header,
 * else a titled section break; a thematic break (`* * *`) is an untitled one.
 */
import type { ReadContext } from './read-context.js'

export function readHeading(ctx: ReadContext, title: string): void {
  const { meta_: meta, unit_: unit } = ctx
  ctx.frontSection_ = ctx.styles_.records_?.frontMatterHeading_.test(title) === true
  if (ctx.frontSection_) ctx.sawFrontHeading_ = true
  ctx.frontNote_ = undefined
  if (ctx.inHeader_ && !meta.title && ctx.fence_ === -1) {
    meta.title = title
    ctx.titleFromHeading_ = true
  } else if (ctx.inHeader_ && ctx.titleFromHeading_ && !meta.subtitle) meta.subtitle = title
  else ctx.addBreak_({ type: 'break', title, position: ctx.span_(unit.first_, unit.last_) })
}

/** A heading wrapped over several lines (`#  Versión estenográfica ...`): its lines joined. */
export function readWrappedHeading(ctx: ReadContext): void {
  readHeading(ctx, ctx.unitText_(ctx.unit_).replace(/^#{1,6}[ \t]+/, '').replace(/\s*\n\s*/g, ' ').trim())
}

export function readThematicBreak(ctx: ReadContext): void {
  const unit = ctx.unit_
  ctx.addBreak_({ type: 'break', position: ctx.span_(unit.first_, unit.last_) })
}
