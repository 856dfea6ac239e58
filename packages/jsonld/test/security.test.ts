import { describe, it, expect, afterEach } from 'vitest'
import { isVerbatimError, type Transcript } from '@verbatim/core'
import { fromJsonLd, fromJsonLdSync, toJsonLd, toJsonLdString, VERBATIM_CONTEXT_IRI } from '../src/index.js'

const polluted = () =>
  [({} as Record<string, unknown>).polluted, (Object.prototype as Record<string, unknown>).polluted, ([] as unknown as Record<string, unknown>).polluted]

afterEach(() => {
  delete (Object.prototype as Record<string, unknown>).polluted
})

async function rejection(promise: Promise<unknown>) {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected a rejection')
}

function thrown(run: () => unknown) {
  try {
    run()
  } catch (error) {
    return error
  }
  throw new Error('expected an exception')
}

/** A transcript whose keys come from JSON.parse, so `__proto__` is an ordinary own key. */
const hostile = (): Transcript =>
  JSON.parse(`{
    "type": "transcript", "version": "1.0",
    "meta": { "title": "t", "extra": { "__proto__": "x", "constructor": "y", "prototype": "z" } },
    "speakers": [{ "id": "a", "name": "A", "role": "official", "aliases": [], "group": false, "data": { "__proto__": { "polluted": 1 } } }],
    "children": [{ "type": "turn", "speaker": "a", "label": null, "interpreted": false,
      "children": [{ "type": "paragraph", "children": [{ "type": "text", "value": "hi" }] }],
      "data": { "__proto__": { "polluted": 2 }, "constructor": { "prototype": { "polluted": 3 } } } }]
  }`)

describe('prototype pollution', () => {
  it('keeps __proto__, constructor and prototype keys as ordinary data through the sync reader', () => {
    const t = hostile()
    // positions: false so that the tree compares as it is, with no removePositions in between.
    const read = fromJsonLdSync(toJsonLdString(t), { positions: false }).transcript
    expect(polluted()).toEqual([undefined, undefined, undefined])
    expect(read).toEqual(t)
    expect(Object.keys(read.meta.extra!)).toEqual(['__proto__', 'constructor', 'prototype'])
    expect(Object.getPrototypeOf(read.meta.extra)).toBe(Object.prototype)
    const data = read.children[0]!.data!
    expect(Object.keys(data)).toEqual(['__proto__', 'constructor'])
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype)
    expect((data as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('lets nothing inherited through when jsonld.js has processed the document', async () => {
    const doc = JSON.parse(toJsonLdString(hostile(), { embedContext: true }))
    // A context jsonld.js must process itself (not the Verbatim form), so the jsonld.js path runs.
    doc['@context'] = [doc['@context'][1], { extraTerm: 'https://example.org/extra' }]
    const read = (await fromJsonLd(doc)).transcript
    expect(polluted()).toEqual([undefined, undefined, undefined])
    const data = read.children[0]!.data!
    // jsonld.js turns a `__proto__` key of a JSON literal into the copy's prototype; the reader copies own keys only.
    expect((data as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype)
    expect(read.meta.extra).toEqual({ constructor: 'y', prototype: 'z', ['__proto__']: 'x' })
  })

  it('is not polluted by hostile keys in documents from elsewhere', async () => {
    const text = `{"@context": {"@vocab": "http://schema.org/"}, "@type": "Conversation", "__proto__": {"polluted": 1},
      "constructor": {"prototype": {"polluted": 2}}, "name": "x",
      "hasPart": [{"@type": "Message", "text": "hi", "sender": {"@type": "Person", "name": "__proto__"}}]}`
    const { transcript } = await fromJsonLd(text)
    expect(polluted()).toEqual([undefined, undefined, undefined])
    expect(transcript.speakers[0]!.name).toBe('__proto__')
    expect(Object.getPrototypeOf(transcript.meta.extra ?? {})).toBe(Object.prototype)
  })
})

describe('deep nesting', () => {
  const deepArray = (depth: number) => '['.repeat(depth) + ']'.repeat(depth)
  const deepObject = (depth: number, key: string) => `{"${key}":`.repeat(depth) + '{}' + '}'.repeat(depth)

  it('drops (and reports) a data bag nested 100,000 deep instead of crashing', () => {
    const text = toJsonLdString({ type: 'transcript', version: '1.0', meta: {}, speakers: [], children: [] }).replace(
      '"modelVersion": "1.0"',
      `"modelVersion": "1.0", "data": {"deep": ${deepArray(100_000)}}`,
    )
    const { transcript, messages } = fromJsonLdSync(text)
    expect(transcript.data).toBeUndefined()
    expect(messages.map((message) => [message.ruleId, message.path])).toEqual([['wrong-shape', 'data']])
  })

  it('refuses node objects nested 100,000 deep with a VerbatimError, in both readers', async () => {
    const nested = `{"@context": ["https://schema.org/", "${VERBATIM_CONTEXT_IRI}"], "@type": "Conversation", "modelVersion": "1.0", "hasPart": ${deepObject(100_000, 'hasPart')}}`
    const sync = thrown(() => fromJsonLdSync(nested))
    expect(isVerbatimError(sync)).toBe(true)
    const error = await rejection(fromJsonLd(nested))
    expect(isVerbatimError(error)).toBe(true)
    expect((error as { ruleId: string }).ruleId).toBe('too-deep')
  })

  it('refuses nesting that jsonld.js survives but is beyond any transcript', async () => {
    const nested = `{"@context": {"@vocab": "http://schema.org/"}, "@type": "Conversation", "about": ${deepObject(300, 'about')}}`
    const error = await rejection(fromJsonLd(nested))
    expect(isVerbatimError(error)).toBe(true)
    expect((error as { ruleId: string }).ruleId).toBe('too-deep')
  })
})

describe('wrong shapes and unreadable input', () => {
  const valid = (): Record<string, any> =>
    toJsonLd({
      type: 'transcript',
      version: '1.0',
      meta: {},
      speakers: [{ id: 'a', name: 'A', role: 'official', aliases: [], group: false }],
      children: [
        { type: 'turn', speaker: 'a', label: 'A', interpreted: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: 'x ' }, { type: 'event', kind: 'pause', value: '(pause)' }] }] },
      ],
    }) as unknown as Record<string, any>

  it('names the JSON path of a value of the wrong type', () => {
    const doc = valid()
    doc.hasPart[0].label = 5
    doc.hasPart[0].paragraphs[0].inline.push(42)
    doc.hasPart[0].paragraphs[0].inline[1].kind = 'sneeze'
    doc.speakers[0].role = 'Not A Role'
    const { transcript, messages } = fromJsonLdSync(doc)
    expect(messages.map((message) => [message.severity, message.ruleId, message.path])).toEqual([
      ['warning', 'invalid-role', 'speakers[0].role'],
      ['warning', 'wrong-shape', 'hasPart[0].label'],
      ['warning', 'unknown-event-kind', 'hasPart[0].paragraphs[0].inline[1].kind'],
      ['error', 'wrong-shape', 'hasPart[0].paragraphs[0].inline[2]'],
    ])
    expect(messages[1]!.reason).toBe('expected a string at hasPart[0].label, found the number 5; it was ignored')
    expect(messages[3]!.reason).toBe('expected text, a TextSpan or a TranscriptEvent at hasPart[0].paragraphs[0].inline[2], found the number 42; it was left out')
    const turn = transcript.children[0]!
    expect(turn.type === 'turn' && turn.label).toBe(null)
    expect(transcript.speakers[0]!.role).toBe('unknown')
  })

  it('reports a turn without a position and a sender that is not a speaker', () => {
    const doc = valid()
    delete doc.hasPart[0].position
    doc.hasPart[0].sender = { '@id': 'https://elsewhere.example/#nobody' }
    const { transcript, messages } = fromJsonLdSync(doc)
    expect(messages.map((message) => [message.severity, message.ruleId, message.path])).toEqual([
      ['warning', 'unknown-sender', 'hasPart[0].sender'],
      ['error', 'missing-position', 'hasPart[0]'],
    ])
    expect(transcript.children).toHaveLength(1)
    expect(transcript.children[0]).toMatchObject({ speaker: null })
  })

  it('throws a VerbatimError with a place for text that is not JSON', () => {
    const error = thrown(() => fromJsonLdSync('{\n  "@context": oops\n}', { file: 'bad.jsonld' })) as { diagnostic: { ruleId: string; place?: unknown; file?: string } }
    expect(isVerbatimError(error)).toBe(true)
    expect(error.diagnostic.ruleId).toBe('json-syntax')
    expect(error.diagnostic.place).toMatchObject({ line: 2 })
    expect(error.diagnostic.file).toBe('bad.jsonld')
  })

  it('throws for binary input, a JSON scalar, and a document with no nodes', async () => {
    for (const input of ['\u0000\u0001PNG', '42', '"text"', 'null']) {
      const error = await rejection(fromJsonLd(input))
      expect(isVerbatimError(error)).toBe(true)
    }
    const empty = await rejection(fromJsonLd({ '@context': { '@vocab': 'http://schema.org/' } }))
    expect((empty as { ruleId: string }).ruleId).toBe('empty-document')
  })

  it('fromJsonLdSync refuses other documents and says to use fromJsonLd', () => {
    const error = thrown(() => fromJsonLdSync({ '@context': 'https://schema.org/', '@type': 'Conversation' })) as Error
    expect(isVerbatimError(error)).toBe(true)
    expect(error.message).toContain('use fromJsonLd')
  })
})

describe('remote contexts', () => {
  const remote = { '@context': 'https://example.org/context.jsonld', '@type': 'Conversation', name: 'x' }

  it('are never fetched without a document loader', async () => {
    const error = await rejection(fromJsonLd(remote))
    expect(isVerbatimError(error)).toBe(true)
    expect((error as { ruleId: string }).ruleId).toBe('remote-context')
    expect((error as Error).message).toContain('https://example.org/context.jsonld')
  })

  it('go to the caller\'s loader when there is one; Verbatim\'s own context never does', async () => {
    const asked: string[] = []
    const documentLoader = async (url: string) => {
      asked.push(url)
      return { document: { '@context': { '@vocab': 'http://schema.org/' } } }
    }
    const { transcript } = await fromJsonLd(remote, { documentLoader })
    expect(transcript.meta.title).toBe('x')
    const own = toJsonLd({ type: 'transcript', version: '1.0', meta: { title: 'y' }, speakers: [], children: [] }) as unknown as Record<string, unknown>
    own.extraProperty = { '@id': 'https://example.org/z' }
    await fromJsonLd({ ...own, '@context': [VERBATIM_CONTEXT_IRI, 'https://example.org/context.jsonld'] }, { documentLoader })
    expect(asked).toEqual(['https://example.org/context.jsonld', 'https://example.org/context.jsonld'])
  })
})

describe('JSON syntax errors', () => {
  it('are placed at the first character that is not JSON', async () => {
    const { jsonErrorOffset } = await import('../src/json-error.js')
    const cases: [string, number][] = [
      ['{"a": 1}', -1],
      ['[1, 2, [3, {"b": null}]]', -1],
      ['{"a": oops}', 6],
      ['{"a": 1,}', 8],
      ['[1 2]', 3],
      ['{"a" 1}', 5],
      ['{"a": "x\u0001"}', 8],
      ['{"a": 1', 7],
      ['{"a": 1} x', 9],
      ['[' .repeat(100_000), 100_000],
    ]
    for (const [text, offset] of cases) {
      expect(jsonErrorOffset(text), text.slice(0, 20)).toBe(offset)
      let valid = true
      try {
        JSON.parse(text)
      } catch {
        valid = false
      }
      expect(valid, text.slice(0, 20)).toBe(offset === -1)
    }
  })
})
