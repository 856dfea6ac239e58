/**
 * Test helpers: an offline jsonld.js document loader (the schema.org 30.0 context from
 * ../shared/jsonld/ and the package's own context, nothing else), the set of real schema.org
 * terms from the 30.0 vocabulary file, and the IRIs an expanded document uses.
 */
import jsonld from 'jsonld'
import { hasShared, readShared } from '@verbatim/test-utils'
import { SCHEMA_ORG_CONTEXT_URLS, VERBATIM_CONTEXT_IRI, verbatimContextDocument } from '../src/index.js'

export const SCHEMA_CONTEXT_FILE = ['jsonld', 'schemaorg-context-30.0.jsonld'] as const
export const SCHEMA_VOCABULARY_FILE = ['jsonld', 'schemaorg-current-https-30.0.jsonld'] as const

export const haveSchemaContext = () => hasShared(...SCHEMA_CONTEXT_FILE)

let schemaContext: unknown
/** The schema.org 30.0 context document (parsed once). */
export function schemaOrgContext(): unknown {
  schemaContext ??= JSON.parse(readShared(...SCHEMA_CONTEXT_FILE))
  return schemaContext
}

/** Every URL the offline loader was asked for, to prove nothing else was. */
export const requested: string[] = []

/** Serves local copies only; every other URL is refused. */
export async function offlineLoader(url: string): Promise<{ contextUrl: null; documentUrl: string; document: unknown }> {
  requested.push(url)
  if (SCHEMA_ORG_CONTEXT_URLS.includes(url)) return { contextUrl: null, documentUrl: url, document: structuredClone(schemaOrgContext()) }
  if (url === VERBATIM_CONTEXT_IRI) return { contextUrl: null, documentUrl: url, document: structuredClone(verbatimContextDocument) }
  throw new Error(`offline loader refuses ${url}`)
}

export const jsonldOptions = { documentLoader: offlineLoader } as const

/**
 * What a processor that is not Verbatim has: the schema.org context and nothing else (no
 * Verbatim context IRI, no network). Every URL asked for is recorded in `schemaOnlyRequested`.
 */
export const schemaOnlyRequested: string[] = []
export async function schemaOnlyLoader(url: string): Promise<{ contextUrl: null; documentUrl: string; document: unknown }> {
  schemaOnlyRequested.push(url)
  if (SCHEMA_ORG_CONTEXT_URLS.includes(url)) return { contextUrl: null, documentUrl: url, document: structuredClone(schemaOrgContext()) }
  throw new Error(`this loader knows only the schema.org context, not ${url}`)
}

/** jsonld.js with plain promise signatures (the @types overloads pick the callback form for `unknown`). */
export const jsonldjs = jsonld as unknown as {
  expand(doc: unknown, options: unknown): Promise<unknown[]>
  compact(doc: unknown, context: unknown, options: unknown): Promise<Record<string, unknown>>
  flatten(doc: unknown, context: unknown, options: unknown): Promise<Record<string, unknown> | unknown[]>
}

export async function expand(doc: unknown): Promise<unknown[]> {
  return jsonldjs.expand(doc, jsonldOptions)
}

/** Every property IRI and every @type IRI used in an expanded document (values of @json literals excluded). */
export function usedIris(expanded: unknown, out = { properties: new Set<string>(), types: new Set<string>() }) {
  if (Array.isArray(expanded)) {
    for (const item of expanded) usedIris(item, out)
  } else if (expanded !== null && typeof expanded === 'object') {
    const object = expanded as Record<string, unknown>
    if ('@value' in object) {
      if (typeof object['@type'] === 'string' && object['@type'] !== '@json') out.types.add(object['@type'])
      return out
    }
    for (const [key, value] of Object.entries(object)) {
      if (key === '@type') for (const type of value as string[]) out.types.add(type)
      else if (!key.startsWith('@')) out.properties.add(key)
      if (key !== '@id' && key !== '@type') usedIris(value, out)
    }
  }
  return out
}

interface VocabularyEntry {
  '@id': string
  '@type': string | string[]
  'schema:isPartOf'?: { '@id': string }
  'schema:supersededBy'?: unknown
}

let vocabulary: Map<string, VocabularyEntry> | undefined
/** schema.org 30.0 terms by full https IRI. */
export function schemaVocabulary(): Map<string, VocabularyEntry> {
  if (!vocabulary) {
    const parsed = JSON.parse(readShared(...SCHEMA_VOCABULARY_FILE)) as { '@graph': VocabularyEntry[] }
    vocabulary = new Map(parsed['@graph'].map((entry) => [entry['@id'].replace(/^schema:/, 'https://schema.org/'), entry]))
  }
  return vocabulary
}

/** The https form of a schema.org IRI (the context expands to http, the vocabulary file uses https). */
export function httpsSchema(iri: string): string {
  return iri.replace(/^http:\/\/schema\.org\//, 'https://schema.org/')
}

import { VERBATIM_TERMS } from '../src/index.js'

const VERBATIM_IRIS = new Map(Object.values(VERBATIM_TERMS).map((term) => [term.iri, term as { iri: string; isClass?: boolean }]))

export interface TermReport {
  problems: string[]
  /** schema.org terms used that are still pending (https form). */
  pending: Set<string>
}

/** Every expanded property and type IRI must be a real schema.org term of the right kind, or a documented Verbatim term. */
export function checkTerms(expanded: unknown): TermReport {
  const { properties, types } = usedIris(expanded)
  const problems: string[] = []
  const pending = new Set<string>()
  const vocabulary = schemaVocabulary()
  const check = (used: string, kind: 'rdf:Property' | 'rdfs:Class') => {
    if (used.startsWith('http://schema.org/')) {
      const entry = vocabulary.get(httpsSchema(used))
      const entryTypes = entry ? [entry['@type']].flat() : []
      if (!entry) problems.push(`${used} is not a schema.org 30.0 term`)
      else if (!entryTypes.includes(kind)) problems.push(`${used} is not a schema.org ${kind === 'rdfs:Class' ? 'type' : 'property'}`)
      else if (entry['schema:supersededBy']) problems.push(`${used} is superseded in schema.org 30.0`)
      if (entry?.['schema:isPartOf']?.['@id'] === 'https://pending.schema.org') pending.add(httpsSchema(used))
      return
    }
    const own = VERBATIM_IRIS.get(used)
    if (!own) problems.push(`${used} is neither schema.org nor a Verbatim term`)
    else if (Boolean(own.isClass) !== (kind === 'rdfs:Class')) problems.push(`${used} is used as a ${kind === 'rdfs:Class' ? 'type' : 'property'} but is not one`)
  }
  for (const property of properties) check(property, 'rdf:Property')
  for (const type of types) check(type, 'rdfs:Class')
  return { problems, pending }
}
