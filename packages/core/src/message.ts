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
