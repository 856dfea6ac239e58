/**
 * Objects built from untrusted keys. `out[key] = value` with key `__proto__` would replace the
 * object's prototype (jsonld.js itself does that when it clones JSON literals); defining the
 * property instead keeps it an ordinary own property and leaves every prototype alone.
 */

export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
  else target[key] = value
}

/** Deepest JSON value a data bag may have when read back (a guard against hostile nesting). */
export const MAX_JSON_DEPTH = 512

type CloneResult = { ok: true; value: unknown } | { ok: false; reason: string }

/** A scalar's copy (or why it is not JSON), or undefined for an array or object. */
function cloneLeaf(value: unknown): CloneResult | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return { ok: true, value }
  if (typeof value === 'number') return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: `the number ${value} is not JSON` }
  if (typeof value === 'object') return undefined
  return { ok: false, reason: `a ${typeof value} is not JSON` }
}

interface CloneFrame {
  source: Record<string, unknown> | unknown[]
  target: Record<string, unknown> | unknown[]
  /** Own keys of an object; undefined for an array. */
  keys: string[] | undefined
  index: number
  depth: number
}

function cloneFrame(source: object, depth: number): CloneFrame {
  const isArray = Array.isArray(source)
  return { source: source as CloneFrame['source'], target: isArray ? [] : {}, keys: isArray ? undefined : Object.keys(source), index: 0, depth }
}

/**
 * A deep copy of a JSON value with only own enumerable properties, so nothing inherited (such
 * as a prototype planted by a JSON processor) leaks into the result. Fails for a value nested
 * deeper than `MAX_JSON_DEPTH` (a cycle among them) or that is not JSON. It walks the value with
 * an explicit stack: the value's nesting never becomes the call stack's.
 */
export function cloneJson(value: unknown): CloneResult {
  const leaf = cloneLeaf(value)
  if (leaf) return leaf
  const root = cloneFrame(value as object, 0)
  const stack: CloneFrame[] = [root]
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!
    const length = frame.keys ? frame.keys.length : (frame.source as unknown[]).length
    if (frame.index >= length) {
      stack.pop()
      continue
    }
    const key = frame.keys ? frame.keys[frame.index]! : frame.index
    frame.index++
    if (frame.depth + 1 > MAX_JSON_DEPTH) return { ok: false, reason: `nested more than ${MAX_JSON_DEPTH} levels deep` }
    const item = (frame.source as Record<string | number, unknown>)[key]
    let copy = cloneLeaf(item)
    if (copy && !copy.ok) return copy
    if (!copy) {
      const inner = cloneFrame(item as object, frame.depth + 1)
      stack.push(inner)
      copy = { ok: true, value: inner.target }
    }
    if (typeof key === 'number') (frame.target as unknown[]).push(copy.value)
    else setOwn(frame.target as Record<string, unknown>, key, copy.value)
  }
  return { ok: true, value: root.target }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** Deepest JSON nesting handed to jsonld.js, which recurses and would overflow the stack on hostile input. */
export const MAX_DOCUMENT_DEPTH = 1000

/** True when a parsed JSON value nests objects and arrays deeper than `limit` (checked without recursion). */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]]
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!
    if (current === null || typeof current !== 'object') continue
    if (depth >= limit) return true
    const children = Array.isArray(current) ? current : Object.values(current)
    for (const child of children) if (child !== null && typeof child === 'object') stack.push([child, depth + 1])
  }
  return false
}
