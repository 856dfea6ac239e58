/**
 * A small, synchronous JSON-LD expander for documents in Verbatim's own compacted form: the
 * `@context` that `toJsonLd` writes (or that jsonld.compact keeps when given the same context).
 * It knows that context by heart, so it needs no document loader and no jsonld.js; for anything
 * outside the subset it understands it gives up (`NotOwnForm`) and the caller falls back to
 * jsonld.js. A test checks that it expands Verbatim documents exactly as jsonld.js does.
 */
import type { ExpandedNode } from './graph.js'
import { MAX_NODE_DEPTH } from './graph.js'
import { isPlainObject } from './safe-object.js'
import {
  isSchemaOrgContextUrl,
  SCHEMA_NAMESPACE,
  TERMS,
  VERBATIM_CONTEXT_IRI,
  VERBATIM_NAMESPACE,
  verbatimContext,
  type TermDefinition,
} from './vocabulary.js'

/** Thrown when a document is not in the subset of JSON-LD this expander handles. */
export class NotOwnForm extends Error {
  override name = 'NotOwnForm'
}

const TERM_MAP: ReadonlyMap<string, TermDefinition> = new Map(Object.entries(TERMS))

/** Prefixes defined by Verbatim's context (the schema.org context defines the same `schema`). */
const PREFIXES: ReadonlyMap<string, string> = new Map([
  ['schema', SCHEMA_NAMESPACE],
  ['verbatim', VERBATIM_NAMESPACE],
])

/**
 * True when `value` has exactly the entries of `expected`, in any key order. Verbatim's context
 * nests two levels (a term's definition object holds strings), so the comparison goes no deeper
 * than that, whatever the document nests there: it never recurses.
 */
function sameEntries(value: unknown, expected: Readonly<Record<string, unknown>>, level: number): boolean {
  if (!isPlainObject(value)) return false
  const keys = Object.keys(value)
  if (keys.length !== Object.keys(expected).length) return false
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(expected, key)) return false
    const want = expected[key]
    const got = value[key]
    if (isPlainObject(want)) {
      if (level > 0 || !sameEntries(got, want, level + 1)) return false
    } else if (got !== want) return false
  }
  return true
}

/** True when a `@context` value is exactly the one `toJsonLd` writes (by reference or embedded). */
export function isOwnContext(context: unknown): boolean {
  if (!Array.isArray(context) || context.length !== 2) return false
  const [schema, own] = context as unknown[]
  if (typeof schema !== 'string' || !isSchemaOrgContextUrl(schema)) return false
  if (own === VERBATIM_CONTEXT_IRI) return true
  return sameEntries(own, verbatimContext, 0)
}

const ABSOLUTE = /^[A-Za-z][A-Za-z0-9+.-]*:/

/** Expand an IRI in a key or `@type` value: a term, a compact IRI, an absolute IRI, or vocab-relative. */
export function expandVocabIri(name: string): string {
  const term = TERM_MAP.get(name)
  if (term) return term.iri
  const colon = name.indexOf(':')
  if (colon > 0) {
    const prefix = PREFIXES.get(name.slice(0, colon))
    const rest = name.slice(colon + 1)
    if (prefix && !rest.startsWith('//')) return prefix + rest
    return name
  }
  return SCHEMA_NAMESPACE + name
}

/** True for an `@id` this expander keeps as it is: absolute or a blank node, and not a compact IRI. */
export function isPlainId(value: string): boolean {
  if (!value.startsWith('_:') && !ABSOLUTE.test(value)) return false
  const colon = value.indexOf(':')
  return !(PREFIXES.has(value.slice(0, colon)) && !value.startsWith('//', colon + 1))
}

/** An `@id` must already be absolute (or a blank node): relative ones need a base, which is jsonld.js's job. */
function expandId(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new NotOwnForm(`@id at ${path} is not a string`)
  if (isPlainId(value)) return value
  throw new NotOwnForm(`@id at ${path} is a ${value.startsWith('_:') || ABSOLUTE.test(value) ? 'compact' : 'relative'} IRI`)
}

function expandItem(item: unknown, definition: TermDefinition | undefined, depth: number, path: string): unknown {
  if (typeof item === 'string') return definition?.type === '@id' ? { '@id': expandId(item, path) } : { '@value': item }
  if (typeof item === 'number' || typeof item === 'boolean') return { '@value': item }
  if (isPlainObject(item)) return expandObject(item, depth + 1, path)
  throw new NotOwnForm(`unexpected ${Array.isArray(item) ? 'nested array' : typeof item} at ${path}`)
}

function expandValueObject(object: Record<string, unknown>, path: string): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(object)) {
    const value = object[key]
    if (key === '@value') out['@value'] = value
    else if (key === '@type' && typeof value === 'string') out['@type'] = expandVocabIri(value)
    else if (key === '@language' && typeof value === 'string') out['@language'] = value.toLowerCase()
    else throw new NotOwnForm(`unexpected ${key} in a value object at ${path}`)
  }
  const inner = out['@value']
  if (inner === null) throw new NotOwnForm(`null @value at ${path}`)
  if (typeof inner === 'object') throw new NotOwnForm(`structured @value at ${path}`)
  return out
}

function expandObject(object: Record<string, unknown>, depth: number, path: string): unknown {
  if (depth > MAX_NODE_DEPTH) throw new NotOwnForm(`more than ${MAX_NODE_DEPTH} levels of nesting at ${path}`)
  if ('@value' in object) return expandValueObject(object, path)
  if ('@list' in object) {
    const items = object['@list']
    if (!Array.isArray(items) || Object.keys(object).length !== 1) throw new NotOwnForm(`unexpected @list at ${path}`)
    return { '@list': items.filter((item) => item !== null).map((item, index) => expandItem(item, undefined, depth, `${path}[${index}]`)) }
  }
  const node: ExpandedNode = {}
  for (const key of Object.keys(object)) {
    const value = object[key]
    if (key === '@context') {
      if (depth > 0) throw new NotOwnForm(`embedded @context at ${path}`)
      continue
    }
    if (key === '@id' || key === 'id') {
      node['@id'] = expandId(value, path)
      continue
    }
    if (key === '@type' || key === 'type') {
      const types = Array.isArray(value) ? value : [value]
      if (!types.every((type): type is string => typeof type === 'string')) throw new NotOwnForm(`@type at ${path} is not a string`)
      node['@type'] = [...(node['@type'] ?? []), ...types.map(expandVocabIri)]
      continue
    }
    if (key.startsWith('@')) throw new NotOwnForm(`${key} at ${path} is outside the Verbatim form`)
    if (value === null) continue
    const definition = TERM_MAP.get(key)
    const iri = definition ? definition.iri : expandVocabIri(key)
    const childPath = `${path === '' ? '' : path + '.'}${key}`
    let expanded: unknown[]
    if (definition?.type === '@json') {
      expanded = [{ '@value': value, '@type': '@json' }]
    } else if (definition?.container === '@list') {
      if (isPlainObject(value) && '@list' in value) expanded = [expandObject(value, depth + 1, childPath)]
      else {
        const items = (Array.isArray(value) ? value : [value]).filter((item) => item !== null)
        expanded = [{ '@list': items.map((item, index) => expandItem(item, definition, depth, `${childPath}[${index}]`)) }]
      }
    } else {
      const items = (Array.isArray(value) ? value : [value]).filter((item) => item !== null)
      expanded = items.map((item, index) => expandItem(item, definition, depth, Array.isArray(value) ? `${childPath}[${index}]` : childPath))
    }
    const known = node[iri]
    node[iri] = Array.isArray(known) ? [...known, ...expanded] : expanded
  }
  return node
}

/**
 * Expand a document in Verbatim's compacted form; throws `NotOwnForm` for anything else.
 * Returns the top-level node objects, like `jsonld.expand`.
 */
export function expandOwn(document: unknown): ExpandedNode[] {
  if (!isPlainObject(document)) throw new NotOwnForm('the document is not a JSON object')
  if (!isOwnContext(document['@context'])) throw new NotOwnForm('the document does not use the Verbatim context')
  const graph = document['@graph']
  if (graph !== undefined) {
    const others = Object.keys(document).filter((key) => key !== '@context' && key !== '@graph')
    if (others.length > 0 || !Array.isArray(graph)) throw new NotOwnForm('@graph beside other properties')
    return graph.map((item, index) => {
      if (!isPlainObject(item)) throw new NotOwnForm(`@graph[${index}] is not a node`)
      return expandObject(item, 1, `@graph[${index}]`) as ExpandedNode
    })
  }
  return [expandObject(document, 0, '') as ExpandedNode]
}
