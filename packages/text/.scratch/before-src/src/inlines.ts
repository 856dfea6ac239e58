/**
 * Paragraph content from source segments (one per line, trimmed): lines are joined with one
 * space (only wrapping is undone), vocabulary events become event nodes, and every node gets
 * the position of the source text it came from.
 */
import type { EventKind, Inline, Paragraph, Point, Position } from '@verbatim/core'
import { findEvents } from './events.js'
import type { BracketFinder } from './brackets.js'
import { pointAt, type LineTable } from './lines.js'

export interface Segment {
  /** 0-based line index. */
  line: number
  start: number
  end: number
}

/** The paragraph node itself (made here, not copied by the caller: one object less per paragraph). */
export type InlineResult = Paragraph & { position: Position }

/** The children of the paragraph being built (one array for every call, cleared after each). */
const building: Inline[] = []
const EMPTY: Inline = { type: 'text', value: '' }

/** Where each segment starts in the joined text (segments are joined with one space). */
function joinedStarts(segments: Segment[]): number[] {
  const starts: number[] = []
  let at = 0
  for (const segment of segments) {
    starts.push(at)
    at += segment.end - segment.start + 1
  }
  return starts
}

/** The source point of an index of the joined text (`starts` is null for a one-segment paragraph). */
function locate(table: LineTable, segments: Segment[], starts: number[] | null, index: number): Point {
  if (starts === null) return pointAt(table, segments[0]!.line, segments[0]!.start + index)
  let k = segments.length - 1
  while (k > 0 && starts[k]! > index) k--
  const segment = segments[k]!
  return pointAt(table, segment.line, Math.min(segment.start + (index - starts[k]!), segment.end))
}

/**
 * `sliced`, when given, is the text of a one-segment paragraph that the caller has already cut
 * out of the input (the common one-line paragraph): it is used rather than cut again.
 */
export function buildInlines(table: LineTable, segments: Segment[], vocabulary: ReadonlyMap<string, EventKind>, brackets: BracketFinder, sliced?: string): InlineResult | null {
  if (segments.length === 0) return null
  const text = table.text
  const joined = segments.length === 1 ? sliced ?? text.slice(segments[0]!.start, segments[0]!.end) : segments.map((segment) => text.slice(segment.start, segment.end)).join(' ')
  if (joined === '') return null
  const first = segments[0]!
  const last = segments[segments.length - 1]!
  const position: Position = { start: pointAt(table, first.line, first.start), end: pointAt(table, last.line, last.end) }
  // No bracket, no event: most paragraphs, which then need no (empty) event list either. The
  // source from the first segment to the last holds the same brackets as the joined text (only
  // blanks and line breaks lie between segments).
  const events = brackets.holds(first.start, last.end) ? findEvents(joined, vocabulary) : null
  if (events === null || events.length === 0) {
    // The text spans the whole paragraph, so it shares the paragraph's position object: one object
    // less per paragraph, which the garbage collector would otherwise copy. Code that moves the
    // start of a text node replaces its position (`withStartMoved`), never mutates it.
    return { type: 'paragraph', children: [{ type: 'text', value: joined, position }], position }
  }
  const starts = segments.length === 1 ? null : joinedStarts(segments)
  // Neighbours share the point object of the boundary between them, and the first and last
  // child share the paragraph's: points are never changed in place, only replaced.
  let count = 0
  let cursor = 0
  let boundary = position.start
  for (const event of events) {
    if (event.start > cursor) {
      const end = locate(table, segments, starts, event.start)
      building[count++] = { type: 'text', value: joined.slice(cursor, event.start), position: { start: boundary, end } }
      boundary = end
    }
    const end = event.end === joined.length ? position.end : locate(table, segments, starts, event.end)
    building[count++] = { type: 'event', kind: event.kind, value: event.value, position: { start: boundary, end } }
    boundary = end
    cursor = event.end
  }
  if (cursor < joined.length) building[count++] = { type: 'text', value: joined.slice(cursor), position: { start: boundary, end: position.end } }
  // A copy of exactly the children's length: `building` is reused and keeps its room (a
  // pushed-to array keeps room for 16 more, and `new Array(n)` would make a holey array, slower
  // for every reader of the tree). Its slots are cleared so it keeps no node alive.
  const children = building.slice(0, count)
  for (let i = 0; i < count; i++) building[i] = EMPTY
  return { type: 'paragraph', children, position }
}

/** What may stand between events on an events-only line: spaces and final punctuation. */
const SPACING = /^[\s\u00a0.,;]*$/

/** True when a paragraph holds only events (and spaces or final punctuation between them). */
export function onlyEvents(children: Inline[]): boolean {
  // Plain loops: this runs for every paragraph, most of which hold no event at all.
  let events = 0
  for (let i = 0; i < children.length; i++) if (children[i]!.type === 'event') events++
  if (events === 0) return false
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!
    if (child.type !== 'event' && (child.type === 'segment' || !SPACING.test(child.value))) return false
  }
  return true
}

