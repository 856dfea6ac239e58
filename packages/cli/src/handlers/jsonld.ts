import { fromJsonLd, toJsonLdString, type FromJsonLdOptions, type ToJsonLdStringOptions } from '@verbatim/jsonld'
import { FORMATS } from '../formats.js'
import type { FormatHandler } from '../handler.js'

/** schema.org JSON-LD (a CreativeWork with its transcript); never fetches remote contexts. */
export const jsonldHandler: FormatHandler = {
  info: FORMATS.jsonld,
  async read(input, options) {
    return fromJsonLd(input, options as FromJsonLdOptions)
  },
  write(transcript, options) {
    return toJsonLdString(transcript, options as ToJsonLdStringOptions)
  },
  async validate(input, options) {
    return (await fromJsonLd(input, options as FromJsonLdOptions)).messages
  },
}
