import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { transcriptArb } from '@verbatim/test-utils'
import { validateTranscript } from '@verbatim/core/schema'
import { toWebVtt } from '../src/write/to-webvtt.js'
import { fromWebVtt } from '../src/read/from-webvtt.js'
import { wordStream } from './word-stream.js'

describe('fromWebVtt(toWebVtt(t))', () => {
  it('keeps speakers (display names), text as words, events and their order', () => {
    fc.assert(
      fc.property(transcriptArb({ strings: 'unicode' }), (transcript) => {
        const back = fromWebVtt(toWebVtt(transcript)).transcript
        expect(wordStream(back)).toEqual(wordStream(transcript))
        expect(validateTranscript(back).valid).toBe(true)
      }),
      { numRuns: 200 },
    )
  })

  it('keeps interpreted marks, turn languages, section breaks and the metadata NOTE fields', () => {
    fc.assert(
      fc.property(transcriptArb({ strings: 'plain', fullMeta: false }), (transcript) => {
        const back = fromWebVtt(toWebVtt(transcript)).transcript
        const interpreted = (t: typeof transcript) =>
          t.children.flatMap((block) => (block.type === 'turn' && block.speaker !== null ? [[t.speakers.find((s) => s.id === block.speaker)!.name, block.interpreted]] : []))
        // Turns of one speaker may merge; compare the sequence without repeats.
        const dedupe = (list: unknown[][]) => list.filter((item, i) => i === 0 || JSON.stringify(item) !== JSON.stringify(list[i - 1]))
        expect(dedupe(interpreted(back))).toEqual(dedupe(interpreted(transcript)))
        const breaks = (t: typeof transcript) => t.children.filter((block) => block.type === 'break').map((block) => (block.type === 'break' ? (block.title ?? null) : null))
        expect(breaks(back)).toEqual(breaks(transcript))
        const present = (value: unknown) => (value && typeof value === 'object' && Object.keys(value).length === 0 ? undefined : value)
        for (const field of ['title', 'subtitle', 'date', 'place', 'languages', 'description', 'source'] as const) expect(present(back.meta[field])).toEqual(present(transcript.meta[field]))
        for (const speaker of back.speakers) {
          const original = transcript.speakers.find((s) => s.name === speaker.name)!
          expect({ role: speaker.role, title: speaker.title, affiliation: speaker.affiliation }).toEqual({ role: original.role, title: original.title, affiliation: original.affiliation })
        }
      }),
      { numRuns: 100 },
    )
  })

  it('keeps source times to the millisecond and marks estimated ones', () => {
    fc.assert(
      fc.property(transcriptArb({ strings: 'plain', times: 'always', blocks: false, maxTurns: 6 }), (transcript) => {
        const back = fromWebVtt(toWebVtt(transcript, { maxDuration: 1e6, maxLines: 1000 })).transcript
        // Every turn read back starts inside a source turn (to the millisecond), and says its times are from the source.
        const spans = transcript.children.flatMap((block) => (block.type === 'turn' && block.time ? [[block.time.start, block.time.end ?? block.time.start]] : []))
        for (const block of back.children) {
          if (block.type !== 'turn') continue
          expect(block.time?.source).toBe('source')
          expect(spans.some(([start, end]) => block.time!.start >= start! - 0.0005 && block.time!.start <= end! + 0.0005)).toBe(true)
        }
      }),
      { numRuns: 100 },
    )
    const untimed = fromWebVtt(toWebVtt({ type: 'transcript', version: '1.0', meta: {}, speakers: [], children: [{ type: 'turn', speaker: null, label: null, interpreted: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: 'hello there' }] }] }] })).transcript
    expect(untimed.children[0]).toMatchObject({ time: { start: 0, source: 'estimated' } })
  })

  it('keeps a cue over the caption limits whole at its times, timestamp tags and all (a caption cue is a display unit; only speech-to-text segments are cut)', () => {
    const words = 'We met this morning to talk about the budget and we agreed on the main points of it before the committee meets again next week to decide'.split(' ')
    // A word every half second from 10 s: `<00:00:10.500>met` ... `<00:00:23.000>decide`.
    const stamp = (i: number) => `00:00:${String(10 + Math.floor(i / 2))}.${i % 2 === 0 ? '000' : '500'}`
    const tagged = words.map((word, i) => (i === 0 ? word : `<${stamp(i)}>${word}`)).join(' ')
    const source = `WEBVTT\n\n00:00:10.000 --> 00:00:24.000\n${tagged}\n`
    const written = toWebVtt(fromWebVtt(source).transcript)
    const timings = written.split('\n').filter((line) => line.includes(' --> '))
    expect(timings).toEqual(['00:00:10.000 --> 00:00:24.000'])
    expect(written).toContain(`<${stamp(words.length - 1)}>decide`)
    expect(stamp(words.length - 1)).toBe('00:00:23.000')
  })
})
