/**
 * The header: what comes before the first turn on a published transcript (site boilerplate, a
 * title, a dateline, a place, a time, a court caption), read into metadata and notes.
 */
import { findDate, isTimeLine } from './dates.js'
import { classifyHeader, isBoilerplate, type HeaderKind } from './header.js'
import { onlyEvents, type Segment } from './inlines.js'
import type { ReadContext } from './read-context.js'

/** Read the unit as header material if it is some (returns false for speech and event lines). */
export function readHeaderBlock(ctx: ReadContext, segments: Segment[]): boolean {
  const unit = ctx.unit_
  const lines: string[] = []
  for (let line = unit.first_; line <= unit.last_; line++) lines.push(ctx.line_(line))
  // After a section break only boilerplate is still header; a line of events is an event line.
  if (unit.emptyBefore_ >= 2 && !isBoilerplate(lines[0]!)) return false
  const early = ctx.paragraphOf_(segments)
  if (early && onlyEvents(early.children)) return false
  const months = ctx.styles_.months_
  const kind = unit.kind_ === 'paren' && !findDate(lines.join(' '), months) ? 'speech' : classifyHeader(lines, { title: !!ctx.meta_.title, place: !!ctx.meta_.place }, months)
  if (kind === 'speech') return false
  readHeader(ctx, kind, lines)
  return true
}

function readHeader(ctx: ReadContext, kind: Exclude<HeaderKind, 'speech'>, lines: string[]): void {
  const { meta_: meta, unit_: unit } = ctx
  const joined = lines.join(' ')
  switch (kind) {
    case 'boilerplate':
      ctx.addNote_('boilerplate', unit)
      return
    case 'title':
      meta.title = joined
      return
    case 'place':
      meta.place = lines.join(', ')
      return
    case 'time':
      meta.extra = { ...meta.extra, time: joined }
      return
    case 'date': {
      const date = findDate(joined, ctx.styles_.months_)
      if (date && !meta.date) meta.date = date
      ctx.addNote_('dateline', unit)
      return
    }
    default:
      readCaption(ctx, lines)
  }
}

/** A multi-line header block (a court caption): its date and time lines picked out, the block kept as a note. */
function readCaption(ctx: ReadContext, lines: string[]): void {
  const meta = ctx.meta_
  for (const line of lines) {
    // A short line, or a dateline ending in its year (`Berlin, Donnerstag, den 22. November 2012`).
    const date = !meta.date && (line.length <= 40 || (line.length <= 60 && /\d{4}\.?$/.test(line))) ? findDate(line, ctx.styles_.months_) : undefined
    if (date) meta.date = date
    else if (!meta.extra?.time && isTimeLine(line)) meta.extra = { ...meta.extra, time: line }
  }
  ctx.addNote_('header', ctx.unit_)
}
