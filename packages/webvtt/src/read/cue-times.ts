/**
 * Times the reader keeps as written but warns about: a cue starting before the previous one
 * (browsers show cues by time, so the text order and the time order disagree), a cue starting
 * before the previous one ends (overlap: two captions on screen), and times beyond 100 hours
 * (a typing error more likely than a recording); a cue that ends before it starts keeps only its
 * start (the model has no place for such an end). The text is never reordered.
 */
import type { VerbatimMessage } from '@verbatim/core'
import { formatTimestamp } from '../parse/timestamp.js'
import { message } from '../message.js'
import type { WebVttCue } from '../types.js'

/** 100 hours, in seconds. */
export const MAX_TIME = 100 * 3600

/** Positioned messages per rule before the rest are only counted (a file past 100 hours would give one per cue). */
const LIMITS: Readonly<Record<string, number>> = { 'time-beyond-limit': 1, 'time-out-of-order': 100, 'time-overlap': 100, 'end-before-start': 100 }

export class CueTimes {
  private readonly found: VerbatimMessage[] = []
  private readonly counts = new Map<string, number>()
  private readonly file: string | undefined
  private previous: WebVttCue | undefined

  constructor(file: string | undefined) {
    this.file = file
  }

  check(cue: WebVttCue): void {
    const previous = this.previous
    if (cue.text === '') return
    this.previous = cue
    if (cue.end < cue.start) this.warn(cue, `expected a cue to end after it starts (${formatTimestamp(cue.start)}), found ${formatTimestamp(cue.end)}: the end is left out`, 'end-before-start')
    if (cue.end > MAX_TIME) this.warn(cue, `expected cue times below 100 hours, found ${formatTimestamp(cue.end)}: kept as written`, 'time-beyond-limit')
    if (previous === undefined) return
    if (cue.start < previous.start) {
      this.warn(cue, `expected cues in time order, found a cue starting at ${formatTimestamp(cue.start)} after one starting at ${formatTimestamp(previous.start)}: kept in text order with its times`, 'time-out-of-order')
    } else if (cue.start < previous.end) {
      this.warn(cue, `expected a cue to start after the previous one ends (${formatTimestamp(previous.end)}), found ${formatTimestamp(cue.start)}: the two overlap, kept as written`, 'time-overlap')
    }
  }

  private warn(cue: WebVttCue, reason: string, ruleId: string): void {
    const count = (this.counts.get(ruleId) ?? 0) + 1
    this.counts.set(ruleId, count)
    if (count <= LIMITS[ruleId]!) this.found.push(message(reason, ruleId, cue.position.start, this.file))
  }

  /** Add the messages to `out`, with one more per rule saying how many cues were not listed. */
  addTo(out: VerbatimMessage[]): void {
    for (const found of this.found) out.push(found)
    for (const [ruleId, count] of this.counts) {
      const listed = LIMITS[ruleId]!
      if (count > listed) out.push(message(`expected cue times in order, overlapping none and below 100 hours, found ${count - listed} more cue${count - listed === 1 ? '' : 's'} like the ${listed === 1 ? 'one' : `${listed}`} above (${ruleId}): kept as written`, ruleId, undefined, this.file))
    }
  }
}
