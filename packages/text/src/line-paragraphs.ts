/**
 * Documents that write one paragraph per line with no blank line between (a web page or a
 * parliamentary record pasted as text): a long run of long lines is not one hard-wrapped
 * paragraph but many paragraphs, so it is split into one paragraph per line, and a parenthesis
 * opened at a line start and closed on a later line (a heckle over several lines) stays one
 * paragraph, so its continuation lines (`SPD: Na, das werden wir sehen!)`) are never labels.
 */
import { contentEnd, contentStart, type LineTable } from './lines.js'
import type { ParagraphTable } from './units.js'

export const LINE_PARAGRAPH_RULE = {
  id: 'line-paragraphs',
} as const

const MIN_LINES = 20
const MIN_AVERAGE = 100
/** A parenthesis left open at a line end is closed within this many lines, or it was no aside. */
const MAX_ASIDE_LINES = 8

/** Depth of parentheses after `text` starting from `depth` (never below zero). */
function depthAfter(text: string, depth: number): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 40) depth++
    else if (code === 41 && depth > 0) depth--
  }
  return depth
}

function isLinePerParagraph(table: LineTable, first: number, last: number): boolean {
  if (last - first + 1 < MIN_LINES) return false
  let length = 0
  for (let line = first; line <= last; line++) length += contentEnd(table, line) - contentStart(table, line)
  return length / (last - first + 1) > MIN_AVERAGE
}

/** The paragraphs with every long run of long lines split into one paragraph per line; the same table when there is none. */
export function splitLineParagraphs(table: LineTable, paragraphs: ParagraphTable): ParagraphTable {
  let any = false
  for (let p = 0; p < paragraphs.count && !any; p++) any = isLinePerParagraph(table, paragraphs.first_[p]!, paragraphs.last_[p]!)
  if (!any) return paragraphs
  const first: number[] = []
  const last: number[] = []
  const empty: number[] = []
  const mark: number[] = []
  for (let p = 0; p < paragraphs.count; p++) {
    const a = paragraphs.first_[p]!
    const b = paragraphs.last_[p]!
    const keep = paragraphs.mark_?.[p] ?? 0
    if (!isLinePerParagraph(table, a, b)) {
      first.push(a), last.push(b), empty.push(paragraphs.emptyBefore_[p]!), mark.push(keep)
      continue
    }
    for (let line = a; line <= b; line++) {
      const start = line
      const text = table.text_.slice(contentStart(table, line), contentEnd(table, line))
      if (text.startsWith('(')) {
        // An aside over several lines: up to the line that closes it.
        let depth = depthAfter(text, 0)
        let end = line
        while (depth > 0 && end < b && end - line < MAX_ASIDE_LINES) {
          end++
          depth = depthAfter(table.text_.slice(contentStart(table, end), contentEnd(table, end)), depth)
        }
        if (depth === 0) line = end
      }
      first.push(start), last.push(line), empty.push(start === a ? paragraphs.emptyBefore_[p]! : 0), mark.push(keep)
    }
  }
  const table2: ParagraphTable = { first_: Int32Array.from(first), last_: Int32Array.from(last), emptyBefore_: Int32Array.from(empty), count: first.length }
  if (paragraphs.mark_ || mark.some((m) => m !== 0)) table2.mark_ = Uint8Array.from(mark)
  return table2
}
