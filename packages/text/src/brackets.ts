/**
 * Whether a stretch of the input holds `(` or `[`, the question asked of every paragraph before
 * its events are looked for. Asking each paragraph's text with `indexOf` costs two searches per
 * paragraph, though most hold no bracket; a `NextIndex` per bracket keeps where the next one is,
 * so a paragraph before which no bracket comes costs no search at all, and the whole input is
 * searched about once.
 */
import { NextIndex } from '@verbatim/core'

export class BracketFinder {
  private readonly paren_: NextIndex
  private readonly square_: NextIndex

  constructor(text: string) {
    this.paren_ = new NextIndex(text, '(')
    this.square_ = new NextIndex(text, '[')
  }

  /** True when `text[start..end)` holds `(` or `[`. */
  holds(start: number, end: number): boolean {
    const paren = this.paren_.at(start)
    if (paren !== -1 && paren < end) return true
    const square = this.square_.at(start)
    return square !== -1 && square < end
  }
}
