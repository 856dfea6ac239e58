/**
 * Event lines: a paragraph that is only events (`(APPLAUSE)`, `[laughter]`) or a stand-alone
 * parenthetical (a stage direction) gives events between turns, or, as an aside inside one
 * speech, a paragraph of the turn.
 */
import type { Event, Paragraph, Position } from '@verbatim/core'
import { isEscaped } from './escape.js'
import { onlyEvents } from './inlines.js'
import type { ReadContext } from './read-context.js'
import { isInterpretationWording } from './vocabulary.js'

/** Whether the built paragraph is an event line (an interpretation qualifier opening a turn is not). */
export function isEventLine(ctx: ReadContext, built: Paragraph): boolean {
  if (ctx.unit_.kind_ === 'paren') return true
  if (!onlyEvents(built.children)) return false
  const head = built.children[0]
  return !(ctx.unit_.emptyBefore_ >= 2 && head?.type === 'event' && isInterpretationWording(head.value))
}

export function readEventLine(ctx: ReadContext, built: Paragraph & { position: Position }): void {
  const unit = ctx.unit_
  const paren = unit.kind_ === 'paren'
  const events: Event[] =
    paren && !onlyEvents(built.children)
      ? [{ type: 'event', kind: 'other', value: ctx.unitText_(unit).replace(/\s*\n\s*/g, ' '), position: ctx.span_(unit.first_, unit.last_) }]
      : built.children.filter((child): child is Event => child.type === 'event')
  if (!paren && built.children.some((child) => child.type === 'text' && child.value.trim() !== '')) {
    ctx.report_('kept punctuation after a stand-alone event as part of the event line', 'event-punctuation', built.position, 'info')
  }
  if (ctx.current_ && asideInSpeech(ctx)) {
    // An aside between two paragraphs of one speech (a heckle, applause): a paragraph of the turn.
    ctx.pushParagraph_(ctx.current_, { type: 'paragraph', children: events, position: ctx.span_(unit.first_, unit.last_) })
    return
  }
  for (const event of events) ctx.blocks_.push(event)
  if (ctx.current_) ctx.afterEvent_ = true
  ctx.endTurn_()
  ctx.inHeader_ = false
}

/**
 * Whether the stand-alone aside stands inside a speech: the unit after it is speech with no label
 * and no section break (no wide gap before it, unless the document writes one paragraph per
 * line), so the speaker goes on (`(APPLAUSE)` between two paragraphs of a speech).
 */
function asideInSpeech(ctx: ReadContext): boolean {
  const { units_: units, table_: table } = ctx
  const u = ctx.index_
  if (u + 1 >= ctx.trailer_ || units.kindOf_(u + 1) !== 'text') return false
  const after = units.read_(u + 1, ctx.scratch_)
  if (!ctx.linePerParagraph_ && after.emptyBefore_ >= 2) return false
  const next = after.first_
  return !isEscaped(ctx.line_(next)) && table.firstCodes[next] !== 40 && table.firstCodes[next] !== 35
}
