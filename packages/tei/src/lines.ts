/**
 * Offsets to unist points (1-based line and column, 0-based offset). Readers ask for points
 * mostly in document order, so the line of the previous answer is tried first (and the next
 * one); anything else is a binary search over the line starts.
 */
import type { Point, Position } from '@verbatim/core'

export class LineIndex {
  private readonly starts: number[] = [0]
  /** The line (0-based) of the last point asked for. */
  private last = 0

  constructor(source: string) {
    let index = source.indexOf('\n')
    while (index !== -1) {
      this.starts.push(index + 1)
      index = source.indexOf('\n', index + 1)
    }
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
