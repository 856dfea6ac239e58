/**
 * Where JSON text stops being JSON. `JSON.parse` in Node 20 often says only "Unexpected token"
 * with a snippet and no offset, so on failure this small scanner finds the offset itself, for a
 * message with a line and column. It never recurses, so hostile nesting cannot overflow it.
 */
import type { Point } from '@verbatim/core'

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d])

/** Offset of the first character that makes `text` invalid JSON (text.length for a truncated text), or -1. */
export function jsonErrorOffset(text: string): number {
  let i = 0
  const stack: number[] = [] // 0x7b `{` or 0x5b `[`
  const skip = () => {
    while (i < text.length && WHITESPACE.has(text.charCodeAt(i))) i++
  }
  const scalar = (): boolean => {
    const c = text[i]
    if (c === '"') {
      i++
      while (i < text.length) {
        const code = text.charCodeAt(i)
        if (code === 0x22) {
          i++
          return true
        }
        if (code < 0x20) return false
        if (code === 0x5c) {
          const next = text[i + 1]
          if (next === 'u') {
            if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false
            i += 6
          } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2
          else return false
        } else i++
      }
      return false
    }
    const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400))
    if (number) {
      i += number[0].length
      return true
    }
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length
        return true
      }
    }
    return false
  }
  // States: expecting a value, or having just finished one.
  let expectValue = true
  for (;;) {
    skip()
    if (expectValue) {
      const c = text[i]
      if (c === '{' || c === '[') {
        stack.push(text.charCodeAt(i))
        i++
        skip()
        if (text[i] === (c === '{' ? '}' : ']')) {
          stack.pop()
          i++
          expectValue = false
          continue
        }
        if (c === '{') {
          if (text[i] !== '"' || !scalar()) return i
          skip()
          if (text[i] !== ':') return i
          i++
        }
        continue
      }
      const start = i
      if (!scalar()) return start >= text.length ? text.length : i > start ? i : start
      expectValue = false
      continue
    }
    const top = stack[stack.length - 1]
    if (top === undefined) return i < text.length ? i : -1
    const c = text[i]
    if (c === ',') {
      i++
      skip()
      if (top === 0x7b) {
        if (text[i] !== '"' || !scalar()) return i
        skip()
        if (text[i] !== ':') return i
        i++
      }
      expectValue = true
    } else if ((c === '}' && top === 0x7b) || (c === ']' && top === 0x5b)) {
      stack.pop()
      i++
    } else return i
  }
}

/** The place of a JSON syntax error, as a unist point. */
export function jsonErrorPoint(text: string): Point | undefined {
  const offset = jsonErrorOffset(text)
  if (offset < 0) return undefined
  let line = 1
  let lineStart = 0
  for (let j = 0; j < offset && j < text.length; j++) {
    if (text.charCodeAt(j) === 10) {
      line++
      lineStart = j + 1
    }
  }
  return { line, column: offset - lineStart + 1, offset }
}
