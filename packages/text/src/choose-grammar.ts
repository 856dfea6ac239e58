/**
 * Decide the label grammar of a document by counting, at paragraph starts, the candidates of
 * every grammar; and whether labels sit at paragraph starts or at any line start (court
 * transcripts have no blank lines between turns).
 *
 * Counting is the reader's most expensive pass per line looked at (every grammar tries every
 * candidate), so a long document is first decided on a sample: its first `HEAD` paragraphs and
 * `HEAD` more spread evenly over the rest. The sample's answer is taken only when the head and
 * the spread part, decided on their own, both give it too; otherwise the document is counted as
 * before (up to `FULL_PARAGRAPHS` paragraphs). Documents of up to `2 * HEAD` paragraphs, which is
 * every corpus file, are always counted whole.
 */
import { ColonCursor, GRAMMARS, mayHoldLabelAt, sharedMatcher, type GrammarId } from './grammars.js'
import { labelColon } from './label-heads.js'
import { contentStart, type LineTable } from './lines.js'
import type { ParagraphTable } from './units.js'

export interface GrammarChoice {
  grammar: GrammarId
  /** Court `Q.` / `A.` examination lines are labels too. */
  court: boolean
  /** Labels may start any line, not only a paragraph. */
  lineLabels: boolean
  counts_: Record<GrammarId, number>
}

/** Counting only asks whether a grammar matches: no copies of matches. */
const MATCHERS = GRAMMARS.map((grammar) => ({ id: grammar.id, match: sharedMatcher(grammar) }))
const IDS: readonly GrammarId[] = MATCHERS.map((matcher) => matcher.id)
/** The grammars whose labels are counted at line starts inside paragraphs too. */
const INSIDE: readonly number[] = [IDS.indexOf('caps'), IDS.indexOf('court')]

/** The bound of the full count (paragraphs, and lines inside them). */
const FULL_PARAGRAPHS = 20_000
const FULL_LINES = 40_000
/** Paragraphs of the head of a sample, and of its spread part. */
// 500 + 500 paragraphs decide a vote between five grammars with room to spare (every corpus
// file is decided on fewer than 250), and the agreement check catches documents that change.
export const HEAD = 500

/**
 * Counts by index in `MATCHERS` while counting: an object keyed by grammar id would make every
 * count a megamorphic keyed load and store. `byId` turns them into a record for deciding.
 */
type Counts = number[]
const zero = (): Counts => IDS.map(() => 0)
function byId(counts: Counts): Record<GrammarId, number> {
  const record = {} as Record<GrammarId, number>
  for (let g = 0; g < IDS.length; g++) record[IDS[g]!] = counts[g]!
  return record
}

/** The start of a line (200 characters are enough for any label), or null when `mayHoldLabel` would refuse it (decided before slicing). */
function firstLine(table: LineTable, line: number, colons: ColonCursor): string | null {
  const start = contentStart(table, line)
  const end = table.ends[line]!
  return mayHoldLabelAt(table.text_, start, end, colons) ? table.text_.slice(start, Math.min(end, start + 200)) : null
}

/** Candidates at the start of paragraph `p` (into `counts`) and at the starts of its other lines (into `inside`, while `budget` lasts); returns the inside lines looked at. */
function countParagraph(table: LineTable, paragraphs: ParagraphTable, p: number, counts: Counts, inside: Counts, budget: number, colons: ColonCursor): number {
  // Stamp and furniture lines split off (see `stamp-lines.ts`) hold no label.
  if (paragraphs.mark_ !== undefined && paragraphs.mark_[p] !== 0) return 0
  const line = firstLine(table, paragraphs.first_[p]!, colons)
  if (line !== null) {
    const colon = labelColon(line)
    for (let g = 0; g < MATCHERS.length; g++) if (MATCHERS[g]!.match(line, colon)) counts[g]!++
  }
  // Line starts inside paragraphs: labels of court transcripts, and Q./A. lines.
  const last = paragraphs.last_[p]!
  let looked = 0
  for (let at = paragraphs.first_[p]! + 1; at <= last && looked < budget; at++, looked++) {
    const text = firstLine(table, at, colons)
    if (text === null) continue
    const colon = labelColon(text)
    for (const g of INSIDE) if (MATCHERS[g]!.match(text, colon)) inside[g]!++
  }
  return looked
}

interface Tally {
  counts_: Counts
  inside_: Counts
}

/** Count paragraphs `from`, `from + stride`, ... below `to`, looking at up to `lines` lines inside them. */
function tally(table: LineTable, paragraphs: ParagraphTable, from: number, to: number, stride: number, lines: number): Tally {
  const counts = zero()
  const inside = zero()
  let budget = lines
  const colons = new ColonCursor(table.text_)
  for (let p = from; p < to; p += stride) budget -= countParagraph(table, paragraphs, p, counts, inside, budget, colons)
  return { counts_: counts, inside_: inside }
}

function add(a: Tally, b: Tally): Tally {
  return { counts_: a.counts_.map((count, g) => count + b.counts_[g]!), inside_: a.inside_.map((count, g) => count + b.inside_[g]!) }
}

function decide(tallied: Tally, forced?: GrammarId, forcedLines?: boolean): GrammarChoice {
  const counts = byId(tallied.counts_)
  const inside = byId(tallied.inside_)
  let grammar: GrammarId
  if (forced) grammar = forced
  else if (counts.markdown >= 2 && counts.markdown >= 0.5 * counts.mixed) grammar = 'markdown'
  else if (counts.timed >= 2 && counts.timed >= 0.5 * counts.mixed) grammar = 'timed'
  else if (counts.caps + inside.caps >= 0.75 * counts.mixed || counts.mixed === 0) grammar = 'caps'
  else grammar = 'mixed'
  const court = counts.court + inside.court >= 6
  const lineLabels = forcedLines ?? (grammar === 'caps' && inside.caps >= 5 && inside.caps > 2 * counts.caps)
  return { grammar, court, lineLabels, counts_: { ...counts, caps: counts.caps + inside.caps, court: counts.court + inside.court } }
}

const same = (a: GrammarChoice, b: GrammarChoice): boolean => a.grammar === b.grammar && a.court === b.court && a.lineLabels === b.lineLabels

const COURT = MATCHERS.find((matcher) => matcher.id === 'court')!

/**
 * Whether any line of the counted paragraphs is a court `Q.`/`A.` line. A sample can miss
 * examination lines that only start late in a long transcript, so a sample that found no court
 * lines is trusted only when none exist; the check reads only lines starting with Q or A.
 */
function hasCourtLine(table: LineTable, paragraphs: ParagraphTable, count: number): boolean {
  const lastLine = count > 0 ? paragraphs.last_[count - 1]! : -1
  const colons = new ColonCursor(table.text_)
  for (let line = 0; line <= lastLine; line++) {
    const code = table.firstCodes[line]
    if (code !== 81 /* Q */ && code !== 65 /* A */) continue
    const text = firstLine(table, line, colons)
    if (text !== null && COURT.match(text)) return true
  }
  return false
}

/** `sample: false` always counts the document as before (tests compare both ways). */
export function chooseGrammar(table: LineTable, paragraphs: ParagraphTable, forced?: GrammarId, forcedLines?: boolean, sample = true): GrammarChoice {
  const count = Math.min(paragraphs.count, FULL_PARAGRAPHS)
  if (sample && count > 2 * HEAD) {
    const stride = Math.ceil((count - HEAD) / HEAD)
    const head = tally(table, paragraphs, 0, HEAD, 1, FULL_LINES / 4)
    const spread = tally(table, paragraphs, HEAD, count, stride, FULL_LINES / 4)
    const choice = decide(add(head, spread), forced, forcedLines)
    const agreed = same(choice, decide(head, forced, forcedLines)) && same(choice, decide(spread, forced, forcedLines))
    if (agreed && (choice.court || !hasCourtLine(table, paragraphs, count))) return choice
  }
  return decide(tally(table, paragraphs, 0, count, 1, FULL_LINES), forced, forcedLines)
}
