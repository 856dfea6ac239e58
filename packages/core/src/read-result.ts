import type { VerbatimMessage } from './message.js'
import type { Transcript } from './types.js'

/** What every reader returns: the transcript and the messages about the source (warnings, infos). */
export interface ReadResult {
  transcript: Transcript
  messages: VerbatimMessage[]
}
