import { fromTei, toTei, type FromTeiOptions, type ToTeiOptions } from '@verbatim/tei'
import { FORMATS } from '../formats.js'
import type { FormatHandler } from '../handler.js'

/**
 * TEI XML (transcriptions of speech). Validation = what fromTei checks: well-formedness (a
 * malformed document throws) and the structure it expects, as positioned messages.
 */
export const teiHandler: FormatHandler = {
  info: FORMATS.tei,
  async read(input, options) {
    return fromTei(input, options as FromTeiOptions)
  },
  write(transcript, options) {
    return toTei(transcript, options as ToTeiOptions)
  },
  async validate(input, options) {
    return fromTei(input, options as FromTeiOptions).messages
  },
}
