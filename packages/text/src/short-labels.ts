/**
 * Very short labels a document uses consistently: a word that is refused as a label elsewhere
 * (`CC:` is an e-mail header in a letter) is a speaker's label in a document that opens many
 * paragraphs with it (a radio log's `CC:` for capsule communicator, beside `P:` and `CT:`).
 */
import { NOT_SPEAKERS, type GrammarId, type LabelMatch } from './grammars.js'
import { contentStart, type LineTable } from './lines.js'
import type { ParagraphTable } from './units.js'

export const SHORT_LABEL_RULE = {
  id: 'consistent-short-label',
} as const

const MIN_USES = 5
const HEAD = /^(\p{Lu}{1,3}):[ \t\u00a0]/u

/** The first colon of `text[from, to)`, or -1. */
function colonWithin(text: string, from: number, to: number): number {
  for (let at = from; at < to; at++) if (text.charCodeAt(at) === 58) return at
  return -1
}

/** The refused short words this document uses as labels, upper case (empty for nearly every document). */
export function consistentShortLabels(table: LineTable, paragraphs: ParagraphTable): Set<string> {
  const counts = new Map<string, number>()
  for (let p = 0; p < paragraphs.count; p++) {
    const line = paragraphs.first_[p]!
    const code = table.firstCodes[line]!
    if (code < 65 || code > 90) continue
    const start = contentStart(table, line)
    // A label of three letters and its colon fit in five characters: the colon is looked for in
    // those only (a search of the text would run on to the next colon, maybe far ahead, for every paragraph).
    if (colonWithin(table.text_, start, Math.min(start + 4, table.ends[line]!)) === -1) continue
    const match = HEAD.exec(table.text_.slice(start, Math.min(start + 5, table.ends[line]!)))
    if (!match || !NOT_SPEAKERS.has(match[1]!.toLowerCase())) continue
    counts.set(match[1]!, (counts.get(match[1]!) ?? 0) + 1)
  }
  const out = new Set<string>()
  for (const [word, count] of counts) if (count >= MIN_USES) out.add(word)
  return out
}

/** A label match for one of `words` at the start of `text`, or null. */
export function matchShortLabel(text: string, words: ReadonlySet<string>, grammar: GrammarId): LabelMatch | null {
  const match = HEAD.exec(text.slice(0, 5))
  if (!match || !words.has(match[1]!)) return null
  let content = match[1]!.length + 1
  while (content < text.length && (text.charCodeAt(content) === 32 || text.charCodeAt(content) === 9 || text.charCodeAt(content) === 0xa0)) content++
  return { grammar, label: match[1]!, interpreted: false, content }
}
