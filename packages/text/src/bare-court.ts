/**
 * A deposition typed with bare `Q` and `A` (no period: `Q    Where do you live?`, `A<tab>Denver.`):
 * `Q` alone would be the press (`caps`) and `A` no label at all. A document whose lines alternate
 * them consistently reads them as the court's `Q.` and `A.` lines (a house style, wired by
 * `styles-full.ts`).
 */
import { sharedMatcher, grammarById, type LabelMatch, type SharedMatcher } from './grammars.js'
import type { LineTable } from './lines.js'
import type { ReadContext } from './read-context.js'

export const BARE_COURT_RULE = {
  id: 'bare-court-lines',
  /** At least this many `Q` lines and as many `A` lines. */
  minEach: 3,
  /** Of the changes of letter possible between successive `Q`/`A` lines, at least this share is one (Q then A, A then Q). */
  minAlternation: 0.8,
} as const

/** The offset of the text after a bare `Q` or `A` at `text[start]` (a tab, or two or more spaces), or -1. */
function bareContent(text: string, start: number, end: number): number {
  const code = text.charCodeAt(start + 1)
  if (code !== 9 && !((code === 32 || code === 0xa0) && isGap(text.charCodeAt(start + 2)))) return -1
  let at = start + 1
  while (at < end && isGap(text.charCodeAt(at))) at++
  return at < end ? at - start : -1
}

const isGap = (code: number): boolean => code === 32 || code === 9 || code === 0xa0

/** Where the document alternates bare `Q`/`A` lines: their count, and the first line; null when it does not (nearly every document). */
export function findBareCourtLines(table: LineTable): { count_: number; first_: number } | null {
  const { firstCodes, contentStarts_: starts, ends, text_: text } = table
  let qs = 0
  let as = 0
  let changes = 0
  let previous = 0
  let first = -1
  for (let line = 0; line < table.count; line++) {
    const code = firstCodes[line]!
    // Only lines opening with Q or A are looked at: a typed-array read for every other line.
    if ((code !== 81 && code !== 65) || bareContent(text, starts[line]!, ends[line]!) === -1) continue
    if (code === 81) qs++
    else as++
    if (previous !== 0 && previous !== code) changes++
    if (first === -1) first = line
    previous = code
  }
  const { minEach, minAlternation } = BARE_COURT_RULE
  if (qs < minEach || as < minEach || changes < minAlternation * (qs + as - 1)) return null
  return { count_: qs + as, first_: first }
}

const matches: LabelMatch[] = []

/**
 * The court matcher of a document that alternates bare `Q`/`A` lines (`BARE_COURT_RULE`), with an
 * info message (a guess), or undefined: bare lines as `Q.`/`A.`, and the dotted lines as before.
 */
export function bareCourtLines(ctx: ReadContext): SharedMatcher | undefined {
  const found = findBareCourtLines(ctx.table_)
  if (!found) return undefined
  ctx.report_(`\`Q\`/\`A\` lines without a period (${found.count_}, alternating) read as question and answer lines`, BARE_COURT_RULE.id, ctx.span_(found.first_, found.first_), 'info')
  const dotted = sharedMatcher(grammarById('court'))
  return (line) => {
    const first = line.charCodeAt(0)
    if (first !== 81 && first !== 65) return null
    const content = bareContent(line, 0, line.length)
    if (content === -1) return dotted(line)
    // Shared, as the dotted lines' matches are (nothing changes a label match).
    return (matches[content * 2 + (first === 65 ? 1 : 0)] ??= { grammar: 'court', label: first === 65 ? 'A.' : 'Q.', interpreted: false, content })
  }
}
