/**
 * Builds one paragraph from pieces found while walking a `seg` (or loose content of a `u`):
 * text, tokens (`w`, `pc`), timed words, events, and timed segments (the content between two
 * anchors). For Verbatim's own TEI the text is kept exactly; for
 * other TEI, tokens are joined with the spaces a reader expects (none before `,` or after `(`),
 * whitespace runs become one space, and events get a space on each side, as in the canonical
 * form of the model.
 */
import { toString, type Event, type Inline, type Paragraph, type Phrasing, type Position, type Segment, type Text, type Timing, type Word } from '@verbatim/core'
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

interface OpenSegment {
  piece: Piece
  pieces: Piece[]
}

export class InlineBuilder {
  private pieces: Piece[] = []
  /** The segment content goes into, when one is open. */
  private segment: OpenSegment | undefined
  /**
   * Other projects' TEI: the time of the last anchor, waiting for content to open a segment (a
   * segment opens only when there is something between two anchors, and goes on in the next
   * paragraph with the same start).
   */
  private pendingTime: Timing | undefined
  /** Other projects' TEI: segments whose end is the time of the next anchor. */
  private awaitingEnd: Segment[] = []
  /** The next word attaches without a space (after `(` or an apostrophe). */
  private glue = false
  private quoteOpen = false

  constructor(private readonly ctx: ReadContext) {}

  /** True when something other than whitespace has been added since the last paragraph. */
  get hasContent(): boolean {
    const content = (piece: Piece): boolean => piece.node.type === 'event' || /\S/.test(toString(piece.node))
    return this.pieces.some(content) || (this.segment !== undefined && this.segment.pieces.some(content))
  }

  /** Where content goes: the open segment, else the paragraph. */
  private target(): Piece[] {
    return this.segment ? this.segment.pieces : this.pieces
  }

  private lastText(): Piece | undefined {
    const pieces = this.target()
    const last = pieces[pieces.length - 1]
    return last?.node.type === 'text' ? last : undefined
  }

  private appendText(value: string, start: number, end: number): void {
    const last = this.lastText()
    if (last) {
      ;(last.node as Text).value += value
      last.end = end
    } else {
      this.target().push({ node: { type: 'text', value }, start, end })
    }
  }

  /** Text as found in the document. */
  text(value: string, start: number, end: number): void {
    if (value === '') return
    if (!this.ctx.own) {
      if (/\S/.test(value)) {
        this.openPending(start)
        this.glue = false
      }
      const pieces = this.target()
      const last = pieces[pieces.length - 1]
      if (last !== undefined && last.node.type !== 'text' && !/^[\s.,;:!?)\]]/.test(value)) value = ' ' + value
    }
    this.appendText(value, start, end)
  }

  /** A word token (`w`): a space before it unless the previous token glues. */
  word(value: string, start: number, end: number): void {
    if (value === '') return
    this.openPending(start)
    this.separate()
    this.appendText(value, start, end)
    this.glue = false
  }

  /** A timed word (`w` with times): a node of its own, spaced like a word token in other TEI. */
  timedWord(word: Word, start: number, end: number): void {
    if (!this.ctx.own) {
      this.openPending(start)
      this.separate()
      this.glue = false
    }
    this.target().push({ node: word, start, end })
  }

  /** A punctuation token (`pc`). */
  punctuation(value: string, start: number, end: number): void {
    if (value === '') return
    this.openPending(start)
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

  /** Add a space unless the paragraph (or segment) is empty, already ends in a space, or the last token glues. */
  private separate(): void {
    const pieces = this.target()
    const last = pieces[pieces.length - 1]
    if (!last || this.glue) return
    if (last.node.type !== 'text') {
      this.appendText(' ', last.end, last.end)
      return
    }
    if (!/\s$/.test((last.node as Text).value)) (last.node as Text).value += ' '
  }

  event(event: Event, start: number, end: number): void {
    if (!this.ctx.own) {
      this.openPending(start)
      const pieces = this.target()
      const last = pieces[pieces.length - 1]
      if (last !== undefined && last.node.type !== 'text') this.appendText(' ', last.end, start)
      else if (last && !/\s$/.test((last.node as Text).value)) (last.node as Text).value += ' '
      this.glue = false
    }
    this.target().push({ node: event, start, end })
  }

  /** True while a segment is open. */
  get inSegment(): boolean {
    return this.segment !== undefined
  }

  /**
   * Start a segment at an anchor. Verbatim's own TEI: it opens now. Other TEI: it opens with the
   * first content after the anchor (whitespace between anchors makes no segment).
   */
  beginSegment(time: Timing, at: number): void {
    if (this.ctx.own) {
      this.openSegment(time, at)
      return
    }
    this.pendingTime = time
  }

  /** Other TEI: open the segment an anchor announced, now that content follows it. */
  private openPending(at: number): void {
    const time = this.pendingTime
    if (time === undefined || this.segment !== undefined) return
    // A space between what came before and the segment, as between two words.
    const last = this.pieces[this.pieces.length - 1]
    if (last && !this.glue && (last.node.type !== 'text' || !/\s$/.test(last.node.value))) this.pieces.push({ node: { type: 'text', value: ' ' }, start: at, end: at })
    this.openSegment({ ...time }, at)
  }

  private openSegment(time: Timing, at: number): void {
    const node: Segment = { type: 'segment', time, children: [] }
    const piece: Piece = { node, start: at, end: at }
    this.pieces.push(piece)
    this.segment = { piece, pieces: [] }
    if (!this.ctx.own) this.awaitingEnd.push(node)
  }

  /** Close the open segment (its content becomes its children); `end` is its end, when known now. */
  endSegment(end: number | undefined, at: number): Segment | undefined {
    const open = this.segment
    if (!open) return undefined
    this.segment = undefined
    const node = open.piece.node as Segment
    let pieces = open.pieces
    if (!this.ctx.own) pieces = normalize(pieces)
    const children: Phrasing[] = []
    for (const piece of pieces) {
      piece.node.position = this.ctx.position(piece.start, piece.end)
      children.push(piece.node as Phrasing)
    }
    node.children = children
    open.piece.end = Math.max(at, open.piece.start)
    if (end !== undefined) node.time.end = end
    return node
  }

  /** Other TEI: the segments waiting for the next anchor's time (the open one is closed first), and none pending any more. */
  takeAwaiting(at: number): Segment[] {
    this.endSegment(undefined, at)
    const segments = this.awaitingEnd
    this.awaitingEnd = []
    return segments
  }

  /**
   * The paragraph built so far (undefined when empty and `keepEmpty` is false), and a fresh start.
   * `span` is the element the paragraph came from (a `seg`), when there is one.
   */
  finish(span: { start: number; end: number } | undefined, keepEmpty: boolean): Paragraph | undefined {
    // A segment does not cross a paragraph: it ends here (other TEI: it goes on in the next one, with the same start).
    const open = this.segment
    this.endSegment(undefined, open ? (open.pieces[open.pieces.length - 1]?.end ?? open.piece.start) : 0)
    if (this.ctx.own) this.pendingTime = undefined
    else if (open) this.pendingTime = { ...(open.piece.node as Segment).time }
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
