/**
 * The shape every format handler has: read (async, since JSON-LD expansion is), write, and
 * validate (every problem the format's own rules find, not just what a reader tolerates).
 */
import type { ReadResult, Transcript, VerbatimMessage } from '@verbatim/core'
import type { FormatInfo } from './formats.js'

/** Core's one reader result (re-exported: the CLI's API named it first). */
export type { ReadResult }

/** Options handed to readers and writers: the format's own options plus `file`. */
export type FormatOptions = Record<string, unknown> & { file?: string }

export interface WriteOptions extends FormatOptions {
  /** Called for content the format cannot hold (never dropped silently). */
  onMessage?: (message: VerbatimMessage) => void
}

export interface FormatHandler {
  info: FormatInfo
  /** Read a file's text; throws `VerbatimError` when it cannot be read at all. */
  read(input: string, options: FormatOptions): Promise<ReadResult>
  /** Write a transcript; what cannot be held is reported through `options.onMessage`. */
  write(transcript: Transcript, options: WriteOptions): string
  /** Every problem the format's rules find in a file; throws `VerbatimError` when unreadable. */
  validate(input: string, options: FormatOptions): Promise<VerbatimMessage[]>
}
