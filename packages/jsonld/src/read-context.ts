/**
 * What the readers share: the graph, the messages, and typed accessors that report a value of
 * the wrong shape (naming its path) instead of failing, and remember which properties were read
 * so that the rest can be reported rather than silently dropped.
 */
import { createMessage, type Position, type Severity, type VerbatimMessage } from '@verbatim/core'
import { cloneJson, isPlainObject } from './safe-object.js'
import { describe, isListObject, isNodeObject, isValueObject, listOf, SOURCE, termName, valuesOf, type ExpandedNode, type Graph } from './graph.js'
import type { PathLocator } from './locate-path.js'

/** Where the node being read came from in the text, when the document was parsed from text. */
export interface SourceRoot {
  locator: PathLocator
  root: Record<string, unknown>
}

export class ReadContext {
  readonly messages: VerbatimMessage[] = []
  private readonly used = new WeakMap<ExpandedNode, Set<string>>()

  /** Remember which properties were read (only other documents need it: Verbatim's own are read whole). */
  trackUnread = true

  /** Set when the document was parsed from text: paths (relative to the node being read) become positions. */
  source: SourceRoot | undefined

  constructor(
    readonly graph: Graph,
    readonly file: string | undefined,
  ) {}

  report(reason: string, ruleId: string, path: string, severity: Severity = 'warning', detail: { expected?: string; actual?: string } = {}): void {
    const init: Parameters<typeof createMessage>[3] = { severity, path: path === '' ? '(root)' : path }
    const place = this.position(path)
    if (place) init.place = place
    if (this.file !== undefined) init.file = this.file
    if (detail.expected !== undefined) init.expected = detail.expected
    if (detail.actual !== undefined) init.actual = detail.actual
    this.messages.push(createMessage(reason, ruleId, SOURCE, init))
  }

  /** The position of the JSON value at `path` (relative to the node being read), when known. */
  position(path: string): Position | undefined {
    return this.source?.locator.locate(this.source.root, path === '' ? '(root)' : path)
  }

  /** Gives `node` the position of the JSON value at `path`, when known. */
  place<T extends { position?: Position }>(node: T, path: string): T {
    const position = this.position(path)
    if (position) node.position = position
    return node
  }

  /** Path of a property below a node's path. */
  at(path: string, iri: string): string {
    const name = termName(iri)
    return path === '' ? name : `${path}.${name}`
  }

  private markUsed(node: ExpandedNode, iri: string): void {
    if (!this.trackUnread) return
    let set = this.used.get(node)
    if (!set) this.used.set(node, (set = new Set()))
    set.add(iri)
  }

  /** Properties of a node that no accessor has read (keywords excluded). */
  unread(node: ExpandedNode): string[] {
    const set = this.used.get(node)
    return Object.keys(node).filter((key) => !key.startsWith('@') && !set?.has(key))
  }

  values(node: ExpandedNode, iri: string): unknown[] {
    this.markUsed(node, iri)
    return valuesOf(node, iri)
  }

  has(node: ExpandedNode, iri: string): boolean {
    return valuesOf(node, iri).length > 0
  }

  private single(node: ExpandedNode, iri: string, path: string): unknown {
    const values = this.values(node, iri)
    if (values.length > 1) {
      this.report(`expected one value at ${this.at(path, iri)}, found ${values.length}; the first was read`, 'multiple-values', this.at(path, iri))
    }
    return values[0]
  }

  private wrong(node: ExpandedNode, iri: string, path: string, expected: string, found: unknown): undefined {
    const where = this.at(path, iri)
    this.report(`expected ${expected} at ${where}, found ${describe(found)}; it was ignored`, 'wrong-shape', where, 'warning', {
      expected,
      actual: describe(found),
    })
    return undefined
  }

  /** A string value (an IRI value counts when `iris` is true). */
  string(node: ExpandedNode, iri: string, path: string, options: { iris?: boolean } = {}): string | undefined {
    const value = this.single(node, iri, path)
    if (value === undefined) return undefined
    if (isValueObject(value) && typeof value['@value'] === 'string' && value['@type'] !== '@json') return value['@value']
    if (options.iris && isNodeObject(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1) return value['@id']
    return this.wrong(node, iri, path, 'a string', value)
  }

  /** Every string value, in order (other values reported). */
  strings(node: ExpandedNode, iri: string, path: string): string[] {
    const out: string[] = []
    for (const value of this.values(node, iri)) {
      if (isValueObject(value) && typeof value['@value'] === 'string') out.push(value['@value'])
      else this.wrong(node, iri, path, 'strings', value)
    }
    return out
  }

  /** A finite number (numeric strings are accepted, since other documents write them). */
  number(node: ExpandedNode, iri: string, path: string): number | undefined {
    const value = this.single(node, iri, path)
    if (value === undefined) return undefined
    if (isValueObject(value)) {
      const inner = value['@value']
      if (typeof inner === 'number' && Number.isFinite(inner)) return inner
      if (typeof inner === 'string' && inner.trim() !== '' && Number.isFinite(Number(inner))) return Number(inner)
    }
    return this.wrong(node, iri, path, 'a number', value)
  }

  boolean(node: ExpandedNode, iri: string, path: string): boolean | undefined {
    const value = this.single(node, iri, path)
    if (value === undefined) return undefined
    if (isValueObject(value)) {
      const inner = value['@value']
      if (typeof inner === 'boolean') return inner
      if (inner === 'true' || inner === 'false') return inner === 'true'
    }
    return this.wrong(node, iri, path, 'true or false', value)
  }

  /** The node a property points at (embedded or by reference). */
  node(node: ExpandedNode, iri: string, path: string): ExpandedNode | undefined {
    const value = this.single(node, iri, path)
    if (value === undefined) return undefined
    const resolved = this.graph.resolve(value)
    return resolved ?? this.wrong(node, iri, path, 'a node', value)
  }

  /** Every node a property points at, with the index of each among the property's values. */
  nodes(node: ExpandedNode, iri: string, path: string): { node: ExpandedNode; index: number }[] {
    const out: { node: ExpandedNode; index: number }[] = []
    this.values(node, iri).forEach((value, index) => {
      const resolved = this.graph.resolve(value)
      if (resolved) out.push({ node: resolved, index })
      else this.wrong(node, iri, `${path}`, 'a node', value)
    })
    return out
  }

  /** The items of a `@list` property. */
  list(node: ExpandedNode, iri: string): unknown[] {
    this.markUsed(node, iri)
    return listOf(node, iri)
  }

  /** A data bag: a JSON literal holding an object, copied without anything inherited. */
  data(node: ExpandedNode, iri: string, path: string): Record<string, unknown> | undefined {
    const value = this.single(node, iri, path)
    if (value === undefined) return undefined
    if (isValueObject(value) && value['@type'] === '@json' && isPlainObject(value['@value'])) {
      const copy = cloneJson(value['@value'])
      if (copy.ok) return copy.value as Record<string, unknown>
      const where = this.at(path, iri)
      this.report(`the data bag at ${where} was not read: ${copy.reason}`, 'wrong-shape', where)
      return undefined
    }
    return this.wrong(node, iri, path, 'a JSON object (@json)', value)
  }

  isList(value: unknown): boolean {
    return isListObject(value)
  }
}
