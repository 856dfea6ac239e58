/** Offsets to unist points (1-based line and column, 0-based offset), by binary search over line starts. */
import type { Point, Position } from '@verbatim/core'

export class LineIndex {
  private readonly starts: number[] = [0]

  constructor(source: string) {
    let index = source.indexOf('\n')
    while (index !== -1) {
      this.starts.push(index + 1)
      index = source.indexOf('\n', index + 1)
    }
  }

  point(offset: number): Point {
    let low = 0
    let high = this.starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (this.starts[mid]! <= offset) low = mid
      else high = mid - 1
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1, offset }
  }

  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(end) }
  }
}
