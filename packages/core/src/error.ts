import { createMessage, messageStart, type MessageInit, type VerbatimMessage } from './message.js'

/**
 * Thrown when input cannot be read at all (not a transcript, binary data, malformed XML...).
 * Carries the diagnostic that explains why, so callers can print it like any other message.
 */
export class VerbatimError extends Error {
  override name = 'VerbatimError'
  /** The diagnostic behind this error (severity `error`). */
  readonly diagnostic: VerbatimMessage
  /** Every problem found, when there was more than one (the first is `diagnostic`). */
  readonly messages: VerbatimMessage[]

  constructor(reason: string, ruleId: string, source: string, init: MessageInit & { messages?: VerbatimMessage[] } = {}) {
    const { messages, ...rest } = init
    const diagnostic = createMessage(reason, ruleId, source, { ...rest, severity: 'error' })
    const start = messageStart(diagnostic)
    super(start ? `${start.line}:${start.column}: ${reason}` : reason)
    this.diagnostic = diagnostic
    this.messages = messages && messages.length > 0 ? messages : [diagnostic]
  }

  get ruleId(): string {
    return this.diagnostic.ruleId
  }

  static from(diagnostic: VerbatimMessage): VerbatimError {
    return new VerbatimError(diagnostic.reason, diagnostic.ruleId, diagnostic.source, diagnostic)
  }
}

export function isVerbatimError(value: unknown): value is VerbatimError {
  return value instanceof VerbatimError || (value instanceof Error && value.name === 'VerbatimError')
}
