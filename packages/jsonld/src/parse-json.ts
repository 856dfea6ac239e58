/**
 * A JSON parser that remembers where every value was (see `json-spans.ts`), for positions on
 * the nodes read from a document. `JSON.parse` gives no offsets at all.
 *
 * It never recurses (hostile nesting cannot overflow the stack), it builds the same values as
 * `JSON.parse` (a `__proto__` key stays an own property, a repeated key keeps its first place
 * and its last value), and it accepts exactly what `JSON.parse` accepts: on anything else it
 * returns undefined and the caller asks `JSON.parse` for the error message, so syntax errors
 * read the same with or without positions. A test compares it with `JSON.parse`.
 *
 * Speed matters here (string input is the common case): strings without escapes are one scan
 * and one slice, only escaped strings go through `JSON.parse`, and lines are counted while
 * skipping white space (JSON strings cannot hold a raw line break).
 */
import { JsonSpans } from './json-spans.js'

/** Thrown (a shared object, no stack trace) to abandon a text that is not JSON. */
const INVALID = { invalid: true }

function fail(): never {
  throw INVALID
}

/** What the last `scanString` or `scanNumber` read (module state keeps the scanners allocation-free). */
let scannedString = ''
let scannedNumber = 0

/** Index after the white space at `i`; records each line start in `lines`. */
function skip(text: string, i: number, lines: number[]): number {
  for (;;) {
    const c = text.charCodeAt(i)
    if (c === 0x20 || c === 0x09) i++
    else if (c === 0x0a) lines.push(++i)
    else if (c === 0x0d) {
      i++
      if (text.charCodeAt(i) === 0x0a) i++
      lines.push(i)
    } else return i
  }
}

/** Where the next backslash or control character is, at or after `specialFrom` (text length when none). */
const SPECIAL = /[\\\u0000-\u001f]/g
let nextSpecial = -1
let specialFrom = 0

/**
 * A long string: the closing quote is found by `indexOf` (native, much faster than a loop over
 * characters), and the string taken whole when no backslash or control character comes before
 * it. The next such character is remembered, so compact JSON (which has none outside escapes)
 * is searched once, and indented JSON (a line break after most values) about once per string.
 */
function scanValueString(text: string, quote: number): number {
  const start = quote + 1
  const end = text.indexOf('"', start)
  if (end < 0) fail()
  if (nextSpecial < start || specialFrom > start) {
    SPECIAL.lastIndex = start
    nextSpecial = SPECIAL.exec(text)?.index ?? text.length
    specialFrom = start
  }
  if (nextSpecial < end) return scanString(text, quote)
  scannedString = text.slice(start, end)
  return end + 1
}

/** A string whose opening quote is at `quote`; returns the index after the closing quote. */
function scanString(text: string, quote: number): number {
  const start = quote + 1
  for (let j = start; ; j++) {
    const c = text.charCodeAt(j)
    if (c === 0x22) {
      scannedString = text.slice(start, j)
      return j + 1
    }
    if (c === 0x5c) return scanEscaped(text, quote, j)
    // Control characters are not allowed in strings; NaN means the text ended.
    if (!(c >= 0x20)) fail()
  }
}

/** What each single-character escape stands for, by the code of the character after the backslash. */
const ESCAPES: Record<number, string> = { 0x22: '"', 0x5c: '\\', 0x2f: '/', 0x62: '\b', 0x66: '\f', 0x6e: '\n', 0x72: '\r', 0x74: '\t' }

function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30
  if (c >= 0x61 && c <= 0x66) return c - 0x57
  if (c >= 0x41 && c <= 0x46) return c - 0x37
  return fail()
}

/** A string with escapes (a turn's text holds `\n\n` between paragraphs): decoded piece by piece. */
function scanEscaped(text: string, quote: number, from: number): number {
  let out = text.slice(quote + 1, from)
  let j = from
  let run = from
  for (;;) {
    const c = text.charCodeAt(j)
    if (c === 0x22) break
    if (c === 0x5c) {
      out += text.slice(run, j)
      const kind = text.charCodeAt(j + 1)
      if (kind === 0x75) {
        const code = (hexDigit(text.charCodeAt(j + 2)) << 12) | (hexDigit(text.charCodeAt(j + 3)) << 8) | (hexDigit(text.charCodeAt(j + 4)) << 4) | hexDigit(text.charCodeAt(j + 5))
        out += String.fromCharCode(code)
        j += 6
      } else {
        const escaped = ESCAPES[kind]
        if (escaped === undefined) fail()
        out += escaped
        j += 2
      }
      run = j
    } else if (!(c >= 0x20)) fail()
    else j++
  }
  scannedString = out + text.slice(run, j)
  return j + 1
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39
}

/** A number starting at `i` (JSON's grammar, checked here); returns the index after it. */
function scanNumber(text: string, i: number): number {
  let j = i
  if (text.charCodeAt(j) === 0x2d) j++
  const first = text.charCodeAt(j)
  if (first === 0x30) j++
  else if (first >= 0x31 && first <= 0x39) while (isDigit(text.charCodeAt(++j)));
  else fail()
  if (text.charCodeAt(j) === 0x2e) {
    if (!isDigit(text.charCodeAt(++j))) fail()
    while (isDigit(text.charCodeAt(++j)));
  }
  const e = text.charCodeAt(j)
  if (e === 0x65 || e === 0x45) {
    const sign = text.charCodeAt(++j)
    if (sign === 0x2b || sign === 0x2d) j++
    if (!isDigit(text.charCodeAt(j))) fail()
    while (isDigit(text.charCodeAt(++j)));
  }
  // Same digits, same conversion as JSON.parse (correctly rounded; 1e999 is Infinity in both).
  scannedNumber = Number(text.slice(i, j))
  return j
}

/** A member name and its colon; returns the index of the value. */
function scanKey(text: string, i: number, lines: number[]): number {
  if (text.charCodeAt(i) !== 0x22) fail()
  i = skip(text, scanString(text, i), lines)
  if (text.charCodeAt(i) !== 0x3a) fail()
  return skip(text, i + 1, lines)
}

function setMember(object: Record<string, unknown>, key: string, value: unknown): void {
  // Assignment would set the prototype; JSON.parse makes an ordinary own property.
  if (key === '__proto__') Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true })
  else object[key] = value
}

export interface ParsedJson {
  value: unknown
  spans: JsonSpans
}

/**
 * Parse JSON text from offset `from` (1 to skip a byte order mark, so offsets stay those of the
 * text given). Undefined when the text is not JSON.
 */
export function parseJsonWithSpans(text: string, from = 0): ParsedJson | undefined {
  try {
    return parse(text, from)
  } catch (error) {
    if (error === INVALID) return undefined
    throw error
  }
}

/** The parser's state: where it is, the containers open (innermost last), the spans so far. */
interface ParseState {
  text: string
  /** Index of the next character to read. */
  i: number
  /** Offsets of the line starts seen so far. */
  lines: number[]
  table: SpanTable
  containers: (unknown[] | Record<string, unknown>)[]
  /** Per open container: where it starts. */
  starts: number[]
  /** Per open container: where its children begin on the table's stack. */
  firsts: number[]
  /** Per open container: the member being read (null for arrays). */
  keys: (string | null)[]
}

/** What `openContainer` returns when the container holds values still to read. */
const OPENED = { opened: true }

function parse(text: string, from: number): ParsedJson {
  nextSpecial = -1
  const lines = [0]
  const state: ParseState = { text, i: skip(text, from, lines), lines, table: new SpanTable(), containers: [], starts: [], firsts: [], keys: [] }
  for (;;) {
    // Read one value; containers are opened here and completed by `addValue`.
    const start = state.i
    const c = text.charCodeAt(start)
    let value: unknown
    if (c === 0x7b || c === 0x5b) {
      value = openContainer(state, c === 0x7b)
      if (value === OPENED) continue
    } else value = readScalar(state, c)
    const done = addValue(state, value, start)
    if (done !== undefined) return done
  }
}

/** A string, number, `true`, `false` or `null` at `state.i` (`c` its first character). */
function readScalar(state: ParseState, c: number): unknown {
  const { text, i } = state
  if (c === 0x22) {
    state.i = scanValueString(text, i)
    return scannedString
  }
  if (c === 0x74 && text.startsWith('true', i)) {
    state.i = i + 4
    return true
  }
  if (c === 0x66 && text.startsWith('false', i)) {
    state.i = i + 5
    return false
  }
  if (c === 0x6e && text.startsWith('null', i)) {
    state.i = i + 4
    return null
  }
  state.i = scanNumber(text, i)
  return scannedNumber
}

/** `{` or `[` at `state.i`: the container when it is empty (read whole), else `OPENED` with its first key read. */
function openContainer(state: ParseState, isObject: boolean): unknown {
  const { text, lines, table } = state
  const start = state.i
  const container = isObject ? {} : []
  let i = skip(text, start + 1, lines)
  if (text.charCodeAt(i) === (isObject ? 0x7d : 0x5d)) {
    table.close(container, start, ++i, table.depth)
    state.i = i
    return container
  }
  state.containers.push(container)
  state.starts.push(start)
  state.firsts.push(table.depth)
  if (isObject) {
    i = scanKey(text, i, lines)
    state.keys.push(scannedString)
    if (isIndexLike(scannedString)) table.reordered.add(container)
  } else state.keys.push(null)
  state.i = i
  return OPENED
}

/**
 * Adds the value read (from `start`) to its container and closes every container that ends
 * after it. Returns the result when the document is complete, undefined when a value follows.
 */
function addValue(state: ParseState, value: unknown, start: number): ParsedJson | undefined {
  const { text, lines, table, containers, keys } = state
  let i = state.i
  for (;;) {
    const depth = containers.length
    if (depth === 0) {
      if (skip(text, i, lines) !== text.length) fail()
      return { value, spans: table.finish(lines) }
    }
    const container = containers[depth - 1]!
    const key = keys[depth - 1] as string | null
    if (key === null) (container as unknown[]).push(value)
    else setMember(container as Record<string, unknown>, key, value)
    table.push(start, i)
    i = skip(text, i, lines)
    const next = text.charCodeAt(i)
    if (next === 0x2c) {
      i = skip(text, i + 1, lines)
      if (key !== null) {
        i = scanKey(text, i, lines)
        keys[depth - 1] = scannedString
        if (isIndexLike(scannedString)) table.reordered.add(container)
      }
      state.i = i
      return undefined
    }
    if (next !== (key === null ? 0x5d : 0x7d)) fail()
    start = state.starts.pop()!
    table.close(container, start, ++i, state.firsts.pop()!)
    value = container
    containers.pop()
    keys.pop()
  }
}

/** Keys that may be array indexes ("1") come first in property order, not in text order. */
function isIndexLike(key: string): boolean {
  const first = key.charCodeAt(0)
  return first >= 0x30 && first <= 0x39
}

/**
 * Builds the flat span table: children spans wait on a stack until their container closes, then
 * move into the table next to each other, so that a container needs one number (where its
 * spans begin) and the table no objects at all.
 */
class SpanTable {
  /** `start, end` of values whose container is still open. */
  private stack: Int32Array = new Int32Array(1024)
  depth = 0
  /** Per container: `start, end, count`, then `start, end` of each child. */
  private flat: Int32Array = new Int32Array(4096)
  private used = 0
  private readonly bases = new Map<object, number>()
  /** Objects whose property order is not their text order (keys such as "1"). */
  readonly reordered = new Set<object>()

  push(start: number, end: number): void {
    if (this.depth + 2 > this.stack.length) this.stack = grow(this.stack, this.depth + 2)
    this.stack[this.depth++] = start
    this.stack[this.depth++] = end
  }

  /** A container ends: its children (from stack position `first`) move to the table. */
  close(container: object, start: number, end: number, first: number): void {
    const children = this.depth - first
    const need = this.used + 3 + children
    if (need > this.flat.length) this.flat = grow(this.flat, need)
    const base = this.used
    this.flat[base] = start
    this.flat[base + 1] = end
    this.flat[base + 2] = children >> 1
    this.flat.set(this.stack.subarray(first, this.depth), base + 3)
    this.used = need
    this.depth = first
    this.bases.set(container, base)
  }

  finish(lines: number[]): JsonSpans {
    return new JsonSpans(this.flat.subarray(0, this.used), this.bases, this.reordered, lines)
  }
}

function grow(array: Int32Array, need: number): Int32Array {
  let size = array.length * 2
  while (size < need) size *= 2
  const bigger = new Int32Array(size)
  bigger.set(array)
  return bigger
}
