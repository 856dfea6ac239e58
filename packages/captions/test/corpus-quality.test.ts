/**
 * Estimated captions at the quality of given ones: on every corpus transcript (read by `fromText`),
 * the cues `planCues` estimates break none of the caption rules (`caption-quality.ts` defines
 * each, and the exceptions a rule cannot avoid). Before this plan (greedy cutting, lengthening
 * only into silence) the same transcripts gave 598 cues shorter than 5/6 s, 795 read faster than
 * 17 characters per second, 151 orphans and 202 split sentences.
 */
import { describe, expect, it } from 'vitest'
import { corpusFiles, readReferenceDocument, readShared } from '@verbatim/test-utils'
import { suiteNeedsShared } from '@verbatim/test-utils/suite'
import { fromText } from '@verbatim/text'
import type { Transcript } from '@verbatim/core'
import { planCues } from '../src/index.js'
import { captionQuality } from './caption-quality.js'

const hasSourceTimes = (transcript: Transcript) => transcript.children.some((block) => block.type === 'turn' && block.time?.source === 'source')

function check(source: string, name: string): void {
  const { transcript } = fromText(source, { file: name })
  const examples = {}
  const counts = captionQuality(planCues(transcript), examples)
  expect(counts.cues, name).toBeGreaterThan(0)
  const { cues: _cues, squeezed, ...violations } = counts
  expect(violations, `${name}: ${JSON.stringify(examples)}`).toEqual({ lineLength: 0, lines: 0, cps: 0, short: 0, long: 0, orphan: 0, splitSentence: 0 })
  // Only source times can leave a cue too little room.
  if (!hasSourceTimes(transcript)) expect(squeezed, name).toBe(0)
}

describe('estimated cues keep the caption rules', () => {
  it('on the reference document', () => check(readReferenceDocument(), 'reference document'))

  describe('on every corpus transcript', () => {
    if (!suiteNeedsShared('transcript corpus', 'corpus')) return
    for (const name of corpusFiles()) it(name, () => check(readShared('corpus', name), name))
  })
})
