/**
 * Where each value of a parsed JSON text was. The parser (`parse-json.ts`) fills this table;
 * readers ask it for the unist position of a container or of one of its children.
 *
 * Only offsets are stored while parsing, in one flat typed array (no object per value, so
 * little work for the garbage collector); lines and columns are worked out from a table of
 * line starts only for the values a reader asks about, since a document has far more values
 * than a transcript has nodes.
 */
import { LineIndex, type Point, type Position } from '@verbatim/core'

export class JsonSpans {
  constructor(
    /** Per container: `start, end, count`, then `start, end` of each child in text order. */
    private readonly flat: Int32Array,
    /** Where each container's entry begins in `flat`. */
    private readonly bases: Map<object, number>,
    /** Objects whose property order differs from their text order (keys such as "1"). */
    private readonly reordered: Set<object>,
    /** Offsets where lines start (0 first), ascending, as the parser counted them. */
    lineStarts: number[],
  ) {
    this.lines = new LineIndex(lineStarts)
  }

  private readonly lines: LineIndex

  /** Line (1-based) and column (1-based, in UTF-16 code units) of an offset. */
  point(offset: number): Point {
    return this.lines.point(offset)
  }

  position(start: number, end: number): Position {
    return this.lines.position(start, end)
  }

  /** Position of an object or array of the parsed value. */
  of(container: object): Position | undefined {
    const base = this.bases.get(container)
    return base === undefined ? undefined : this.position(this.flat[base]!, this.flat[base + 1]!)
  }

  /** Position of the value at `key` of an object, or at index `key` of an array. */
  child(container: object, key: string | number): Position | undefined {
    const base = this.bases.get(container)
    if (base === undefined) return undefined
    const count = this.flat[base + 2]!
    let index: number
    if (typeof key === 'number') index = key
    else {
      if (this.reordered.has(container)) return undefined
      // Property order is text order here, unless a key was repeated (then the counts differ).
      const keys = Object.keys(container)
      if (keys.length !== count) return undefined
      index = keys.indexOf(key)
    }
    if (index < 0 || index >= count) return undefined
    const at = base + 3 + index * 2
    return this.position(this.flat[at]!, this.flat[at + 1]!)
  }
}
