/**
 * Bytes to text, as files are written in the world: UTF-8 (with or without a byte order mark),
 * UTF-16 little- or big-endian with a byte order mark, and Windows-1252 when the bytes are not
 * valid UTF-8 (what Word and older Windows tools save as "ANSI" text). Browser-safe: only
 * `TextDecoder` and typed arrays, no Buffer. Any reader that gets bytes (the CLI for every
 * format) uses it, and says which encoding it assumed through the messages.
 */
import { createMessage, type VerbatimMessage } from './message.js'
import type { Point } from './types.js'

/** The encodings `decodeBytes` recognises. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'

export interface DecodedText {
  /** The text, without its byte order mark. */
  text: string
  /** The encoding the bytes were read as. */
  encoding: TextEncodingName
  /** Whether the bytes started with a byte order mark. */
  bom: boolean
  /**
   * What was assumed or repaired: `encoding-assumed` (info) when the bytes were read as
   * Windows-1252, `encoding-invalid` (warning) when a UTF-16 text had to be repaired.
   */
  messages: VerbatimMessage[]
}

export interface DecodeBytesOptions {
  /** The file name, for messages. */
  file?: string
}

const SOURCE = 'verbatim-core'

/**
 * Windows-1252 bytes 0x80-0x9F, the only ones that differ from Latin-1 (0x00-0x7F are ASCII and
 * 0xA0-0xFF are U+00A0-U+00FF in both). The five bytes Windows-1252 leaves undefined (0x81, 0x8D,
 * 0x8F, 0x90, 0x9D) map to the C1 control of the same number, as the WHATWG Encoding Standard
 * says. Written out because Node 20's TextDecoder('windows-1252') decodes this range as Latin-1.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
] as const

/** Decode Windows-1252 bytes (every byte is a character; nothing can be invalid). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const CHUNK = 0x2000
  const units = new Uint16Array(Math.min(bytes.length, CHUNK))
  let out = ''
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length)
    for (let i = start; i < end; i++) {
      const byte = bytes[i]!
      units[i - start] = byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80]! : byte
    }
    out += String.fromCharCode.apply(null, units.subarray(0, end - start) as unknown as number[])
  }
  return out
}

/** The line and column (1-based) of an offset in a text, counting LF, CR and CRLF as line breaks. */
function pointAt(text: string, offset: number): Point {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset; i++) {
    const code = text.charCodeAt(i)
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1, offset }
}

/** Where the first byte that is not part of valid UTF-8 is (the bytes are known to be invalid). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const byte = bytes[i]!
    if (byte < 0x80) {
      i++
      continue
    }
    let length: number
    let min: number
    if (byte >= 0xc2 && byte <= 0xdf) (length = 2), (min = 0x80)
    else if (byte >= 0xe0 && byte <= 0xef) (length = 3), (min = 0x800)
    else if (byte >= 0xf0 && byte <= 0xf4) (length = 4), (min = 0x10000)
    else return i
    if (i + length > bytes.length) return i
    let code = byte & (0xff >> (length + 1))
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k]!
      if ((next & 0xc0) !== 0x80) return i
      code = (code << 6) | (next & 0x3f)
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i
    i += length
  }
  return bytes.length
}

function hex(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', options: DecodeBytesOptions): DecodedText {
  const body = bytes.subarray(2)
  const messages: VerbatimMessage[] = []
  const file = options.file !== undefined ? { file: options.file } : {}
  let text: string
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body)
  } catch {
    text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body)
    const odd = body.length % 2 === 1
    messages.push(
      createMessage(
        `the text has a ${encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE'} byte order mark, but ${
          odd ? 'an odd number of bytes' : 'unpaired surrogates'
        }: read as ${encoding.toUpperCase()} with U+FFFD for what could not be decoded`,
        'encoding-invalid',
        SOURCE,
        { severity: 'warning', expected: `valid ${encoding.toUpperCase()}`, actual: odd ? 'an odd number of bytes' : 'unpaired surrogates', ...file },
      ),
    )
  }
  return { text, encoding, bom: true, messages }
}

/**
 * Decode the bytes of a text file. A byte order mark decides (UTF-8, UTF-16 LE, UTF-16 BE) and is
 * removed; without one the bytes are UTF-8 when they are valid UTF-8, and Windows-1252 otherwise,
 * with an `encoding-assumed` message (info) placed at the first byte that is not UTF-8.
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeBytesOptions = {}): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le', options)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be', options)
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  const body = bom ? bytes.subarray(3) : bytes
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'utf-8', bom, messages: [] }
  } catch {
    // Not valid UTF-8: below.
  }
  const at = firstInvalidUtf8(body)
  // The bytes before the first invalid one are valid UTF-8, and in Windows-1252 every byte is one
  // character: either way the place can be given in the decoded text.
  const text = bom ? new TextDecoder('utf-8', { ignoreBOM: true }).decode(body) : decodeWindows1252(body)
  const place = pointAt(text, bom ? new TextDecoder().decode(body.subarray(0, at)).length : at)
  const init = {
    place,
    expected: 'UTF-8',
    actual: [...body.subarray(at, Math.min(at + 4, body.length))].map(hex).join(' '),
    ...(options.file !== undefined ? { file: options.file } : {}),
  }
  const where = `byte ${hex(body[at] ?? 0)} at line ${place.line}, column ${place.column}`
  if (bom) {
    // The byte order mark says UTF-8: keep to it, and say where the text is broken.
    const reason = `the text starts with a UTF-8 byte order mark but is not valid UTF-8 (${where}): read as UTF-8 with U+FFFD for the invalid bytes`
    return { text, encoding: 'utf-8', bom, messages: [createMessage(reason, 'encoding-invalid', SOURCE, { severity: 'warning', ...init })] }
  }
  const reason = `the text is not valid UTF-8 (${where}): read as Windows-1252`
  const message = createMessage(reason, 'encoding-assumed', SOURCE, { severity: 'info', ...init })
  return { text, encoding: 'windows-1252', bom: false, messages: [message] }
}
