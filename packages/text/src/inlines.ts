/**
 * Paragraph content from source segments (one per line, trimmed): lines are joined with one
 * space (only wrapping is undone), vocabulary events become event nodes, and every node gets
 * the position of the source text it came from.
 */
import type { EventKind, Inline, Paragraph, Point, Position } from '@verbatim/core'
import { findEvents } from './events.js'
import { pointAt, type LineTable } from './lines.js'

export interface Segment {
  /** 0-based line index. */
  line: number
  start: number
  end: number
}

/** The paragraph node itself (made here, not copied by the caller: one object less per paragraph). */
export type InlineResult = Paragraph & { position: Position }

/** Map an index of the joined text back to a source point. */
function makeLocator(table: LineTable, segments: Segment[]) {
  const joinedStarts: number[] = []
  let at = 0
  for (const segment of segments) {
    joinedStarts.push(at)
    at += segment.end - segment.start + 1
  }
  return (index: number): Point => {
    let k = segments.length - 1
    while (k > 0 && joinedStarts[k]! > index) k--
    const segment = segments[k]!
    const offset = Math.min(segment.start + (index - joinedStarts[k]!), segment.end)
    return pointAt(table, segment.line, offset)
  }
}

/**
 * `sliced`, when given, is the text of a one-segment paragraph that the caller has already cut
 * out of the input (the common one-line paragraph): it is used rather than cut again.
 */
export function buildInlines(table: LineTable, segments: Segment[], vocabulary: ReadonlyMap<string, EventKind>, withPositions = true, sliced?: string): InlineResult | null {
  if (segments.length === 0) return null
  const text = table.text
  const joined = segments.length === 1 ? sliced ?? text.slice(segments[0]!.start, segments[0]!.end) : segments.map((segment) => text.slice(segment.start, segment.end)).join(' ')
  if (joined === '') return null
  const first = segments[0]!
  const last = segments[segments.length - 1]!
  const position: Position = { start: pointAt(table, first.line, first.start), end: pointAt(table, last.line, last.end) }
  // No bracket, no event: most paragraphs, which then need no (empty) event list either.
  const events = joined.indexOf('(') !== -1 || joined.indexOf('[') !== -1 ? findEvents(joined, vocabulary) : null
  if (events === null || events.length === 0) {
    // The text spans the whole paragraph, so it shares the paragraph's position object: one object
    // less per paragraph, which the garbage collector would otherwise copy. Code that moves the
    // start of a text node replaces its position (`withStartMoved`), never mutates it.
    return { type: 'paragraph', children: [withPositions ? { type: 'text', value: joined, position } : { type: 'text', value: joined }], position }
  }
  const locate = segments.length === 1 ? (index: number) => pointAt(table, first.line, first.start + index) : makeLocator(table, segments)
  const children: Inline[] = []
  let cursor = 0
  for (const event of events) {
    if (event.start > cursor) {
      children.push({ type: 'text', value: joined.slice(cursor, event.start), position: { start: locate(cursor), end: locate(event.start) } })
    }
    children.push({ type: 'event', kind: event.kind, value: event.value, position: { start: locate(event.start), end: locate(event.end) } })
    cursor = event.end
  }
  if (cursor < joined.length) {
    children.push({ type: 'text', value: joined.slice(cursor), position: { start: locate(cursor), end: position.end } })
  }
  // `slice` gives an array of exactly this length; a pushed-to array keeps room for 16 children.
  return { type: 'paragraph', children: children.slice(), position }
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
    if (child.type !== 'event' && !SPACING.test(child.value)) return false
  }
  return true
}

