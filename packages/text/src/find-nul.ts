/**
 * Where the first NUL character of a string is, or -1. `indexOf('\0')` is slow on strings with
 * characters beyond Latin-1 (every string with a curly quote or a dash): V8 cannot use memchr
 * there, since every ASCII code unit has a zero high byte, and compares one code unit at a time
 * (about 2 ms a megabyte, as long as the rest of the reader). Where `Buffer` exists (Node), a
 * Latin-1 write keeps each code unit's low byte at memory speed and `indexOf(0)` finds the zero
 * bytes; each is a candidate (U+0100, U+3000... also end in a zero byte), checked on the string.
 * Elsewhere (browsers), plain `indexOf`.
 */

interface ByteBuffer {
  write(text: string, offset: number, encoding: 'latin1'): number
  indexOf(value: number, from: number): number
}
interface BufferClass {
  allocUnsafe(size: number): ByteBuffer
}

const CHUNK = 1 << 16
const NodeBuffer = (globalThis as { Buffer?: BufferClass }).Buffer
let scratch: ByteBuffer | undefined

export function findNul(text: string): number {
  if (!NodeBuffer || text.length < 4096) return text.indexOf('\0')
  scratch ??= NodeBuffer.allocUnsafe(CHUNK)
  for (let start = 0; start < text.length; start += CHUNK) {
    const written = scratch.write(text.slice(start, start + CHUNK), 0, 'latin1')
    for (let at = scratch.indexOf(0, 0); at !== -1 && at < written; at = scratch.indexOf(0, at + 1)) {
      if (text.charCodeAt(start + at) === 0) return start + at
    }
  }
  return -1
}
