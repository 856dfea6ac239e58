/**
 * The only module that uses jsonld.js: expanding documents that are not in Verbatim's own form
 * (other publishers' schema.org, Verbatim documents that jsonld.js expanded or flattened). The
 * readers import this module with a dynamic `import()`, so that the writer and the reader of
 * Verbatim's own form never load it, and bundlers put it in a chunk of its own. jsonld.js is an
 * optional peer dependency: when it is not installed, reading such a document throws a
 * `VerbatimError` (`missing-dependency`) that says what to install.
 */
import { VerbatimError } from '@verbatim/core'
import { safeDocumentLoader, RemoteContextRefused, type JsonLdModule } from './document-loader.js'
import { fail } from './fail.js'
import { SOURCE, type ExpandedNode } from './graph.js'
import { isPlainObject, MAX_DOCUMENT_DEPTH, nestsDeeperThan } from './safe-object.js'
import type { FromJsonLdOptions } from './types.js'
import { SCHEMA_NAMESPACE } from './vocabulary.js'

let jsonldModule: Promise<JsonLdModule> | undefined

/** True when `error` says that the module `jsonld` itself could not be found. */
function isMissingJsonld(error: unknown): boolean {
  if (error === null || typeof error !== 'object') return false
  const code = (error as { code?: unknown }).code
  const message = String((error as { message?: unknown }).message ?? '')
  if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') return /['"]jsonld['"]/.test(message)
  // Bundlers and browsers word it in their own way.
  return /(?:Cannot find (?:module|package)|Failed to resolve module specifier|Could not resolve)\s*['"]jsonld['"]/.test(message)
}

/** jsonld.js, loaded on first use. A failed load is not remembered, so installing it later works. */
function loadJsonld(options: FromJsonLdOptions): Promise<JsonLdModule> {
  jsonldModule ??= import('jsonld').then((module) => ((module as { default?: JsonLdModule }).default ?? module) as JsonLdModule)
  return jsonldModule.catch((error: unknown) => {
    jsonldModule = undefined
    if (isMissingJsonld(error)) {
      fail(
        'reading this document needs jsonld.js, an optional peer dependency of @verbatim/jsonld that is not installed: run `npm install jsonld` (documents written by toJsonLd are read without it)',
        'missing-dependency',
        options,
      )
    }
    throw error
  })
}

function refusedUrl(error: unknown, depth = 0): string | undefined {
  if (depth > 5 || error === null || typeof error !== 'object') return undefined
  if (error instanceof RemoteContextRefused) return error.url
  const details = (error as { details?: { cause?: unknown } }).details
  return refusedUrl((error as { cause?: unknown }).cause ?? details?.cause, depth + 1)
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

/** The document expanded by jsonld.js (schema.org IRIs in their http form), or a `VerbatimError`. */
export async function expandForeign(document: unknown, options: FromJsonLdOptions): Promise<ExpandedNode[]> {
  if (nestsDeeperThan(document, MAX_DOCUMENT_DEPTH)) {
    fail(`the document nests objects and arrays more than ${MAX_DOCUMENT_DEPTH} levels deep; it was not read`, 'too-deep', options)
  }
  const jsonld = await loadJsonld(options)
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
  return Array.isArray(normalized) ? (normalized as ExpandedNode[]) : []
}
