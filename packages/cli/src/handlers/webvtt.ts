import { fromWebVtt, parseWebVtt, toWebVtt, type FromWebVttOptions, type ToWebVttOptions } from '@verbatim/webvtt'
import { FORMATS } from '../formats.js'
import type { FormatHandler } from '../handler.js'

/** WebVTT captions; validation = the cue-level parser in strict mode (the browser algorithm). */
export const webvttHandler: FormatHandler = {
  info: FORMATS.webvtt,
  async read(input, options) {
    return fromWebVtt(input, options as FromWebVttOptions)
  },
  write(transcript, options) {
    return toWebVtt(transcript, options as ToWebVttOptions)
  },
  async validate(input, options) {
    // tolerant: false = exactly the browser parsing algorithm; every deviation is reported.
    const file = typeof options.file === 'string' ? { file: options.file } : {}
    return parseWebVtt(input, { ...file, tolerant: false }).messages
  },
}
