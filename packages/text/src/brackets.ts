/**
 * Whether a stretch of the input holds `(` or `[`, the question asked of every paragraph before
 * its events are looked for. Asking each paragraph's text with `indexOf` costs two searches per
 * paragraph, though most hold no bracket; this keeps, for each bracket, where the next one is
 * from the last place asked, so a paragraph after which no bracket comes before the next one
 * costs no search at all, and the whole input is searched about once.
 */
export class BracketFinder {
  /** For `(` and `[`: where the next one is (the text's length when there is none), searched from `from`. */
  private readonly next = [0, 0]
  private readonly from = [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER]

  constructor(private readonly text: string) {}

  /** True when `text[start..end)` holds `(` or `[`. */
  holds(start: number, end: number): boolean {
    return this.nextOf(0, '(', start) < end || this.nextOf(1, '[', start) < end
  }

  private nextOf(which: number, bracket: string, start: number): number {
    // The kept answer holds for any start from where it was searched up to the bracket itself.
    if (start < this.from[which]! || this.next[which]! < start) {
      const at = this.text.indexOf(bracket, start)
      this.next[which] = at === -1 ? this.text.length : at
      this.from[which] = start
    }
    return this.next[which]!
  }
}
