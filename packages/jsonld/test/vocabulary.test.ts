import { describe, it, expect } from 'vitest'
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { sharedAvailable, transcriptArb } from '@verbatim/test-utils'
import { SCHEMA_TERMS, toJsonLd, VERBATIM_CONTEXT_IRI, VERBATIM_NAMESPACE, VERBATIM_TERMS, verbatimContext } from '../src/index.js'
import { checkTerms, expand, httpsSchema, requested, SCHEMA_CONTEXT_FILE, SCHEMA_VOCABULARY_FILE, schemaVocabulary } from './helpers.js'

const haveFiles =
  sharedAvailable('expanding with the schema.org 30.0 context', ...SCHEMA_CONTEXT_FILE) &&
  sharedAvailable('checking terms against the schema.org 30.0 vocabulary', ...SCHEMA_VOCABULARY_FILE)
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

/** schema.org terms the writer uses that schema.org 30.0 marks pending; the README names each. */
const EXPECTED_PENDING = ['https://schema.org/endOffset', 'https://schema.org/jobTitle', 'https://schema.org/startOffset']

describe('vocabulary', () => {
  it('the context maps every term to its IRI and names terms by their local names', () => {
    for (const [name, term] of Object.entries({ ...SCHEMA_TERMS, ...VERBATIM_TERMS })) {
      expect(term.iri.endsWith(name), name).toBe(true)
      const entry = verbatimContext[name]
      expect(typeof entry === 'string' ? entry : (entry as { '@id': string })['@id'], name).toBe(term.iri)
    }
    expect(VERBATIM_CONTEXT_IRI.startsWith(VERBATIM_NAMESPACE.replace('#', '/'))).toBe(true)
  })

  it('the README documents every Verbatim term and every pending schema.org term', () => {
    for (const name of Object.keys(VERBATIM_TERMS)) expect(readme, name).toMatch(new RegExp('\\| `' + name + '` \\|'))
    for (const pending of EXPECTED_PENDING) expect(readme).toContain(`\`${pending.replace('https://schema.org/', '')}\` (pending)`)
  })

  it.runIf(haveFiles)('every schema.org term of the context is a real schema.org 30.0 term of the right kind', () => {
    const vocabulary = schemaVocabulary()
    for (const [name, term] of Object.entries(SCHEMA_TERMS)) {
      const entry = vocabulary.get(httpsSchema(term.iri))
      expect(entry, name).toBeDefined()
      expect([entry!['@type']].flat(), name).toContain('isClass' in term ? 'rdfs:Class' : 'rdf:Property')
    }
  })

  it.runIf(haveFiles)('generated transcripts expand offline to schema.org and documented Verbatim terms only', async () => {
    requested.length = 0
    const pending = new Set<string>()
    await fc.assert(
      fc.asyncProperty(transcriptArb({ data: true }), fc.boolean(), async (t, embed) => {
        const report = checkTerms(await expand(toJsonLd(t, { embedContext: embed })))
        expect(report.problems).toEqual([])
        for (const term of report.pending) pending.add(term)
      }),
      { numRuns: 80 },
    )
    expect([...pending].sort()).toEqual(EXPECTED_PENDING)
    expect(new Set(requested)).toEqual(new Set(['https://schema.org/', VERBATIM_CONTEXT_IRI]))
  })

  it.runIf(haveFiles)('the term check fails on an undocumented term and a made-up schema.org term', async () => {
    const doc = { ...toJsonLd({ type: 'transcript', version: '1.0', meta: {}, speakers: [], children: [] }), madeUpProperty: 1, 'verbatim:undocumented': 2 }
    const report = checkTerms(await expand(doc))
    expect(report.problems).toEqual([
      'http://schema.org/madeUpProperty is not a schema.org 30.0 term',
      'https://verbatim.dev/ns#undocumented is neither schema.org nor a Verbatim term',
    ])
  })
})
