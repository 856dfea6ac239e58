/**
 * One diagnostic shape for every package, modelled on vfile-message: a reason, where it
 * happened, which rule said so and which package, and how bad it is.
 */
import type { Point, Position } from './types.js'

export type Severity = 'error' | 'warning' | 'info'

export interface VerbatimMessage {
  /** What happened, in a sentence: what was expected and what was found. */
  reason: string
  severity: Severity
  /** Stable id of the rule (`unknown-speaker`, `label-typo`). */
  ruleId: string
  /** The package that said it (`verbatim-text`, `verbatim-core`). */
  source: string
  /** Where in the source, when known. */
  place?: Point | Position
  /** The input file, when the caller gave one. */
  file?: string
  /** Where in the tree (`children[3].speaker`), for problems found in a model. */
  path?: string
  /** What was expected and what was found, for tools. */
  expected?: string
  actual?: string
}

export interface MessageInit {
  severity?: Severity
  place?: Point | Position | undefined
  file?: string
  path?: string
  expected?: string
  actual?: string
}

export function createMessage(reason: string, ruleId: string, source: string, init: MessageInit = {}): VerbatimMessage {
  const message: VerbatimMessage = { reason, severity: init.severity ?? 'warning', ruleId, source }
  if (init.place) message.place = init.place
  if (init.file !== undefined) message.file = init.file
  if (init.path !== undefined) message.path = init.path
  if (init.expected !== undefined) message.expected = init.expected
  if (init.actual !== undefined) message.actual = init.actual
  return message
}

/** The start point of a message's place, if any. */
export function messageStart(message: VerbatimMessage): Point | undefined {
  const place = message.place
  if (!place) return undefined
  return 'start' in place ? place.start : place
}

/**
 * Format a message the way compilers and linters do:
 * `file:line:column: warning: reason [rule-id]`.
 */
export function formatMessage(message: VerbatimMessage, file = message.file): string {
  const start = messageStart(message)
  let where = file ?? '<input>'
  if (start) where += `:${start.line}:${start.column}`
  else if (message.path) where += `:${message.path}`
  return `${where}: ${message.severity}: ${message.reason} [${message.ruleId}]`
}

/** True when any message is an error. */
export function hasErrors(messages: readonly VerbatimMessage[]): boolean {
  return messages.some((message) => message.severity === 'error')
}

/**
 * Messages that an input can trigger over and over (a tag on every cue, a time written as a string
 * on every word), gathered into one message per key: the first occurrence's message, with the
 * count added to its reason (`(12 times; the first is here)`, or `at this path` for a message
 * placed by a path). Readers ask `repeat(ruleId, detail)` first, so a repeat costs a lookup and
 * builds no message.
 */
export class MessageGatherer {
  /** Rule id -> detail -> the first message and the count (two levels: no key strings to build per call). */
  private readonly rules = new Map<string, Map<string, { message: VerbatimMessage; count: number }>>()
  private readonly order: Array<{ message: VerbatimMessage; count: number }> = []

  /** Counts one more occurrence of a rule (and detail) when it is known, and says whether it was. */
  repeat(ruleId: string, detail = ''): boolean {
    const entry = this.rules.get(ruleId)?.get(detail)
    if (entry === undefined) return false
    entry.count++
    return true
  }

  /** The first occurrence of a rule (and detail), or one more when it is known already. */
  add(message: VerbatimMessage, detail = ''): void {
    let details = this.rules.get(message.ruleId)
    if (details === undefined) this.rules.set(message.ruleId, (details = new Map()))
    const entry = details.get(detail)
    if (entry !== undefined) entry.count++
    else {
      const first = { message, count: 1 }
      details.set(detail, first)
      this.order.push(first)
    }
  }

  /** The gathered messages in order of first occurrence, counts in their reasons; the gatherer is empty after. */
  finish(): VerbatimMessage[] {
    const out = this.order.map(({ message, count }) =>
      count > 1 ? { ...message, reason: `${message.reason} (${count} times; the first is ${message.place === undefined && message.path !== undefined ? 'at this path' : 'here'})` } : message,
    )
    this.rules.clear()
    this.order.length = 0
    return out
  }
}
