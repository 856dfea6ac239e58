/**
 * Builds one paragraph from pieces found while walking a `seg` (or loose content of a `u`):
 * text, tokens (`w`, `pc`) and events. For Verbatim's own TEI the text is kept exactly; for
 * other TEI, tokens are joined with the spaces a reader expects (none before `,` or after `(`),
 * whitespace runs become one space, and events get a space on each side, as in the canonical
 * form of the model.
 */
import { toString, type Event, type Inline, type Paragraph, type Position, type Text } from '@verbatim/core'
import type { ReadContext } from './read-context.js'

interface Piece {
  node: Inline
  start: number
  end: number
}

/** Punctuation that takes no space before it. */
const CLOSING = /^[.,;:!?)\]}»›…%/]+$/
/** Punctuation that takes no space after it. */
const OPENING = /^[([{«‹¿¡]+$/
/** Word-internal punctuation (`I ' m`, `didn ' t`): no space on either side. */
const JOINING = /^['’\-‐]$/

export class InlineBuilder {
  private pieces: Piece[] = []
  /** The next word attaches without a space (after `(` or an apostrophe). */
  private glue = false
  private quoteOpen = false

  constructor(private readonly ctx: ReadContext) {}

  /** True when something other than whitespace has been added since the last paragraph. */
  get hasContent(): boolean {
    return this.pieces.some((piece) => piece.node.type === 'event' || /\S/.test(toString(piece.node)))
  }

  private lastText(): Piece | undefined {
    const last = this.pieces[this.pieces.length - 1]
    return last?.node.type === 'text' ? last : undefined
  }

  private appendText(value: string, start: number, end: number): void {
    const last = this.lastText()
    if (last) {
      ;(last.node as Text).value += value
      last.end = end
    } else {
      this.pieces.push({ node: { type: 'text', value }, start, end })
    }
  }

  /** Text as found in the document. */
  text(value: string, start: number, end: number): void {
    if (value === '') return
    if (!this.ctx.own) {
      const last = this.pieces[this.pieces.length - 1]
      if (last?.node.type === 'event' && !/^[\s.,;:!?)\]]/.test(value)) value = ' ' + value
      if (/\S/.test(value)) this.glue = false
    }
    this.appendText(value, start, end)
  }

  /** A word token (`w`): a space before it unless the previous token glues. */
  word(value: string, start: number, end: number): void {
    if (value === '') return
    this.separate()
    this.appendText(value, start, end)
    this.glue = false
  }

  /** A punctuation token (`pc`). */
  punctuation(value: string, start: number, end: number): void {
    if (value === '') return
    let before: boolean
    let after: boolean
    if (value === '"') {
      before = !this.quoteOpen
      after = this.quoteOpen
      this.quoteOpen = !this.quoteOpen
    } else if (JOINING.test(value)) {
      before = false
      after = false
    } else if (OPENING.test(value)) {
      before = true
      after = false
    } else if (CLOSING.test(value)) {
      before = false
      after = true
    } else {
      before = true
      after = true
    }
    if (before) this.separate()
    this.appendText(value, start, end)
    this.glue = !after
  }

  /** Add a space unless the paragraph is empty, already ends in a space, or the last token glues. */
  private separate(): void {
    const last = this.pieces[this.pieces.length - 1]
    if (!last || this.glue) return
    if (last.node.type === 'event') {
      this.appendText(' ', last.end, last.end)
      return
    }
    if (!/\s$/.test((last.node as Text).value)) (last.node as Text).value += ' '
  }

  event(event: Event, start: number, end: number): void {
    if (!this.ctx.own) {
      const last = this.pieces[this.pieces.length - 1]
      if (last?.node.type === 'event') this.appendText(' ', last.end, start)
      else if (last && !/\s$/.test((last.node as Text).value)) (last.node as Text).value += ' '
      this.glue = false
    }
    this.pieces.push({ node: event, start, end })
  }

  /**
   * The paragraph built so far (undefined when empty and `keepEmpty` is false), and a fresh start.
   * `span` is the element the paragraph came from (a `seg`), when there is one.
   */
  finish(span: { start: number; end: number } | undefined, keepEmpty: boolean): Paragraph | undefined {
    let pieces = this.pieces
    this.pieces = []
    this.glue = false
    if (!this.ctx.own) pieces = normalize(pieces)
    if (pieces.length === 0 && !keepEmpty) return undefined
    const children: Inline[] = []
    for (const piece of pieces) {
      piece.node.position = this.ctx.position(piece.start, piece.end)
      children.push(piece.node)
    }
    const first = pieces[0]
    const last = pieces[pieces.length - 1]
    let position: Position | undefined
    if (span) position = this.ctx.position(span.start, span.end)
    else if (first && last) position = this.ctx.position(first.start, last.end)
    const paragraph: Paragraph = { type: 'paragraph', children }
    if (position) paragraph.position = position
    return paragraph
  }
}

/** Collapse whitespace, trim the paragraph's ends, drop empty text (other projects' TEI). */
function normalize(pieces: Piece[]): Piece[] {
  for (const piece of pieces) {
    if (piece.node.type === 'text') piece.node.value = piece.node.value.replace(/\s+/g, ' ')
  }
  const first = pieces[0]
  if (first?.node.type === 'text') first.node.value = first.node.value.trimStart()
  const last = pieces[pieces.length - 1]
  if (last?.node.type === 'text') last.node.value = last.node.value.trimEnd()
  return pieces.filter((piece) => piece.node.type !== 'text' || piece.node.value !== '')
}
