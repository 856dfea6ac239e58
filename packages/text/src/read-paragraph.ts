/**
 * Paragraph text with no label: the next paragraph of the open turn, the previous speaker again
 * after a stand-alone event, or an unattributed turn, which may open with its time and an
 * interpretation qualifier (as toText writes them).
 */
import type { Paragraph, Position, Text, Turn } from '@verbatim/core'
import { leadingTimestamp } from './clock.js'
import { ESCAPE, isEscaped } from './escape.js'
import type { Segment } from './inlines.js'
import type { ReadContext } from './read-context.js'
import type { Unit } from './unit-table.js'
import { isInterpretationWording } from './vocabulary.js'

type Built = Paragraph & { position: Position }

export function readParagraph(ctx: ReadContext, unit: Unit, segments: Segment[], escaped: boolean, built: Built | null = ctx.paragraphOf_(segments, escaped)): void {
  if (!built) return
  if (ctx.sectioned_ && !ctx.current_) {
    // A sectioned record: text with no speech to continue is printed matter (a reply, an annex).
    ctx.styles_.records_!.readPrinted_(ctx, unit)
    return
  }
  const emptyBefore = unit.emptyBefore_
  const gap = emptyBefore >= 2 && !ctx.sectioned_ && !ctx.keepTurn_
  ctx.keepTurn_ = false
  // After a paragraph ending in `:`, a wide gap (3+ empty lines) is material left out (a video, a slide).
  // A label alone on its line (`Q:`) is bound to the paragraph after it, whatever the gap.
  if (ctx.current_ && (ctx.current_.children.length === 0 || !(gap && !(ctx.previousEndsWithColon_ && emptyBefore >= 3)))) {
    ctx.pushParagraph_(ctx.current_, built)
    return
  }
  if (ctx.afterEvent_ && !gap && ctx.lastSpeaker_ !== null) {
    // `startTurn` forgets the last speaker (the new turn has none yet): keep it first.
    const previous = ctx.lastSpeaker_
    const turn = ctx.startTurn_(null, null, built.position.start, built.position.end)
    turn.speaker = ctx.lastSpeaker_ = previous
    ctx.report_('a paragraph after a stand-alone event continues the previous speaker in a new turn', 'continued-after-event', built.position, 'info')
    ctx.pushParagraph_(turn, built)
    return
  }
  const turn = ctx.startTurn_(null, null, built.position.start, built.position.end)
  ctx.lastSpeaker_ = null
  if (gap && !escaped) readTurnOpening(turn, built)
  ctx.report_(
    gap ? 'expected a speaker label after a section break, found an unlabeled paragraph: it starts an unattributed turn' : 'expected a speaker label, found an unlabeled paragraph with no turn to continue: it starts an unattributed turn',
    'unattributed-paragraph',
    built.position,
  )
  ctx.pushParagraph_(turn, built)
}

/**
 * An unattributed turn may open with its time (`[00:01:02] ...`, as toText writes it) and then
 * an interpretation qualifier: both go to the turn, out of its first paragraph.
 */
function readTurnOpening(turn: Turn, paragraph: Paragraph): void {
  const children = paragraph.children
  // A segment the paragraph opens with is that time, and its speech goes back into the paragraph.
  const opening = children[0]
  if (opening?.type === 'segment' && opening.position?.start === paragraph.position?.start) {
    turn.time = { start: opening.time.start, source: 'source' }
    children.splice(0, 1, ...opening.children)
    trimStart(children)
  }
  const head = children[0]
  const stamp = head?.type === 'text' ? leadingTimestamp(head.value) : undefined
  if (stamp && head?.type === 'text') {
    turn.time = stamp.end !== undefined && stamp.end >= stamp.seconds ? { start: stamp.seconds, end: stamp.end, source: 'source' } : { start: stamp.seconds, source: 'source' }
    cut(children, head, stamp.length)
  }
  const after = children[0]
  if (stamp && after?.type === 'text' && isEscaped(after.value)) {
    cut(children, after, ESCAPE.length)
    return
  }
  // ... and with an interpretation qualifier, which marks it interpreted.
  const marker = children[0]
  if (marker?.type === 'event' && isInterpretationWording(marker.value)) {
    turn.interpreted = true
    children.shift()
    const next = children[0]
    if (next?.type === 'text' && trimStart(children) && isEscaped(next.value)) {
      next.value = next.value.slice(ESCAPE.length)
      withStartMoved(next, 1)
    }
  }
}

/** Cut `length` characters off the start of the text node that opens `children` (dropped when nothing is left). */
function cut(children: Paragraph['children'], node: Text, length: number): void {
  node.value = node.value.slice(length)
  withStartMoved(node, length)
  if (node.value === '') children.shift()
}

/** Trim blanks off the start of the text node that opens `children`; false when it was dropped (or is no text node). */
function trimStart(children: Paragraph['children']): boolean {
  const next = children[0]
  if (next?.type !== 'text') return false
  const trimmed = next.value.replace(/^[ \t\u00a0]+/, '')
  withStartMoved(next, next.value.length - trimmed.length)
  next.value = trimmed
  if (trimmed !== '') return true
  children.shift()
  return false
}

/**
 * Move the start of a text node `by` characters along its line. The position is replaced, not
 * changed: a paragraph's only text node shares the paragraph's position object.
 */
function withStartMoved(node: Text, by: number): void {
  if (!node.position) return
  const start = node.position.start
  node.position = { start: { ...start, column: start.column + by, offset: (start.offset ?? 0) + by }, end: node.position.end }
}
