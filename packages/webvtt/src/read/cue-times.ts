/**
 * Times the reader keeps as written but warns about: a cue starting before the previous one
 * (browsers show cues by time, so the text order and the time order disagree), a cue starting
 * before the previous one ends (overlap: two captions on screen), and times beyond 100 hours
 * (a typing error more likely than a recording). The text is never reordered.
 */
import type { VerbatimMessage } from '@verbatim/core'
import { formatTimestamp } from '../parse/timestamp.js'
import { message } from '../message.js'
import type { WebVttCue } from '../types.js'

/** 100 hours, in seconds. */
export const MAX_TIME = 100 * 3600

export class CueTimes {
  readonly messages: VerbatimMessage[] = []
  private readonly file: string | undefined
  private previous: WebVttCue | undefined

  constructor(file: string | undefined) {
    this.file = file
  }

  check(cue: WebVttCue): void {
    const previous = this.previous
    if (cue.text === '') return
    this.previous = cue
    if (cue.end > MAX_TIME) this.warn(cue, `expected cue times below 100 hours, found ${formatTimestamp(cue.end)}: kept as written`, 'time-beyond-limit')
    if (previous === undefined) return
    if (cue.start < previous.start) {
      this.warn(cue, `expected cues in time order, found a cue starting at ${formatTimestamp(cue.start)} after one starting at ${formatTimestamp(previous.start)}: kept in text order with its times`, 'time-out-of-order')
    } else if (cue.start < previous.end) {
      this.warn(cue, `expected a cue to start after the previous one ends (${formatTimestamp(previous.end)}), found ${formatTimestamp(cue.start)}: the two overlap, kept as written`, 'time-overlap')
    }
  }

  private warn(cue: WebVttCue, reason: string, ruleId: string): void {
    this.messages.push(message(reason, ruleId, cue.position.start, this.file))
  }
}
