/**
 * Time stamps on lines of their own (`[00:00:00:07.5]` in a radio log, the line before each
 * turn) and the furniture lines that may stand between them and the label (`_page : 77`): a
 * pass over the paragraphs that splits such lines off, so the label after them opens its
 * paragraph as labels do, and marks them so that the reader binds the time to the turn that
 * follows (a time on the turn, not text) and keeps the furniture as a positioned note.
 *
 * Only documents that use the pattern (a stamp line opening at least `MIN_STAMPED` paragraphs
 * that go on with more lines) are split; elsewhere a bracketed time alone stays what it was.
 */
import { contentEnd, contentStart, type LineTable } from './lines.js'
import type { ParagraphTable } from './units.js'

/** Paragraph marks: what a split-off paragraph is. */
export const MARK_NONE = 0
export const MARK_STAMP = 1
export const MARK_FURNITURE = 2

/** Rules as data, for documentation and tools (descriptions in `RULE_DESCRIPTIONS`). */
export const STAMP_RULES = [
  {
    id: 'stamp-line',
    pattern: /^\[(-?)(\d{1,3}(?::\d{2}){1,3}(?:[.,]\d{1,3})?)\]$/,
  },
  {
    id: 'furniture-line',
    pattern: /^_[A-Za-z]+[ \t]*:/,
  },
] as const

const STAMP = STAMP_RULES[0].pattern
const FURNITURE = STAMP_RULES[1].pattern
/** How many stamped paragraphs show that a document writes times on lines of their own. */
const MIN_STAMPED = 3

const line = (table: LineTable, index: number): string => table.text_.slice(contentStart(table, index), contentEnd(table, index))

/** A stamp line's time in seconds (days, hours, minutes, seconds from the right), negative when written so; undefined when not a stamp. */
export function stampSeconds(text: string): number | undefined {
  const match = STAMP.exec(text)
  if (!match) return undefined
  const fields = match[2]!.replace(',', '.').split(':').map(Number)
  const scales = [1, 60, 3600, 86400]
  let seconds = 0
  for (let i = 0; i < fields.length; i++) seconds += fields[fields.length - 1 - i]! * scales[i]!
  seconds = Math.round(seconds * 1000) / 1000
  return match[1] ? -seconds : seconds
}

/** The paragraphs with stamp and furniture lines split off and marked, or the same table when the document has none. */
export function splitStampLines(table: LineTable, paragraphs: ParagraphTable): ParagraphTable {
  let stamped = 0
  for (let p = 0; p < paragraphs.count && stamped < MIN_STAMPED; p++) {
    const first = paragraphs.first_[p]!
    if (first < paragraphs.last_[p]! && table.firstCodes[first] === 91 && STAMP.test(line(table, first))) stamped++
  }
  if (stamped < MIN_STAMPED) return paragraphs
  const first: number[] = []
  const last: number[] = []
  const empty: number[] = []
  const mark: number[] = []
  const push = (a: number, b: number, e: number, m: number) => {
    first.push(a)
    last.push(b)
    empty.push(e)
    mark.push(m)
  }
  for (let p = 0; p < paragraphs.count; p++) {
    let at = paragraphs.first_[p]!
    const end = paragraphs.last_[p]!
    let emptyBefore = paragraphs.emptyBefore_[p]!
    if (table.firstCodes[at] === 91 && STAMP.test(line(table, at))) {
      push(at, at, emptyBefore, MARK_STAMP)
      at++
      emptyBefore = 0
      while (at <= end && table.firstCodes[at] === 95 && FURNITURE.test(line(table, at))) {
        push(at, at, 0, MARK_FURNITURE)
        at++
      }
    }
    if (at <= end) push(at, end, emptyBefore, MARK_NONE)
  }
  return { first_: Int32Array.from(first), last_: Int32Array.from(last), emptyBefore_: Int32Array.from(empty), count: first.length, mark_: Uint8Array.from(mark) }
}
