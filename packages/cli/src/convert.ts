/**
 * Any-to-any conversion in memory: detect or take the input format, read it into the model,
 * write the target format. Reader and writer messages come back together, in that order.
 */
import type { Transcript, VerbatimMessage } from '@verbatim/core'
import { detectFormat } from './detect.js'
import type { FormatName } from './formats.js'
import type { FormatOptions } from './handler.js'
import { getFormat } from './registry.js'

/** Options keyed by format name. */
export type PerFormat = Partial<Record<FormatName, Record<string, unknown>>>

/** Options shared by reading and writing. */
export interface CommonOptions {
  /** Name of the input, used in messages and for detection by extension (default none). */
  file?: string
  /**
   * Options for one format only, applied on top of the shared ones when that format is read or
   * written (`{ tei: { idPrefix: 'pc-' } }`). Default none.
   */
  formatOptions?: PerFormat
  /** Options for one format's reader only (`{ text: { speakers: {...} } }`), over `formatOptions`. Default none. */
  readerOptions?: PerFormat
  /** Options for one format's writer only (`{ text: { header: 'plain' } }`), over `formatOptions`. Default none. */
  writerOptions?: PerFormat
  /** Called with every message as it happens, besides collecting them (default none). */
  onMessage?: (message: VerbatimMessage) => void
  /** Any other option is passed to both the reader and the writer (`speakers`, `maxLineLength`...). */
  [option: string]: unknown
}

export interface ReadOptions extends CommonOptions {
  /** Input format; detected from `file`'s extension, then from the content, when omitted. */
  from?: FormatName
}

export interface WriteOptions extends CommonOptions {
  /** Output format. */
  to: FormatName
}

export interface ConvertOptions extends ReadOptions {
  /** Output format. */
  to: FormatName
}

export interface ReadOutcome {
  transcript: Transcript
  /** The format the input was read as. */
  from: FormatName
  /** How the format was decided. */
  detectedBy: 'option' | 'extension' | 'content'
  messages: VerbatimMessage[]
}

export interface ConvertResult extends ReadOutcome {
  to: FormatName
  output: string
}

const OWN_KEYS = new Set(['from', 'to', 'formatOptions', 'readerOptions', 'writerOptions', 'onMessage'])

/**
 * The options a format's reader or writer sees: shared options, then the format's own, then
 * those of its reader or writer only (a text reader's `speakers` map is not the text writer's
 * `speakers` switch).
 */
export function optionsFor(format: FormatName, options: CommonOptions, side: 'read' | 'write'): FormatOptions {
  const shared: FormatOptions = {}
  for (const [key, value] of Object.entries(options)) {
    if (!OWN_KEYS.has(key) && value !== undefined) shared[key] = value
  }
  const own = side === 'read' ? options.readerOptions : options.writerOptions
  return { ...shared, ...options.formatOptions?.[format], ...own?.[format] }
}

/** Read any supported input into the model. Throws `VerbatimError` when it cannot be read. */
export async function readTranscript(input: string, options: ReadOptions = {}): Promise<ReadOutcome> {
  const detection = detectFormat(input, options.file, options.from)
  const { transcript, messages } = await getFormat(detection.format).read(input, optionsFor(detection.format, options, 'read'))
  for (const message of messages) options.onMessage?.(message)
  return { transcript, from: detection.format, detectedBy: detection.by, messages }
}

/** Write a transcript in a format; returns the text and what the writer reported. */
export function writeTranscript(
  transcript: Transcript,
  options: WriteOptions,
): { output: string; messages: VerbatimMessage[] } {
  const messages: VerbatimMessage[] = []
  const onMessage = (message: VerbatimMessage) => {
    const located = options.file !== undefined && message.file === undefined ? { ...message, file: options.file } : message
    messages.push(located)
    options.onMessage?.(located)
  }
  const output = getFormat(options.to).write(transcript, { ...optionsFor(options.to, options, 'write'), onMessage })
  return { output, messages }
}

/**
 * Convert a transcript from one format to another.
 *
 * ```js
 * const { output, messages } = await convert(text, { to: 'webvtt', file: 'briefing.txt' })
 * ```
 */
export async function convert(input: string, options: ConvertOptions): Promise<ConvertResult> {
  const read = await readTranscript(input, options)
  const written = writeTranscript(read.transcript, options)
  return { ...read, to: options.to, output: written.output, messages: [...read.messages, ...written.messages] }
}
