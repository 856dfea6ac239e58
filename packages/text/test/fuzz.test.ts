// Fuzzing the plain-text reader with the real transcripts of ../shared/corpus and corpus-more:
// every mutated input reads into a valid transcript or throws a VerbatimError, in well under 5 s.
// The basic entry's reader (`@verbatim/text/basic`) meets the same files in browsers: same seeds, same rule.
import { describe, expect, it } from 'vitest'
import { fuzzReader, readShared, sharedFiles, type FuzzSeed } from '@verbatim/test-utils'
import { suiteNeedsShared } from '@verbatim/test-utils/suite'
import { fromText } from '../src/from-text.js'
import { fromText as fromTextBasic } from '../src/basic.js'

const TOKENS = ['---\n', '---\ntitle: T\nspeakers:\n  - name: A\n    role: Not A Role\n---\n', 'date: yesterday\n', 'MR. SMITH: ', 'Q. ', 'A. ', 'THE COURT: ', '[00:01:02] ', '(00:01) ', '00:00:01 ', 'Speaker 1: ', '>> ', '-- ', '[inaudible]', '(Laughter.)', '[', '(', ':', '\\', '# ', '**Ann:** ', '| a | b |\n|---|---|\n', '\u00A0', '\f', '\v']

describe('fuzzing the text reader with real transcripts', () => {
  if (!suiteNeedsShared('text fuzz seeds', 'corpus')) return
  const seeds: FuzzSeed[] = [
    ...sharedFiles('corpus', /\.txt$/).map((name) => ({ name, text: readShared('corpus', name) })),
    ...sharedFiles('corpus-more', /\.(txt|md)$/).map((name) => ({ name: `corpus-more/${name}`, text: readShared('corpus-more', name) })),
  ]

  it('fromText: a valid transcript or a VerbatimError, under 5 s each', () => {
    const report = fuzzReader((input) => fromText(input), seeds, { tokens: TOKENS, budgetMs: 6000 })
    expect(report.runs).toBeGreaterThan(seeds.length)
    expect(report.read).toBeGreaterThan(0)
  })

  it('fromText of the basic entry: the same rule', () => {
    const report = fuzzReader((input) => fromTextBasic(input), seeds, { tokens: [...TOKENS, '0:00 '], budgetMs: 6000 })
    expect(report.runs).toBeGreaterThan(seeds.length)
    expect(report.read).toBeGreaterThan(0)
  })
})
