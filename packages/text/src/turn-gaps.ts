/**
 * Blank runs inside a turn (a broadcast transcript that puts two empty lines at some paragraph
 * breaks of one speaker): when the document never puts a blank run before a label, blank runs do
 * not separate its speakers, and a paragraph after two empty lines continues the turn (one info
 * message, at the first). Three or more empty lines still start an unattributed turn: that is how
 * `toText` writes one. Decided once per document from the label units (linear in the labels).
 */
import { leadingTimestamp } from './clock.js'
import type { ReadContext } from './read-context.js'

/** Reads whose blank runs do not separate speakers: false until the message was given, then true (a field of the read, kept here so that the basic entry's context does not carry it). */
const gapsInTurns = new WeakMap<ReadContext, boolean>()

/** Before pass two (the full entry's `prepare_`): decide once whether this read's blank runs separate speakers. */
export function decideGaps(ctx: ReadContext, labelUnits: readonly number[]): void {
  if (gapsInsideTurns(ctx, labelUnits)) gapsInTurns.set(ctx, false)
}

export const TURN_GAP_RULE = {
  id: 'gap-in-turn',
  /** The blank run a turn continues over (exactly this many empty lines). */
  emptyLines: 2,
} as const

/** Whether the document never puts two or more empty lines before a label (a stamp line before a label counts as the label). */
export function gapsInsideTurns(ctx: ReadContext, labelUnits: readonly number[]): boolean {
  const { units_: units, scratch_: scratch } = ctx
  if (labelUnits.length === 0) return false
  for (const u of labelUnits) {
    if (units.read_(u, scratch).emptyBefore_ >= 2) return false
    if (u > 0 && units.read_(u - 1, scratch).kind_ === 'stamp' && scratch.emptyBefore_ >= 2) return false
  }
  return true
}

/**
 * Before a text unit is read: after exactly two empty lines inside a turn of such a document, the
 * turn goes on (the unit is read as the next paragraph), unless it opens with a time stamp (the
 * start of a turn, as `toText` writes an unattributed one). Returns false: the unit is still read.
 */
export function continueOverGap(ctx: ReadContext, first: string): boolean {
  const unit = ctx.unit_
  // Only where the gap would end the turn: not after a lone label (bound to what follows) or web furniture (the turn goes on anyway).
  const said = gapsInTurns.get(ctx)
  if (said === undefined || unit.emptyBefore_ !== TURN_GAP_RULE.emptyLines || !ctx.current_ || ctx.current_.children.length === 0 || ctx.keepTurn_ || ctx.sectioned_ || ctx.inHeader_ || leadingTimestamp(first.trimStart())) return false
  ctx.keepTurn_ = true
  if (!said) {
    gapsInTurns.set(ctx, true)
    ctx.report_('two empty lines inside a speech: read as a paragraph break of the same turn, since this document never puts blank lines before a label', TURN_GAP_RULE.id, ctx.span_(unit.first_, unit.first_).start, 'info')
  }
  return false
}
