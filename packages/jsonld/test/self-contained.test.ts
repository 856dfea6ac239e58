/**
 * What Verbatim publishes must expand anywhere: with a JSON-LD processor that knows only the
 * schema.org context (jsonld.js with a loader that serves nothing else, as the JSON-LD
 * playground or a triple store would have), every property and type must expand to a real
 * schema.org 30.0 term or a documented Verbatim term. Older documents that name Verbatim's
 * context by its IRI (and documents written with `embedContext: false`) still read.
 */
import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { removePositions } from '@verbatim/core'
import { transcriptArb } from '@verbatim/test-utils'
import { suiteNeedsShared } from '@verbatim/test-utils/suite'
import { fromJsonLd, fromJsonLdSync, toJsonLd, toJsonLdString, VERBATIM_CONTEXT_IRI, verbatimContext } from '../src/index.js'
import { checkTerms, jsonldjs, SCHEMA_CONTEXT_FILE, SCHEMA_VOCABULARY_FILE, schemaOnlyLoader, schemaOnlyRequested } from './helpers.js'

const jsonSafe = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T
const noProtoKeys = (t: unknown) => !JSON.stringify(t).includes('"__proto__"')

describe('self-contained documents', () => {
  it('embeds Verbatim\'s context by default and references its IRI only when asked', () => {
    const t = { type: 'transcript' as const, version: '1.0', meta: {}, speakers: [], children: [] }
    expect(toJsonLd(t)['@context']).toEqual(['https://schema.org/', verbatimContext])
    expect(toJsonLd(t, { embedContext: false })['@context']).toEqual(['https://schema.org/', VERBATIM_CONTEXT_IRI])
    expect(JSON.parse(toJsonLdString(t))['@context'][1]).toEqual(verbatimContext)
  })

  it('reads both forms back, synchronously and asynchronously', async () => {
    await fc.assert(
      fc.asyncProperty(transcriptArb({ data: true }).map(jsonSafe), fc.boolean(), async (t, embed) => {
        const text = toJsonLdString(t, { embedContext: embed })
        expect(removePositions(fromJsonLdSync(text).transcript)).toEqual(t)
        expect(removePositions((await fromJsonLd(text)).transcript)).toEqual(t)
      }),
      { numRuns: 60 },
    )
  })
})

describe('documents of the previous release', () => {
  it('reads a document that embedded the 0.1 context (without the model 1.1 terms), through jsonld.js', async () => {
    const { TranscriptSegment: _s, TranscriptWord: _w, confidence: _c, ...previous } = verbatimContext as Record<string, unknown>
    await fc.assert(
      fc.asyncProperty(transcriptArb({ data: true, times: 'mixed' }).map(jsonSafe), async (t) => {
        fc.pre(noProtoKeys(t))
        const doc = { ...toJsonLd(t), '@context': ['https://schema.org/', previous] }
        expect(removePositions((await fromJsonLd(doc)).transcript)).toEqual(t)
      }),
      { numRuns: 20 },
    )
  })
})

describe('expanding with nothing but the schema.org context', () => {
  const have =
    suiteNeedsShared('the schema.org 30.0 context', ...SCHEMA_CONTEXT_FILE) &&
    suiteNeedsShared('the schema.org 30.0 vocabulary', ...SCHEMA_VOCABULARY_FILE)

  it.runIf(have)('the default output expands with a loader that knows only schema.org, to schema.org and Verbatim terms', async () => {
    schemaOnlyRequested.length = 0
    await fc.assert(
      fc.asyncProperty(transcriptArb({ data: true }).map(jsonSafe), async (t) => {
        fc.pre(noProtoKeys(t))
        const doc = JSON.parse(toJsonLdString(t))
        const expanded = await jsonldjs.expand(doc, { documentLoader: schemaOnlyLoader })
        expect(checkTerms(expanded).problems).toEqual([])
        // and what the processor got is still the whole transcript
        expect(removePositions((await fromJsonLd(expanded)).transcript)).toEqual(t)
      }),
      { numRuns: 40 },
    )
    expect([...new Set(schemaOnlyRequested)]).toEqual(['https://schema.org/'])
  })

  it.runIf(have)('the IRI form does not expand there (which is why embedding is the default)', async () => {
    const doc = toJsonLd({ type: 'transcript', version: '1.0', meta: { title: 'T' }, speakers: [], children: [] }, { embedContext: false })
    await expect(jsonldjs.expand(doc, { documentLoader: schemaOnlyLoader })).rejects.toThrow()
  })
})
