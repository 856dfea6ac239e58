/**
 * Where a JSON text stops being JSON, for the error message. `JSON.parse` says where only for
 * some errors and some Node versions ("at position N"; Node 20 often prints only a snippet), so
 * once it has failed this small scanner finds the offset itself, without reading the message.
 * Iterative (a stack, never recursion): hostile nesting cannot overflow it.
 */
import { pointAt } from './location.js'
import type { Point } from './types.js'

const WHITESPACE = /[ \t\n\r]*/y
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const LITERAL = /true|false|null/y

function skip(text: string, at: number): number {
  WHITESPACE.lastIndex = at
  WHITESPACE.test(text)
  return WHITESPACE.lastIndex
}

function token(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at
  return pattern.test(text) ? pattern.lastIndex : -1
}

/** Inside a string at `at` (its opening quote) that is not valid JSON: the offending character, or the end. */
function stringErrorAt(text: string, at: number): number {
  for (let i = at + 1; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x22) return i
    if (code < 0x20) return i
    if (code === 0x5c) {
      const next = text[i + 1]
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return i
        i += 5
      } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i++
      else return i
    }
  }
  return text.length
}

/**
 * The offset of the first character that makes `text` invalid JSON (its length when it ends too
 * early), or -1 when it is valid. A leading byte order mark is skipped (offsets still count it).
 */
export function jsonErrorOffset(text: string): number {
  const stack: ('{' | '[')[] = []
  let at = skip(text, text.charCodeAt(0) === 0xfeff ? 1 : 0)
  // What comes next: a value, a key (after `{` or `,` in an object), or `,`/close after a value.
  let expect: 'value' | 'key' | 'key-or-close' | 'value-or-close' | 'after' = 'value'
  while (true) {
    at = skip(text, at)
    if (at >= text.length) return stack.length === 0 && expect === 'after' ? -1 : text.length
    const char = text[at]!
    if (expect === 'after') {
      const top = stack[stack.length - 1]
      if (top === undefined) return at
      if (char === ',') {
        expect = top === '{' ? 'key' : 'value'
        at++
      } else if ((char === '}' && top === '{') || (char === ']' && top === '[')) {
        stack.pop()
        at++
      } else return at
      continue
    }
    if (expect === 'key' || expect === 'key-or-close') {
      if (char === '}' && expect === 'key-or-close') {
        stack.pop()
        expect = 'after'
        at++
        continue
      }
      const end = char === '"' ? token(STRING, text, at) : -1
      if (end === -1) return char === '"' ? stringErrorAt(text, at) : at
      at = skip(text, end)
      if (text[at] !== ':') return at >= text.length ? text.length : at
      at++
      expect = 'value'
      continue
    }
    if (char === ']' && expect === 'value-or-close') {
      stack.pop()
      expect = 'after'
      at++
    } else if (char === '{' || char === '[') {
      stack.push(char)
      expect = char === '{' ? 'key-or-close' : 'value-or-close'
      at++
    } else {
      const end = char === '"' ? token(STRING, text, at) : char === '-' || (char >= '0' && char <= '9') ? token(NUMBER, text, at) : token(LITERAL, text, at)
      if (end === -1) return char === '"' ? stringErrorAt(text, at) : at
      at = end
      expect = 'after'
    }
  }
}

/** The place of a JSON syntax error as a unist point, or undefined when the text is JSON. */
export function jsonErrorPoint(text: string): Point | undefined {
  const offset = jsonErrorOffset(text)
  return offset < 0 ? undefined : pointAt(text, offset)
}
