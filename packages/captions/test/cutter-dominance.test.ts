/**
 * The cue cutter skips cue ends that a cue from an earlier start already beats (`dominatedUpTo`):
 * the plan must be exactly the one trying every end gives, whatever the limits and break rules
 * (rules whose costs let a break pay more than a cue costs turn the shortcut off, and are tried).
 */
import { afterEach, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { corpusFiles, readReferenceDocument, readShared, transcriptArb } from '@verbatim/test-utils'
import { suiteNeedsShared } from '@verbatim/test-utils/suite'
import { fromText } from '@verbatim/text'
import { DEFAULT_BREAK_RULES, type BreakRules } from '../src/line-breaking.js'
import { planBothWays, resetPlanning } from './shortcut.js'


afterEach(resetPlanning)

const rulesArb: fc.Arbitrary<BreakRules> = fc.record({ sentence: fc.integer({ min: -300, max: 50 }), before: fc.integer({ min: -200, max: 50 }), name: fc.integer({ min: 0, max: 600 }) }).map(({ sentence, before, name }) => ({
  ...DEFAULT_BREAK_RULES,
  after: [[/[.!?…]["'”’)\]]*$/, sentence], ...DEFAULT_BREAK_RULES.after.slice(1)],
  beforeCost: before,
  nameCost: name,
}))

describe('the cue cutter skips only ends that cannot win', () => {
  it('on the reference document', () => {
    const { shortcut: pruned, plain: full } = planBothWays({ dominance: false }, fromText(readReferenceDocument()).transcript)
    expect(pruned.cues.length).toBeGreaterThan(100)
    expect(pruned).toEqual(full)
  })

  it('on generated transcripts, any limits and break rules', () => {
    fc.assert(
      fc.property(
        transcriptArb({ times: 'mixed', strings: 'plain', maxTurns: 6 }),
        fc.record({ maxLineLength: fc.integer({ min: 8, max: 60 }), maxLines: fc.integer({ min: 1, max: 3 }), maxDuration: fc.double({ min: 1, max: 12, noNaN: true }), wordsPerMinute: fc.integer({ min: 60, max: 400 }) }),
        fc.option(rulesArb, { nil: undefined }),
        (transcript, limits, breakRules) => {
          const { shortcut: pruned, plain: full } = planBothWays({ dominance: false }, transcript, { ...limits, breakRules })
          expect(pruned).toEqual(full)
        },
      ),
      { numRuns: 300, seed: 5 },
    )
  })

  describe('on every corpus transcript', () => {
    if (!suiteNeedsShared('transcript corpus', 'corpus')) return
    for (const name of corpusFiles()) {
      it(name, () => {
        const { shortcut: pruned, plain: full } = planBothWays({ dominance: false }, fromText(readShared('corpus', name), { file: name }).transcript)
        expect(pruned).toEqual(full)
      })
    }
  })
})
