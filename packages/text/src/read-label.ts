/**
 * A label unit: a turn starts. The speech after the label may open with an escape, a time stamp
 * (`[00:01:02]`) or, in a column layout, a bare clock; the label resolves to a speaker (by its
 * id, as already read, through the court's examiner and witness, or through the registry, which
 * may read it as a typo of another label); a label that names a section (`BREAK`) is a break.
 */
import { toString, type Break, type Point, type Speaker, type Turn } from '@verbatim/core'
import { isBlank, readClock, readTimestamp } from './clock.js'
import { ESCAPE, isEscaped } from './escape.js'
import type { LabelMatch } from './grammars.js'
import type { Segment } from './inlines.js'
import { contentStart, pointAt } from './lines.js'
import { endsWithColon, type ReadContext } from './read-context.js'
import { readSectionTitle } from './read-record.js'
import { isSectionLabel } from './section-labels.js'
import { labelKey } from './speakers.js'
import { BREAK_LABELS } from './tables.js'
import { isInterpretationWording } from './vocabulary.js'

/** How the speech after a label opens (one object for the whole read: read before the next label). */
interface Opening {
  segments_: Segment[]
  escaped_: boolean
  time_: number | undefined
  endTime_: number | undefined
}
const opening: Opening = { segments_: [], escaped_: false, time_: undefined, endTime_: undefined }
const clockReading = { seconds: 0 }

export function readLabel(ctx: ReadContext, unit = ctx.unit_): void {
  const table = ctx.table_
  const label = unit.label_!
  const labelStart = pointAt(table, unit.first_, unit.labelOffset_ ?? contentStart(table, unit.first_))
  const contentLine = unit.contentLine_ ?? unit.first_
  const contentOffset = unit.contentOffset_ ?? contentStart(table, unit.first_)
  if (unit.emptyBefore_ >= 2 && !ctx.sectioned_ && ctx.blocks_.length > 0 && !ctx.previousEndsWithColon_) ctx.blocks_.push({ type: 'break', position: { start: labelStart, end: labelStart } })
  readOpening(ctx, ctx.segmentsFrom_(unit, contentLine, contentOffset), label.time ?? ctx.pendingStamp_)
  ctx.pendingStamp_ = undefined
  const { segments_: segments, escaped_: escaped, time_: time, endTime_: endTime } = opening

  // A label already read as a speaker's is no break (a break returns before `resolved` is filled).
  const known = ctx.resolved_.get(label.label)
  const section = known === undefined && isSectionLabel(label.label)
  if (section || (known === undefined && BREAK_LABELS.has(labelKey(label.label)))) {
    const node: Break = { type: 'break', title: label.label, position: { start: labelStart, end: ctx.labelEnd_(contentLine, contentOffset) } }
    if (time !== undefined) node.data = { time }
    ctx.addBreak_(node)
    if (section) readSectionTitle(ctx, node, unit, contentLine, contentOffset)
    else noteBreakSpeech(ctx, segments)
    return
  }
  const speaker = labelSpeaker(ctx, label, known, labelStart, contentLine, contentOffset)
  const paragraph = ctx.paragraphOf_(segments, escaped)
  const turnTime: Turn['time'] = time === undefined ? undefined : endTime !== undefined && endTime >= time ? { start: time, end: endTime, source: 'source' } : { start: time, source: 'source' }
  // The turn ends where its paragraph ends: the same point object (nothing moves a point in place).
  const turn = ctx.startTurn_(speaker, label.label, labelStart, paragraph ? paragraph.position.end : ctx.labelEnd_(contentLine, contentOffset), turnTime, paragraph ?? undefined)
  let interpreted = label.interpreted
  if (paragraph) {
    const firstChild = paragraph.children[0]
    if (!escaped && firstChild?.type === 'event' && isInterpretationWording(firstChild.value)) interpreted = true
    ctx.previousEndsWithColon_ = endsWithColon(paragraph)
  } else ctx.previousEndsWithColon_ = false
  turn.interpreted = interpreted
}

/**
 * Only speech opening with `\`, `[` or `(` can hold an escape or a time stamp; a stamp is read
 * in place, and only a backslash (rare) costs a slice to look at.
 */
function readOpening(ctx: ReadContext, segments: Segment[], time: number | undefined): void {
  const input = ctx.input_
  opening.segments_ = segments
  opening.escaped_ = false
  opening.time_ = time
  opening.endTime_ = undefined
  const first = segments[0]
  if (!first) return
  const code = input.charCodeAt(first.start_)
  if (code === 92 && isEscaped(input.slice(first.start_, first.end_))) {
    opening.escaped_ = true
    first.start_ += ESCAPE.length
  } else if (code === 92 || code === 91 || code === 40) readOpeningStamp(ctx, first)
  else if (code >= 48 && code <= 57 && time === undefined && isColumnPadded(input, first.start_)) {
    // A column layout (`Joe Biden:      00:00:11      I will be ...`): a bare clock after padding is the turn's time.
    const after = readClock(input, first.start_, clockReading)
    if (after !== -1 && after < first.end_ && isBlank(input.charCodeAt(after))) {
      opening.time_ = clockReading.seconds
      let next = after
      while (next < first.end_ && isBlank(input.charCodeAt(next))) next++
      first.start_ = next
    }
  }
}

function readOpeningStamp(ctx: ReadContext, first: Segment): void {
  const { input_: input, stamp_: stamp } = ctx
  const after = readTimestamp(input, first.start_, first.end_, stamp)
  if (after === -1) return
  if (opening.time_ === undefined) {
    opening.time_ = stamp.seconds
    opening.endTime_ = Number.isNaN(stamp.end) ? undefined : stamp.end
  }
  first.start_ = after
  if (first.start_ >= first.end_) opening.segments_ = opening.segments_.slice(1)
  // Only a backslash after the stamp can be an escape: no slice to find out otherwise.
  else if (input.charCodeAt(first.start_) === 92 && isEscaped(input.slice(first.start_, first.end_))) {
    opening.escaped_ = true
    first.start_ += ESCAPE.length
  }
}

/** After a label that names a break (`BREAK`, `INTERMISSION`), speech on its line is kept as a note. */
function noteBreakSpeech(ctx: ReadContext, segments: Segment[]): void {
  const rest = ctx.paragraphOf_(segments)
  if (rest) ctx.notes_.push({ kind: 'break', value: toString(rest), ...(rest.position ? { position: rest.position } : {}) })
}

function labelSpeaker(ctx: ReadContext, label: LabelMatch, known: Speaker | undefined, labelStart: Point, contentLine: number, contentOffset: number): Speaker {
  const { registry_: registry, witness_: witness } = ctx
  if (label.grammar === 'court') {
    const speaker = label.label === 'Q.' ? ctx.examiner_ ?? registry.anonymous_('questioner') : witness ?? registry.anonymous_('witness')
    registry.addAlias_(speaker, label.label)
    return speaker
  }
  const byId = label.id ? registry.byId_(label.id) : undefined
  if (byId) {
    registry.addAlias_(byId, label.label)
    return byId
  }
  // Once resolved, a label resolves the same way whoever the witness is: the registry keeps
  // the speaker under the label's key (see `SpeakerRegistry.resolve`).
  if (known) return known
  const resolution = registry.resolve_(label.label, witness ? { witness } : {})
  if (!resolution.typoOf_ && !resolution.current_) ctx.resolved_.set(label.label, resolution.speaker_)
  if (resolution.firstNameOf_) {
    ctx.report_(`label \`${label.label}\` read as ${resolution.firstNameOf_.name} (the one speaker of that first name)`, 'first-name-link', { start: labelStart, end: ctx.labelEnd_(contentLine, contentOffset) }, 'info')
  }
  if (resolution.typoOf_) ctx.typos_.push({ label_: label.label, speaker_: resolution.typoOf_, place_: { start: labelStart, end: ctx.labelEnd_(contentLine, contentOffset) }, index_: ctx.messages_.length })
  return resolution.speaker_
}


/** Whether at least two blanks stand before `at` (a label padded to a column). */
function isColumnPadded(input: string, at: number): boolean {
  return at >= 2 && isBlank(input.charCodeAt(at - 1)) && isBlank(input.charCodeAt(at - 2))
}
