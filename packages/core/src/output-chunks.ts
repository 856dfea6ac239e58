/**
 * A writer's output, built piece by piece (toTei's XML writer, toWebVtt and toSrt): the pieces
 * are joined into flat chunks of about 64k characters, and the chunks are concatenated as they
 * are made (a string of chunks, which the engine flattens only when its reader needs a flat one).
 * A writer keeps no array of the whole output and makes no second copy of it to join it.
 * Internal to Verbatim's writers (see docs/decisions.md, "One chunked output builder").
 */
export class OutputChunks {
  private readonly pieces_: string[] = []
  private size_ = 0
  private text_ = ''

  add(piece: string): void {
    this.pieces_.push(piece)
    if ((this.size_ += piece.length) >= 65536) this.flush_()
  }

  /** Everything added so far. */
  toString(): string {
    this.flush_()
    return this.text_
  }

  private flush_(): void {
    this.text_ += this.pieces_.join('')
    this.pieces_.length = this.size_ = 0
  }
}
