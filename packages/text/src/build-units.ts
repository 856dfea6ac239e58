/**
 * Pass one, second half: paragraphs split into units. A unit is a paragraph, or, where labels
 * may start any line (court transcripts, `labelsAt: 'line'`), a label line with the lines that
 * continue it, a page code, an examination heading, a witness block or a stand-alone parenthetical.
 */
import { ColonCursor, mayHoldLabelAt, type Grammar, type LabelMatch } from './grammars.js'
import { contentStart, type LineTable } from './lines.js'
import { isBlank } from './clock.js'
import { MARK_NONE, MARK_STAMP } from './stamp-lines.js'
import { hasCapsWord } from './record-structure.js'
import { UnitTable, type UnitKind } from './unit-table.js'
import { lineText, parentheticalEnd, type ParagraphTable } from './units.js'

/** A unit found at a line, before it goes into the table. */
export interface Found {
  first: number
  last: number
  kind: UnitKind
  label?: LabelMatch
  contentLine?: number
  contentOffset?: number
}

/** The court furniture at a line of a court record, or null. */
export type CourtLines = (table: LineTable, text: string, line: number, last: number) => Found | null

/** What the steps of `buildUnits` share: the inputs, the table being filled, and one reused label result. */
interface BuildContext {
  table_: LineTable
  paragraphs_: ParagraphTable
  lineLabels_: boolean
  matchLabel_: (text: string) => LabelMatch | null
  grammar_: Grammar
  court_: boolean
  /** A court's page codes, examination headings, examiner and witness lines, each a unit (the house styles, `court-lines.ts`). */
  courtLines_: CourtLines | undefined
  isEscaped_: (text: string) => boolean
  units_: UnitTable
  /** What `lineLabel` hands back: one object, reused (it is read before the next call), not one per label. */
  labelFound_: Found
  /** Where the next colon is: a line that cannot hold a label is refused before it is sliced. */
  colons_: ColonCursor
}

export function buildUnits(
  table: LineTable,
  paragraphs: ParagraphTable,
  lineLabels: boolean,
  matchLabel: (text: string) => LabelMatch | null,
  grammar: Grammar,
  court: boolean,
  isEscaped: (text: string) => boolean,
  courtLines?: CourtLines,
): UnitTable {
  const units = new UnitTable(paragraphs.count + 16)
  const labelFound: Found = { first: 0, last: 0, kind: 'label', label: undefined, contentLine: 0, contentOffset: 0 }
  const ctx: BuildContext = { table_: table, paragraphs_: paragraphs, lineLabels_: lineLabels, matchLabel_: matchLabel, grammar_: grammar, court_: court, courtLines_: courtLines, isEscaped_: isEscaped, units_: units, labelFound_: labelFound, colons_: new ColonCursor(table.text_) }
  for (let p = 0; p < paragraphs.count; p++) {
    const paragraphFirst = paragraphs.first_[p]!
    const paragraphLast = paragraphs.last_[p]!
    const mark = paragraphs.mark_?.[p] ?? MARK_NONE
    if (mark !== MARK_NONE) units.push_(paragraphFirst, paragraphLast, paragraphs.emptyBefore_[p]!, mark === MARK_STAMP ? 'stamp' : 'page')
    else if (paragraphFirst === paragraphLast && !court) addOneLine(ctx, paragraphFirst, paragraphs.emptyBefore_[p]!)
    else addLines(ctx, paragraphFirst, paragraphLast, paragraphs.emptyBefore_[p]!)
  }
  return units
}

function add(ctx: BuildContext, found: Found, emptyBefore: number): number {
  return ctx.units_.push_(found.first, found.last, emptyBefore, found.kind, found.label, found.contentLine, found.contentOffset)
}

/** A paragraph of one line (outside court transcripts): a label, a parenthetical or text. */
function addOneLine(ctx: BuildContext, line: number, emptyBefore: number): void {
  const { table_: table } = ctx
  // Only a line opening with a backslash can be escaped, and only one opening with `(` a parenthetical.
  const opening = table.firstCodes[line]!
  const escaped = opening === 92 && ctx.isEscaped_(lineText(table, line))
  const labelled = escaped ? null : lineLabel(ctx, line)
  if (labelled) {
    add(ctx, labelled, emptyBefore)
    return
  }
  const kind = !escaped && opening === 40 && parentheticalEnd(table, line, line) === line ? 'paren' : 'text'
  ctx.units_.push_(line, line, emptyBefore, kind)
}

/** Line mode: any line of the paragraph `first..last` may start a unit. */
function addLines(ctx: BuildContext, first: number, last: number, emptyBefore: number): void {
  let open = -1
  for (let line = first; line <= last; line++) {
    const found = unitAt(ctx, line, first, last)
    if (found) {
      const index = add(ctx, found, emptyBefore)
      // Label (and text) units stay open: the lines after them continue them.
      open = found.kind === 'label' || found.kind === 'text' ? index : -1
      line = found.last
    } else if (open !== -1) ctx.units_.setLast_(open, line)
    else open = ctx.units_.push_(line, line, emptyBefore, 'text')
    emptyBefore = 0
  }
}

/** The unit starting at `line` of the paragraph `first..last`, or null when the line continues the open one. */
function unitAt(ctx: BuildContext, line: number, first: number, last: number): Found | null {
  const { table_: table } = ctx
  if (ctx.court_) {
    const furniture = ctx.courtLines_?.(table, lineText(table, line), line, last)
    if (furniture) return furniture
  } else if (line !== first && !ctx.lineLabels_ && !mayHoldLabelAt(table.text_, contentStart(table, line), table.ends[line]!, ctx.colons_)) {
    // Inside a paragraph only a label starts a unit: a line no label can open continues it (no slice, no look back).
    return null
  }
  // Only a line opening with a backslash can be escaped.
  if (line === first && table.firstCodes[line] === 92 && ctx.isEscaped_(lineText(table, line))) return null
  if (!mayStartLabel(ctx, line, first)) return null
  let found = lineLabel(ctx, line) ?? (line === first ? splitLabel(ctx, line, last) : null)
  // Inside a mixed-case paragraph, only a label with a word in capitals (`Ms M SMUTS:`, `The DEPUTY SPEAKER:`) starts a turn.
  if (found?.kind === 'label' && ctx.grammar_.id === 'mixed' && line !== first && !ctx.lineLabels_ && !ctx.court_ && !hasCapsWord(found.label!.label)) found = null
  if (!found && (line === first || ctx.lineLabels_ || ctx.court_)) {
    const end = parentheticalEnd(ctx.table_, line, last)
    if (end !== -1) found = { first: line, last: end, kind: 'paren' }
  }
  return found
}

/** The label opening `line`, in the context's reused result object, or null. */
function lineLabel(ctx: BuildContext, line: number): Found | null {
  const { table_: table } = ctx
  // What `mayHoldLabel` (the matcher's first test) refuses, refused before slicing the line.
  const start = contentStart(table, line)
  if (!mayHoldLabelAt(table.text_, start, table.ends[line]!, ctx.colons_)) return null
  const text = table.text_.slice(start, table.ends[line])
  const label = ctx.matchLabel_(text)
  if (!label) return null
  const found = ctx.labelFound_
  found.first = line
  found.last = line
  found.label = label
  found.contentLine = line
  found.contentOffset = start + label.content
  return found
}

/** A caps label split over two lines (`... VOCERO DE` / `PRESIDENCIA:Carmen`). */
function splitLabel(ctx: BuildContext, line: number, last: number): Found | null {
  const { table_: table, grammar_: grammar } = ctx
  if (grammar.id !== 'caps' || line >= last) return null
  const one = lineText(table, line)
  if (one.length > 100 || /\p{Ll}/u.test(one) || !/\p{Lu}.*\p{Lu}/u.test(one) || one.includes(':')) return null
  const twoStart = contentStart(table, line + 1)
  const two = table.text_.slice(twoStart, table.ends[line + 1])
  const label = grammar.match(`${one} ${two}`)
  if (!label || label.content <= one.length + 1) return null
  return { first: line, last: line + 1, kind: 'label', label, contentLine: line + 1, contentOffset: twoStart + label.content - one.length - 1 }
}

/** Hard-wrapped lines rarely start with a label; accept one inside a paragraph only after a sentence end or a hard break. */
function mayStartLabel(ctx: BuildContext, line: number, paragraphFirst: number): boolean {
  if (line === paragraphFirst || ctx.lineLabels_ || ctx.court_) return true
  if (ctx.grammar_.id !== 'caps' && ctx.grammar_.id !== 'mixed') return false
  return endsLikeLabelBreak(ctx.table_.text_, ctx.table_.starts[line - 1]!, ctx.table_.ends[line - 1]!)
}

/** Characters a sentence (or a quote, a bracket, a dash) ends with: `.?!"”’)]—–-`. */
const SENTENCE_ENDS = new Set([46, 63, 33, 34, 0x201d, 0x2019, 41, 93, 0x2014, 0x2013, 45])

/**
 * Whether the line `text[start..end)` ends a sentence (trailing blanks ignored) or with a hard
 * break (two spaces or more after other text): `/[.?!"”’)\]—–-][ \t\u00a0]*$|[^ ]  +$/`,
 * read backwards from the end instead of tried at every offset.
 */
export function endsLikeLabelBreak(text: string, start: number, end: number): boolean {
  let spaces = end
  while (spaces > start && text.charCodeAt(spaces - 1) === 32) spaces--
  if (end - spaces >= 2 && spaces > start) return true
  let last = end
  while (last > start && isBlank(text.charCodeAt(last - 1))) last--
  return last > start && SENTENCE_ENDS.has(text.charCodeAt(last - 1))
}

