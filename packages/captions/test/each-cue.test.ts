/**
 * `eachCue` gives the plan cue by cue while it reads the transcript (writers keep a few cues, not
 * the whole plan: #12's memory). Its cues and messages must be exactly those of the plan made with
 * every unit read first and all timed at once (`planning.gatherAll`, the way `planCues` worked
 * before): on the reference document, every corpus transcript, synthetic timed, untimed and mixed
 * transcripts, and generated transcripts with times anywhere. And it must really stream: most
 * cues are given before the last block's text is read, whatever the transcript's times.
 */
import { afterEach, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { corpusFiles, readReferenceDocument, readShared, syntheticTimedTranscript, syntheticTranscript, transcriptArb } from '@verbatim/test-utils'
import { suiteNeedsShared } from '@verbatim/test-utils/suite'
import { fromText } from '@verbatim/text'
import type { Transcript, VerbatimMessage } from '@verbatim/core'
import { eachCue, OutputChunks, planCues, type CuePlan, type CuePlanOptions } from '../src/index.js'
import { planning } from '../src/plan.js'
import { resetPlanning } from './shortcut.js'

afterEach(resetPlanning)

/** Every third block loses its time: untimed turns and events between timed ones (the shared estimate). */
function mixed(transcript: Transcript): Transcript {
  return { ...transcript, children: transcript.children.map((block, index) => (index % 3 === 1 && block.type !== 'break' ? { ...block, time: undefined } : block)) }
}

/** The plan and its messages, streamed (as `eachCue` gives it) or with every unit read first (`gatherAll`); a thrown error's message instead of the plan. */
function planned(transcript: Transcript, options: CuePlanOptions, gatherAll: boolean): { plan?: CuePlan; error?: string; messages: string[] } {
  const messages: string[] = []
  const onMessage = (message: VerbatimMessage) => messages.push(`${message.ruleId}: ${message.reason}`)
  resetPlanning()
  planning.gatherAll = gatherAll
  try {
    return { plan: planCues(transcript, { ...options, onMessage }), messages }
  } catch (error) {
    return { error: (error as Error).message, messages }
  } finally {
    resetPlanning()
  }
}

function expectSameAsGathered(transcript: Transcript, options: CuePlanOptions = {}): void {
  const streamed = planned(transcript, options, false)
  expect(streamed.plan?.cues.length ?? 0).toBeGreaterThan(0)
  expect(streamed).toEqual(planned(transcript, options, true))
}

describe('eachCue: the cues of the plan made with every unit read first', () => {
  it('on the reference document, as read and with every third block untimed', () => {
    const { transcript } = fromText(readReferenceDocument())
    expectSameAsGathered(transcript)
    expectSameAsGathered(mixed(transcript), { events: 'drop', voice: 'label' })
  })

  it('on synthetic transcripts: timed turns with untimed events, untimed, mixed, and timed words', () => {
    const timed = syntheticTranscript(60_000)
    // The synthetic transcript's events have no time: a few untimed units between timed turns.
    expect(timed.children.some((block) => block.type === 'event' && block.time === undefined)).toBe(true)
    expectSameAsGathered(timed)
    expectSameAsGathered(syntheticTranscript(60_000, { timed: false }))
    expectSameAsGathered(mixed(timed), { maxLines: 3, maxDuration: 5 })
    expectSameAsGathered(syntheticTimedTranscript(3_000))
    expectSameAsGathered(mixed(syntheticTimedTranscript(3_000)))
  })

  it('on generated transcripts with times anywhere (any limits, estimate on or off)', () => {
    fc.assert(
      fc.property(
        transcriptArb({ times: 'mixed', strings: 'plain' }),
        fc.constantFrom<'keep' | 'drop'>('keep', 'drop'),
        fc.boolean(),
        fc.integer({ min: 1, max: 3 }),
        (transcript, events, estimate, maxLines) => {
          const options: CuePlanOptions = { events, estimate, maxLines }
          expect(planned(transcript, options, false)).toEqual(planned(transcript, options, true))
        },
      ),
      { numRuns: 200, seed: 12 },
    )
  })

  it('gives most cues before it reads the text of the last block', () => {
    for (const [name, transcript] of [
      ['timed turns', syntheticTranscript(40_000)],
      ['untimed', syntheticTranscript(40_000, { timed: false })],
      ['mixed', mixed(syntheticTranscript(40_000))],
    ] as const) {
      const turns = transcript.children.filter((block) => block.type === 'turn')
      const node = turns[turns.length - 1]?.children[0]?.children[0]
      if (node?.type !== 'text') throw new Error('expected a text node in the last turn')
      let given = 0
      let givenWhenRead = -1
      const value = node.value
      Object.defineProperty(node, 'value', {
        get: () => {
          if (givenWhenRead < 0) givenWhenRead = given
          return value
        },
      })
      eachCue(transcript, {}, () => {
        given++
      })
      expect(givenWhenRead, name).toBeGreaterThan(given * 0.9)
    }
  })
})

describe('eachCue: every corpus transcript, as read and with every third block untimed', () => {
  if (!suiteNeedsShared('transcript corpus', 'corpus')) return
  for (const file of corpusFiles()) {
    it(file, () => {
      const { transcript } = fromText(readShared('corpus', file))
      expectSameAsGathered(transcript)
      expectSameAsGathered(mixed(transcript))
    })
  }
})

describe('OutputChunks', () => {
  it('gives what was added, joined, over many chunks and when read twice', () => {
    const out = new OutputChunks()
    const pieces: string[] = []
    for (let i = 0; i < 40_000; i++) {
      const piece = i % 7 === 0 ? '\n' : `word${i} — `
      pieces.push(piece)
      out.add(piece)
    }
    const whole = pieces.join('')
    expect(whole.length).toBeGreaterThan(4 * 65_536)
    expect(out.toString()).toBe(whole)
    out.add('end')
    expect(out.toString()).toBe(whole + 'end')
    expect(new OutputChunks().toString()).toBe('')
  })
})
