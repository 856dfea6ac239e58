/**
 * One conversion job, start to finish: read the input, convert it to every target format,
 * write each output atomically. Runs the same in the main thread and in a worker, and never
 * throws: every failure becomes an error message in the result, so a batch goes on.
 */
import { createMessage, isVerbatimError, type Metadata, type Transcript, type VerbatimMessage } from '@verbatim/core'
import { writeFileAtomic } from './atomic-write.js'
import { readTranscript, writeTranscript, type PerFormat } from './convert.js'
import { SOURCE } from './detect.js'
import type { FormatName } from './formats.js'
import { inputText, readInputFile } from './input-text.js'
import { describeFsError, type Job, type JobTarget } from './plan.js'

/** Options of a job; must survive structured cloning (sent to workers), so no functions. */
export interface JobOptions {
  /** Input format (default: detected per file). */
  from?: FormatName
  /** Options for one format only (see `ConvertOptions.formatOptions`). */
  formatOptions?: PerFormat
  /** Options for one format's reader only. */
  readerOptions?: PerFormat
  /** Options for one format's writer only. */
  writerOptions?: PerFormat
  /** Treat warnings as errors: a file with warnings writes nothing (default false). */
  strict?: boolean
  /** Metadata fields set on every transcript between reading and writing (default none). */
  meta?: Metadata
  /** Any other option goes to the reader and the writer. */
  [option: string]: unknown
}

/** Set metadata fields over what the reader found (`source` and `media` merged field by field). */
export function applyMeta(transcript: Transcript, meta: Metadata | undefined): void {
  if (!meta) return
  const { source, media, ...rest } = meta
  Object.assign(transcript.meta, rest)
  if (source) transcript.meta.source = { ...transcript.meta.source, ...source }
  if (media) transcript.meta.media = { ...transcript.meta.media, ...media }
}

export interface JobOutput {
  format: FormatName
  /** Where it was written, or null when it is `stdout`. */
  path: string | null
  /** The text, when it goes to standard output. */
  stdout?: string
}

export interface JobResult {
  input: string
  name: string
  from?: FormatName
  outputs: JobOutput[]
  messages: VerbatimMessage[]
  /** True when the job failed (nothing, or not everything, was written). */
  failed: boolean
}

function errorMessage(reason: string, ruleId: string, file: string): VerbatimMessage {
  return createMessage(reason, ruleId, SOURCE, { severity: 'error', file })
}

/** Messages of a thrown error, with the file name filled in. */
export function messagesOfError(error: unknown, file: string, ruleId = 'read-failed'): VerbatimMessage[] {
  if (isVerbatimError(error)) {
    return error.messages.map((message) => (message.file === undefined ? { ...message, file } : message))
  }
  if ((error as NodeJS.ErrnoException)?.code) return [errorMessage(describeFsError(error, file), ruleId, file)]
  return [errorMessage(`unexpected failure: ${(error as Error)?.stack ?? String(error)}`, 'internal-error', file)]
}

/** One target of a job once converted: its text (unless it failed) and what its writer reported. */
interface Converted {
  format: FormatName
  path: string | null
  output?: string
  messages: VerbatimMessage[]
}

/**
 * Run one job. `content` is the input (bytes or text) when it does not come from a file (stdin).
 * `onConverted` is called when every output is converted and only the writing of files remains
 * (a worker takes its next file then, so its CPU is not idle while the files are flushed).
 */
export async function runJob(job: Job, options: JobOptions, content?: string | Uint8Array, onConverted?: () => void): Promise<JobResult> {
  const result: JobResult = { input: job.input, name: job.name, outputs: [], messages: [], failed: false }
  const fail = (messages: VerbatimMessage[]) => {
    result.messages.push(...messages)
    result.failed = true
    return result
  }
  if (job.problem) return fail([errorMessage(job.problem, job.problemRule ?? 'bad-output', job.name)])

  let text: string
  try {
    const input = content === undefined ? await readInputFile(job.input, job.name) : inputText(content, job.name)
    text = input.text
    result.messages.push(...input.messages)
  } catch (error) {
    return fail(messagesOfError(error, job.name))
  }
  const { strict, meta, ...convertOptions } = options
  const file = job.name
  let read
  try {
    read = await readTranscript(text, { ...readOptions(convertOptions, job.targets), file })
  } catch (error) {
    return fail(messagesOfError(error, file))
  }
  result.from = read.from
  applyMeta(read.transcript, meta)
  result.messages.push(...read.messages.map((message) => (message.file === undefined ? { ...message, file } : message)))
  if (strict && result.messages.some((message) => message.severity !== 'info')) {
    return fail([errorMessage('not converted: the input has warnings and --strict is set', 'strict', file)])
  }
  const converted = job.targets.map((target) => convertTarget(read.transcript, target, convertOptions, file, strict))
  onConverted?.()
  // The files are written at once (each atomically): their flushes overlap.
  await Promise.all(converted.map((target) => writeTarget(target)))
  for (const target of converted) {
    if (target.output === undefined) fail(target.messages)
    else result.messages.push(...target.messages)
    if (target.output !== undefined) result.outputs.push(target.path === null ? { format: target.format, path: null, stdout: target.output } : { format: target.format, path: target.path })
  }
  return result
}

/**
 * Readers that read with less memory and time without node positions (core's read option, which
 * every reader takes with one meaning). `fromText` and `fromTei` place their messages by node
 * positions while reading and remove them at the end: asked for it, they only pay for the removal
 * (fromTei 1.2x the time on the real TEI files); `fromJsonLd` reads again, with positions, a
 * document that has messages (every real file has: 2.2x the time). They are read with positions,
 * and so is the model's JSON, whose positions are in the file.
 */
const READ_WITHOUT_POSITIONS: readonly FormatName[] = ['webvtt', 'srt', 'stt', 'podcast']

/**
 * The options of a conversion's read: without node positions for the readers above, unless a
 * target writes them (only the model's JSON does) or the options say otherwise. Less memory and
 * time, the same outputs; messages keep their places.
 */
function readOptions(options: JobOptions, targets: readonly JobTarget[]): JobOptions {
  if (options.positions !== undefined || targets.some((target) => target.format === 'json')) return options
  const readerOptions: PerFormat = { ...options.readerOptions }
  for (const format of READ_WITHOUT_POSITIONS) {
    if (options.formatOptions?.[format]?.positions === undefined && readerOptions[format]?.positions === undefined) readerOptions[format] = { positions: false, ...readerOptions[format] }
  }
  return { ...options, readerOptions }
}

/** Write one target's text in its format; a failure leaves `output` undefined, with the reason in `messages`. */
function convertTarget(transcript: Transcript, target: JobTarget, options: Record<string, unknown>, file: string, strict: boolean | undefined): Converted {
  const converted: Converted = { format: target.format, path: target.path, messages: [] }
  try {
    const written = writeTranscript(transcript, { ...options, to: target.format, file })
    converted.messages.push(...written.messages)
    if (strict && written.messages.some((message) => message.severity !== 'info')) {
      converted.messages.push(errorMessage(`${target.format} not written: the writer reported content it cannot hold and --strict is set`, 'strict', file))
      return converted
    }
    converted.output = written.output
  } catch (error) {
    converted.messages.push(...messagesOfError(error, file, 'write-failed'))
  }
  return converted
}

/** Write a converted target's file (standard output is printed later, in input order). */
async function writeTarget(target: Converted): Promise<void> {
  if (target.output === undefined || target.path === null) return
  try {
    await writeFileAtomic(target.path, target.output)
  } catch (error) {
    target.messages.push(...messagesOfError(error, target.path, 'write-failed'))
    delete target.output
  }
}
