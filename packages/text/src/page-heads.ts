/**
 * Running heads, feet and page numbers of a paged document with no form feeds and no line
 * numbers (a PDF turned into text by a tool that writes pages one after the other): pages are
 * told apart by page-number lines in sequence (`7`, `- 8 -`, `Page 9 of 40`) or, without them, by
 * runs of blank lines; a line that stands next to most of those page breaks, the same each time
 * once its digits are set aside (`Senate Committee on Water - March 3, 2019`), is page furniture.
 * Masked like the other furniture (see `page-furniture.ts`): every character becomes a space, so
 * offsets stay true, and the lines are handed back for notes.
 *
 * One pass over the line table (the first code and length of each line), and a look at a few
 * lines around each page break; a document with no page break is left after that pass.
 */
import { contentEnd, contentStart, isBlankLine, type LineTable } from './lines.js'
import { maskSpans } from './mask-spans.js'
import { PAGE_NUMBER_LINE } from './paged-lines.js'
import { type FurnitureLine, type FurnitureRule, type PageFurniture } from './page-furniture.js'
import { RUNNING_HEAD_RULE } from './running-heads.js'

/** The page breaks a document without form feeds may have, as data (described in `RULE_DESCRIPTIONS`). */
export const PAGE_BREAK_RULES = {
  pageNumber: {
    id: 'page-number-line',
    /** `7`, `- 7 -`, `Page 7`, `Page 7 of 40`, alone on the line. */
    pattern: PAGE_NUMBER_LINE,
  },
  numberedHead: {
    id: 'numbered-running-head',
  },
  blankRun: {
    id: 'blank-run-page',
  },
  marginLetter: {
    id: 'margin-letter',
    /** A column letter printed in the margin of a record's page (`(A)` to `(D)`), next to a page break. */
    pattern: /^\([A-D]\)$/,
  },
} as const satisfies Record<string, FurnitureRule & { pattern?: RegExp }>

/** Page numbers in sequence, or page breaks by blank runs, needed to call a document paged. */
const MIN_PAGES = 3
/** Blank lines in a row that may be a page break. */
const MIN_GAP = 2
/** How many lines next to a page break may be furniture (a head of a title and a date line). */
const DEPTH = 2
/** Blank lines skipped looking for the line next to a page break. */
const MAX_SKIP = 8
const MAX_LENGTH = 120
/** Letters a running head holds at least (twice as many when it is one word). */
const MIN_LETTERS = 6
/** Non-blank lines of (three quarters of) the pages between two runs of blank lines, for those runs to be page breaks. */
const MIN_PAGE_LINES = 10
const MAX_NUMBER_LENGTH = 16

/** A page break: the lines on either side of it (inclusive), -1 when none. */
interface PageBreak {
  before: number
  after: number
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57

/** A short line that may be a page number (it opens with a digit, `- `, `-` and a digit, or `Pa`): its value, else -1. */
function pageNumber(table: LineTable, line: number): number {
  const code = table.firstCodes[line]!
  if (!isDigit(code) && code !== 45 && code !== 80 && code !== 112) return -1
  const start = contentStart(table, line)
  const end = contentEnd(table, line)
  if (end - start > MAX_NUMBER_LENGTH) return -1
  const second = table.text_.charCodeAt(start + 1)
  if (code === 45 ? second !== 32 && !isDigit(second) : !isDigit(code) && second !== 97 && second !== 65) return -1
  const match = PAGE_BREAK_RULES.pageNumber.pattern.exec(table.text_.slice(start, end))
  return match ? Number(match[1]) : -1
}

/**
 * The longest run of page-number lines whose values go up by one, in document order (lines
 * holding a stray number are left out): found by a chain per value, linear in the candidates.
 */
function pageNumberChain(candidates: readonly number[], values: readonly number[]): number[] {
  const chainAt = new Map<number, number>()
  const length: number[] = []
  const previous: number[] = []
  let best = -1
  for (let i = 0; i < candidates.length; i++) {
    const before = chainAt.get(values[i]! - 1)
    length[i] = before === undefined ? 1 : length[before]! + 1
    previous[i] = before ?? -1
    chainAt.set(values[i]!, i)
    if (best === -1 || length[i]! > length[best]!) best = i
  }
  const chain: number[] = []
  for (let i = best; i !== -1; i = previous[i]!) chain.push(candidates[i]!)
  return chain.reverse()
}

/** The next non-blank line from `line` going `step` (+1 or -1), within a few blank lines; -1 when none. */
function nextText(table: LineTable, line: number, step: number, skip: Uint8Array): number {
  for (let seen = 0; line >= 0 && line < table.count && seen <= MAX_SKIP; line += step) {
    if (skip[line] !== 0) continue
    if (!isBlankLine(table, line)) return line
    seen++
  }
  return -1
}

/** Characters a head never opens with (a bracket, markdown, a log's furniture) or ends with (a sentence end, a label's colon). */
const NOT_FIRST = new Set([40, 91, 42, 35, 95, 62, 124])
const NOT_LAST = new Set([58, 46, 63, 33, 44, 59])

/** A letter for the purposes of a head (ASCII letters, and any character beyond ASCII that is not a space). */
const isLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code > 0x7f && code !== 0xa0 && code !== 0x2013 && code !== 0x2014)

/**
 * A line that can be a running head or foot: its text with digits set aside, or '' when it
 * cannot (too long, too few letters or no word of four, a label, an event, markdown, a log's
 * furniture, a sentence). Looked at character by character: it runs for every line next to a
 * page break, and in a document with many blank runs that is many lines.
 */
function headKey(table: LineTable, line: number): string {
  const start = contentStart(table, line)
  const end = contentEnd(table, line)
  const text = table.text_
  if (end - start > MAX_LENGTH || end - start < MIN_LETTERS || NOT_FIRST.has(text.charCodeAt(start)) || NOT_LAST.has(text.charCodeAt(end - 1))) return ''
  let letters = 0
  let run = 0
  let longest = 0
  let spaced = false
  let digits = false
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at)
    if (isLetter(code)) {
      letters++
      if (++run > longest) longest = run
      continue
    }
    run = 0
    if (code === 32 || code === 9) spaced = true
    else if (code >= 48 && code <= 57) digits = true
  }
  if (letters < MIN_LETTERS || longest < 4 || (letters < 2 * MIN_LETTERS && !spaced)) return ''
  const written = text.slice(start, end)
  return digits || written.indexOf('  ') !== -1 || written.indexOf('\t') !== -1 ? written.replace(/\d+/g, '#').replace(/\s+/g, ' ') : written
}

/** Lines of at least this length ending with a number may be a running head that carries the page number. */
const MIN_NUMBERED_HEAD = 20

/**
 * A line that ends with a number (`Deutscher Bundestag – 20. Wahlperiode – 41. Sitzung. Berlin, … 3101`): kept by
 * what stands before the number (a slice, no pattern: many lines of speech end with a number too); whether it looks
 * like a head is asked only of the lines that come back (see `numberedHeadLines`).
 */
function collectNumberedHead(table: LineTable, line: number, heads: Map<string, number[]>): void {
  if (!isDigit(table.lastCodes_[line]!)) return
  const start = contentStart(table, line)
  let end = contentEnd(table, line)
  if (end - start < MIN_NUMBERED_HEAD) return
  while (end > start && isDigit(table.text_.charCodeAt(end - 1))) end--
  const key = table.text_.slice(start, end)
  const lines = heads.get(key)
  if (lines) lines.push(line)
  else heads.set(key, [line])
}

/** The lines of the most repeated numbered head whose last numbers go up (the page numbers), or none. */
function numberedHeadLines(table: LineTable, heads: Map<string, number[]>): number[] {
  let best: number[] = []
  for (const lines of heads.values()) {
    if (lines.length < MIN_PAGES || lines.length <= best.length || headKey(table, lines[0]!) === '') continue
    const numbers = lines.map((line) => Number(/(\d+)$/.exec(table.text_.slice(contentStart(table, line), contentEnd(table, line)))![1]))
    // Page numbers go up, and pages hold some lines (an index's `Recross By Ms. Shroff.... 119` lines stand together).
    if (numbers.every((value, i) => i === 0 || (value > numbers[i - 1]! && lines[i]! - lines[i - 1]! >= MIN_PAGE_LINES))) best = lines
  }
  return best
}

/** The page breaks of the document: page-number lines in sequence (marked in `numbers`), else runs of blank lines. */
function findBreaks(table: LineTable, numbers: Uint8Array): { breaks: PageBreak[]; numbered: number; headed?: boolean } {
  const candidates: number[] = []
  const values: number[] = []
  const heads = new Map<string, number[]>()
  const blankRuns: PageBreak[] = []
  // Non-blank lines before each blank run: the pages' sizes.
  const linesBefore: number[] = []
  let run = 0
  let nonBlank = 0
  for (let line = 0; line < table.count; line++) {
    if (table.firstCodes[line] === 0) {
      run++
      continue
    }
    if (run >= MIN_GAP && line - run > 0) blankRuns.push({ before: line - run - 1, after: line }), linesBefore.push(nonBlank)
    nonBlank++
    run = 0
    const value = pageNumber(table, line)
    if (value !== -1) {
      candidates.push(line)
      values.push(value)
    } else collectNumberedHead(table, line, heads)
  }
  const chain = candidates.length >= MIN_PAGES ? pageNumberChain(candidates, values) : []
  if (chain.length >= MIN_PAGES) {
    for (const line of chain) numbers[line] = 1
    return { breaks: chain.map((line) => ({ before: nextText(table, line - 1, -1, numbers), after: nextText(table, line + 1, 1, numbers) })), numbered: chain.length }
  }
  const numberedHeads = numberedHeadLines(table, heads)
  if (numberedHeads.length >= MIN_PAGES) {
    for (const line of numberedHeads) numbers[line] = 2
    return { breaks: numberedHeads.map((line) => ({ before: nextText(table, line - 1, -1, numbers), after: nextText(table, line + 1, 1, numbers) })), numbered: numberedHeads.length, headed: true }
  }
  // Runs of blank lines between most paragraphs are a writing style, not pages: nearly every page between two of them holds some lines.
  let full = 0
  for (let i = 1; i < linesBefore.length; i++) if (linesBefore[i]! - linesBefore[i - 1]! >= MIN_PAGE_LINES) full++
  const paged = blankRuns.length >= MIN_PAGES && full * 4 >= (linesBefore.length - 1) * 3
  return { breaks: paged ? blankRuns : [], numbered: 0 }
}

/** Up to `DEPTH` lines on one side of a page break (nearest first), with their keys. */
function edgeLines(table: LineTable, from: number, step: number, skip: Uint8Array): number[] {
  const lines: number[] = []
  for (let line = from; line !== -1 && lines.length < DEPTH; line = nextText(table, line + step, step, skip)) lines.push(line)
  return lines
}

/**
 * Leave out of `counts` the keys that stand away from the page breaks too (a short turn said
 * again and again, `CC: Roger.`): a running head stands next to page breaks, not in the speech.
 * Only lines as long as a candidate, opening with the same character, are keyed.
 */
function dropSpeech(table: LineTable, counts: Map<string, number>, sides: readonly number[][]): void {
  const atEdge = new Uint8Array(table.count)
  for (const side of sides) for (const line of side) atEdge[line] = 1
  const firsts = new Set<number>()
  let shortest = MAX_LENGTH
  let longest = 0
  for (const key of counts.keys()) {
    firsts.add(key.charCodeAt(0) === 35 ? -1 : key.charCodeAt(0))
    shortest = Math.min(shortest, key.length - 8)
    longest = Math.max(longest, key.length * 4)
  }
  const away = new Map<string, number>()
  for (let line = 0; line < table.count; line++) {
    const code = table.firstCodes[line]!
    if (atEdge[line] === 1 || code === 0 || !(firsts.has(code) || (firsts.has(-1) && isDigit(code)))) continue
    const length = contentEnd(table, line) - contentStart(table, line)
    if (length < shortest || length > longest) continue
    const key = headKey(table, line)
    if (counts.has(key)) away.set(key, (away.get(key) ?? 0) + 1)
  }
  for (const [key, count] of away) if (count * 4 > counts.get(key)!) counts.delete(key)
}

/** How far from a page break margin letters are looked for. */
const MARGIN_REACH = 6

/** Margin letters (`(A)` … `(D)`) on the lines around `from`, a line next to a page break. */
function pushMarginLetters(table: LineTable, from: number, push: (rule: FurnitureRule, line: number) => void): void {
  if (from === -1) return
  for (let line = Math.max(0, from - MARGIN_REACH); line < table.count && line <= from + MARGIN_REACH; line++) {
    if (table.firstCodes[line] !== 40 || contentEnd(table, line) - contentStart(table, line) !== 3) continue
    if (PAGE_BREAK_RULES.marginLetter.pattern.test(table.text_.slice(contentStart(table, line), contentEnd(table, line)))) push(PAGE_BREAK_RULES.marginLetter, line)
  }
}

/** Page breaks looked at before the rest: a running head stands next to most of them. */
const SAMPLE_BREAKS = 12

/** Whether a line next to one of the first page breaks comes back next to 3 of them (else there is no running head to find, and nothing more is done). */
function headsInSample(table: LineTable, breaks: readonly PageBreak[]): boolean {
  const seen = new Map<string, number>()
  for (let b = 0; b < breaks.length && b < SAMPLE_BREAKS; b++) {
    const { before, after } = breaks[b]!
    const foot = before === -1 ? '' : headKey(table, before)
    const head = after === -1 ? '' : headKey(table, after)
    for (const key of foot === head ? [foot] : [foot, head]) if (key !== '' && (seen.get(key) ?? 0) + 1 >= MIN_PAGES) return true
    else if (key !== '') seen.set(key, (seen.get(key) ?? 0) + 1)
  }
  return false
}

/**
 * Running heads and feet (and page numbers) of a document paged without form feeds, masked;
 * null when it has none (nearly every document).
 */
export function findPageHeads(table: LineTable): PageFurniture | null {
  const numbers = new Uint8Array(table.count)
  const { breaks, numbered, headed } = findBreaks(table, numbers)
  if (breaks.length < MIN_PAGES || (numbered === 0 && !headsInSample(table, breaks))) return null
  // Each page break's edge lines, nearest first, feet then heads; the document's first and last lines are a page's head and foot too (not counted).
  const sides: number[][] = []
  for (const pageBreak of breaks) sides.push(edgeLines(table, pageBreak.before, -1, numbers), edgeLines(table, pageBreak.after, 1, numbers))
  sides.push(edgeLines(table, nextText(table, 0, 1, numbers), 1, numbers), edgeLines(table, nextText(table, table.count - 1, -1, numbers), -1, numbers))
  const keys = sides.map((side) => side.map((line) => headKey(table, line)))
  const counts = new Map<string, number>()
  for (let b = 0; b < breaks.length; b++) {
    const seen = new Set([...keys[2 * b]!, ...keys[2 * b + 1]!])
    for (const key of seen) if (key !== '') counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  for (const [key, count] of counts) if (count < MIN_PAGES || count * 2 < breaks.length) counts.delete(key)
  if (counts.size > 0) dropSpeech(table, counts, sides)
  const repeated = (key: string) => counts.has(key)
  const masked = new Uint8Array(table.count)
  const lines: FurnitureLine[] = []
  const push = (rule: FurnitureRule, line: number) => {
    if (masked[line] === 1) return
    masked[line] = 1
    const start = contentStart(table, line)
    const end = contentEnd(table, line)
    lines.push({ rule, start_: start, end_: end, value: table.text_.slice(start, end) })
  }
  let heads = 0
  for (let s = 0; s < sides.length; s++) {
    // Nearest first: a line further from the break is furniture only when the nearer one is.
    for (let d = 0; d < sides[s]!.length && repeated(keys[s]![d]!); d++) push(RUNNING_HEAD_RULE, sides[s]![d]!), heads++
  }
  if (heads === 0 && numbered === 0) return null
  for (let line = 0; line < table.count; line++) {
    if (numbers[line] === 1) push(PAGE_BREAK_RULES.pageNumber, line)
    else if (numbers[line] === 2) push(RUNNING_HEAD_RULE, line), heads++
  }
  for (const pageBreak of breaks) for (const from of [pageBreak.before, pageBreak.after]) pushMarginLetters(table, from, push)
  lines.sort((a, b) => a.start_ - b.start_)
  return { text: maskSpans(table.text_, lines), lines, numbered: 0, pages: breaks.length + 1, layout: headed ? 'numbered-heads' : numbered > 0 ? 'page-numbers' : 'blank-runs' }
}
