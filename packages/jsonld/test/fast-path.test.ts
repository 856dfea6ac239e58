/**
 * The fast path (read-compact.ts) must give exactly what the reference path (built-in expander
 * + readVerbatim) gives: the same tree, positions included, the same messages, the same errors.
 */
import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { fromText } from '@verbatim/text'
import { isVerbatimError, validateTranscript, type Transcript } from '@verbatim/core'
import { corpusFiles, readReferenceDocument, readShared, sharedAvailable, transcriptArb } from '@verbatim/test-utils'
import { fromJsonLdSync, toJsonLd, toJsonLdString } from '../src/index.js'
import { fromJsonLdSyncByExpansion } from '../src/from-jsonld.js'
import { readCompact } from '../src/read-compact.js'
import { timedTranscriptArb } from './timed.js'

const jsonSafe = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

/** The result of a read, or the error it threw, as comparable data. */
function outcome(read: () => unknown): unknown {
  try {
    return { result: read() }
  } catch (error) {
    if (!isVerbatimError(error)) throw error
    return { error: error.message, ruleId: error.diagnostic.ruleId }
  }
}

function expectSameBothWays(input: string | object) {
  const fast = outcome(() => fromJsonLdSync(input))
  expect(fast).toEqual(outcome(() => fromJsonLdSyncByExpansion(input)))
  return fast as { result?: { transcript: Transcript } }
}

/** The fast path must really be taken for what toJsonLd writes (otherwise the comparison proves nothing). */
function expectFastPathTaken(text: string) {
  const document = JSON.parse(text) as Record<string, unknown>
  const transcript = readCompact(document)
  expect(transcript).toBeDefined()
  expect(validateTranscript(transcript).valid).toBe(true)
}

function checkTranscriptBothWays(t: Transcript, options: Parameters<typeof toJsonLdString>[1] = {}) {
  const text = toJsonLdString(t, options)
  expectFastPathTaken(text)
  const read = expectSameBothWays(text)
  expect(read.result?.transcript.position).toBeDefined()
  expectSameBothWays(toJsonLd(t, options))
  expectSameBothWays(JSON.parse(text) as object)
}

describe('the fast path gives what the reference path gives', () => {
  it('over generated transcripts (text with positions, and objects)', () => {
    fc.assert(
      fc.property(transcriptArb({ data: true }).map(jsonSafe), fc.boolean(), fc.constantFrom(0, 2), (t, embed, space) => {
        checkTranscriptBothWays(t, { embedContext: embed, space, ...(embed ? { baseIri: 'https://example.org/t/1' } : {}) })
      }),
      { numRuns: 150 },
    )
  })

  it('on the reference document', () => {
    checkTranscriptBothWays(fromText(readReferenceDocument()).transcript)
  })

  const haveCorpus = sharedAvailable('the transcript corpus', 'corpus')
  for (const file of haveCorpus ? corpusFiles() : []) {
    it(`on ${file}`, () => checkTranscriptBothWays(fromText(readShared('corpus', file), { file }).transcript))
  }
})

/** Values a hand-edited document might hold where toJsonLd wrote something else. */
const oddValue = fc.constantFrom<unknown>(
  null, '', 'x', 0, -1, 1.5, 1e999, true, [], {}, ['a'], ['a', 'b'], [null], { '@id': 'urn:x' }, { '@value': 'v' },
  'urn:uuid:1#speaker-nobody', 'schema:x', 'relative', { name: 'n' }, { '@type': 'TranscriptEvent', kind: 'laughter', wording: '(Laughter.)' },
  'inaudible', 'PT5S', '2016-10-25', 'estimated', 2, '1.0', 'official',
  // model 1.1 times
  -0.5, 1e6, ['TranscriptWord', 'Clip'], ['TranscriptSegment', 'Clip'], 'TranscriptSegment', 'TranscriptWord',
  { '@type': ['TranscriptSegment', 'Clip'], startOffset: 1, inline: ['x'] }, { '@type': ['TranscriptWord', 'Clip'], wording: 'w', startOffset: 0 },
)
const oddKey = fc.constantFrom('id', 'type', '@foo', '@context', 'schema:name', 'foo', 'name', 'position', 'data', 'text', 'paragraphs', 'inline', 'kind', 'sender', '@id', '@type', 'startOffset', 'identifier', 'endOffset', 'timeSource', 'confidence', 'wording')

/** Every object in a document, for picking one to change. */
function objectsOf(value: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) for (const item of value) objectsOf(item, out)
  else if (value !== null && typeof value === 'object') {
    out.push(value as Record<string, unknown>)
    for (const inner of Object.values(value)) objectsOf(inner, out)
  }
  return out
}

describe('the fast path gives up, and the reference path decides, for anything else', () => {
  it('gives the same result or the same error for documents changed in one place', () => {
    const small = fc.oneof(transcriptArb({ data: true, maxTurns: 4 }).map(jsonSafe), timedTranscriptArb({ data: true, maxTurns: 2 }))
    fc.assert(
      fc.property(small, fc.nat(), fc.nat(), oddKey, oddValue, fc.constantFrom('set', 'replace', 'delete', 'duplicate-id'), (t, pick, pickKey, key, value, change) => {
        const doc = JSON.parse(toJsonLdString(t)) as Record<string, unknown>
        const objects = objectsOf(doc)
        const target = objects[pick % objects.length]!
        const keys = Object.keys(target)
        const existing = keys[pickKey % Math.max(1, keys.length)] ?? key
        if (change === 'delete') delete target[existing]
        else if (change === 'duplicate-id') target['@id'] = doc['@id']
        else if (change === 'replace') target[existing] = value
        else target[key] = value
        expectSameBothWays(doc)
        expectSameBothWays(JSON.stringify(doc, null, 1))
      }),
      { numRuns: 1500 },
    )
  })

  it('gives the same result or the same error when any one value is replaced', () => {
    const small = fc.oneof(transcriptArb({ data: true, maxTurns: 3 }).map(jsonSafe), timedTranscriptArb({ data: true, maxTurns: 2 }))
    const value = fc.oneof(oddValue, fc.integer({ min: -2, max: 3 }), fc.double({ noNaN: true }), fc.string({ maxLength: 3 }))
    fc.assert(
      fc.property(small, fc.nat(), value, (t, pick, replacement) => {
        const doc = JSON.parse(toJsonLdString(t)) as Record<string, unknown>
        // Every (object, key) slot is equally likely, so that turns and their many keys are well covered.
        const slots = objectsOf(doc).flatMap((object) => Object.keys(object).map((key) => [object, key] as const))
        const [object, key] = slots[pick % slots.length]!
        object[key] = replacement
        expectSameBothWays(doc)
      }),
      { numRuns: 2000 },
    )
  })
})
