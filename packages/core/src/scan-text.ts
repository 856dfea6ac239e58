/**
 * One pass over a reader's input for the two characters it must know about before it starts:
 * where the first NUL is (binary input, or U+FFFD to put in), and whether there is any CR (line
 * endings other than LF). Shared by the text and WebVTT readers.
 *
 * `indexOf('\0')` is slow on strings with characters beyond Latin-1 (every string with a curly
 * quote or a dash): V8 cannot use memchr there, since every ASCII code unit has a zero high byte,
 * and compares one code unit at a time (about 2 ms a megabyte, as long as the rest of the reader).
 * Where `Buffer` exists (Node), a Latin-1 write keeps each code unit's low byte at memory speed and
 * `indexOf(0)` finds the zero bytes; each is a candidate (U+0100, U+3000... also end in a zero
 * byte), checked on the string. The CR search runs on the same small buffer while it is in the
 * cache, rather than as a second pass over the whole string (whose two-byte form is twice as
 * big). Elsewhere (browsers), plain `indexOf`.
 */

interface ByteBuffer {
  write(text: string, offset: number, encoding: 'latin1'): number
  indexOf(value: number, from: number): number
}
interface BufferClass {
  allocUnsafe(size: number): ByteBuffer
}

export interface TextScan {
  /** Offset of the first NUL character, or -1. */
  nul: number
  /** Whether the text holds a CR (U+000D) anywhere before its first NUL (anywhere, when it has none). */
  cr: boolean
}

const CHUNK = 1 << 16
const NodeBuffer = (globalThis as { Buffer?: BufferClass }).Buffer
let scratch: ByteBuffer | undefined

/** Whether some byte `value` in `written` bytes of `buffer` is, on the string, the code unit `value` (from `start`). */
function holds(buffer: ByteBuffer, written: number, text: string, start: number, value: number): number {
  for (let at = buffer.indexOf(value, 0); at !== -1 && at < written; at = buffer.indexOf(value, at + 1)) {
    if (text.charCodeAt(start + at) === value) return start + at
  }
  return -1
}

export function scanText(text: string): TextScan {
  if (!NodeBuffer || text.length < 4096) return { nul: text.indexOf('\0'), cr: text.indexOf('\r') !== -1 }
  scratch ??= NodeBuffer.allocUnsafe(CHUNK)
  let cr = false
  for (let start = 0; start < text.length; start += CHUNK) {
    const written = scratch.write(text.slice(start, start + CHUNK), 0, 'latin1')
    const nul = holds(scratch, written, text, start, 0)
    if (nul !== -1) return { nul, cr: cr || text.slice(0, nul).indexOf('\r') !== -1 }
    if (!cr) cr = holds(scratch, written, text, start, 13) !== -1
  }
  return { nul: -1, cr }
}

/** Where the first NUL character of a string is, or -1. */
export const findNul = (text: string): number => scanText(text).nul
