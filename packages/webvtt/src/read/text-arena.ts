/**
 * One byte per character for the text a transcript keeps. Cue text is a slice of the input, and
 * an input with one character beyond Latin-1 (a dash, a curly quote) is a string of two bytes per
 * character: so is every slice of it and every string made from such slices, even when all its
 * own characters are Latin-1 (in the synthetic press conference, 78% of the segments' text). The
 * arena copies the Latin-1 text of text nodes into one buffer, makes it one string per 64 kB (one
 * byte per character), and gives each node its slice of it: 32 bytes and one per character, instead
 * of 16 and two per character. Copying cue by cue instead costs a decoder call per cue (about
 * 0.5 us, a tenth of the read); here it is one call per 64 kB.
 *
 * The nodes' values are set when the arena is flushed: `flush` must run before the transcript is
 * handed out (the turn builder's `finish`), and nothing may read a deferred node's value before.
 */

const SIZE = 1 << 16
/** Shorter values are left alone (a slice is 32 bytes). */
const MIN = 16
/** The `latin1` label is windows-1252: only 0x80-0x9f decode to other characters, so text with them is left alone. */
const LATIN1 = typeof TextDecoder === 'function' ? new TextDecoder('latin1') : undefined

export class TextArena {
  private readonly bytes = new Uint8Array(SIZE)
  private used = 0
  private readonly nodes: Array<{ value: string }> = []
  private readonly ends: number[] = []

  /** Give `node` its value from the arena when it is flushed, if the value is Latin-1 (else it keeps it). */
  defer(node: { value: string }): void {
    const value = node.value
    const length = value.length
    if (length < MIN || length > SIZE || LATIN1 === undefined) return
    if (this.used + length > SIZE) this.flush()
    const bytes = this.bytes
    let at = this.used
    for (let i = 0; i < length; i++) {
      const code = value.charCodeAt(i)
      if (code > 0xff || (code >= 0x80 && code < 0xa0)) return
      bytes[at++] = code
    }
    this.nodes.push(node)
    this.ends.push(at)
    this.used = at
  }

  /** Set the deferred nodes' values (the same characters, one byte each). */
  flush(): void {
    const nodes = this.nodes
    if (nodes.length > 0) {
      const text = LATIN1!.decode(this.bytes.subarray(0, this.used))
      const ends = this.ends
      let from = 0
      for (let i = 0; i < nodes.length; i++) {
        nodes[i]!.value = text.slice(from, ends[i])
        from = ends[i]!
      }
      nodes.length = 0
      ends.length = 0
    }
    this.used = 0
  }
}
