import { fromText, toText, type FromTextOptions, type ToTextOptions } from '@verbatim/text'
import { FORMATS } from '../formats.js'
import type { FormatHandler } from '../handler.js'

/** Plain-text transcripts (press conferences, hearings, podcasts); validation = the reader's diagnostics. */
export const textHandler: FormatHandler = {
  info: FORMATS.text,
  async read(input, options) {
    return fromText(input, options as FromTextOptions)
  },
  write(transcript, options) {
    return toText(transcript, options as ToTextOptions)
  },
  async validate(input, options) {
    return fromText(input, options as FromTextOptions).messages
  },
}
