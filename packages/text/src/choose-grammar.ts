/**
 * Decide the label grammar of a document by counting, at paragraph starts, the candidates of
 * every grammar; and whether labels sit at paragraph starts or at any line start (court
 * transcripts have no blank lines between turns). Counting looks at a bounded sample.
 */
import { GRAMMARS, mayHoldLabel, type GrammarId } from './grammars.js'
import { contentStart, type LineTable } from './lines.js'
import type { ParagraphTable } from './units.js'

export interface GrammarChoice {
  grammar: GrammarId
  /** Court `Q.` / `A.` examination lines are labels too. */
  court: boolean
  /** Labels may start any line, not only a paragraph. */
  lineLabels: boolean
  counts: Record<GrammarId, number>
}

const SAMPLE_PARAGRAPHS = 20_000
const SAMPLE_LINES = 40_000

/** The start of a line (200 characters are enough for any label), or null when `mayHoldLabel` would refuse it for its first character. */
function firstLine(table: LineTable, line: number): string | null {
  const start = contentStart(table, line)
  const code = table.text.charCodeAt(start)
  if ((code >= 97 && code <= 122) || code === 32) return null
  return table.text.slice(start, Math.min(table.ends[line]!, start + 200))
}

export function chooseGrammar(table: LineTable, paragraphs: ParagraphTable, forced?: GrammarId, forcedLines?: boolean): GrammarChoice {
  const counts: Record<GrammarId, number> = { caps: 0, mixed: 0, markdown: 0, timed: 0, court: 0 }
  const sample = Math.min(paragraphs.count, SAMPLE_PARAGRAPHS)
  for (let p = 0; p < sample; p++) {
    const line = firstLine(table, paragraphs.first[p]!)
    if (line === null || !mayHoldLabel(line)) continue
    for (const grammar of GRAMMARS) if (grammar.match(line)) counts[grammar.id]++
  }
  // Line starts inside paragraphs: labels of court transcripts, and Q./A. lines.
  const inside: Record<GrammarId, number> = { caps: 0, mixed: 0, markdown: 0, timed: 0, court: 0 }
  let looked = 0
  for (let p = 0; p < sample; p++) {
    const last = paragraphs.last[p]!
    for (let line = paragraphs.first[p]! + 1; line <= last && looked < SAMPLE_LINES; line++, looked++) {
      const text = firstLine(table, line)
      if (text === null || !mayHoldLabel(text)) continue
      for (const grammar of GRAMMARS) if ((grammar.id === 'caps' || grammar.id === 'court') && grammar.match(text)) inside[grammar.id]++
    }
  }
  let grammar: GrammarId
  if (forced) grammar = forced
  else if (counts.markdown >= 2 && counts.markdown >= 0.5 * counts.mixed) grammar = 'markdown'
  else if (counts.timed >= 2 && counts.timed >= 0.5 * counts.mixed) grammar = 'timed'
  else if (counts.caps + inside.caps >= 0.75 * counts.mixed || counts.mixed === 0) grammar = 'caps'
  else grammar = 'mixed'
  const court = counts.court + inside.court >= 6
  const lineLabels = forcedLines ?? (grammar === 'caps' && inside.caps >= 5 && inside.caps > 2 * counts.caps)
  return { grammar, court, lineLabels, counts: { ...counts, caps: counts.caps + inside.caps, court: counts.court + inside.court } }
}
