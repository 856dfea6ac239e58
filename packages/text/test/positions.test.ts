/**
 * The read option `positions: false` (core's `ReadOptions`): the transcript is the one
 * `removePositions` makes of the default read, and the messages are the same (they keep their
 * places). On the fixtures, the real transcripts and mutations of them, with both entries.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { fuzzReader, positionsOptionProblem, readShared, sharedFiles } from '@verbatim/test-utils'
import { suiteNeedsShared } from '@verbatim/test-utils/suite'
import { fromText } from '../src/from-text.js'
import { fromText as fromTextBasic } from '../src/basic.js'

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url))
const fixtures = readdirSync(FIXTURES).filter((name) => name.endsWith('.txt')).map((name) => ({ name, text: readFileSync(FIXTURES + name, 'utf8') }))

const problem = (text: string) =>
  positionsOptionProblem(() => fromText(text, { file: 'x.txt' }), () => fromText(text, { file: 'x.txt', positions: false })) ??
  positionsOptionProblem(() => fromTextBasic(text), () => fromTextBasic(text, { positions: false }))

describe('fromText with positions: false', () => {
  it('reads what the default read holds, without positions, with the same messages (fixtures and odd inputs)', () => {
    expect(fixtures.length).toBeGreaterThan(10)
    for (const { name, text } of [...fixtures, { name: 'empty', text: '' }, { name: 'front matter only', text: '---\ntitle: T\n---\n' }]) expect(problem(text), name).toBeUndefined()
    expect(JSON.stringify(fromText(fixtures[0]!.text, { positions: false }).transcript)).not.toContain('"position"')
  })

  describe('on the real transcripts and mutations of them', () => {
    if (!suiteNeedsShared('text transcripts', 'corpus')) return
    const seeds = [
      ...sharedFiles('corpus', /\.txt$/).map((name) => ({ name, text: readShared('corpus', name) })),
      ...sharedFiles('corpus-more', /\.(txt|md)$/).map((name) => ({ name: `corpus-more/${name}`, text: readShared('corpus-more', name) })),
    ]
    it('the same rule on every input', () => {
      const report = fuzzReader((input) => input, seeds, { check: (input) => problem(input as string), budgetMs: 3000, tokens: ['MR. SMITH: ', 'Q. ', '[00:01:02] ', 'Speaker 1: ', '(Laughter.)', '---\ntitle: T\n---\n', '\f', '\n\n'] })
      expect(report.runs).toBeGreaterThan(seeds.length)
    })
  })
})
