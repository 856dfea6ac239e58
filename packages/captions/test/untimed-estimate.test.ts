/**
 * A transcript with no time anywhere is planned without core's `eachEstimatedTime` walk: the
 * collector adds up `speakingTime` of the leaves as it passes them. The plan must be exactly the
 * one core's shared estimate gives (`planning.alwaysShared` takes that walk): on the reference
 * document, every corpus transcript, and generated untimed transcripts (events dropped or kept,
 * other speaking rates).
 */
import { afterEach, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { corpusFiles, readReferenceDocument, readShared, transcriptArb } from '@verbatim/test-utils'
import { suiteNeedsShared } from '@verbatim/test-utils/suite'
import { fromText } from '@verbatim/text'
import type { Transcript } from '@verbatim/core'
import { planCues } from '../src/plan.js'
import { planBothWays, resetPlanning } from './shortcut.js'


afterEach(resetPlanning)

describe('untimed transcripts: the shortcut gives the shared estimate', () => {
  it('on the reference document', () => {
    const { shortcut, plain: shared } = planBothWays({ alwaysShared: true }, fromText(readReferenceDocument()).transcript)
    expect(shortcut.cues.length).toBeGreaterThan(100)
    expect(shortcut).toEqual(shared)
  })

  it('on generated untimed transcripts (events kept or dropped, any speaking rate)', () => {
    fc.assert(
      fc.property(transcriptArb({ times: 'never', strings: 'plain' }), fc.constantFrom<'keep' | 'drop'>('keep', 'drop'), fc.integer({ min: 60, max: 300 }), (transcript, events, wordsPerMinute) => {
        const { shortcut, plain: shared } = planBothWays({ alwaysShared: true }, transcript, { events, wordsPerMinute })
        expect(shortcut).toEqual(shared)
      }),
      { numRuns: 150, seed: 11 },
    )
  })

  it('a single time anywhere takes the shared walk (a timed event after the turns stretches them)', () => {
    const { transcript } = fromText('ALICE: One two three four five six seven.\n\nBOB: Eight nine ten.')
    const timed: Transcript = { ...transcript, children: [...transcript.children, { type: 'event', kind: 'applause', value: '[applause]', time: { start: 5, end: 6, source: 'source' } }] }
    // Ten words at 160 a minute take 3.75 s; the event at 5 s stretches them: Bob starts at 7 * 0.375 * 5 / 3.75 s.
    expect(planCues(transcript).cues[1]!.start).toBe(2.625)
    expect(planCues(timed).cues[1]!.start).toBe(3.5)
    const { shortcut, plain: shared } = planBothWays({ alwaysShared: true }, timed)
    expect(shortcut).toEqual(shared)
  })

  describe('on every corpus transcript', () => {
    if (!suiteNeedsShared('transcript corpus', 'corpus')) return
    for (const name of corpusFiles()) {
      it(name, () => {
        const { shortcut, plain: shared } = planBothWays({ alwaysShared: true }, fromText(readShared('corpus', name), { file: name }).transcript)
        expect(shortcut).toEqual(shared)
      })
    }
  })
})
