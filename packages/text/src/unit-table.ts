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
  first_: number
  last_: number
  emptyBefore_: number
  kind_: UnitKind
  label_?: LabelMatch
  /** Where the speech after a label starts: line and offset. */
  contentLine_?: number
  contentOffset_?: number
  /** Where the label starts when not at its line's start (a label glued mid-line, see `read-glued.ts`). */
  labelOffset_?: number
}

export class UnitTable {
  count_ = 0
  private first_: Int32Array
  private last_: Int32Array
  private emptyBefore_: Int32Array
  private kind_: Uint8Array
  /** For label units: index into `labels`, line and offset where the speech starts; -1 otherwise. */
  private labelIndex_: Int32Array
  private contentLine_: Int32Array
  private contentOffset_: Int32Array
  /** The label units' matches, in order (shared: never changed). */
  readonly labels_: LabelMatch[] = []

  constructor(capacity: number) {
    capacity = Math.max(capacity, 4)
    this.first_ = new Int32Array(capacity)
    this.last_ = new Int32Array(capacity)
    this.emptyBefore_ = new Int32Array(capacity)
    this.kind_ = new Uint8Array(capacity)
    this.labelIndex_ = new Int32Array(capacity)
    this.contentLine_ = new Int32Array(capacity)
    this.contentOffset_ = new Int32Array(capacity)
  }

  /** Append a unit; returns its index. */
  push_(first: number, last: number, emptyBefore: number, kind: UnitKind, label?: LabelMatch, contentLine = -1, contentOffset = -1): number {
    if (this.count_ === this.first_.length) this.grow_()
    const index = this.count_++
    this.first_[index] = first
    this.last_[index] = last
    this.emptyBefore_[index] = emptyBefore
    // A search of eight constants, not a keyed load from an object (megamorphic across kinds).
    this.kind_[index] = KINDS.indexOf(kind)
    if (label) {
      this.labelIndex_[index] = this.labels_.length
      this.labels_.push(label)
    } else this.labelIndex_[index] = -1
    this.contentLine_[index] = contentLine
    this.contentOffset_[index] = contentOffset
    return index
  }

  kindOf_(index: number): UnitKind {
    return KINDS[this.kind_[index]!]!
  }
  firstOf_(index: number): number {
    return this.first_[index]!
  }
  lastOf_(index: number): number {
    return this.last_[index]!
  }
  setLast_(index: number, line: number): void {
    this.last_[index] = line
  }

  /** Fill `into` with unit `index` (the cursor is reused so reading allocates nothing). */
  read_(index: number, into: Unit): Unit {
    into.first_ = this.first_[index]!
    into.last_ = this.last_[index]!
    into.emptyBefore_ = this.emptyBefore_[index]!
    into.kind_ = KINDS[this.kind_[index]!]!
    const label = this.labelIndex_[index]!
    into.label_ = label === -1 ? undefined : this.labels_[label]
    into.contentLine_ = label === -1 ? undefined : this.contentLine_[index]
    into.contentOffset_ = label === -1 ? undefined : this.contentOffset_[index]
    return into
  }

  private grow_(): void {
    const size = this.first_.length * 2
    const widen = <T extends Int32Array | Uint8Array>(column: T, make: (size: number) => T): T => {
      const grown = make(size)
      grown.set(column)
      return grown
    }
    this.first_ = widen(this.first_, (n) => new Int32Array(n))
    this.last_ = widen(this.last_, (n) => new Int32Array(n))
    this.emptyBefore_ = widen(this.emptyBefore_, (n) => new Int32Array(n))
    this.kind_ = widen(this.kind_, (n) => new Uint8Array(n))
    this.labelIndex_ = widen(this.labelIndex_, (n) => new Int32Array(n))
    this.contentLine_ = widen(this.contentLine_, (n) => new Int32Array(n))
    this.contentOffset_ = widen(this.contentOffset_, (n) => new Int32Array(n))
  }
}
