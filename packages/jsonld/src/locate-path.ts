/**
 * Positions for the reference readers, which work on expanded nodes that keep no link to the
 * text. They name everything by a path of compact term names (`hasPart[3].paragraphs[0]`), so
 * the path is followed through the parsed document instead: a key matches by its term or by the
 * last segment of its IRI (`schema:hasPart`, `http://schema.org/hasPart`), array indexes skip
 * nulls (expansion drops them), `@list` objects and one-item arrays are looked through, and a
 * reference (`{"@id": ...}` or an IRI string) leads to the node of that `@id` elsewhere in the
 * document (flattened documents). When the path cannot be followed there is no position.
 */
import type { Position } from '@verbatim/core'
import type { JsonSpans } from './json-spans.js'
import { isPlainObject } from './safe-object.js'

type JsonObject = Record<string, unknown>

const SEGMENT = /([^.[\]]+)|\[(\d+)\]/g

/** The last segment of a key that is an IRI or compact IRI. */
function localKey(key: string): string {
  const cut = Math.max(key.lastIndexOf('/'), key.lastIndexOf('#'), key.lastIndexOf(':'))
  return cut < 0 ? key : key.slice(cut + 1)
}

export class PathLocator {
  private byId: Map<string, JsonObject> | undefined

  constructor(
    private readonly spans: JsonSpans,
    private readonly document: unknown,
  ) {}

  /** Node objects by `@id` (the first with properties), found without recursion. */
  private nodesById(): Map<string, JsonObject> {
    if (this.byId) return this.byId
    const byId = new Map<string, JsonObject>()
    const stack: unknown[] = [this.document]
    while (stack.length > 0) {
      const value = stack.pop()
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) stack.push(value[i])
      } else if (isPlainObject(value)) {
        const id = value['@id']
        if (typeof id === 'string' && !byId.has(id) && Object.keys(value).length > 1) byId.set(id, value)
        const keys = Object.keys(value)
        for (let i = keys.length - 1; i >= 0; i--) stack.push(value[keys[i]!])
      }
    }
    this.byId = byId
    return byId
  }

  /** The source object of a node the reader reads from: by its `@id`, else the document itself when that is the node. */
  root(id: unknown, isFirst: boolean): JsonObject | undefined {
    if (typeof id === 'string') {
      const found = this.nodesById().get(id)
      if (found) return found
    }
    const document = this.document
    return isFirst && isPlainObject(document) && !('@graph' in document) ? document : undefined
  }

  /** The definition of a referenced node, or the value itself. */
  private follow(value: unknown): unknown {
    let id: unknown
    if (typeof value === 'string') id = value
    else if (isPlainObject(value) && Object.keys(value).length === 1) id = value['@id']
    return typeof id === 'string' ? (this.nodesById().get(id) ?? value) : value
  }

  /** The position of the value at `path` below `root` (`(root)` or '' is the root itself). */
  locate(root: JsonObject, path: string): Position | undefined {
    let current: unknown = root
    let container: object | undefined
    let key: string | number = 0
    for (const match of path === '(root)' ? [] : path.matchAll(SEGMENT)) {
      const name = match[1]
      if (name !== undefined) {
        if (Array.isArray(current)) current = current.find((item) => item !== null)
        current = this.follow(current)
        if (!isPlainObject(current)) return undefined
        const object: JsonObject = current
        const found = name in object && Object.hasOwn(object, name) ? name : Object.keys(object).find((candidate) => localKey(candidate) === name)
        if (found === undefined) return undefined
        container = object
        key = found
        current = object[found]
      } else {
        let index = Number(match[2])
        if (Array.isArray(current) && current.length === 1 && isPlainObject(current[0]) && Array.isArray(current[0]['@list'])) current = current[0]
        if (isPlainObject(current) && Array.isArray(current['@list'])) {
          container = current
          key = '@list'
          current = current['@list']
        }
        if (!Array.isArray(current)) {
          if (index !== 0) return undefined
          continue
        }
        let at = -1
        for (let i = 0; i < current.length; i++) {
          if (current[i] !== null && index-- === 0) {
            at = i
            break
          }
        }
        if (at < 0) return undefined
        container = current
        key = at
        current = current[at]
      }
    }
    // A reference object stands for the node it names: give the node's own place.
    const target = isPlainObject(current) ? this.follow(current) : current
    if (target !== current && isPlainObject(target)) return this.spans.of(target)
    return container === undefined ? this.spans.of(root) : this.spans.child(container, key)
  }
}
