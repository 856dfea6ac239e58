/**
 * What the SubRip reader carries while it reads: the file name and the messages. Messages that a
 * file can trigger on every cue (`{\an8}` on each line, `.` before every millisecond) are gathered
 * (core's `MessageGatherer`) into one message per rule and detail, placed at the first occurrence
 * and counting the others.
 */
import { createMessage, MessageGatherer, type Point, type Position, type Severity, type VerbatimMessage } from '@verbatim/core'

export const SOURCE = 'verbatim-srt'

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
  private readonly gathered = new MessageGatherer()

  constructor(file: string | undefined) {
    this.file = file
  }

  /**
   * Counts a repeat of a gathered message and says whether it was one: a caller that reports on
   * every cue asks this first and builds the message only the first time.
   */
  repeat(ruleId: string, gather: string): boolean {
    return this.gathered.repeat(ruleId, gather)
  }

  report(reason: string, ruleId: string, init: ReportInit = {}): void {
    const message = createMessage(reason, ruleId, SOURCE, {
      severity: init.severity ?? 'warning',
      place: init.place,
      ...(this.file === undefined ? {} : { file: this.file }),
      ...(init.actual === undefined ? {} : { actual: init.actual }),
      ...(init.expected === undefined ? {} : { expected: init.expected }),
    })
    if (init.gather === undefined) this.messages.push(message)
    else this.gathered.add(message, init.gather)
  }

  /** Every message: the single ones in order, then the gathered ones in order of first occurrence. */
  finish(): VerbatimMessage[] {
    this.messages.push(...this.gathered.finish())
    return this.messages
  }
}
