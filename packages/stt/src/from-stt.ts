/**
 * Speech-to-text JSON -> transcript: the service is recognised by the shape of the JSON, its reader
 * makes units of it, and one builder makes the transcript (see `build.ts`).
 */
import { jsonErrorPoint, VerbatimError, type ReadOptions, type ReadResult, type Metadata, type Point, type Transcript, type VerbatimMessage } from '@verbatim/core'
import { parseWithoutUtterances } from './deepgram-text.js'
import { TranscriptBuilder, type Unit } from './build.js'
import { podcastHtmlUnits, podcastUnits } from './podcast.js'
import { assemblyAiUnits } from './read-assemblyai.js'
import { awsAnalyticsUnits, awsUnits } from './read-aws.js'
import { isRecord, ReadContext, SOURCE } from './read-context.js'
import { deepgramUnits } from './read-deepgram.js'
import { revUnits } from './read-rev.js'
import { whisperUnits } from './read-whisper.js'

export type SttService = 'whisper' | 'deepgram' | 'assemblyai' | 'aws-transcribe' | 'aws-transcribe-call-analytics' | 'rev-ai' | 'podcast'

/**
 * The read option `positions` is taken with core's meaning; the nodes read from speech-to-text JSON have
 * no `position` either way (a JSON path has no line in the result), and messages keep their places.
 */
export interface FromSttOptions extends ReadOptions {
  /** Read as this service's JSON instead of recognising it by its shape. */
  service?: SttService
  /** Start a paragraph after a silence of at least this many seconds, where the service gives no paragraphs; default `2`. */
  paragraphGap?: number
  /** File name put into messages. */
  file?: string
}

export interface FromSttResult extends ReadResult {
  /** The service the JSON was read as. */
  service: SttService
}

type Reader = (json: Record<string, unknown>, context: ReadContext) => { units: Unit[]; meta: Metadata }

const READERS: Readonly<Record<SttService, Reader>> = {
  whisper: whisperUnits,
  deepgram: deepgramUnits,
  assemblyai: assemblyAiUnits,
  'aws-transcribe': awsUnits,
  'aws-transcribe-call-analytics': awsAnalyticsUnits,
  'rev-ai': revUnits,
  podcast: podcastUnits,
}

const has = (value: unknown, key: string): boolean => isRecord(value) && value[key] !== undefined
/** The first object of an array (services' arrays may start with a stray value). */
const firstOf = (value: unknown): unknown => (Array.isArray(value) ? value.slice(0, 16).find(isRecord) : undefined)

/** What each service's JSON looks like, tried in order: the first that matches names the service. */
export const SERVICE_SIGNATURES: ReadonlyArray<readonly [SttService, string, (json: Record<string, unknown>) => boolean]> = [
  ['deepgram', '`results.channels` (Deepgram)', (json) => isRecord(json.results) && Array.isArray(json.results.channels)],
  ['aws-transcribe', '`results.items` or `results.transcripts` (AWS Transcribe)', (json) => isRecord(json.results) && (Array.isArray(json.results.items) || Array.isArray(json.results.transcripts))],
  ['aws-transcribe-call-analytics', '`Transcript` entries with `ParticipantRole` (AWS Transcribe Call Analytics)', (json) => Array.isArray(json.Transcript) && (json.Transcript.length === 0 || has(json.Transcript[0], 'ParticipantRole') || has(json.Transcript[0], 'BeginOffsetMillis'))],
  ['rev-ai', '`monologues` (Rev.ai)', (json) => Array.isArray(json.monologues)],
  ['podcast', '`version` and `segments` with `startTime` and `body` (Podcasting 2.0)', (json) => Array.isArray(json.segments) && (has(firstOf(json.segments), 'startTime') || has(firstOf(json.segments), 'body') || (json.segments.length === 0 && typeof json.version === 'string'))],
  ['whisper', '`segments` with `start`, `end` and `text` (Whisper)', (json) => Array.isArray(json.segments) && (json.segments.length === 0 ? typeof json.text === 'string' : has(firstOf(json.segments), 'start') && (has(firstOf(json.segments), 'text') || has(firstOf(json.segments), 'words')))],
  ['assemblyai', '`words` or `utterances` with `audio_duration` (AssemblyAI)', (json) => (Array.isArray(json.words) || Array.isArray(json.utterances)) && ('audio_duration' in json || 'acoustic_model' in json || 'speech_model' in json || 'language_model' in json || has(firstOf(json.words), 'text'))],
]

/** The service whose JSON this is, or undefined. */
export function detectService(json: unknown): SttService | undefined {
  if (!isRecord(json)) return undefined
  return SERVICE_SIGNATURES.find(([, , test]) => test(json))?.[0]
}

/** Where the JSON stops being JSON, as a point (core's locator; the start when it cannot say). */
function parsePoint(text: string): Point {
  return jsonErrorPoint(text) ?? { line: 1, column: 1, offset: 0 }
}

export function parseJson(text: string, file: string | undefined): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (error) {
    const body = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text
    const place = parsePoint(body)
    const reason = (place.offset ?? 0) >= body.length ? 'The JSON ends too early (truncated?)' : `Not valid JSON: ${error instanceof Error ? error.message.replace(/\s+/g, ' ').slice(0, 120) : String(error)}`
    throw new VerbatimError(reason, 'invalid-json', SOURCE, { place, ...(file === undefined ? {} : { file }) })
  }
}

/** The JSON of a text; a Deepgram response without its utterances until they are asked for (`deepgram-text.ts`). */
function readJson(text: string, service: SttService | undefined, file: string | undefined): unknown {
  if (service !== undefined && service !== 'deepgram') return parseJson(text, file)
  const lean = parseWithoutUtterances(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, () => parseJson(text, file))
  return lean ?? parseJson(text, file)
}

/** Read a speech-to-text result (a JSON string or the parsed value) into a transcript. */
export function fromStt(input: string | unknown, options: FromSttOptions = {}): FromSttResult {
  const context = new ReadContext(options.file)
  // The parsed JSON lives only while the units are made (in `readUnits`), so it can be collected before the transcript is built.
  const { units, meta, service } = readUnits(input, options, context)
  return { ...build(units, meta, context, options), service }
}

function readUnits(input: unknown, options: FromSttOptions, context: ReadContext): { units: Unit[]; meta: Metadata; service: SttService } {
  const file = options.file
  const json = typeof input === 'string' ? readJson(input, options.service, file) : input
  context.ownsJson = typeof input === 'string'
  const service = options.service ?? detectService(json)
  if (!isRecord(json) || service === undefined) {
    const found = isRecord(json) ? `an object with ${Object.keys(json).slice(0, 8).map((key) => `\`${key}\``).join(', ') || 'no keys'}` : Array.isArray(json) ? 'an array' : `${json === null ? 'null' : typeof json}`
    const verbatim = isRecord(json) && json.type === 'transcript' ? ' (this is the Verbatim model: read it with fromJson from @verbatim/core)' : ''
    throw new VerbatimError(`Not a speech-to-text result this reader knows${verbatim}: expected ${SERVICE_SIGNATURES.map(([, what]) => what).join(', ')}; found ${found}`, 'unknown-stt-json', SOURCE, {
      expected: SERVICE_SIGNATURES.map(([name]) => name).join(' | '),
      actual: found,
      ...(file === undefined ? {} : { file }),
    })
  }
  const signature = SERVICE_SIGNATURES.find(([name]) => name === service)!
  if (options.service !== undefined && !signature[2](json)) {
    const detected = detectService(json)
    throw new VerbatimError(`Not ${service} JSON: expected ${signature[1]}${detected ? `; this looks like ${detected} JSON` : ''}`, 'wrong-service', SOURCE, {
      expected: signature[1],
      actual: detected ?? 'unknown',
      ...(file === undefined ? {} : { file }),
    })
  }
  return { ...READERS[service](json, context), service }
}

/** The transcript of the units; each unit is let go once built, so the words it held can be collected while the tree grows. */
function build(units: Array<Unit | undefined>, meta: Metadata, context: ReadContext, options: FromSttOptions): { transcript: Transcript; messages: VerbatimMessage[] } {
  const builder = new TranscriptBuilder(context, { paragraphGap: options.paragraphGap ?? 2 })
  for (let index = 0; index < units.length; index++) {
    builder.add(units[index]!)
    units[index] = undefined
  }
  const transcript = builder.finish(meta)
  keepData(transcript, context)
  return { transcript, messages: context.finish() }
}

/** What the reader kept of the JSON for want of a field (`ReadContext.kept`) as the transcript's `data.stt`, said in one message. */
function keepData(transcript: Transcript, context: ReadContext): void {
  const paths = Object.keys(context.kept)
  if (paths.length === 0) return
  transcript.data = { stt: context.kept }
  const named = paths.slice(0, 12).map((path) => `\`${path}\``).join(', ') + (paths.length > 12 ? ` and ${paths.length - 12} more` : '')
  context.note(`Kept as they are in the transcript's \`data.stt\` (the model has no field for them; JSON, TEI and JSON-LD carry it): ${named}`, 'kept-as-data', paths[0]!)
}

/** Read a Podcasting 2.0 transcript: the JSON form (string or parsed) or the HTML form. */
export function fromPodcast(input: string | unknown, options: Omit<FromSttOptions, 'service'> = {}): { transcript: Transcript; messages: VerbatimMessage[] } {
  if (typeof input === 'string' && /^\s*</.test(input)) {
    const context = new ReadContext(options.file, input)
    const { units, meta } = podcastHtmlUnits(input, context)
    return build(units, meta, context, options)
  }
  const { transcript, messages } = fromStt(input, { ...options, service: 'podcast' })
  return { transcript, messages }
}
