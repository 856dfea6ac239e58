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

/** The fields of a unit, in its row of `UnitTable.rows_`. */
const FIRST = 0
const LAST = 1
const EMPTY_BEFORE = 2
const KIND = 3
/** Index into `labels`, or -1. */
const LABEL = 4
const CONTENT_LINE = 5
const CONTENT_OFFSET = 6
const WIDTH = 7

/**
 * The units as rows of seven numbers in one typed array: one allocation per read (and per
 * growth), not one per column: a small document's whole read costs a few microseconds, and
 * typed arrays are expensive to make.
 */
export class UnitTable {
  count_ = 0
  private rows_: Int32Array
  /** The label units' matches, in order (shared: never changed). */
  readonly labels_: LabelMatch[] = []

  constructor(capacity: number) {
    this.rows_ = new Int32Array(Math.max(capacity, 4) * WIDTH)
  }

  /** Append a unit; returns its index. */
  push_(first: number, last: number, emptyBefore: number, kind: UnitKind, label?: LabelMatch, contentLine = -1, contentOffset = -1): number {
    if ((this.count_ + 1) * WIDTH > this.rows_.length) this.grow_()
    const index = this.count_++
    const rows = this.rows_
    const row = index * WIDTH
    rows[row + FIRST] = first
    rows[row + LAST] = last
    rows[row + EMPTY_BEFORE] = emptyBefore
    // A search of eight constants, not a keyed load from an object (megamorphic across kinds).
    rows[row + KIND] = KINDS.indexOf(kind)
    if (label) {
      rows[row + LABEL] = this.labels_.length
      this.labels_.push(label)
    } else rows[row + LABEL] = -1
    rows[row + CONTENT_LINE] = contentLine
    rows[row + CONTENT_OFFSET] = contentOffset
    return index
  }

  kindOf_(index: number): UnitKind {
    return KINDS[this.rows_[index * WIDTH + KIND]!]!
  }
  firstOf_(index: number): number {
    return this.rows_[index * WIDTH + FIRST]!
  }
  lastOf_(index: number): number {
    return this.rows_[index * WIDTH + LAST]!
  }
  setLast_(index: number, line: number): void {
    this.rows_[index * WIDTH + LAST] = line
  }

  /** Fill `into` with unit `index` (the cursor is reused so reading allocates nothing). */
  read_(index: number, into: Unit): Unit {
    const rows = this.rows_
    const row = index * WIDTH
    into.first_ = rows[row + FIRST]!
    into.last_ = rows[row + LAST]!
    into.emptyBefore_ = rows[row + EMPTY_BEFORE]!
    into.kind_ = KINDS[rows[row + KIND]!]!
    const label = rows[row + LABEL]!
    into.label_ = label === -1 ? undefined : this.labels_[label]
    into.contentLine_ = label === -1 ? undefined : rows[row + CONTENT_LINE]
    into.contentOffset_ = label === -1 ? undefined : rows[row + CONTENT_OFFSET]
    return into
  }

  private grow_(): void {
    const grown = new Int32Array(this.rows_.length * 2)
    grown.set(this.rows_)
    this.rows_ = grown
  }
}
