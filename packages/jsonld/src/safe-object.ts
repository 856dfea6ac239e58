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

/**
 * A deep copy of a JSON value with only own enumerable properties, so nothing inherited (such
 * as a prototype planted by a JSON processor) leaks into the result. Returns undefined for a
 * value deeper than `MAX_JSON_DEPTH` or that is not JSON.
 */
export function cloneJson(value: unknown, depth = 0): { ok: true; value: unknown } | { ok: false; reason: string } {
  if (depth > MAX_JSON_DEPTH) return { ok: false, reason: `nested more than ${MAX_JSON_DEPTH} levels deep` }
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return { ok: true, value }
  if (typeof value === 'number') return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: `the number ${value} is not JSON` }
  if (Array.isArray(value)) {
    const out: unknown[] = []
    for (const item of value) {
      const copy = cloneJson(item, depth + 1)
      if (!copy.ok) return copy
      out.push(copy.value)
    }
    return { ok: true, value: out }
  }
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value)) {
      const copy = cloneJson((value as Record<string, unknown>)[key], depth + 1)
      if (!copy.ok) return copy
      setOwn(out, key, copy.value)
    }
    return { ok: true, value: out }
  }
  return { ok: false, reason: `a ${typeof value} is not JSON` }
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
