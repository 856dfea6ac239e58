/**
 * Page furniture: what a page layout (a court reporter's PDF turned into text) puts around the
 * speech — a line number at the start of every line, running heads, page numbers, the reporter's
 * name and address repeated on every page, form feeds. Found by sequence and repetition, not by
 * file, and masked: each character of furniture becomes a space (newlines stay), so every offset,
 * line and column of the speech is unchanged and the reader's later passes never see it. What was
 * masked is handed back, positioned, for `meta.notes` (kind `page-furniture`).
 *
 * Linear in the text; a document without line numbers is turned away after a sample of its
 * first lines, before any other work.
 */

import { looksLineNumbered } from './paged-lines.js'

/** A kind of furniture, as data: what it is, for documentation, notes and messages. */
export interface FurnitureRule {
  id: string
}

export const FURNITURE_RULES = {
  lineNumber: {
    id: 'line-number',
  },
  numberRun: {
    id: 'line-number-run',
  },
  unnumbered: {
    id: 'unnumbered-line',
  },
  formFeed: {
    id: 'form-feed',
  },
} as const satisfies Record<string, FurnitureRule>

export interface FurnitureLine {
  rule: FurnitureRule
  /** Offsets of the masked characters (end exclusive). */
  start_: number
  end_: number
  value: string
}

export interface PageFurniture {
  /** The input with every furniture character turned into a space (same length, same newlines). */
  text: string
  lines: FurnitureLine[]
  /** Lines numbered in sequence, and pages (runs restarting at 1). */
  numbered: number
  pages: number
  /** How the pages were told apart when there are no form feeds or line numbers (see `page-heads.ts`). */
  layout?: 'page-numbers' | 'numbered-heads' | 'blank-runs'
}

const LAST_NUMBER = 25
const isDigit = (code: number): boolean => code >= 48 && code <= 57
/** Space, tab, form feed and carriage return. */
const isBlank = (code: number): boolean => code === 32 || code === 9 || code === 12 || code === 13

/** The line number at `start` (after a form feed and spaces): its value and where the number ends, or null (as `looksLineNumbered` reads it). */
function leadingNumber(text: string, start: number, end: number): { value: number; after: number } | null {
  let at = start
  while (at < end && isBlank(text.charCodeAt(at))) at++
  if (at >= end || !isDigit(text.charCodeAt(at))) return null
  let value = 0
  let after = at
  while (after < end && isDigit(text.charCodeAt(after)) && after - at < 3) value = value * 10 + text.charCodeAt(after++) - 48
  if (after < end && !isBlank(text.charCodeAt(after))) return null
  if (value < 1 || value > LAST_NUMBER) return null
  return { value, after }
}

/** Whether the text from `start` to `end` holds only numbers and blanks (`17 18 19 … 25`, a page number). */
function onlyNumbers(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at)
    if (!isDigit(code) && !isBlank(code)) return false
  }
  return true
}

/** Whether the line holds anything but blanks and form feeds. */
function hasText(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (!isBlank(text.charCodeAt(at))) return true
  return false
}

/**
 * Mask the page furniture of a line-numbered document, or return null (and do nothing else)
 * when the document is not line-numbered.
 */
export function findPageFurniture(text: string): PageFurniture | null {
  if (!looksLineNumbered(text)) return null
  const chars: string[] = []
  const lines: FurnitureLine[] = []
  let copied = 0
  const mask = (rule: FurnitureRule, start: number, end: number) => {
    if (end <= start) return
    chars.push(text.slice(copied, start), ' '.repeat(end - start))
    copied = end
    lines.push({ rule, start_: start, end_: end, value: text.slice(start, end).replace(/\f/g, '').trim() })
  }
  let numbered = 0
  let pages = 0
  let previous = 0
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const lineEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end
    const number = leadingNumber(text, start, lineEnd)
    // A bare `1` right after line 25, without a form feed, is the first page's number.
    const pageOne = number?.value === 1 && previous === LAST_NUMBER && text.charCodeAt(start) !== 12 && onlyNumbers(text, number.after, lineEnd)
    // In sequence: the next number (or a later one: a line may be lost), or 1 on a new page.
    if (number && !pageOne && (number.value > previous || number.value === 1)) {
      if (number.value === 1) pages++
      numbered++
      previous = number.value
      if (onlyNumbers(text, number.after, lineEnd)) mask(FURNITURE_RULES.numberRun, start, lineEnd)
      else mask(FURNITURE_RULES.lineNumber, start, number.after)
    } else if (hasText(text, start, lineEnd)) {
      mask(FURNITURE_RULES.unnumbered, start, lineEnd)
    } else if (holdsFormFeed(text, start, lineEnd)) {
      mask(FURNITURE_RULES.formFeed, start, lineEnd)
    }
    start = end + 1
  }
  chars.push(text.slice(copied))
  return { text: chars.join(''), lines, numbered, pages }
}

/** Whether `text[start, end)` holds a form feed (a search of the text would read on to the next one, maybe far ahead, for every blank line). */
function holdsFormFeed(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (text.charCodeAt(at) === 12) return true
  return false
}
