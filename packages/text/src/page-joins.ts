/**
 * A sentence that runs over a page break: once the page furniture (a running head, a page number,
 * a footer) is masked, the two halves stand as two paragraphs. When the text before the break
 * does not end a sentence (it ends with a letter, a digit, a comma or a semicolon) and the text
 * after it does not open with a label-like colon, they are one paragraph again (the masked lines
 * inside it hold no text, so they add nothing to it). On a double-spaced page the single blank
 * lines between numbered lines are spacing, and are joined over the same way. One info message
 * per document.
 */
import { isBlankLine, lineOf, type LineTable } from './lines.js'
import type { ReadContext } from './read-context.js'
import type { ParagraphTable } from './units.js'

export const PAGE_JOIN_RULE = {
  id: 'page-join',
  /** A line end that leaves its sentence open: a letter, a digit, a comma or a semicolon. */
  open: /[\p{L}\p{N},;]/u,
} as const

/** How far into the line after the break a colon makes it look like a label. */
const LABEL_REACH = 60

function opensLikeLabel(table: LineTable, line: number): boolean {
  const code = table.firstCodes[line]!
  const char = String.fromCharCode(code)
  if (char !== char.toUpperCase()) return false
  const start = table.contentStarts_[line]!
  const colon = table.text_.indexOf(':', start)
  return colon !== -1 && colon < Math.min(table.contentEnds_[line]!, start + LABEL_REACH)
}

/** Whether the lines between two paragraphs are blank and hold some page furniture (or, double-spaced, are one blank line). */
function pageBreakBetween(table: LineTable, furniture: Uint8Array, from: number, to: number, doubleSpaced: boolean): boolean {
  if (doubleSpaced && to - from === 1 && isBlankLine(table, from)) return true
  let found = false
  for (let line = from; line < to; line++) {
    if (!isBlankLine(table, line)) return false
    if (furniture[line] === 1) found = true
  }
  return found
}

/**
 * A double-spaced page (a blank line after every numbered line, as court reporters type them):
 * 20 or more paragraphs, 4 in 5 of them one line after one empty line. There the single blank
 * lines are spacing, and a sentence running over one is joined too.
 */
function isDoubleSpaced(paragraphs: ParagraphTable): boolean {
  if (paragraphs.count < 20) return false
  let single = 0
  for (let p = 0; p < paragraphs.count; p++) if (paragraphs.first_[p] === paragraphs.last_[p] && paragraphs.emptyBefore_[p] === 1) single++
  return single * 5 >= paragraphs.count * 4
}

/** The paragraphs with those split by a page break inside a sentence joined; the same table when none is. */
/**
 * The lines that mark a page break: the furniture lines less the numbered lines without text (an
 * empty line of a line-numbered page is a blank line of the text, not a page break).
 */
function pageBreakLines(ctx: ReadContext, furniture: Uint8Array): Uint8Array {
  const found = ctx.furniture_
  if (!found) return furniture
  const breaks = new Uint8Array(furniture.length)
  for (const line of found.lines) if (line.rule.id !== 'line-number' && line.rule.id !== 'line-number-run') breaks[lineOf(ctx.table_, line.start_)] = 1
  return breaks
}

export function joinOverPageBreaks(ctx: ReadContext, paragraphs: ParagraphTable, mask: Uint8Array): ParagraphTable {
  const table = ctx.table_
  const furniture = pageBreakLines(ctx, mask)
  const doubleSpaced = isDoubleSpaced(paragraphs)
  let joined: ParagraphTable | undefined
  let count = 0
  let first = -1
  for (let p = 1; p < paragraphs.count; p++) {
    const before = paragraphs.last_[p - 1]!
    const after = paragraphs.first_[p]!
    if (!PAGE_JOIN_RULE.open.test(String.fromCharCode(table.lastCodes_[before]!)) || opensLikeLabel(table, after) || !pageBreakBetween(table, furniture, before + 1, after, doubleSpaced)) continue
    joined ??= { first_: paragraphs.first_.slice(), last_: paragraphs.last_.slice(), emptyBefore_: paragraphs.emptyBefore_.slice(), count: paragraphs.count }
    joined.last_[p - 1] = -1 // marks p-1 as joined into p
    if (count++ === 0) first = after
  }
  if (!joined) return paragraphs
  // Compact: a marked paragraph lends its start (and the empty lines before it) to the next one.
  let out = 0
  let start = -1
  let empty = 0
  for (let p = 0; p < joined.count; p++) {
    if (start === -1) (start = joined.first_[p]!), (empty = joined.emptyBefore_[p]!)
    if (joined.last_[p] === -1) continue
    joined.first_[out] = start
    joined.last_[out] = joined.last_[p]!
    joined.emptyBefore_[out++] = empty
    start = -1
  }
  joined.count = out
  ctx.report_(`${count} sentence${count === 1 ? '' : 's'} running over a page break${doubleSpaced ? ' or a blank line of the double-spaced page' : ''} read as one paragraph (the text before the break does not end a sentence)`, PAGE_JOIN_RULE.id, ctx.span_(first, first).start, 'info')
  return joined
}
