import type { OutputChunks } from '@verbatim/core/output'
import type { CuePart } from './plan.js'

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
