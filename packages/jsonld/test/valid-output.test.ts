/**
 * Values the model restricts, copied from a document: what does not fit is reported and left
 * out (or read as something that fits), so that the transcript is always one the model accepts.
 * The fuzz test (fuzz.test.ts) checks the rule broadly; these name the cases.
 */
import { describe, it, expect } from 'vitest'
import { isVerbatimError, validateTranscript, type Transcript } from '@verbatim/core'
import { fromJsonLd, fromJsonLdSync, toJsonLd } from '../src/index.js'

const base: Transcript = {
  type: 'transcript', version: '1.1', meta: {},
  speakers: [{ id: 'a', name: 'A', role: 'host', aliases: [], group: false }],
  children: [{ type: 'turn', speaker: 'a', label: 'A', interpreted: false, time: { start: 1, end: 2, source: 'source' }, children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Hello.' }] }] }],
}

type Doc = Record<string, any>
const doc = (t: Transcript = base): Doc => JSON.parse(JSON.stringify(toJsonLd(t, { baseIri: 'https://example.org/t' }))) as Doc

async function read(document: Doc) {
  const sync = fromJsonLdSync(document)
  const async = await fromJsonLd(document)
  expect(async).toEqual(sync)
  expect(validateTranscript(sync.transcript).valid).toBe(true)
  return { transcript: sync.transcript, rules: sync.messages.map((message) => message.ruleId) }
}

describe('readers keep what the model accepts and report the rest', () => {
  it('a sender that is not in the registry: added when the document describes it, unattributed otherwise', async () => {
    const described = doc()
    described.hasPart[0].sender = { '@id': 'https://example.org/t#speaker-guest', '@type': 'Person', name: 'A Guest' }
    const added = await read(described)
    expect(added.rules).toEqual(['unregistered-sender'])
    expect(added.transcript.speakers.map((speaker) => speaker.id)).toEqual(['a', 'guest'])
    expect(added.transcript.children[0]).toMatchObject({ speaker: 'guest', label: 'A' })

    const unknown = doc()
    unknown.hasPart[0].sender = { '@id': 'https://example.org/t#speaker-ghost' }
    const unattributed = await read(unknown)
    expect(unattributed.rules).toEqual(['unknown-sender'])
    expect(unattributed.transcript.children[0]).toMatchObject({ speaker: null, label: 'A' })

    const broken = doc()
    broken.speakers = -1
    const registryGone = await read(broken)
    expect(registryGone.rules).toContain('unknown-sender')
    expect(registryGone.transcript.children[0]).toMatchObject({ speaker: null, label: 'A' })
  })

  it('times: an end before the start, a negative time, an end without a start', async () => {
    const endFirst = doc()
    endFirst.hasPart[0].endOffset = 0.5
    const a = await read(endFirst)
    expect(a.rules).toEqual(['end-before-start'])
    expect(a.transcript.children[0]).toMatchObject({ time: { start: 1, source: 'source' } })
    expect((a.transcript.children[0] as { time: object }).time).not.toHaveProperty('end')

    const negative = doc()
    negative.hasPart[0].startOffset = -3
    const b = await read(negative)
    expect(b.rules).toEqual(['invalid-time', 'missing-start'])
    expect(b.transcript.children[0]).not.toHaveProperty('time')
  })

  it('words and segments that the model would refuse', async () => {
    const d = doc()
    d.hasPart[0].paragraphs = [{ inline: [
      { '@type': ['TranscriptWord', 'Clip'], wording: '', startOffset: 1 },
      { '@type': ['TranscriptWord', 'Clip'], wording: 'untimed' },
      { '@type': ['TranscriptWord', 'Clip'], wording: 'sure', startOffset: 1, confidence: 7 },
      { '@type': ['TranscriptSegment', 'Clip'], startOffset: 1, inline: ['a', { '@type': ['TranscriptSegment', 'Clip'], startOffset: 1.5, inline: ['b'] }] },
      { '@type': 'TranscriptSegment', inline: ['c'] },
    ] }]
    const { transcript, rules } = await read(d)
    expect(rules).toEqual(['missing-wording', 'missing-start', 'invalid-confidence', 'nested-segment', 'missing-start'])
    const inline = (transcript.children[0] as { children: { children: unknown[] }[] }).children[0]!.children
    expect(inline).toEqual([
      { type: 'text', value: 'untimed' },
      { type: 'word', value: 'sure', time: { start: 1, source: 'source' } },
      { type: 'segment', time: { start: 1, source: 'source' }, children: [{ type: 'text', value: 'a' }, { type: 'text', value: 'b' }] },
      { type: 'text', value: 'c' },
    ])
  })

  it('a model version of another major version is refused with a VerbatimError', async () => {
    const d = doc()
    d.modelVersion = '2.0'
    for (const attempt of [() => fromJsonLdSync(d), () => fromJsonLd(d)]) {
      let error: unknown
      try { await attempt() } catch (caught) { error = caught }
      expect(isVerbatimError(error)).toBe(true)
      expect((error as { diagnostic: { ruleId: string } }).diagnostic.ruleId).toBe('unsupported-version')
    }
  })

  it('a media duration that is not a finite number of seconds', async () => {
    const d = doc({ ...base, meta: { media: { url: 'https://example.org/a.mp3', duration: 3 } } })
    d.associatedMedia.duration = 'PT1e999S'
    const { transcript, rules } = await read(d)
    expect(rules).toEqual(['invalid-duration'])
    expect(transcript.meta.media).toEqual({ url: 'https://example.org/a.mp3' })
  })
})
