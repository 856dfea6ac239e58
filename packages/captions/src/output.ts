import type { CuePart } from './plan.js'

/**
 * A writer's output, built piece by piece: the pieces are joined into flat chunks of about 64k
 * characters, and the chunks are concatenated as they are made (a string of chunks, which the
 * engine flattens only when its reader needs a flat one). A writer keeps no array of the whole
 * output's lines and makes no second copy of the output to join it.
 */
export class OutputChunks {
  private readonly pieces_: string[] = []
  private size_ = 0
  private text_ = ''

  add(piece: string): void {
    this.pieces_.push(piece)
    this.size_ += piece.length
    if (this.size_ >= CHUNK) this.flush_()
  }

  /** Everything added so far. */
  toString(): string {
    this.flush_()
    return this.text_
  }

  private flush_(): void {
    if (this.pieces_.length === 0) return
    this.text_ += this.pieces_.join('')
    this.pieces_.length = 0
    this.size_ = 0
  }
}

/** Characters per chunk: a few thousand chunks for 100 MB of output, and the pieces of one chunk (a cue holds a few) die young. */
const CHUNK = 1 << 16

/** A part's lines as the plan broke them (words joined by spaces, no word times), each line ended by `eol` but the last. */
export function writePartLines(part: CuePart, out: OutputChunks, eol = '\n'): void {
  const { texts } = part.words
  let from = part.from
  for (const start of part.lineStarts) {
    out.add(texts.slice(from, start).join(' ') + eol)
    from = start
  }
  out.add(texts.slice(from, part.to).join(' '))
}
