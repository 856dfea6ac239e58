import type { Node } from './types.js'

/**
 * A deep copy of a tree without `position` fields (on nodes, speakers and notes), for
 * comparing a tree read back from a format with the one that was written.
 */
export function removePositions<T>(value: T): T {
  return strip(value) as T
}

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip)
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [key, child] of Object.entries(value)) {
    if (key === 'position') continue
    // defineProperty, not assignment: a `__proto__` key in user data must stay a plain key.
    Object.defineProperty(out, key, { value: key === 'data' ? child : strip(child), enumerable: true, writable: true, configurable: true })
  }
  return out
}

/** True when the node has a position. */
