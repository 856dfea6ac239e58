import { fromSrt, toSrt, type FromSrtOptions, type ToSrtOptions } from '@verbatim/srt'
import { FORMATS } from '../formats.js'
import type { FormatHandler } from '../handler.js'

/** SubRip subtitles; validation = the reader's diagnostics (SubRip has no stricter rules to apply). */
export const srtHandler: FormatHandler = {
  info: FORMATS.srt,
  async read(input, options) {
    return fromSrt(input, options as FromSrtOptions)
  },
  write(transcript, options) {
    return toSrt(transcript, options as ToSrtOptions)
  },
  async validate(input, options) {
    return fromSrt(input, options as FromSrtOptions).messages
  },
}
