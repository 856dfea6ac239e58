/**
 * A writer's output, built piece by piece: the pieces are joined into flat chunks of about 64k
 * characters, and the chunks are concatenated as they are made (a string of chunks, which the
 * engine flattens only when its reader needs a flat one). A writer keeps no array of the whole
 * output's lines and makes no second copy of the output to join it.
 */
export class OutputChunks {
  private readonly pieces: string[] = []
  private size = 0
  private text = ''

  add(piece: string): void {
    this.pieces.push(piece)
    this.size += piece.length
    if (this.size >= CHUNK) this.flush()
  }

  /** Everything added so far. */
  toString(): string {
    this.flush()
    return this.text
  }

  private flush(): void {
    if (this.pieces.length === 0) return
    this.text += this.pieces.join('')
    this.pieces.length = 0
    this.size = 0
  }
}

/** Characters per chunk: large enough that the chunks are few, small enough to stay in the young generation. */
const CHUNK = 1 << 16
