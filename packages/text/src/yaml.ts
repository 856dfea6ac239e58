/**
 * A small YAML subset, enough for transcript front matter, with no dependency: mappings,
 * block and flow sequences, sequences of mappings, plain / single-quoted / double-quoted
 * scalars (with escapes and folded continuation lines) and comments. Anything else is kept
 * as its raw text rather than guessed at, so nothing is lost.
 */

export type YamlValue = string | YamlValue[] | YamlMap
export interface YamlMap {
  [key: string]: YamlValue
}

export interface YamlEntry {
  key: string
  value: YamlValue
  /** 0-based index of the source line of the key, relative to the block. */
  line: number
}

interface Cursor {
  lines_: string[]
  index_: number
  /** How many nested blocks are open: the input decides it, so it is bounded (see MAX_DEPTH). */
  depth_: number
}

/** Deeper blocks are kept as their raw text: no front matter nests so deep, and the reading recurses. */
const MAX_DEPTH = 64

const indentOf = (line: string): number => {
  let i = 0
  while (i < line.length && line[i] === ' ') i++
  return i
}

const isIgnorable = (line: string): boolean => {
  const trimmed = line.trim()
  return trimmed === '' || trimmed.startsWith('#')
}

/** Parse front-matter lines (without the `---` fences) into top-level entries, in order. */
export function parseYaml(lines: string[]): YamlEntry[] {
  const cursor: Cursor = { lines_: lines, index_: 0, depth_: 0 }
  const entries: YamlEntry[] = []
  while (cursor.index_ < lines.length) {
    const line = lines[cursor.index_]!
    if (isIgnorable(line)) {
      cursor.index_++
      continue
    }
    const entryLine = cursor.index_
    const pair = splitKey(line.trim())
    if (!pair) {
      // Not a key: keep the raw line under a numbered key so it is not dropped.
      entries.push({ key: `line-${entryLine + 1}`, value: line.trim(), line: entryLine })
      cursor.index_++
      continue
    }
    cursor.index_++
    entries.push({ key: pair.key, value: readValue(cursor, pair.rest, indentOf(line)), line: entryLine })
  }
  return entries
}

function splitKey(text: string): { key: string; rest: string } | null {
  const match = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s:#'"[\]{},-][^:]*?|-[^\s:][^:]*?)\s*:(?:\s+|$)/.exec(text)
  if (!match) return null
  const raw = match[1]!
  return { key: raw.startsWith('"') || raw.startsWith("'") ? unquote(raw).value : raw.trim(), rest: text.slice(match[0].length) }
}

/** The value after `key:` on a line, plus any nested lines deeper than `indent`. */
function readValue(cursor: Cursor, rest: string, indent: number): YamlValue {
  const inline = stripComment(rest)
  if (inline !== '') {
    if (inline.startsWith('"') || inline.startsWith("'")) return readQuoted(cursor, inline)
    if (inline.startsWith('[')) return parseFlowSequence(inline)
    if (inline === '|' || inline === '>' || /^[|>][+-]?$/.test(inline)) return readBlockScalar(cursor, indent, inline.startsWith('>'))
    return readPlainContinuation(cursor, inline, indent)
  }
  // Nested block: a sequence or a mapping, or nothing.
  let next = cursor.index_
  while (next < cursor.lines_.length && isIgnorable(cursor.lines_[next]!)) next++
  if (next >= cursor.lines_.length) return ''
  const line = cursor.lines_[next]!
  const childIndent = indentOf(line)
  const isSequence = line.trim().startsWith('- ') || line.trim() === '-'
  if (childIndent < indent || (childIndent === indent && !isSequence)) return ''
  cursor.index_ = next
  if (cursor.depth_ >= MAX_DEPTH) return rawBlock(cursor, childIndent)
  cursor.depth_++
  const value = isSequence ? readSequence(cursor, childIndent) : readMap(cursor, childIndent)
  cursor.depth_--
  return value
}

/** The lines of a block (indented at least `indent`) as they are, trimmed of that indent. */
function rawBlock(cursor: Cursor, indent: number): string {
  const parts: string[] = []
  while (cursor.index_ < cursor.lines_.length) {
    const line = cursor.lines_[cursor.index_]!
    if (!isIgnorable(line) && indentOf(line) < indent) break
    parts.push(line.slice(Math.min(indent, indentOf(line))).trimEnd())
    cursor.index_++
  }
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop()
  return parts.join('\n')
}

function readSequence(cursor: Cursor, indent: number): YamlValue[] {
  const items: YamlValue[] = []
  while (cursor.index_ < cursor.lines_.length) {
    const line = cursor.lines_[cursor.index_]!
    if (isIgnorable(line)) {
      cursor.index_++
      continue
    }
    const trimmed = line.trim()
    if (indentOf(line) !== indent || !(trimmed.startsWith('- ') || trimmed === '-')) break
    const body = trimmed.slice(1).trimStart()
    const itemIndent = indent + (line.length - indent - body.length - (line.length - line.trimEnd().length))
    const pair = body.startsWith('"') || body.startsWith("'") || body.startsWith('[') ? null : splitKey(body)
    cursor.index_++
    if (pair) {
      // A mapping item: the first key is on the dash line, the rest are indented below it.
      const map: YamlMap = { [pair.key]: readValue(cursor, pair.rest, itemIndent) }
      Object.assign(map, readMap(cursor, itemIndent))
      items.push(map)
    } else if (body === '') {
      // An empty item holds what is indented deeper; a `-` at the same indent is the next item.
      items.push(readValue(cursor, '', indent + 1))
    } else {
      items.push(readValue(cursor, body, indent))
    }
  }
  return items
}

function readMap(cursor: Cursor, indent: number): YamlMap {
  const map: YamlMap = {}
  while (cursor.index_ < cursor.lines_.length) {
    const line = cursor.lines_[cursor.index_]!
    if (isIgnorable(line)) {
      cursor.index_++
      continue
    }
    if (indentOf(line) !== indent) break
    const pair = splitKey(line.trim())
    if (!pair) break
    cursor.index_++
    map[pair.key] = readValue(cursor, pair.rest, indent)
  }
  return map
}

function stripComment(text: string): string {
  const trimmed = text.trim()
  if (trimmed.startsWith('"') || trimmed.startsWith("'")) return trimmed
  const hash = trimmed.search(/(^|\s)#/)
  return (hash === -1 ? trimmed : trimmed.slice(0, hash)).trim()
}

/** A plain scalar may continue on more-indented lines; they fold into one line. */
function readPlainContinuation(cursor: Cursor, first: string, indent: number): string {
  const parts = [first]
  while (cursor.index_ < cursor.lines_.length) {
    const line = cursor.lines_[cursor.index_]!
    if (line.trim() === '' || indentOf(line) <= indent) break
    parts.push(line.trim())
    cursor.index_++
  }
  return parts.join(' ')
}

function readBlockScalar(cursor: Cursor, indent: number, folded: boolean): string {
  const parts: string[] = []
  while (cursor.index_ < cursor.lines_.length) {
    const line = cursor.lines_[cursor.index_]!
    if (line.trim() !== '' && indentOf(line) <= indent) break
    parts.push(line.trim())
    cursor.index_++
  }
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop()
  return parts.join(folded ? ' ' : '\n')
}

/** A quoted scalar, possibly spanning lines until its closing quote. */
function readQuoted(cursor: Cursor, first: string): string {
  let text = first
  const quote = first[0]!
  while (!closesQuote(text, quote) && cursor.index_ < cursor.lines_.length) {
    text += '\n' + cursor.lines_[cursor.index_]!
    cursor.index_++
  }
  return unquote(text).value
}

function closesQuote(text: string, quote: string): boolean {
  for (let i = 1; i < text.length; i++) {
    const char = text[i]
    if (quote === '"' && char === '\\') {
      i++
      continue
    }
    if (char === quote) {
      if (quote === "'" && text[i + 1] === "'") {
        i++
        continue
      }
      return true
    }
  }
  return false
}

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
}

/** Decode a quoted scalar; YAML line folding turns a single line break into a space. */
export function unquote(raw: string): { value: string; end: number } {
  const quote = raw[0]!
  let value = ''
  let i = 1
  while (i < raw.length) {
    const char = raw[i]!
    if (char === quote) {
      if (quote === "'" && raw[i + 1] === "'") {
        value += "'"
        i += 2
        continue
      }
      return { value, end: i + 1 }
    }
    if (quote === '"' && char === '\\') {
      const next = raw[i + 1] ?? ''
      if (next === '\n') {
        // Escaped line break: join the lines with no space, dropping the next line's indent.
        i += 2
        while (raw[i] === ' ' || raw[i] === '\t') i++
        continue
      }
      const hex = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0
      if (hex > 0) {
        const code = Number.parseInt(raw.slice(i + 2, i + 2 + hex), 16)
        value += Number.isNaN(code) ? raw.slice(i, i + 2 + hex) : String.fromCodePoint(code)
        i += 2 + hex
        continue
      }
      value += ESCAPES[next] ?? '\\' + next
      i += 2
      continue
    }
    if (char === '\n') {
      // Folding: trailing spaces and the line break become one space; blank lines become breaks.
      value = value.replace(/[ \t]+$/, '')
      i++
      let breaks = 0
      while (i < raw.length && /[ \t\n]/.test(raw[i]!)) {
        if (raw[i] === '\n') breaks++
        i++
      }
      value += breaks > 0 ? '\n'.repeat(breaks) : ' '
      continue
    }
    value += char
    i++
  }
  return { value, end: raw.length }
}

function parseFlowSequence(text: string): YamlValue[] {
  const items: string[] = []
  let i = 1
  while (i < text.length) {
    while (text[i] === ' ' || text[i] === ',') i++
    if (text[i] === ']' || i >= text.length) break
    if (text[i] === '"' || text[i] === "'") {
      const { value, end } = unquote(text.slice(i))
      items.push(value)
      i += end
    } else {
      let end = i
      while (end < text.length && text[end] !== ',' && text[end] !== ']') end++
      items.push(text.slice(i, end).trim())
      i = end
    }
  }
  return items
}

/** A YAML value as one line of text, for fields that keep strings (`meta.extra`). */
export function yamlToString(value: YamlValue): string {
  if (typeof value === 'string') return value
  if (Array.isArray(value)) return value.map(yamlToString).join(', ')
  return Object.entries(value)
    .map(([key, inner]) => `${key}: ${yamlToString(inner)}`)
    .join('; ')
}

const PLAIN_SAFE = /^[\p{L}\p{N}][\p{L}\p{N} .,/()'’-]*$/u

/** A scalar written so that `parseYaml` reads it back exactly. */
export function yamlScalar(value: string): string {
  if (PLAIN_SAFE.test(value) && !/[ ]$/.test(value) && !/^(true|false|null|yes|no|on|off|~)$/i.test(value) && !/ #|: /.test(value)) {
    return value
  }
  let out = '"'
  for (const char of value) {
    const code = char.codePointAt(0)!
    if (char === '"') out += '\\"'
    else if (char === '\\') out += '\\\\'
    else if (char === '\n') out += '\\n'
    else if (char === '\t') out += '\\t'
    else if (char === '\r') out += '\\r'
    else if (code < 0x20 || code === 0x7f || code === 0x85 || code === 0x2028 || code === 0x2029) out += '\\u' + code.toString(16).padStart(4, '0')
    else out += char
  }
  return out + '"'
}
