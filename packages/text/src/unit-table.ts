/**
 * Units (what pass two walks: a paragraph, a label line and its continuation, a court page
 * code...) stored as columns, and read back through one reused cursor object: a big transcript
 * has one unit per paragraph, and per-unit objects living through the whole read cost more
 * garbage-collector time than reading the text does.
 */
import type { LabelMatch } from './grammars.js'

export type UnitKind = 'text' | 'label' | 'page' | 'exam' | 'examiner' | 'witness' | 'paren' | 'stamp'

const KINDS: readonly UnitKind[] = ['text', 'label', 'page', 'exam', 'examiner', 'witness', 'paren', 'stamp']

/** One unit, as handed out by `UnitTable.read` (the same object each time: copy what must outlive the step). */
export interface Unit {
  first: number
  last: number
  emptyBefore: number
  kind: UnitKind
  label?: LabelMatch
  /** Where the speech after a label starts: line and offset. */
  contentLine?: number
  contentOffset?: number
}

export class UnitTable {
  count = 0
  private first: Int32Array
  private last: Int32Array
  private emptyBefore: Int32Array
  private kind: Uint8Array
  /** For label units: index into `labels`, line and offset where the speech starts; -1 otherwise. */
  private labelIndex: Int32Array
  private contentLine: Int32Array
  private contentOffset: Int32Array
  private readonly labels: LabelMatch[] = []

  constructor(capacity: number) {
    capacity = Math.max(capacity, 4)
    this.first = new Int32Array(capacity)
    this.last = new Int32Array(capacity)
    this.emptyBefore = new Int32Array(capacity)
    this.kind = new Uint8Array(capacity)
    this.labelIndex = new Int32Array(capacity)
    this.contentLine = new Int32Array(capacity)
    this.contentOffset = new Int32Array(capacity)
  }

  /** Append a unit; returns its index. */
  push(first: number, last: number, emptyBefore: number, kind: UnitKind, label?: LabelMatch, contentLine = -1, contentOffset = -1): number {
    if (this.count === this.first.length) this.grow()
    const index = this.count++
    this.first[index] = first
    this.last[index] = last
    this.emptyBefore[index] = emptyBefore
    // A search of eight constants, not a keyed load from an object (megamorphic across kinds).
    this.kind[index] = KINDS.indexOf(kind)
    if (label) {
      this.labelIndex[index] = this.labels.length
      this.labels.push(label)
    } else this.labelIndex[index] = -1
    this.contentLine[index] = contentLine
    this.contentOffset[index] = contentOffset
    return index
  }

  kindOf(index: number): UnitKind {
    return KINDS[this.kind[index]!]!
  }
  firstOf(index: number): number {
    return this.first[index]!
  }
  lastOf(index: number): number {
    return this.last[index]!
  }
  setLast(index: number, line: number): void {
    this.last[index] = line
  }

  /** Fill `into` with unit `index` (the cursor is reused so reading allocates nothing). */
  read(index: number, into: Unit): Unit {
    into.first = this.first[index]!
    into.last = this.last[index]!
    into.emptyBefore = this.emptyBefore[index]!
    into.kind = KINDS[this.kind[index]!]!
    const label = this.labelIndex[index]!
    into.label = label === -1 ? undefined : this.labels[label]
    into.contentLine = label === -1 ? undefined : this.contentLine[index]
    into.contentOffset = label === -1 ? undefined : this.contentOffset[index]
    return into
  }

  private grow(): void {
    const size = this.first.length * 2
    const widen = <T extends Int32Array | Uint8Array>(column: T, make: (size: number) => T): T => {
      const grown = make(size)
      grown.set(column)
      return grown
    }
    this.first = widen(this.first, (n) => new Int32Array(n))
    this.last = widen(this.last, (n) => new Int32Array(n))
    this.emptyBefore = widen(this.emptyBefore, (n) => new Int32Array(n))
    this.kind = widen(this.kind, (n) => new Uint8Array(n))
    this.labelIndex = widen(this.labelIndex, (n) => new Int32Array(n))
    this.contentLine = widen(this.contentLine, (n) => new Int32Array(n))
    this.contentOffset = widen(this.contentOffset, (n) => new Int32Array(n))
  }
}
