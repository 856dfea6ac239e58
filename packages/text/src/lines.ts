/**
 * The line table: where every line of the input starts and ends, without copying the text.
 * Offsets are UTF-16 indexes into the original string (BOM included), so positions point at
 * the text the user has; CRLF, CR and LF all end a line.
 */
import type { Point } from '@verbatim/core'

export interface LineTable {
  text_: string
  /** Offset of the first character of each line. */
  starts: Int32Array
  /** Offset just past the last character of each line (before its line ending). */
  ends: Int32Array
  /**
   * First non-space offset and offset past the last non-space character of each line, worked
   * out once here: every later step asks for them, several times a line.
   */
  contentStarts_: Int32Array
  contentEnds_: Int32Array
  /**
   * The first non-space character of each line (0 for a blank line: input with a NUL is refused
   * before this table is built). Passes that only look at how lines start read this small column
   * instead of the text, whose lines are far apart in memory: on a big input every such look
   * at the text is a cache miss.
   */
  firstCodes: Uint16Array
  /** The last non-space character of each line (0 for a blank line): for the passes that look at how lines end. */
  lastCodes_: Uint16Array
  count: number
}

const CR = 13
const LF = 10

/** `hasCr`: whether the text holds a CR at all, when the caller already knows (one scan less). */
/** A copy of `array` with room for `capacity` entries (the line table doubles when full). */
function grown<T extends Int32Array | Uint16Array>(array: T, capacity: number): T {
  const next = new (array.constructor as new (length: number) => T)(capacity)
  next.set(array)
  return next
}

/** Where `char` next stands from `from`, or the text's length. */
function searchFrom(text: string, char: string, from: number): number {
  const at = text.indexOf(char, from)
  return at === -1 ? text.length : at
}

export function buildLineTable(text: string, hasCr = text.indexOf('\r') !== -1): LineTable {
  let capacity = Math.max(16, (text.length >> 6) + 16)
  let starts = new Int32Array(capacity)
  let ends = new Int32Array(capacity)
  let contentStarts = new Int32Array(capacity)
  let contentEnds = new Int32Array(capacity)
  let firstCodes = new Uint16Array(capacity)
  let lastCodes = new Uint16Array(capacity)
  let count = 0
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const length = text.length
  let nextCr = -1
  let nextLf = -1
  while (start <= length) {
    let end: number
    let next: number
    if (hasCr) {
      // The next CR and the next LF, each searched natively and only again once passed.
      if (nextCr < start) nextCr = searchFrom(text, '\r', start)
      if (nextLf < start) nextLf = searchFrom(text, '\n', start)
      end = nextCr < nextLf ? nextCr : nextLf
      next = end < length && text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF ? end + 2 : end + 1
    } else {
      // Every other line of a transcript is empty (the blank line between paragraphs): no search for those.
      end = text.charCodeAt(start) === LF ? start : text.indexOf('\n', start)
      if (end === -1) end = length
      next = end + 1
    }
    if (count === capacity) {
      capacity *= 2
      starts = grown(starts, capacity)
      ends = grown(ends, capacity)
      contentStarts = grown(contentStarts, capacity)
      contentEnds = grown(contentEnds, capacity)
      firstCodes = grown(firstCodes, capacity)
      lastCodes = grown(lastCodes, capacity)
    }
    starts[count] = start
    ends[count] = end
    let first = start
    while (first < end && isSpace(text.charCodeAt(first))) first++
    let last = end
    while (last > start && isSpace(text.charCodeAt(last - 1))) last--
    contentStarts[count] = first
    contentEnds[count] = last
    firstCodes[count] = first < end ? text.charCodeAt(first) : 0
    lastCodes[count] = first < end ? text.charCodeAt(last - 1) : 0
    count++
    if (end >= length) break
    start = next
  }
  return { text_: text, starts, ends, contentStarts_: contentStarts, contentEnds_: contentEnds, firstCodes, lastCodes_: lastCodes, count }
}

/** True for the characters a transcript uses as blank space (space, tab, NBSP, other Unicode spaces). */
export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x3000 || code === 0x202f || code === 0x205f || code === 0xfeff || (code >= 0x2000 && code <= 0x200b) || code === 11 || code === 12
}

/** First non-space offset of a line, or its end when it is blank. */
export function contentStart(table: LineTable, line: number): number {
  return table.contentStarts_[line]!
}

/** Offset just past the last non-space character of a line. */
export function contentEnd(table: LineTable, line: number): number {
  return table.contentEnds_[line]!
}

export function isBlankLine(table: LineTable, line: number): boolean {
  return contentStart(table, line) === table.ends[line]!
}

/** A line with no character at all (a whitespace-only line is blank but not empty). */
export function isEmptyLine(table: LineTable, line: number): boolean {
  return table.starts[line] === table.ends[line]
}

/** The unist point of an offset on a known line (0-based line index). */
export function pointAt(table: LineTable, line: number, offset: number): Point {
  return { line: line + 1, column: offset - table.starts[line]! + 1, offset }
}

/** The line index holding an offset (binary search). */
export function lineOf(table: LineTable, offset: number): number {
  let low = 0
  let high = table.count - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (table.starts[mid]! <= offset) low = mid
    else high = mid - 1
  }
  return low
}
