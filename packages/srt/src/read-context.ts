/**
 * What the SubRip reader carries while it reads: the file name and the messages. Messages that a
 * file can trigger on every cue (`{\an8}` on each line, `.` before every millisecond) are gathered
 * into one message per rule and detail, placed at the first occurrence and counting the others.
 */
import { createMessage, type Point, type Position, type Severity, type VerbatimMessage } from '@verbatim/core'

export const SOURCE = 'verbatim-srt'

interface Gathered {
  reason: string
  ruleId: string
  severity: Severity
  place: Position | Point | undefined
  actual: string | undefined
  expected: string | undefined
  count: number
}

export interface ReportInit {
  severity?: Severity
  place?: Position | Point | undefined
  actual?: string
  expected?: string
  /** Gather repeats under this key (rule id plus detail); without it, every call is its own message. */
  gather?: string
}

export class ReadContext {
  readonly file: string | undefined
  private readonly messages: VerbatimMessage[] = []
  private readonly gathered = new Map<string, Gathered>()

  constructor(file: string | undefined) {
    this.file = file
  }

  report(reason: string, ruleId: string, init: ReportInit = {}): void {
    const severity = init.severity ?? 'warning'
    if (init.gather === undefined) {
      this.messages.push(this.message(reason, ruleId, severity, init.place, init.actual, init.expected))
      return
    }
    const key = `${ruleId}\u0000${init.gather}`
    const known = this.gathered.get(key)
    if (known) known.count++
    else this.gathered.set(key, { reason, ruleId, severity, place: init.place, actual: init.actual, expected: init.expected, count: 1 })
  }

  /** Every message: the single ones in order, then the gathered ones in order of first occurrence. */
  finish(): VerbatimMessage[] {
    for (const entry of this.gathered.values()) {
      const reason = entry.count > 1 ? `${entry.reason} (${entry.count} times; the first is here)` : entry.reason
      this.messages.push(this.message(reason, entry.ruleId, entry.severity, entry.place, entry.actual, entry.expected))
    }
    this.gathered.clear()
    return this.messages
  }

  private message(reason: string, ruleId: string, severity: Severity, place: Position | Point | undefined, actual: string | undefined, expected: string | undefined): VerbatimMessage {
    return createMessage(reason, ruleId, SOURCE, {
      severity,
      place,
      ...(this.file === undefined ? {} : { file: this.file }),
      ...(actual === undefined ? {} : { actual }),
      ...(expected === undefined ? {} : { expected }),
    })
  }
}
