/**
 * Reading JSON-LD in expanded form. Whatever shape a document came in (compacted, expanded,
 * flattened, embedded or by reference), once expanded every property is an absolute IRI and
 * every value an array of value, node or list objects; this index lets the readers follow
 * references (`{"@id": ...}`) to the node that holds the properties, so that embedded and
 * flattened documents read the same.
 */
import { VerbatimError } from '@verbatim/core'
import { isPlainObject } from './safe-object.js'
import { TERM_BY_IRI } from './vocabulary.js'

export interface ExpandedNode {
  '@id'?: string
  '@type'?: string[]
  [property: string]: unknown
}

export interface ValueObject {
  '@value': unknown
  '@type'?: string
  '@language'?: string
}

export interface ListObject {
  '@list': unknown[]
}

/** Deepest nesting of node objects a document may have (a guard against hostile input). */
export const MAX_NODE_DEPTH = 200

export const SOURCE = 'verbatim-jsonld'

export function isValueObject(value: unknown): value is ValueObject {
  return isPlainObject(value) && '@value' in value
}

export function isListObject(value: unknown): value is ListObject {
  return isPlainObject(value) && Array.isArray(value['@list'])
}

export function isNodeObject(value: unknown): value is ExpandedNode {
  return isPlainObject(value) && !('@value' in value) && !('@list' in value) && !('@set' in value)
}

/** A readable name for a property IRI in paths and messages: the compact term, or the IRI. */
export function termName(iri: string): string {
  return TERM_BY_IRI.get(iri) ?? localName(iri)
}

/** The last segment of an IRI (`http://schema.org/sameAs` -> `sameAs`). */
export function localName(iri: string): string {
  const match = /[#/]([^#/]+)$/.exec(iri)
  return match ? match[1]! : iri
}

/** How a value looks, for "found ..." in messages. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (isValueObject(value)) {
    const inner = value['@value']
    if (typeof inner === 'string') return inner.length > 40 ? `a string of ${inner.length} characters` : `the string ${JSON.stringify(inner)}`
    if (value['@type'] === '@json') return 'a JSON literal'
    return `the ${typeof inner} ${JSON.stringify(inner)}`
  }
  if (isListObject(value)) return `a list of ${value['@list'].length}`
  if (isNodeObject(value)) {
    const types = value['@type']?.map(termName).join(', ')
    if (types) return `a ${types} node`
    return value['@id'] !== undefined && Object.keys(value).length === 1 ? `a reference to ${value['@id']}` : 'a node'
  }
  return typeof value
}

/** All node objects of an expanded document, by `@id`, and the top-level nodes. */
export class Graph {
  readonly byId = new Map<string, ExpandedNode>()
  readonly top: ExpandedNode[] = []
  /** Every node object with properties, in document order (for finding the main node). */
  readonly all: ExpandedNode[] = []

  constructor(expanded: unknown[]) {
    for (const item of expanded) {
      if (!isNodeObject(item)) continue
      // A named graph (`{"@id": ..., "@graph": [...]}`) holds the nodes; read them as top-level.
      const graph = item['@graph']
      if (Array.isArray(graph)) {
        for (const inner of graph) if (isNodeObject(inner)) this.top.push(inner)
      } else this.top.push(item)
    }
    this.index()
  }

  /**
   * Every node object, in document order (depth first, as written), with an explicit stack: the
   * document's nesting never becomes the call stack's.
   */
  private index(): void {
    const stack: [unknown, number][] = []
    for (let i = this.top.length - 1; i >= 0; i--) stack.push([this.top[i], 0])
    while (stack.length > 0) {
      const [value, depth] = stack.pop()!
      if (isListObject(value)) {
        const items = value['@list']
        for (let i = items.length - 1; i >= 0; i--) stack.push([items[i], depth + 1])
        continue
      }
      if (!isNodeObject(value)) continue
      if (depth > MAX_NODE_DEPTH) {
        throw new VerbatimError(`the document nests nodes more than ${MAX_NODE_DEPTH} levels deep`, 'too-deep', SOURCE)
      }
      const children = this.visit(value)
      for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], depth + 1])
    }
  }

  /** Records one node; returns the values of its properties, in order. */
  private visit(node: ExpandedNode): unknown[] {
    const keys = Object.keys(node)
    const id = node['@id']
    if (keys.some((key) => key !== '@id')) {
      this.all.push(node)
      if (typeof id === 'string') {
        const known = this.byId.get(id)
        this.byId.set(id, known ? mergeNodes(known, node) : node)
      }
    }
    const children: unknown[] = []
    for (const key of keys) {
      if (key.startsWith('@')) continue
      const values = node[key]
      if (Array.isArray(values)) for (const value of values) children.push(value)
    }
    return children
  }

  /** The node a value stands for: the indexed node for a reference, the node itself otherwise. */
  resolve(value: unknown): ExpandedNode | undefined {
    if (!isNodeObject(value)) return undefined
    const id = value['@id']
    if (typeof id === 'string') {
      const known = this.byId.get(id)
      if (known) return known
    }
    return value
  }
}

/** One node for an `@id` that appears with properties in two places (rare outside flattening). */
function mergeNodes(a: ExpandedNode, b: ExpandedNode): ExpandedNode {
  if (a === b) return a
  const merged: ExpandedNode = { ...a }
  for (const key of Object.keys(b)) {
    if (key === '@id') continue
    const left = merged[key]
    const right = b[key]
    merged[key] = Array.isArray(left) && Array.isArray(right) ? [...left, ...right] : (left ?? right)
  }
  return merged
}

/** The values of a property (always an array in expanded form). */
export function valuesOf(node: ExpandedNode, iri: string): unknown[] {
  const values = Object.hasOwn(node, iri) ? node[iri] : undefined
  return Array.isArray(values) ? values : []
}

export function hasType(node: ExpandedNode, iri: string): boolean {
  return Array.isArray(node['@type']) && node['@type'].includes(iri)
}

/** The items of a property's `@list` value; the plain values when it has no list (other documents). */
export function listOf(node: ExpandedNode, iri: string): unknown[] {
  const values = valuesOf(node, iri)
  const list = values.find(isListObject)
  if (list) return list['@list']
  return values
}
