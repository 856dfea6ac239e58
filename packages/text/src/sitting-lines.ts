/**
 * A German record's sitting lines, written like labels: `Beginn: 9.00 Uhr`, `Schluss: 12.25 Uhr`
 * (the sitting opened and closed, a Bundestag's Plenarprotokoll). Procedure, not speech: an event
 * of kind `other` with the line as written, counted by the `record-structure` message.
 */
import type { ReadContext } from './read-context.js'
import { tallyStructure } from './read-record.js'
import type { StructureRule } from './record-structure.js'

export const SITTING_LINE_RULE = {
  id: 'procedure-sitting-time',
  yields: 'procedure',
  /** The label and the time after it (`Beginn: 9.00 Uhr`, `Schluß: 12 Uhr 25 Minuten`). */
  pattern: /^(?:Beginn|Schluss|Schluß|Unterbrechung|Wiederbeginn)[ \t]*:[ \t]*\d{1,2}(?:[.:]\d{2})?[ \t]*Uhr(?:[ \t]+\d{1,2}[ \t]+Minuten)?\.?$/,
} as const satisfies StructureRule

/** A one-line label unit that is a sitting line: read as an event, returns true. */
export function readSittingLine(ctx: ReadContext): boolean {
  const unit = ctx.unit_
  const label = unit.label_?.label
  if (unit.first_ !== unit.last_ || (label !== 'Beginn' && label !== 'Schluss' && label !== 'Schluß' && label !== 'Unterbrechung' && label !== 'Wiederbeginn')) return false
  const line = ctx.line_(unit.first_).trim()
  if (!SITTING_LINE_RULE.pattern.test(line)) return false
  tallyStructure(ctx, SITTING_LINE_RULE, unit)
  ctx.endTurn_()
  ctx.blocks_.push({ type: 'event', kind: 'other', value: line, position: ctx.span_(unit.first_, unit.last_) })
  return true
}
