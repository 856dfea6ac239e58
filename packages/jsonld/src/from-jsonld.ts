/**
 * The readers. Every document is read in expanded form: Verbatim's own compacted documents are
 * expanded by the small built-in expander (synchronously, without jsonld.js), everything else by
 * jsonld.js, loaded only then, with a document loader that never touches the network unless the
 * caller passes one.
 */
import { checkTranscript, validateTranscript, VerbatimError, type Point, type Transcript } from '@verbatim/core'
import { expandOwn, isOwnContext, NotOwnForm } from './expand-own.js'
import { Graph, hasType, SOURCE, type ExpandedNode } from './graph.js'
import { safeDocumentLoader, RemoteContextRefused, type JsonLdModule } from './document-loader.js'
import { ReadContext } from './read-context.js'
import { findMainNode, readForeign } from './read-foreign.js'
import { readVerbatim } from './read-verbatim.js'
import { isPlainObject, MAX_DOCUMENT_DEPTH, nestsDeeperThan } from './safe-object.js'
import { jsonErrorPoint } from './json-error.js'
import type { FromJsonLdOptions, FromJsonLdResult } from './types.js'
import { iri, SCHEMA_NAMESPACE } from './vocabulary.js'

function fail(reason: string, ruleId: string, options: FromJsonLdOptions, place?: Point): never {
  throw new VerbatimError(reason, ruleId, SOURCE, { ...(options.file !== undefined ? { file: options.file } : {}), ...(place ? { place } : {}) })
}

/** JSON text or an already parsed value, as a JSON object or array. */
function parseInput(input: unknown, options: FromJsonLdOptions): unknown {
  let value = input
  if (typeof input === 'string') {
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
    if (text.includes('\u0000')) fail('not JSON-LD: the input contains NUL characters (binary data?)', 'json-syntax', options)
    try {
      value = JSON.parse(text)
    } catch (error) {
      fail(`not valid JSON: ${(error as Error).message}`, 'json-syntax', options, jsonErrorPoint(text))
    }
  }
  if (value === null || typeof value !== 'object') {
    fail(`not JSON-LD: expected a JSON object or array at the top level, found ${value === null ? 'null' : typeof value}`, 'not-jsonld', options)
  }
  return value
}

/** http and https schema.org IRIs are the same terms; readers look for the http form the context uses. */
const HTTPS_SCHEMA = 'https://schema.org/'

function toHttpSchema(value: unknown, depth: number): unknown {
  if (depth > 400) throw new VerbatimError('the document is nested too deeply to read', 'too-deep', SOURCE)
  if (Array.isArray(value)) return value.map((item) => toHttpSchema(item, depth + 1))
  if (!isPlainObject(value)) return value
  if ('@value' in value) {
    const type = value['@type']
    return typeof type === 'string' && type.startsWith(HTTPS_SCHEMA) ? { ...value, '@type': SCHEMA_NAMESPACE + type.slice(HTTPS_SCHEMA.length) } : value
  }
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(value)) {
    const name = key.startsWith(HTTPS_SCHEMA) ? SCHEMA_NAMESPACE + key.slice(HTTPS_SCHEMA.length) : key
    const inner = value[key]
    let converted: unknown
    if (key === '@type' && Array.isArray(inner)) {
      converted = inner.map((type) => (typeof type === 'string' && type.startsWith(HTTPS_SCHEMA) ? SCHEMA_NAMESPACE + type.slice(HTTPS_SCHEMA.length) : type))
    } else converted = key.startsWith('@') && key !== '@list' && key !== '@graph' ? inner : toHttpSchema(inner, depth + 1)
    const known = out[name]
    out[name] = Array.isArray(known) && Array.isArray(converted) ? [...known, ...converted] : converted
  }
  return out
}

function readExpanded(expanded: ExpandedNode[], options: FromJsonLdOptions): FromJsonLdResult {
  const graph = new Graph(expanded)
  const ctx = new ReadContext(graph, options.file)
  const own = graph.all.find((node) => hasType(node, iri('Conversation')) && Array.isArray(node[iri('modelVersion')]))
  let transcript: Transcript
  if (own) {
    ctx.trackUnread = false
    transcript = readVerbatim(ctx, own)
  }
  else {
    const main = findMainNode(ctx)
    if (!main) fail('not a transcript: the document has no JSON-LD node objects (nothing that expands to schema.org data)', 'empty-document', options)
    transcript = readForeign(ctx, main)
  }
  return finish(transcript, ctx, options)
}

/** The model's own checks; a tree the model would refuse is a bug in the reader, said plainly. */
function finish(transcript: Transcript, ctx: ReadContext, options: FromJsonLdOptions): FromJsonLdResult {
  const result = validateTranscript(transcript)
  if (!result.transcript) {
    const first = result.messages[0]
    fail(`the document was read into an invalid transcript (${first?.reason ?? 'unknown problem'}) at ${first?.path ?? '(root)'}`, 'invalid-transcript', options)
  }
  const semantic = checkTranscript(transcript).map((message) => (options.file !== undefined ? { ...message, file: options.file } : message))
  return { transcript, messages: [...ctx.messages, ...semantic] }
}

function ownExpansion(document: unknown): ExpandedNode[] | undefined {
  if (!isPlainObject(document) || !isOwnContext(document['@context'])) return undefined
  try {
    return expandOwn(document)
  } catch (error) {
    if (error instanceof NotOwnForm) return undefined
    throw error
  }
}

/**
 * Read a document written by `toJsonLd` (Verbatim's context, compacted), synchronously and
 * without jsonld.js. Throws a `VerbatimError` for any other document: use `fromJsonLd` for those.
 */
export function fromJsonLdSync(input: string | object, options: FromJsonLdOptions = {}): FromJsonLdResult {
  const document = parseInput(input, options)
  if (!isPlainObject(document) || !isOwnContext(document['@context'])) {
    fail(
      'fromJsonLdSync reads only documents in Verbatim\'s own compacted form (the @context toJsonLd writes); use fromJsonLd for other JSON-LD',
      'not-verbatim-form',
      options,
    )
  }
  let expanded: ExpandedNode[]
  try {
    expanded = expandOwn(document)
  } catch (error) {
    if (!(error instanceof NotOwnForm)) throw error
    fail(`fromJsonLdSync cannot read this document without jsonld.js (${error.message}); use fromJsonLd`, 'not-verbatim-form', options)
  }
  return readExpanded(expanded, options)
}

let jsonldModule: Promise<JsonLdModule> | undefined

/** jsonld.js, loaded on first use so that writing (and reading Verbatim's own form) never pulls it in. */
function loadJsonld(): Promise<JsonLdModule> {
  jsonldModule ??= import('jsonld').then((module) => ((module as { default?: JsonLdModule }).default ?? module) as JsonLdModule)
  return jsonldModule
}

function refusedUrl(error: unknown, depth = 0): string | undefined {
  if (depth > 5 || error === null || typeof error !== 'object') return undefined
  if (error instanceof RemoteContextRefused) return error.url
  const details = (error as { details?: { cause?: unknown } }).details
  return refusedUrl((error as { cause?: unknown }).cause ?? details?.cause, depth + 1)
}

/**
 * Read any JSON-LD document: Verbatim's own output in any form jsonld.js gives it (compacted,
 * expanded, flattened), and schema.org documents from elsewhere.
 */
export async function fromJsonLd(input: string | object, options: FromJsonLdOptions = {}): Promise<FromJsonLdResult> {
  const document = parseInput(input, options)
  const own = ownExpansion(document)
  if (own) return readExpanded(own, options)
  if (nestsDeeperThan(document, MAX_DOCUMENT_DEPTH)) {
    fail(`the document nests objects and arrays more than ${MAX_DOCUMENT_DEPTH} levels deep; it was not read`, 'too-deep', options)
  }
  const jsonld = await loadJsonld()
  let expanded: unknown
  try {
    expanded = await jsonld.expand(document, { documentLoader: safeDocumentLoader(options.documentLoader) })
  } catch (error) {
    const url = refusedUrl(error)
    if (url !== undefined) {
      fail(`the document needs the remote context ${url}, which was not fetched: pass a documentLoader to allow it`, 'remote-context', options)
    }
    if (error instanceof RangeError) fail('the document is nested too deeply to read', 'too-deep', options)
    const code = (error as { details?: { code?: unknown } }).details?.code
    fail(`not valid JSON-LD: ${(error as Error).message}${typeof code === 'string' ? ` (${code})` : ''}`, 'jsonld-error', options)
  }
  const normalized = toHttpSchema(expanded, 0)
  return readExpanded(Array.isArray(normalized) ? (normalized as ExpandedNode[]) : [], options)
}
