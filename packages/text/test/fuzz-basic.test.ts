// Fuzzing the basic entry's reader (`@verbatim/text/basic`, #12): the same rule as the full
// reader's fuzz test (every mutated real transcript reads into a transcript validateTranscript
// accepts or throws a VerbatimError, in well under 5 s), and the same seeds, since the basic
// reader meets the same files in browsers.
import { describe, expect, it } from 'vitest'
import { fuzzReader, readShared, sharedFiles, type FuzzSeed } from '@verbatim/test-utils'
import { suiteNeedsShared } from '@verbatim/test-utils/suite'
import { fromText } from '../src/basic.js'

const TOKENS = ['---\n', '---\ntitle: T\nspeakers:\n  - name: A\n    role: Not A Role\n---\n', 'date: yesterday\n', 'MR. SMITH: ', 'Q. ', 'A. ', 'THE COURT: ', '[00:01:02] ', '(00:01) ', '00:00:01 ', '0:00 ', 'Speaker 1: ', '>> ', '-- ', '[inaudible]', '(Laughter.)', '[', '(', ':', '\\', '# ', '**Ann:** ', '| a | b |\n|---|---|\n', '\u00A0', '\f', '\v']

describe('fuzzing the basic text reader with real transcripts', () => {
  if (!suiteNeedsShared('basic text fuzz seeds', 'corpus')) return
  const seeds: FuzzSeed[] = [
    ...sharedFiles('corpus', /\.txt$/).map((name) => ({ name, text: readShared('corpus', name) })),
    ...sharedFiles('corpus-more', /\.(txt|md)$/).map((name) => ({ name: `corpus-more/${name}`, text: readShared('corpus-more', name) })),
  ]

  it('fromText (basic): a valid transcript or a VerbatimError, under 5 s each', () => {
    const report = fuzzReader((input) => fromText(input), seeds, { tokens: TOKENS, budgetMs: 6000 })
    expect(report.runs).toBeGreaterThan(seeds.length)
    expect(report.read).toBeGreaterThan(0)
  })
})
