/**
 * Which format an input is in: `--from` when given, else the file extension, else the content.
 * Content sniffing looks only at the first few kilobytes, so it stays cheap on big files.
 */
import { VerbatimError } from '@verbatim/core'
import { SERVICE_SIGNATURES } from '@verbatim/stt'
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
    return { format: modelJson(content, path), by: 'extension' }
  }
  if (byExtension) return { format: byExtension, by: 'extension' }
  const sniffed = sniffFormat(content)
  return { format: sniffed === 'json' ? modelJson(content, path) : sniffed, by: 'content' }
}

/**
 * JSON that is no other format is the model's own JSON only when it says so (`"type":
 * "transcript"`); any other JSON (another service's, a truncated download of an API error) is
 * refused here with what each format Verbatim reads has, not with the model schema's errors.
 */
function modelJson(content: string, path: string | undefined): 'json' {
  if (/"type"\s*:\s*"transcript"/.test(content)) return 'json'
  const keys = [...content.slice(0, SNIFF_LENGTH).matchAll(/"([^"\\\n]{1,40})"\s*:/g)].slice(0, 8).map((match) => `"${match[1]}"`)
  const expected = ['the Verbatim model\'s JSON (`"type": "transcript"`)', 'JSON-LD (`"@context"`)', ...SERVICE_SIGNATURES.map(([, what]) => what)]
  throw new VerbatimError(
    `${path ?? 'the input'} is JSON of no format Verbatim reads: expected ${expected.join(', ')}; found ${keys.length > 0 ? `the keys ${keys.join(', ')}` : 'no keys'} (give --from to read it as one of them anyway)`,
    'unknown-json',
    SOURCE,
    { expected: expected.join(' | '), actual: keys.join(', ') || 'no keys', ...(path === undefined ? {} : { file: path }) },
  )
}
