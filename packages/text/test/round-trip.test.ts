import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { removePositions, type Transcript } from '@verbatim/core'
import { transcriptArb } from '@verbatim/test-utils'
import { fromText, toText } from '../src/index.js'

/** What plain text must give back: speakers, turns, events, text, breaks, times, metadata. */
function essence(transcript: Transcript) {
  return {
    meta: transcript.meta,
    speakers: transcript.speakers.map(({ id, name, role, group, title, affiliation }) => ({ id, name, role, group, title, affiliation })),
    children: transcript.children.map((block) =>
      block.type === 'turn'
        ? { type: 'turn', speaker: block.speaker, label: block.label, interpreted: block.interpreted, time: block.time, children: block.children.map((p) => p.children) }
        : block,
    ),
  }
}

function roundTrip(style: 'plain' | 'unicode', runs: number) {
  fc.assert(
    fc.property(transcriptArb({ strings: style }), (transcript) => {
      const messages: string[] = []
      const text = toText(transcript, { onMessage: (message) => messages.push(message.ruleId) })
      const back = removePositions(fromText(text).transcript)
      expect(essence(back)).toEqual(essence(transcript))
    }),
    { numRuns: runs },
  )
}

describe('fromText(toText(t))', () => {
  it('gives back speakers, turns, events and text (plain strings)', () => roundTrip('plain', 500))
  it('gives back speakers, turns, events and text (unicode strings)', () => roundTrip('unicode', 500))
})
