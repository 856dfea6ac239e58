import type { ReadOptions, Transcript, VerbatimMessage, ReadResult } from '@verbatim/core'

/** Options of toTei; every one is optional. */
export interface ToTeiOptions {
  /** Prefix put before every xml:id the document defines (speakers, utterances, timeline points). Default `''`. */
  idPrefix?: string
  /** `publicationStmt/publisher`: who publishes this TEI file. Default `'Unknown'`. */
  publisher?: string
  /** `publicationStmt/date`, ISO 8601. Default: none, so the output never depends on the clock. */
  publicationDate?: string
  /** `availability/licence`: a licence URL (also written as `@target`) or name. Default: none. */
  licence?: string
  /** `availability/@status`: `free`, `restricted` or `unknown`. Default `unknown` when no licence is given, none otherwise. */
  availabilityStatus?: 'free' | 'restricted' | 'unknown'
  /** `availability/p`: free text about rights. Default `'The licence of this transcript is not stated.'` when no licence is given. */
  availability?: string
  /** Indent the document (`true`, default) or write it on one line (`false`). Text is identical either way. */
  pretty?: boolean
  /** One level of indentation when `pretty`. Default two spaces. */
  indent?: string
  /** Receives a message for every problem: forbidden characters replaced, unknown speakers, ids that had to change. Default: none. */
  onMessage?: (message: VerbatimMessage) => void
}

/** Options of fromTei; every one is optional. */
export interface FromTeiOptions extends ReadOptions {
  /** The input's file name, put into messages. Default: none. */
  file?: string
  /** The `idPrefix` the document was written with; removed from speaker ids. Default `''`. */
  idPrefix?: string
}

/** What the reader returns: core's one reader result. */
export type FromTeiResult = ReadResult
