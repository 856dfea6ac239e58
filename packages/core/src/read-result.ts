import type { VerbatimMessage } from './message.js'
import type { Transcript } from './types.js'

/** What every reader returns: the transcript and the messages about the source (warnings, infos). */
export interface ReadResult {
  transcript: Transcript
  messages: VerbatimMessage[]
}

/** The options every reader takes (each reader's own options extend these). */
export interface ReadOptions {
  /** File name put into messages. */
  file?: string
  /**
   * Give nodes, speakers and notes their `position` in the source; default `true`. With `false`
   * the transcript is the one `removePositions` makes of the default one (messages keep their own
   * places), read with less memory: a converter that never reports on nodes does not need them.
   * A reader that cannot leave them out removes them at the end.
   */
  positions?: boolean
}
