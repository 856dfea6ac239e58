/**
 * Paragraph content from source segments (one per line, trimmed): lines are joined with one
 * space (only wrapping is undone), vocabulary events become event nodes, and every node gets
 * the position of the source text it came from.
 */
import type { EventKind, Inline, Paragraph, Phrasing, Point, Position, Segment as SegmentNode } from '@verbatim/core'
import { findEvents } from './events.js'
import type { BracketFinder } from './brackets.js'
import { pointAt, type LineTable } from './lines.js'

export interface Segment {
  /** 0-based line index. */
  line_: number
  start_: number
  end_: number
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
    at += segment.end_ - segment.start_ + 1
  }
  return starts
}

/** The source point of an index of the joined text (`starts` is null for a one-segment paragraph). */
function locate(table: LineTable, segments: Segment[], starts: number[] | null, index: number): Point {
  if (starts === null) return pointAt(table, segments[0]!.line_, segments[0]!.start_ + index)
  let k = segments.length - 1
  while (k > 0 && starts[k]! > index) k--
  const segment = segments[k]!
  return pointAt(table, segment.line_, Math.min(segment.start_ + (index - starts[k]!), segment.end_))
}

/**
 * `sliced`, when given, is the text of a one-segment paragraph that the caller has already cut
 * out of the input (the common one-line paragraph): it is used rather than cut again.
 */
/** `escaped`: the paragraph opened with the escape, so a mark at its very start is text. */
export function buildInlines(table: LineTable, segments: Segment[], vocabulary: ReadonlyMap<string, EventKind>, brackets: BracketFinder, sliced?: string, escaped = false): InlineResult | null {
  if (segments.length === 0) return null
  const text = table.text_
  const joined = segments.length === 1 ? sliced ?? text.slice(segments[0]!.start_, segments[0]!.end_) : segments.map((segment) => text.slice(segment.start_, segment.end_)).join(' ')
  if (joined === '') return null
  const first = segments[0]!
  const last = segments[segments.length - 1]!
  const position: Position = { start: pointAt(table, first.line_, first.start_), end: pointAt(table, last.line_, last.end_) }
  // No bracket, no event: most paragraphs, which then need no (empty) event list either. The
  // source from the first segment to the last holds the same brackets as the joined text (only
  // blanks and line breaks lie between segments).
  const bracketed = brackets.holds(first.start_, last.end_)
  const events = bracketed ? findEvents(joined, vocabulary) : null
  const marks = bracketed ? findTimeMarks(joined, events!, escaped) : null
  if (marks !== null && marks.length > 0) return withSegments(table, segments, joined, position, events!, marks)
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

/** A time mark in speech: `(12:03)`, `[00:12:03]`, `[1:02:03.5]` (a clock alone in brackets). */
const TIME_MARK = /\((\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)\)|\[(\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)\]/g

export interface TimeMark {
  start_: number
  end_: number
  seconds_: number
}

/**
 * The time marks of a paragraph's text, outside events. (A stamp right after a label is the
 * turn's time and is read before the paragraph is built; an unattributed turn takes a leading
 * mark back as its time, see `addText`.)
 */
export function findTimeMarks(joined: string, events: readonly { start: number; end: number }[], escaped = false): TimeMark[] {
  const marks: TimeMark[] = []
  TIME_MARK.lastIndex = 0
  for (let found = TIME_MARK.exec(joined); found !== null; found = TIME_MARK.exec(joined)) {
    if (escaped && found.index === 0) continue
    const end = found.index + found[0].length
    if (events.some((event) => event.start < end && found!.index < event.end)) continue
    marks.push({ start_: found.index, end_: end, seconds_: clockSeconds(found[1] ?? found[2]!) })
  }
  return marks
}

/** Seconds of `m:ss`, `h:mm:ss` with an optional fraction. */
function clockSeconds(clock: string): number {
  const fields = clock.replace(',', '.').split(':').map(Number)
  let seconds = 0
  for (const field of fields) seconds = seconds * 60 + field
  return Math.round(seconds * 1000) / 1000
}

/**
 * A paragraph whose speech holds time marks: the text before the first mark stays in the
 * paragraph; each mark starts a `segment` timed from it (`source: 'source'`) that runs to the next
 * mark or the paragraph's end. The mark itself is not text: its wording is kept in the segment's
 * `data.mark`, so `toText` writes it back as written; the segment's text starts right after it
 * (the space after the mark included), so nothing of the source is lost or moved.
 */
function withSegments(table: LineTable, segments: Segment[], joined: string, position: Position, events: readonly { start: number; end: number; kind: EventKind; value: string }[], marks: readonly TimeMark[]): InlineResult {
  const starts = segments.length === 1 ? null : joinedStarts(segments)
  const at = (index: number): Point => (index === 0 ? position.start : index === joined.length ? position.end : locate(table, segments, starts, index))
  const top: Inline[] = []
  let target: Inline[] | Phrasing[] = top
  let segment: SegmentNode | undefined
  let cursor = 0
  const text = (end: number) => {
    if (end > cursor) (target as Phrasing[]).push({ type: 'text', value: joined.slice(cursor, end), position: { start: at(cursor), end: at(end) } })
  }
  const cuts = [...events.map((event) => ({ start: event.start, event })), ...marks.map((mark) => ({ start: mark.start_, mark }))].sort((a, b) => a.start - b.start)
  for (const cut of cuts) {
    text(cut.start)
    if ('event' in cut && cut.event) {
      ;(target as Phrasing[]).push({ type: 'event', kind: cut.event.kind, value: cut.event.value, position: { start: at(cut.event.start), end: at(cut.event.end) } })
      cursor = cut.event.end
      continue
    }
    const mark = (cut as { mark: TimeMark }).mark
    if (segment) segment.position = { start: segment.position!.start, end: at(mark.start_) }
    segment = { type: 'segment', time: { start: mark.seconds_, source: 'source' }, children: [], position: { start: at(mark.start_), end: position.end }, data: { mark: joined.slice(mark.start_, mark.end_) } }
    top.push(segment)
    target = segment.children
    cursor = mark.end_
  }
  text(joined.length)
  return { type: 'paragraph', children: top, position }
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

