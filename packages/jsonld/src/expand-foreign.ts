/**
 * The only module that uses jsonld.js: expanding documents that are not in Verbatim's own form
 * (other publishers' schema.org, Verbatim documents that jsonld.js expanded or flattened). The
 * readers import this module with a dynamic `import()`, so that the writer and the reader of
 * Verbatim's own form never load it, and bundlers put it in a chunk of its own. jsonld.js is an
 * optional peer dependency: when it is not installed, reading such a document throws a
 * `VerbatimError` (`missing-dependency`) that says what to install.
 */
import { safeDocumentLoader, RemoteContextRefused, type JsonLdModule } from './document-loader.js'
import { fail } from './fail.js'
import type { ExpandedNode } from './graph.js'
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

const toHttp = (name: string): string => (name.startsWith(HTTPS_SCHEMA) ? SCHEMA_NAMESPACE + name.slice(HTTPS_SCHEMA.length) : name)

/** Work left: the items of `source` (an array, or the properties of a node) to convert into `target`. */
type Pending = { source: unknown[]; target: unknown[] } | { source: Record<string, unknown>; target: Record<string, unknown> }

/**
 * The expanded document with https schema.org IRIs (properties, types, value types) in their http
 * form. Walks with an explicit stack: the document's nesting never becomes the call stack's.
 */
function toHttpSchema(expanded: unknown): unknown {
  const stack: Pending[] = []
  /**
   * A value's converted form: scalars and value objects at once, an array's items at once (so
   * that two arrays can be joined in order), the properties of nodes and arrays in arrays later.
   */
  const convert = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      const target: unknown[] = []
      for (const item of value) {
        if (!Array.isArray(item)) target.push(convertOne(item))
        else {
          const inner: unknown[] = []
          stack.push({ source: item, target: inner })
          target.push(inner)
        }
      }
      return target
    }
    return convertOne(value)
  }
  const convertOne = (value: unknown): unknown => {
    if (!isPlainObject(value)) return value
    if ('@value' in value) {
      const type = value['@type']
      return typeof type === 'string' && type.startsWith(HTTPS_SCHEMA) ? { ...value, '@type': toHttp(type) } : value
    }
    const target: Record<string, unknown> = {}
    stack.push({ source: value, target })
    return target
  }
  const result = convert(expanded)
  while (stack.length > 0) {
    const pending = stack.pop()!
    if (Array.isArray(pending.source)) {
      for (const item of pending.source) (pending.target as unknown[]).push(convert(item))
      continue
    }
    const { source, target } = pending as { source: Record<string, unknown>; target: Record<string, unknown> }
    for (const key of Object.keys(source)) {
      const name = toHttp(key)
      const inner = source[key]
      let converted: unknown
      if (key === '@type' && Array.isArray(inner)) converted = inner.map((type) => (typeof type === 'string' ? toHttp(type) : type))
      else converted = key.startsWith('@') && key !== '@list' && key !== '@graph' ? inner : convert(inner)
      const known = target[name]
      // http and https forms of one property: one array of values, in order.
      if (Array.isArray(known) && Array.isArray(converted)) known.push(...converted)
      else target[name] = converted
    }
  }
  return result
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
  const normalized = toHttpSchema(expanded)
  return Array.isArray(normalized) ? (normalized as ExpandedNode[]) : []
}
