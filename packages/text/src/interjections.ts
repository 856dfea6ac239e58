/**
 * A record's line that says members called out (`Members interjecting.`, `Opposition members
 * interjecting.`, `Honourable members interjecting—`, `Mr Dutton interjecting—`): an event, not
 * speech. Read like a stand-alone aside (`(APPLAUSE)`): inside the speech when the speech goes on
 * after it, between turns otherwise. The model has no interjection kind: several voices over the
 * speaker are `crosstalk` (the wording is kept as the event's value).
 */
import type { Paragraph, Position } from '@verbatim/core'
import type { ReadContext } from './read-context.js'
import { readEventLine } from './read-event-line.js'
import { tallyStructure } from './read-record.js'
import type { StructureRule } from './record-structure.js'

export const INTERJECTION_RULE = {
  id: 'interjection',
  yields: 'procedure',
  kind: 'crosstalk',
  /** Who (up to 60 characters, no sentence end or colon) and `interjecting`, ending with a period, a dash or nothing. */
  pattern: /^[A-Z][^:.!?]{0,60}?(?:\.[^:.!?]{1,40}?)? interjecting[ \t]*[.—–-]{0,2}$/u,
} as const satisfies StructureRule & { kind: 'crosstalk' }

/** Reads a one-line unit that is an interjection line as an event; returns true. */
export function readInterjection(ctx: ReadContext, first: string): boolean {
  const unit = ctx.unit_
  const end = first.length - 1
  // Cheap refusals first: the line ends with the word or its punctuation.
  if (unit.first_ !== unit.last_ || first.length > 120 || !(first.charCodeAt(end) === 46 || first.charCodeAt(end) === 0x2014 || first.charCodeAt(end) === 0x2013 || first.charCodeAt(end) === 45 || first.charCodeAt(end) === 103)) return false
  if (!first.includes(' interjecting') || !INTERJECTION_RULE.pattern.test(first)) return false
  const position = ctx.span_(unit.first_, unit.last_)
  const built: Paragraph & { position: Position } = { type: 'paragraph', children: [{ type: 'event', kind: INTERJECTION_RULE.kind, value: first, position }], position }
  tallyStructure(ctx, INTERJECTION_RULE, unit)
  readEventLine(ctx, built)
  return true
}
