import { VerbatimError } from '@verbatim/core'
import { fromPodcast, fromStt, toPodcastJson, type FromSttOptions, type ToPodcastJsonOptions } from '@verbatim/stt'
import { SOURCE } from '../detect.js'
import { FORMATS } from '../formats.js'
import type { FormatHandler } from '../handler.js'

/** Speech-to-text results (Whisper, Deepgram, AssemblyAI, AWS Transcribe, Rev.ai): read only. */
export const sttHandler: FormatHandler = {
  info: FORMATS.stt,
  async read(input, options) {
    const { transcript, messages } = fromStt(input, options as FromSttOptions)
    return { transcript, messages }
  },
  write() {
    throw new VerbatimError('speech-to-text JSON is read, not written: choose another output format', 'read-only-format', SOURCE)
  },
  async validate(input, options) {
    return fromStt(input, options as FromSttOptions).messages
  },
}

/** Podcasting 2.0 transcripts: JSON read and written, HTML read. */
export const podcastHandler: FormatHandler = {
  info: FORMATS.podcast,
  async read(input, options) {
    return fromPodcast(input, options as FromSttOptions)
  },
  write(transcript, options) {
    return toPodcastJson(transcript, options as ToPodcastJsonOptions)
  },
  async validate(input, options) {
    return fromPodcast(input, options as FromSttOptions).messages
  },
}
