/**
 * Pass two: every unit read once, in order, by the handler for its kind. The unit table's kinds
 * (label, page code, stamp line, court lines) go straight to their handler; a text unit (or a
 * stand-alone parenthetical) is recognised in turn as escaped text, a heading, a bare time, a
 * rule, header material, record structure (`read-record.ts`), an event line, front or back
 * matter, or paragraph text. A label unit may be record structure too before it is a turn.
 */
import { isEscaped, ESCAPE } from './escape.js'
import { isTimeLine } from './dates.js'
import { HEADING, isWebFurniture, THEMATIC_BREAK, unescapeHeading } from './header.js'
import { contentStart } from './lines.js'
import type { ReadContext } from './read-context.js'
import { isEventLine, readEventLine } from './read-event-line.js'
import { readHeaderBlock } from './read-header.js'
import { readHeading, readThematicBreak, readWrappedHeading } from './read-heading.js'
import { readTrailer } from './read-notes.js'
import { readParagraph } from './read-paragraph.js'
import { readLabel } from './read-label.js'
import { readStampLine, readTimeLine } from './read-stamp.js'
import type { UnitKind } from './unit-table.js'

type Handler = (ctx: ReadContext) => void

/**
 * Unit kind -> handler, without the house styles: a court's page code, examination and witness
 * lines are text. The record styles (`styles.ts`) bring their own table.
 */
export const UNIT_HANDLERS: Readonly<Record<UnitKind, Handler>> = {
  label: readLabel,
  text: readText,
  paren: readText,
  page: readText,
  stamp: readStampLine,
  exam: readText,
  examiner: readText,
  witness: readText,
}

export function readUnits(ctx: ReadContext): void {
  const { units_: units, unit_: unit } = ctx
  const records = ctx.styles_.records_
  const table = records ? records.handlers_ : UNIT_HANDLERS
  for (let u = 0; u < units.count_; u++) {
    ctx.index_ = u
    units.read_(u, unit)
    if (u >= ctx.trailer_) readTrailer(ctx)
    else if (!records?.readGlued_(ctx, table[unit.kind_])) table[unit.kind_](ctx)
  }
  ctx.closeTurn_()
  if (records) records.report_(ctx)
  else ctx.styles_.plainRecords_?.(ctx)
  // Nothing read as speech: say so (a layout no grammar knows would otherwise end up as header notes only).
  if (!ctx.anyTurn_ && units.count_ >= 3) ctx.report_(`expected speech, found none in ${units.count_} paragraphs`, 'no-speech', ctx.span_(units.firstOf_(0), units.firstOf_(0)))
}

function readText(ctx: ReadContext): void {
  const { unit_: unit, table_: table } = ctx
  const first = ctx.line_(unit.first_)
  // An escaped paragraph is text, whatever it looks like.
  if (isEscaped(first)) {
    if (!ctx.styles_.records_?.readMatter_(ctx, unit)) readParagraph(ctx, unit, ctx.segmentsFrom_(unit, unit.first_, contentStart(table, unit.first_) + ESCAPE.length), true)
    return
  }
  if (ctx.clockLines_ && ctx.styles_.records_!.readClockUnit_(ctx)) return
  if (readLineShape(ctx, first)) return
  const segments = ctx.segmentsFrom_(unit, unit.first_, contentStart(table, unit.first_))
  // A plain heading over front matter (`Abstract`) before any turn: what follows it up to the labels is front matter; the heading is read as header material.
  if (ctx.inHeader_ && !ctx.anyTurn_ && unit.first_ === unit.last_ && first.length <= 40 && ctx.styles_.records_?.plainMatterHeading_.test(first)) ctx.frontSection_ = ctx.sawFrontHeading_ = true
  if (unit.kind_ === 'text' && (readWebFurniture(ctx, first) || ctx.styles_.records_?.readText_(ctx, first))) return
  if (ctx.inHeader_ && readHeaderBlock(ctx, segments)) return
  // A one-line paragraph's only segment is exactly `first`: no second slice of the same text.
  const built = ctx.paragraphOf_(segments, false, unit.first_ === unit.last_ && ctx.cutAt_ === -1 ? first : undefined)
  if (!built) return
  if (isEventLine(ctx, built)) readEventLine(ctx, built)
  else if (!ctx.styles_.records_?.readMatter_(ctx, unit)) {
    ctx.frontNote_ = undefined
    readParagraph(ctx, unit, segments, false, built)
  }
}

/** Web furniture inside a speech (`Continue reading the main story`): a note; the speech goes on after it. */
function readWebFurniture(ctx: ReadContext, first: string): boolean {
  const unit = ctx.unit_
  if (!isWebFurniture(first) && !(unit.last_ > unit.first_ && isWebFurniture(ctx.line_(unit.last_)))) return false
  ctx.addNote_('web-furniture', unit)
  ctx.keepTurn_ = ctx.current_ !== null
  return true
}

/** Units recognised by their shape alone: a heading, a bare time between turns, a rule. */
function readLineShape(ctx: ReadContext, first: string): boolean {
  const unit = ctx.unit_
  if (unit.first_ !== unit.last_) {
    if (!/^#{1,6}[ \t]/.test(first)) return false
    readWrappedHeading(ctx)
    return true
  }
  const opening = first.charCodeAt(0)
  const heading = opening === 35 /* # */ ? HEADING.exec(first) : null
  if (heading) readHeading(ctx, unescapeHeading(heading[2]!.trim()))
  else if (!ctx.inHeader_ && isTimeLine(first)) readTimeLine(ctx)
  else if ((opening === 42 || opening === 45 || opening === 95) && THEMATIC_BREAK.test(first)) readThematicBreak(ctx)
  else return false
  return true
}
