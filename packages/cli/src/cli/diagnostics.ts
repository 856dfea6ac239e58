import { formatMessage, type VerbatimMessage } from '@verbatim/core'
import type { OutputStream } from './io.js'

export interface DiagnosticOptions {
  /** Only errors (default false). */
  quiet?: boolean
}

/** Messages worth showing: everything, or only errors with --quiet. */
export function visible(messages: readonly VerbatimMessage[], options: DiagnosticOptions): VerbatimMessage[] {
  return options.quiet ? messages.filter((message) => message.severity === 'error') : [...messages]
}

/** Print messages as `file:line:column: severity: reason [rule-id]`, one a line. */
export function printDiagnostics(stream: OutputStream, messages: readonly VerbatimMessage[], options: DiagnosticOptions = {}): void {
  for (const message of visible(messages, options)) stream.write(formatMessage(message) + '\n')
}

export function countBySeverity(messages: readonly VerbatimMessage[]) {
  let errors = 0
  let warnings = 0
  for (const message of messages) {
    if (message.severity === 'error') errors++
    else if (message.severity === 'warning') warnings++
  }
  return { errors, warnings }
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/** A message as plain JSON (position included), for `--json` output. */
export function messageJson(message: VerbatimMessage): VerbatimMessage {
  return { ...message }
}
