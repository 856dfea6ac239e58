/**
 * The third round of shortcuts against the code they stand for: the grammar choice on a sample
 * against the full count, the shared label matches against the public `match`, the one-pass
 * NUL/CR scan against `indexOf`, and the line table's first-character column against the text.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { fileURLToPath } from 'node:url'
import { corpusFiles, fixturePairs, readReferenceDocument, readShared, sharedAvailable, syntheticTranscript } from '@verbatim/test-utils'
import { chooseGrammar, HEAD } from '../src/choose-grammar.js'
import { GRAMMARS, sharedMatcher } from '../src/grammars.js'
import { buildLineTable, contentStart } from '../src/lines.js'
import { collectParagraphs } from '../src/units.js'
import { toText } from '../src/index.js'

const fixtures = fixturePairs(fileURLToPath(new URL('./fixtures', import.meta.url)), '.txt', '.json').map((pair) => ({ name: pair.name, text: pair.input }))
const corpus = sharedAvailable('sampling tests on the corpus', 'corpus', 'MANIFEST.md') ? corpusFiles().map((name) => ({ name, text: readShared('corpus', name) })) : []
const documents = [{ name: 'reference document', text: readReferenceDocument() }, ...fixtures, ...corpus]

/** The choice both ways; and whether the document is long enough for the sample to be tried. */
function choices(text: string) {
  const table = buildLineTable(text)
  const paragraphs = collectParagraphs(table, 0)
  const pick = ({ grammar, court, lineLabels }: ReturnType<typeof chooseGrammar>) => ({ grammar, court, lineLabels })
  return { sampled: pick(chooseGrammar(table, paragraphs)), full: pick(chooseGrammar(table, paragraphs, undefined, undefined, false)), long: paragraphs.count > 2 * HEAD }
}

describe('grammar choice on a sample', () => {
  it('chooses what the full count chooses on every fixture and corpus file', () => {
    for (const { name, text } of documents) {
      const { sampled, full } = choices(text)
      expect(sampled, name).toEqual(full)
    }
  })

  it('chooses what the full count chooses on long documents, where the sample is taken (each document repeated)', () => {
    let long = 0
    for (const { name, text } of documents) {
      if (text.trim() === '') continue
      const paragraphs = Math.max(1, text.split(/\n\s*\n/).length)
      const repeated = Array.from({ length: Math.ceil((3 * HEAD) / paragraphs) + 1 }, () => text).join('\n\n')
      const { sampled, full, long: isLong } = choices(repeated)
      if (isLong) long++
      expect(sampled, name).toEqual(full)
    }
    expect(long).toBeGreaterThan(10)
  })

  it('chooses what the full count chooses on the benchmark text', () => {
    const text = toText(syntheticTranscript(1_500_000, { seed: 7 }))
    const { sampled, full, long } = choices(text)
    expect(long).toBe(true)
    expect(sampled).toEqual(full)
  })

  it('falls back to the full count when the head and the rest disagree', () => {
    // Mixed-case labels for the head, then a long run of ALL-CAPS labels: the head alone says
    // `mixed`, the rest `caps`; the full count decides.
    const mixed = Array.from({ length: HEAD + 100 }, (_, i) => `Jane Doe: line ${i} of the interview.`)
    const caps = Array.from({ length: 4 * HEAD }, (_, i) => `ASH CARTER: line ${i} of the briefing.`)
    const { sampled, full, long } = choices([...mixed, ...caps].join('\n\n'))
    expect(long).toBe(true)
    expect(sampled).toEqual(full)
  })
})

describe('court lines that start late in a long transcript', () => {
  it('are never missed by the sample: the full count decides whenever the sample saw none', () => {
    // Openings (ALL-CAPS labels) for 3,000 paragraphs, then a short examination whose few Q./A.
    // lines fall between the sample's strides.
    const openings = Array.from({ length: 3 * HEAD }, (_, i) => `MR. FINKEL: Opening statement, part ${i}.`)
    const examination = ['BY MR. FINKEL:', 'Q. Where were you?', 'A. In New York.', 'Q. When?', 'A. In May.', 'Q. Alone?', 'A. Yes.', 'Q. Thank you.', 'A. Sure.']
    const { sampled, full, long } = choices([...openings, examination.join('\n')].join('\n\n'))
    expect(long).toBe(true)
    expect(full.court).toBe(true)
    expect(sampled).toEqual(full)
  })
})

describe('shared label matches', () => {
  const lines = fc
    .array(fc.constantFrom('ASH CARTER', 'Ash Carter', 'Jean-Yves Le Drian', 'Q', 'MIN. LE DRIAN', '(THROUGH TRANSLATOR)', '(#ash-carter)', '(via video)', ':', ': ', ':   ', ':\t\u00a0 ', 'hello', ' ', '  ', '\u00a0', '(12:35)', 'x'), { maxLength: 8 })
    .map((parts) => parts.join(''))

  it('give what the public match gives, content included, for every grammar', () => {
    const corpusLines = documents.flatMap(({ text }) => text.split(/\r?\n/).map((line) => line.trim()))
    fc.assert(fc.property(fc.oneof(lines, fc.constantFrom(...corpusLines)), (line) => {
      for (const grammar of GRAMMARS) expect(sharedMatcher(grammar)(line), `${grammar.id}: ${line}`).toEqual(grammar.match(line))
    }), { numRuns: 20_000 })
  })

  it('are one object per label head (the label and the two characters after its colon), while public matches are fresh copies', () => {
    const caps = GRAMMARS.find((grammar) => grammar.id === 'caps')!
    expect(sharedMatcher(caps)('ASH CARTER: one')).toBe(sharedMatcher(caps)('ASH CARTER: once more'))
    expect(caps.match('ASH CARTER: one')).not.toBe(caps.match('ASH CARTER: one'))
    // Blanks after the colon that run past the cached head: a copy with this line's content.
    expect(sharedMatcher(caps)('ASH CARTER:     five')?.content).toBe(16)
  })
})

describe('line table', () => {
  it('firstCodes holds the first non-space character of each line, 0 for a blank one', () => {
    for (const { text } of documents) {
      const table = buildLineTable(text)
      expect(buildLineTable(text, text.includes('\r'))).toEqual(table)
      for (let line = 0; line < table.count; line++) {
        const start = contentStart(table, line)
        expect(table.firstCodes[line]).toBe(start < table.ends[line]! ? text.charCodeAt(start) : 0)
      }
    }
  })
})
