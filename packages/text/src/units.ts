/**
 * Pass one: the body split into paragraphs (runs of non-blank lines), and, where a document
 * puts labels at line starts without blank lines (court transcripts), paragraphs split again
 * at label lines, page codes and stand-alone parentheticals.
 */
import { isBlankLine, isEmptyLine, contentStart, contentEnd, type LineTable } from './lines.js'

/**
 * Paragraphs as columns of line numbers rather than one object each: a big transcript has
 * hundreds of thousands of them, and objects that live through the whole read are what the
 * garbage collector spends its time copying.
 */
export interface ParagraphTable {
  /** First and last line index of each paragraph (0-based, inclusive). */
  first_: Int32Array
  last_: Int32Array
  /** Lines with no character at all just before it (a section break when two or more). */
  emptyBefore_: Int32Array
  count: number
  /** Set when some paragraphs were split off as stamp or furniture lines (see `stamp-lines.ts`). */
  mark_?: Uint8Array
  /** Set when the paragraphs were split at clock-led lines (see `clock-lines.ts`). */
  clockLines_?: boolean
}

/** `furniture`: lines of page furniture (see `page-furniture.ts`); the empty lines around them are page layout, not a section break. */
export function collectParagraphs(table: LineTable, from: number, furniture?: Uint8Array): ParagraphTable {
  // A paragraph takes at least one line and one separator: half the remaining lines bound the count.
  const capacity = Math.max(1, ((table.count - from + 1) >> 1) + 1)
  const paragraphs: ParagraphTable = { first_: new Int32Array(capacity), last_: new Int32Array(capacity), emptyBefore_: new Int32Array(capacity), count: 0 }
  let empty = 0
  let line = from
  while (line < table.count) {
    if (isBlankLine(table, line)) {
      if (isEmptyLine(table, line)) empty++
      else if (furniture?.[line] === 1) empty = 0
      line++
      continue
    }
    const first = line
    while (line + 1 < table.count && !isBlankLine(table, line + 1)) line++
    const index = paragraphs.count++
    paragraphs.first_[index] = first
    paragraphs.last_[index] = line
    paragraphs.emptyBefore_[index] = empty
    empty = 0
    line++
  }
  return paragraphs
}

/**
 * The paragraphs split before each line of `cuts` (in order; a cut at a paragraph's first line
 * changes nothing); marks and flags are kept, a split-off part has no empty lines before it.
 */
export function splitParagraphsAt(paragraphs: ParagraphTable, cuts: readonly number[]): ParagraphTable {
  const first: number[] = []
  const last: number[] = []
  const empty: number[] = []
  const mark: number[] = []
  let next = 0
  for (let p = 0; p < paragraphs.count; p++) {
    let start = paragraphs.first_[p]!
    const end = paragraphs.last_[p]!
    const keep = paragraphs.mark_?.[p] ?? 0
    let emptyBefore = paragraphs.emptyBefore_[p]!
    for (; next < cuts.length && cuts[next]! <= end; next++) {
      const cut = cuts[next]!
      if (cut <= start) continue
      first.push(start), last.push(cut - 1), empty.push(emptyBefore), mark.push(keep)
      start = cut
      emptyBefore = 0
    }
    first.push(start), last.push(end), empty.push(emptyBefore), mark.push(keep)
  }
  const split: ParagraphTable = { first_: Int32Array.from(first), last_: Int32Array.from(last), emptyBefore_: Int32Array.from(empty), count: first.length }
  if (paragraphs.mark_) split.mark_ = Uint8Array.from(mark)
  if (paragraphs.clockLines_) split.clockLines_ = true
  return split
}

/** The trimmed text of a line. */
export const lineText = (table: LineTable, line: number): string => table.text_.slice(contentStart(table, line), contentEnd(table, line))

/** Reporter page codes and continuation notes that interrupt court transcripts. */
export const PAGE_LINES: readonly RegExp[] = [
  /^(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6,12}(?:[ \t]+[^:]{1,60} - [^:]{1,40})?$/,
  /^\(Continued on next page\)$/i,
  /^\(Continued\)$/i,
  /^[A-Z](?: {1,2}[A-Z]){5,}$/,
]
/** Whether a line can be one of `PAGE_LINES` at all (they open with `(`, or with a capital or digit followed by one more or a space): most lines are ruled out here. */
function mayBePageLine(text: string): boolean {
  const first = text.charCodeAt(0)
  if (first === 40) return true
  if (!isCapitalOrDigit(first)) return false
  const second = text.charCodeAt(1)
  return second === 32 || isCapitalOrDigit(second)
}
const isCapitalOrDigit = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
export const isPageLine = (text: string): boolean => mayBePageLine(text) && PAGE_LINES.some((pattern) => pattern.test(text))

/** `DIRECT EXAMINATION`, `CROSS-EXAMINATION (Continued)`. */
export const EXAMINATION_HEADING = /^(?:DIRECT|CROSS|REDIRECT|RECROSS|RE-DIRECT|RE-CROSS|VOIR DIRE)[ -]EXAMINATION(?:[ \t]+\(?CONTINUED\)?)?$/i
/** `BY MR. FINKEL:`: who examines from here on. */
export const EXAMINER_LINE = /^BY[ \t]+((?:MR|MS|MRS|DR)\.?[ \t]+[\p{Lu}][\p{Lu}.'’ -]{1,40}|[\p{Lu}][\p{Lu}.'’ -]{1,40}):$/u
/** The line after a witness's name: `called as a witness by the Government,`. */
export const CALLED_AS_WITNESS = /^(?:called as a witness|(?:having been |being |was )?(?:first |previously )?(?:duly )?(?:sworn|affirmed))\b/i
/** `ERIN McNAMARA,` alone on a line. */
export const WITNESS_NAME = /^([\p{Lu}][\p{L}.'’ -]{2,60}),$/u

/** A parenthetical that stands alone (a stage direction): balanced, within a few lines. */
export function parentheticalEnd(table: LineTable, first: number, last: number): number {
  const text = lineText(table, first)
  if (!text.startsWith('(')) return -1
  let depth = 0
  for (let line = first; line <= Math.min(last, first + 4); line++) {
    const content = line === first ? text : lineText(table, line)
    for (let i = 0; i < content.length; i++) {
      const char = content[i]
      if (char === '(') depth++
      else if (char === ')') {
        depth--
        if (depth === 0) return i >= content.length - 2 && /^\)\.?$/.test(content.slice(i)) ? line : -1
      }
    }
  }
  return -1
}
