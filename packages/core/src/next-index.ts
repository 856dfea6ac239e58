/**
 * The next occurrence of a fixed string at or after an offset, for a reader that moves forward
 * line by line or paragraph by paragraph. One native `indexOf` serves every question up to the
 * occurrence it found, so a whole input is searched about once instead of once per line (and no
 * line is sliced just to be searched). Asking about an earlier offset searches again from there.
 */
export class NextIndex {
  private declare readonly input_: string
  private declare readonly needle_: string
  /** Where the last search started, and what it found (-1: nothing after `from`). */
  private from_ = Infinity
  private found_ = -1

  constructor(input: string, needle: string) {
    this.input_ = input
    this.needle_ = needle
  }

  /** Index of the first occurrence at or after `offset`, or -1. */
  at(offset: number): number {
    if (offset < this.from_ || (this.found_ !== -1 && this.found_ < offset)) {
      this.found_ = this.input_.indexOf(this.needle_, offset)
      this.from_ = offset
    }
    return this.found_
  }
}
