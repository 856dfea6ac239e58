/**
 * Headings and rules: a markdown heading is the title (then the subtitle) while in the header,
 * else a titled section break; a thematic break (`* * *`) is an untitled one.
 */
import { FRONT_MATTER_HEADING } from './read-front-matter.js'
import type { ReadContext } from './read-context.js'

export function readHeading(ctx: ReadContext, title: string): void {
  const { meta, unit } = ctx
  ctx.frontSection = FRONT_MATTER_HEADING.test(title)
  if (ctx.frontSection) ctx.sawFrontHeading = true
  ctx.frontNote = undefined
  if (ctx.inHeader && !meta.title && ctx.fence === -1) {
    meta.title = title
    ctx.titleFromHeading = true
  } else if (ctx.inHeader && ctx.titleFromHeading && !meta.subtitle) meta.subtitle = title
  else ctx.addBreak({ type: 'break', title, position: ctx.span(unit.first, unit.last) })
}

/** A heading wrapped over several lines (`#  Versión estenográfica ...`): its lines joined. */
export function readWrappedHeading(ctx: ReadContext): void {
  readHeading(ctx, ctx.unitText(ctx.unit).replace(/^#{1,6}[ \t]+/, '').replace(/\s*\n\s*/g, ' ').trim())
}

export function readThematicBreak(ctx: ReadContext): void {
  const unit = ctx.unit
  ctx.addBreak({ type: 'break', position: ctx.span(unit.first, unit.last) })
}
