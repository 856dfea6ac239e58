/**
 * Model 1.1 times in JSON-LD: segments, words (with confidence) and timed events, written as
 * Verbatim nodes that are also schema.org Clips (startOffset/endOffset in seconds), read back
 * exactly by both readers and through jsonld.js, and expanded to real schema.org 30.0 terms.
 */
import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { removePositions, validateTranscript, type Transcript } from '@verbatim/core'
import { sharedAvailable } from '@verbatim/test-utils'
import { fromJsonLd, fromJsonLdSync, toJsonLd, toJsonLdString } from '../src/index.js'
import { fromJsonLdSyncByExpansion } from '../src/from-jsonld.js'
import { readCompact } from '../src/read-compact.js'
import { checkTerms, jsonldjs, jsonldOptions, SCHEMA_CONTEXT_FILE, SCHEMA_VOCABULARY_FILE, schemaOnlyLoader } from './helpers.js'
import { timedTranscriptArb } from './timed.js'

const noProtoKeys = (t: unknown) => !JSON.stringify(t).includes('"__proto__"')
const haveFiles =
  sharedAvailable('expanding timed documents with the schema.org 30.0 context', ...SCHEMA_CONTEXT_FILE) &&
  sharedAvailable('checking timed terms against the schema.org 30.0 vocabulary', ...SCHEMA_VOCABULARY_FILE)

function expectSame(read: { transcript: Transcript }, original: Transcript) {
  expect(removePositions(read.transcript)).toEqual(original)
  expect(validateTranscript(read.transcript).valid).toBe(true)
}

const cue: Transcript = {
  type: 'transcript',
  version: '1.1',
  meta: {},
  speakers: [],
  children: [
    {
      type: 'turn', speaker: null, label: null, interpreted: false, time: { start: 1, end: 3, source: 'source' },
      children: [{
        type: 'paragraph',
        children: [
          { type: 'segment', time: { start: 1, end: 2.5, source: 'source' }, children: [
            { type: 'word', value: 'Hello', time: { start: 1, end: 1.4, source: 'source' }, confidence: 0.93 },
            { type: 'text', value: ' ' },
            { type: 'word', value: 'there.', time: { start: 1.5, source: 'estimated' } },
            { type: 'event', kind: 'laughter', value: '(Laughter.)', time: { start: 2, end: 2.5, source: 'source' } },
          ] },
        ],
      }],
    },
    { type: 'event', kind: 'applause', value: '[applause]', time: { start: 3, source: 'source' } },
  ],
}

describe('times in JSON-LD', () => {
  it('writes segments, words and timed events as Clips with startOffset/endOffset in seconds', () => {
    const doc = toJsonLd(cue, { baseIri: 'https://example.org/t' }) as unknown as Record<string, any>
    const message = doc.hasPart[0]
    expect(message['@type']).toEqual(['Message', 'Clip'])
    expect(message.text).toBe('Hello there.(Laughter.)')
    const [segment] = message.paragraphs[0].inline
    expect(segment).toEqual({
      '@type': ['TranscriptSegment', 'Clip'], startOffset: 1, endOffset: 2.5,
      inline: [
        { '@type': ['TranscriptWord', 'Clip'], wording: 'Hello', startOffset: 1, endOffset: 1.4, confidence: 0.93 },
        ' ',
        { '@type': ['TranscriptWord', 'Clip'], wording: 'there.', startOffset: 1.5, timeSource: 'estimated' },
        { '@type': ['TranscriptEvent', 'Clip'], kind: 'laughter', wording: '(Laughter.)', startOffset: 2, endOffset: 2.5 },
      ],
    })
    expect(doc.hasEvent[0]).toMatchObject({ '@type': ['TranscriptEvent', 'Clip'], position: 2, startOffset: 3 })
    expect(removePositions(fromJsonLdSync(toJsonLdString(cue)).transcript)).toEqual(cue)
    expect(readCompact(JSON.parse(toJsonLdString(cue)))).toBeDefined()
  })

  it('fromJsonLdSync(toJsonLd(t)) equals t for timed transcripts, by the fast path and by expansion alike', () => {
    fc.assert(
      fc.property(timedTranscriptArb({ data: true }), fc.boolean(), (t, embed) => {
        const text = toJsonLdString(t, { embedContext: embed })
        expect(readCompact(JSON.parse(text))).toBeDefined()
        const fast = fromJsonLdSync(text)
        expectSame(fast, t)
        expect(fast.messages.filter((message) => message.severity === 'error')).toEqual([])
        expect(fromJsonLdSyncByExpansion(text)).toEqual(fast)
      }),
      { numRuns: 150 },
    )
  })

  it.runIf(haveFiles)('survives jsonld.expand, jsonld.compact and jsonld.flatten, and expands to schema.org and Verbatim terms only', async () => {
    const pending = new Set<string>()
    await fc.assert(
      fc.asyncProperty(timedTranscriptArb({ data: true, maxTurns: 6 }), async (t) => {
        fc.pre(noProtoKeys(t))
        const doc = toJsonLd(t)
        const expanded = await jsonldjs.expand(JSON.parse(JSON.stringify(doc)), { documentLoader: schemaOnlyLoader })
        const report = checkTerms(expanded)
        expect(report.problems).toEqual([])
        for (const term of report.pending) pending.add(term)
        expectSame(await fromJsonLd(expanded), t)
        const compacted = await jsonldjs.compact(expanded, { '@context': doc['@context'] }, jsonldOptions)
        expectSame(fromJsonLdSync(compacted), t)
        expectSame(await fromJsonLd(await jsonldjs.flatten(doc, null, jsonldOptions)), t)
        expectSame(fromJsonLdSync(await jsonldjs.flatten(doc, { '@context': doc['@context'] }, jsonldOptions)), t)
      }),
      { numRuns: 30 },
    )
    expect(pending).toContain('https://schema.org/startOffset')
  })
})
