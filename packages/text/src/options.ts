import type { EventKind, Role, Transcript, VerbatimMessage, ReadOptions, ReadResult } from '@verbatim/core'
import type { GrammarId } from './grammars.js'

/** What the user knows about a speaker; overrides everything `fromText` would infer. */
export interface SpeakerOption {
  /** Registry id (default: made from the name, `jean-yves-le-drian`). */
  id?: string
  name: string
  /** Default `unknown`. */
  role?: Role
  title?: string
  affiliation?: string
  /** Default `false`. */
  group?: boolean
}

export interface FromTextOptions extends ReadOptions {
  /** File name put into every message (default: none). */
  file?: string
  /** Label or alias -> speaker (default `{}`); matched case-insensitively before any inference. */
  speakers?: Record<string, SpeakerOption>
  /** Extra event wordings -> kind, e.g. `{ '(BELL RINGS)': 'noise' }` (default `{}`). */
  events?: Record<string, EventKind>
  /** Force a label grammar instead of choosing one per document (default `'auto'`). */
  grammar?: GrammarId | 'auto'
  /** Where labels may start: `'paragraph'`, `'line'` or `'auto'` (default `'auto'`). */
  labelsAt?: 'paragraph' | 'line' | 'auto'
}

/** What the reader returns: core's one reader result. */
export type FromTextResult = ReadResult

export interface ToTextOptions {
  /** Metadata header: `'yaml'` front matter (lossless), `'plain'` title/date/place lines, or `'none'` (default `'yaml'`). */
  header?: 'yaml' | 'plain' | 'none'
  /** Write the speaker registry into the YAML header so names and roles read back (default `true`). */
  speakers?: boolean
  /** Write turn times as `[hh:mm:ss.mmm]` after the label (default `true`). */
  times?: boolean
  /**
   * How a segment's time is written where no original wording is kept (`data.mark`):
   * `'bracket'` `[00:01:02]` (default) or `'paren'` `(00:01:02)`. A mark read from text is
   * written back as it was written.
   */
  timeMarks?: 'bracket' | 'paren'
  /** Qualifier written after the label of an interpreted turn (default `'(THROUGH TRANSLATOR)'`). */
  interpretedQualifier?: string
  /** Line ending (default `'\n'`). */
  newline?: '\n' | '\r\n'
  /** Receives a message for every piece of content the text form cannot hold (default: none). */
  onMessage?: (message: VerbatimMessage) => void
}
