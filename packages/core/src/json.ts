import { jsonErrorPoint } from './json-error.js'
import type { ReadResult } from './read-result.js'
import { VerbatimError } from './error.js'
import { createMessage, type VerbatimMessage } from './message.js'
import type { Point, Transcript } from './types.js'
import { isNewerMinor } from './newer-version.js'
import { validateTranscript } from './validate.js'

const SOURCE = 'verbatim-core'

export { toJson } from './to-json.js'
export type { ToJsonOptions } from './to-json.js'

/** What `fromJson` returns: core's one reader result. */
export type FromJsonResult = ReadResult

/**
 * Read a transcript from its JSON form. Throws a `VerbatimError` when the text is not JSON or
 * not a valid transcript (all problems in `error.messages`); warnings come back as messages.
 */
export function fromJson(text: string): FromJsonResult {
  let value: unknown
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (error) {
    const place = jsonErrorPoint(text)
    throw new VerbatimError(`not valid JSON: ${(error as Error).message}`, 'json-syntax', SOURCE, place ? { place } : {})
  }
  const result = validateTranscript(value)
  if (!result.valid || !result.transcript) {
    const errors = result.messages.filter((message) => message.severity === 'error')
    const first = errors[0] ?? createMessage('not a valid transcript', 'invalid-transcript', SOURCE)
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''})` : ''
    throw new VerbatimError(`not a valid Verbatim transcript: ${first.reason}${more}`, first.ruleId, SOURCE, {
      path: first.path ?? '(root)',
      messages: result.messages,
    })
  }
  return { transcript: result.transcript, messages: result.messages }
}
