// The model's JSON form, written. Free of zod, so it is in the root entry; fromJson (json.ts)
// validates and is in @verbatim/core/schema.
import { isNewerMinor } from './newer-version.js'
import type { Transcript } from './types.js'
import { MODEL_VERSION } from './version.js'

export interface ToJsonOptions {
  /** Indentation, as for `JSON.stringify` (default `2`; `0` for one line). */
  space?: number | string
}

/**
 * Serialize a transcript as JSON, stamped with the current model version; a transcript read
 * from a newer minor version keeps its version, since it keeps the fields of that version.
 */
export function toJson(transcript: Transcript, options: ToJsonOptions = {}): string {
  const { type, version, ...rest } = transcript
  const stamped = { type, version: isNewerMinor(version) ? version : MODEL_VERSION, ...rest }
  return JSON.stringify(stamped, null, options.space ?? 2) + '\n'
}
