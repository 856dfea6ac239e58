import { describe, it, expect } from 'vitest'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { fromJson, removePositions, type Transcript, type VerbatimMessage } from '@verbatim/core'
import { expectedOrUpdate, fixturePairs } from '@verbatim/test-utils'
import { fromJsonLdSync, toJsonLd, toJsonLdString, VERBATIM_CONTEXT_IRI, verbatimContext } from '../src/index.js'

const fixtures = join(fileURLToPath(new URL('.', import.meta.url)), 'fixtures', 'writer')
const pairs = fixturePairs(fixtures, '.json', '.jsonld')

const empty = (): Transcript => ({ type: 'transcript', version: '1.0', meta: {}, speakers: [], children: [] })

describe('toJsonLd', () => {
  it('has fixtures', () => expect(pairs.length).toBeGreaterThan(0))

  for (const pair of pairs) {
    it(`writes ${pair.name} as reviewed, and reads it back unchanged`, () => {
      const { transcript } = fromJson(pair.input)
      const actual = toJsonLdString(transcript)
      expect(actual).toBe(expectedOrUpdate(pair, actual))
      expect(removePositions(fromJsonLdSync(actual).transcript)).toEqual(removePositions(transcript))
    })
  }

  it('writes a Conversation with the schema.org context and Verbatim\'s context', () => {
    const doc = toJsonLd(empty())
    expect(doc['@context']).toEqual(['https://schema.org/', verbatimContext])
    expect(doc['@type']).toBe('Conversation')
    expect(doc.modelVersion).toBe('1.0')
    expect(toJsonLd(empty(), { embedContext: false })['@context']).toEqual(['https://schema.org/', VERBATIM_CONTEXT_IRI])
  })

  it('mints the same urn:uuid ids for the same transcript, and different ones for another', () => {
    const { transcript } = fromJson(pairs[0]!.input)
    const a = toJsonLd(transcript)
    expect(a['@id']).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(toJsonLd(structuredClone(transcript))['@id']).toBe(a['@id'])
    const changed = structuredClone(transcript)
    changed.meta.title = 'Another title'
    expect(toJsonLd(changed)['@id']).not.toBe(a['@id'])
    expect(a.hasPart?.[0]?.['@id']).toBe(`${a['@id']}#turn-2`)
    expect(a.speakers?.[1]?.['@id']).toBe(`${a['@id']}#speaker-ash-carter`)
  })

  it('uses baseIri for every id, and refuses a relative one or one with a fragment', () => {
    const { transcript } = fromJson(pairs[0]!.input)
    const doc = toJsonLd(transcript, { baseIri: 'https://example.org/t/42' })
    expect(doc['@id']).toBe('https://example.org/t/42')
    expect(doc.hasPart?.map((message) => message['@id'])).toEqual([2, 4, 5, 6].map((n) => `https://example.org/t/42#turn-${n}`))
    expect(() => toJsonLd(transcript, { baseIri: 'transcripts/42' })).toThrow(TypeError)
    expect(() => toJsonLd(transcript, { baseIri: 'https://example.org/t#x' })).toThrow(/without a fragment/)
  })

  it('writes a URL that is not an absolute IRI as a literal, so no processor rewrites it', () => {
    const t = empty()
    t.meta.source = { url: 'www.defense.gov/News' }
    t.meta.media = { url: 'https://example.org/a b.mp3' }
    const doc = toJsonLd(t) as unknown as { isBasedOn: { url: unknown }; associatedMedia: { contentUrl: unknown } }
    expect(doc.isBasedOn.url).toEqual({ '@value': 'www.defense.gov/News' })
    expect(doc.associatedMedia.contentUrl).toEqual({ '@value': 'https://example.org/a b.mp3' })
    expect(fromJsonLdSync(doc).transcript.meta).toEqual(t.meta)
  })

  it('reports a data bag that is not JSON instead of failing or dropping it silently', () => {
    const t = empty()
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    t.data = { big: 10n }
    t.children.push({ type: 'event', kind: 'other', value: '(Coughs.)', data: cyclic })
    const messages: VerbatimMessage[] = []
    const doc = toJsonLd(t, { onMessage: (message) => messages.push(message) })
    expect('data' in doc).toBe(false)
    expect(messages.map((message) => [message.ruleId, message.path, message.severity])).toEqual([
      ['unsupported-content', '(root).data', 'warning'],
      ['unsupported-content', 'children[0].data', 'warning'],
    ])
    expect(messages[0]!.reason).toContain('a bigint is not JSON')
    expect(messages[1]!.reason).toContain('nested more than')
  })

  it('toJsonLdString indents with 2 spaces by default and ends with a newline', () => {
    const text = toJsonLdString(empty())
    expect(text.startsWith('{\n  "@context"')).toBe(true)
    expect(text.endsWith('}\n')).toBe(true)
    expect(toJsonLdString(empty(), { space: 0 })).not.toContain('\n  ')
  })
})
