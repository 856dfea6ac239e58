/**
 * Which format an input is in: `--from` when given, else the file extension, else the content.
 * Content sniffing looks only at the first few kilobytes, so it stays cheap on big files.
 */
import { VerbatimError } from '@verbatim/core'
import { formatFromExtension, type FormatName } from './formats.js'

export const SOURCE = 'verbatim-cli'

export interface Detection {
  format: FormatName
  /** How it was decided, for `inspect` and error messages. */
  by: 'option' | 'extension' | 'content'
}

const SNIFF_LENGTH = 8192

/** True when the text holds NUL bytes or many replacement characters: not a text file. */
export function looksBinary(content: string): boolean {
  const head = content.slice(0, SNIFF_LENGTH)
  if (head.includes('\u0000')) return true
  let replacements = 0
  for (const char of head) if (char === '\ufffd') replacements++
  return head.length > 0 && replacements / head.length > 0.1
}

/**
 * What the JSON of each speech-to-text service has near its start, as data (keys in the order the
 * services write them; the reader itself recognises the service on the whole JSON).
 */
export const STT_JSON_HINTS: readonly RegExp[] = [
  /"results"\s*:\s*\{\s*"channels"\s*:/, // Deepgram
  /"channels"\s*:\s*\[\s*\{\s*"alternatives"/, // Deepgram
  /"results"\s*:\s*\{\s*"(?:transcripts|items|language_code|speaker_labels|audio_segments)"/, // AWS Transcribe
  /"Transcript"\s*:\s*\[\s*\{[^{}]*"(?:ParticipantRole|BeginOffsetMillis)"/, // AWS Call Analytics
  /"monologues"\s*:\s*\[/, // Rev.ai
  /"segments"\s*:\s*\[\s*\{[^{}]*"(?:seek|avg_logprob|no_speech_prob)"/, // Whisper
  /"segments"\s*:\s*\[\s*\{\s*"start"\s*:[^{}]*"text"\s*:/, // Whisper relatives, WhisperX
  /"(?:acoustic_model|language_model|speech_model|audio_duration)"\s*:/, // AssemblyAI
]

/** Podcasting 2.0 JSON: `segments` of `startTime`/`endTime`/`body`. */
const PODCAST_JSON = /"segments"\s*:\s*\[\s*\{[^{}]*"(?:startTime|endTime|body)"\s*:/

/** A SubRip file opens with a cue: an optional number line, then a timing line with `-->`. */
const SRT_START = /^(?:\d+[ \t]*\r?\n)?[ \t]*\d+:\d{1,2}:\d{1,2}(?:[,.]\d{1,3})?[ \t]*-->[ \t]*\d+:\d{1,2}:\d{1,2}/

/** The format of JSON from its start: JSON-LD, Podcasting 2.0, a speech-to-text result, else the model. */
function sniffJson(head: string): FormatName {
  // JSON-LD always carries an @context (or an @graph / @type); the model JSON never does.
  if (/"@(?:context|graph|type)"\s*:/.test(head)) return 'jsonld'
  if (/^\s*\{\s*"type"\s*:\s*"transcript"/.test(head)) return 'json'
  if (PODCAST_JSON.test(head)) return 'podcast'
  if (STT_JSON_HINTS.some((hint) => hint.test(head))) return 'stt'
  return 'json'
}

/** The format of a text from its content alone. */
export function sniffFormat(content: string): FormatName {
  const head = content.slice(0, SNIFF_LENGTH).replace(/^\ufeff/, '')
  const start = head.trimStart()
  // The WebVTT signature must open the file (after an optional BOM), per the WebVTT spec.
  if (/^WEBVTT(?:[ \t\r\n]|$)/.test(head)) return 'webvtt'
  if (SRT_START.test(start)) return 'srt'
  if (start.startsWith('<')) return /<(?:cite|time)\b/i.test(head) && /<p\b/i.test(head) && !/<TEI\b/.test(head) ? 'podcast' : 'tei'
  if (start.startsWith('{') || start.startsWith('[')) return sniffJson(head)
  return 'text'
}

/**
 * Decide the format of an input. `from` wins; then the path's extension (`.json` is checked
 * against the content, since JSON-LD is often saved as `.json`); then the content.
 */
export function detectFormat(content: string, path?: string, from?: FormatName): Detection {
  if (from) return { format: from, by: 'option' }
  if (looksBinary(content)) {
    throw new VerbatimError(
      `cannot read ${path ?? 'the input'}: it looks like binary data, not a transcript`,
      'binary-input',
      SOURCE,
      path === undefined ? {} : { file: path },
    )
  }
  const byExtension = path === undefined ? undefined : formatFromExtension(path)
  if (byExtension === 'json' && !path!.toLowerCase().endsWith('.verbatim.json')) {
    // A .json file may be JSON-LD, a speech-to-text result or a Podcasting 2.0 transcript.
    const sniffed = sniffFormat(content)
    if (sniffed === 'jsonld' || sniffed === 'stt' || sniffed === 'podcast') return { format: sniffed, by: 'content' }
  }
  if (byExtension) return { format: byExtension, by: 'extension' }
  return { format: sniffFormat(content), by: 'content' }
}
