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

/**
 * Removes the `position` fields of a tree in place (on nodes, speakers and notes; `data` bags are
 * user data and left as they are): afterwards the tree equals what `removePositions` makes of it.
 * For readers that need positions while they read (to place their messages) and are asked for a
 * tree without them (the read option `positions: false`). No recursion: the depth is the input's.
 */
export function dropPositions<T>(tree: T): T {
  const stack: unknown[] = [tree]
  while (stack.length > 0) {
    const value = stack.pop()
    if (value === null || typeof value !== 'object') continue
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        const item: unknown = value[i]
        if (item !== null && typeof item === 'object') stack.push(item)
      }
      continue
    }
    const record = value as Record<string, unknown>
    if (Object.hasOwn(record, 'position')) delete record.position
    for (const key in record) {
      if (key === 'data' || !Object.hasOwn(record, key)) continue
      const child = record[key]
      if (child !== null && typeof child === 'object') stack.push(child)
    }
  }
  return tree
}
