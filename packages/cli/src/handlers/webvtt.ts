import { fromWebVtt, parseWebVtt, toWebVtt, type FromWebVttOptions, type ToWebVttOptions } from '@verbatim/webvtt'
import { FORMATS } from '../formats.js'
import type { FormatHandler } from '../handler.js'

/**
 * Parser warnings that mean a browser drops or merges what the author wrote: the file loads, but
 * it breaks WebVTT's syntax, so `validate` reports them as errors.
 */
const SYNTAX_ERRORS = new Set(['invalid-cue-timings', 'ignored-block', 'missing-blank-line'])

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
    return parseWebVtt(input, { ...file, tolerant: false }).messages.map((message) =>
      SYNTAX_ERRORS.has(message.ruleId) ? { ...message, severity: 'error' as const } : message,
    )
  },
}
