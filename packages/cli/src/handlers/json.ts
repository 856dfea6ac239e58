import { dropPositions, toJson } from '@verbatim/core'
import { fromJson } from '@verbatim/core/schema'
import { FORMATS } from '../formats.js'
import type { FormatHandler } from '../handler.js'

/** The core model's own JSON: schema-validated on read, written with `toJson`. */
export const jsonHandler: FormatHandler = {
  info: FORMATS.json,
  async read(input, options) {
    const { transcript, messages } = fromJson(input)
    // The read option `positions: false` (core's): the file's positions are left out as other readers leave theirs.
    if (options.positions === false) dropPositions(transcript)
    return { transcript, messages: withFile(messages, options.file) }
  },
  write(transcript, options) {
    const space = options.space
    return toJson(transcript, typeof space === 'number' || typeof space === 'string' ? { space } : {})
  },
  async validate(input, options) {
    // fromJson runs the schema and the semantic checks (validateTranscript) and throws with
    // every problem when the shape is wrong; warnings of a valid file come back as messages.
    return withFile(fromJson(input).messages, options.file)
  },
}

function withFile<T extends { file?: string }>(messages: T[], file: string | undefined): T[] {
  if (file === undefined) return messages
  return messages.map((message) => (message.file === undefined ? { ...message, file } : message))
}
