/**
 * Offsets to unist points, once for every reader: a `LineIndex` is built once per input (the
 * offsets where lines start; LF, CRLF and a lone CR end a line) and answers with a binary search,
 * trying the line of the previous answer (and the next) first, since readers mostly ask in
 * document order. Offsets and columns are UTF-16 code units; lines and columns are 1-based.
 */
import type { Point, Position } from './types.js'

/** Offsets where the lines of `text` start (0 first), ascending. */
export function lineStarts(text: string): number[] {
  const starts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1)
  // Lone CRs (old Mac line ends) are rare: found with indexOf too, merged only when there are some.
  let lone: number[] | undefined
  for (let index = text.indexOf('\r'); index !== -1; index = text.indexOf('\r', index + 1)) {
    if (text.charCodeAt(index + 1) !== 10) (lone ??= []).push(index + 1)
  }
  if (!lone) return starts
  const merged: number[] = []
  let a = 0
  let b = 0
  while (a < starts.length || b < lone.length) merged.push(b >= lone.length || (a < starts.length && starts[a]! < lone[b]!) ? starts[a++]! : lone[b++]!)
  return merged
}

export class LineIndex {
  private readonly starts: readonly number[]
  /** The line (0-based) of the last point asked for. */
  private last = 0

  /** Index the lines of `text`, or take line starts a reader already has (0 first, ascending). */
  constructor(source: string | readonly number[]) {
    this.starts = typeof source === 'string' ? lineStarts(source) : source.length > 0 ? source : [0]
  }

  /** The number of lines. */
  get lineCount(): number {
    return this.starts.length
  }

  point(offset: number): Point {
    const line = this.lineOf(offset)
    this.last = line
    return { line: line + 1, column: offset - this.starts[line]! + 1, offset }
  }

  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(end) }
  }

  private lineOf(offset: number): number {
    const starts = this.starts
    const last = this.last
    if (starts[last]! <= offset) {
      const next = starts[last + 1]
      if (next === undefined || offset < next) return last
      const after = starts[last + 2]
      if (after === undefined || offset < after) return last + 1
    }
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (starts[mid]! <= offset) low = mid
      else high = mid - 1
    }
    return low
  }
}

/** The point of one offset, for a one-off message (build a `LineIndex` when asking for many). */
export function pointAt(text: string, offset: number): Point {
  let line = 1
  let start = 0
  const hasCr = text.indexOf('\r') !== -1
  for (let index = 0; index < offset && index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || (hasCr && code === 13 && text.charCodeAt(index + 1) !== 10)) {
      line++
      start = index + 1
    }
  }
  return { line, column: offset - start + 1, offset }
}
