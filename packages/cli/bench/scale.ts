/**
 * Scaling series (#12): every reader and writer of every format, on inputs of 1, 10 and 100 MB,
 * each size of each case in a fresh process (so that its peak RSS is that run's alone). The goal:
 * 10x the input takes at most 11x the time, and peak memory is at most 5x the input.
 *
 * The inputs come from one synthetic press conference per size (`syntheticTranscript`, about
 * that many MB of speech, turns timed), written by each writer: the writers' outputs are the
 * readers' inputs. Speech-to-text JSON, which no writer writes, is made here from the same
 * transcript (Whisper's shape, one segment per paragraph, every word timed).
 *
 * Per case and size, in its own process: load the input (readers: the file's text; writers: the
 * transcript, parsed from the model JSON), collect garbage, note RSS, and run once: memory is the
 * rise of peak RSS in that run above the RSS with the input loaded, divided by the input's size
 * (readers: the file's bytes; writers: the model JSON's bytes); `<=` marks an upper bound (loading
 * the input peaked higher than the run). The memory verdict is taken at 10 MB and above. Time is
 * the process's CPU time per run (all threads, GC included), warm: after that first run and two
 * runs on the 1 MB input, over at least one run and 1 s of runs.
 *
 * Two baselines show what the platform does at these sizes: `JSON.parse` and `JSON.stringify`
 * of the model JSON (on this machine they too take 12-16x the time for 10x the input: V8's young
 * generation holds a 1 MB input's objects, not a 10 MB one's, which are promoted and marked).
 * Podcasting 2.0 JSON holds timed segments only, so its cases use a transcript of timed words
 * (`syntheticTimedTranscript`, 16,000 words per MB of size; see TIMED_WORDS_PER_MB).
 * The ratios are per byte, scaled to exactly 10x (the sizes are not exact multiples).
 *
 * Run: `npm run bench:scale` (sequential and heavy: several minutes, up to a few GB of memory).
 * `SCALE_SIZES=1,10` for a shorter series, `SCALE_CASES=regex` for some cases only (a reader chosen brings
 * its writer, whose output it reads).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { freemem, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Block, Transcript } from '@verbatim/core'
import { syntheticTimedTranscript, syntheticTranscript } from '@verbatim/test-utils'
import type { FormatName } from '../src/formats.js'
import { getFormat } from '../src/registry.js'

/** `raw`: the baselines, JSON.stringify and JSON.parse of the model JSON. */
type Case = FormatName | 'raw'
const WRITERS: Case[] = ['raw', 'text', 'tei', 'webvtt', 'jsonld', 'srt', 'podcast', 'json']
const READERS: Case[] = ['raw', 'text', 'tei', 'webvtt', 'jsonld', 'srt', 'stt', 'podcast', 'json']
/** Formats whose content is timed words only, read and written from the timed transcript. */
const TIMED: Case[] = ['podcast']
/** Time per byte may grow by this much for 10x the input. */
const TIME_LIMIT = 11
/** Peak memory, in multiples of the input. */
const MEMORY_LIMIT = 5
const CHILD = '--scale-child'
const STT_BYTES_PER_SPEECH_BYTE = 11

interface Measure {
  /** Input bytes. */
  bytes: number
  /** Output bytes (writers). */
  outBytes?: number
  msPerRun: number
  runs: number
  peakRiseMB: number
  peakIsBound: boolean
  error?: string
  skipped?: string
}

const modelFile = (dir: string, size: number) => join(dir, `${size}.model.json`)
const timedModelFile = (dir: string, size: number) => join(dir, `${size}.timed-model.json`)
const inputFile = (dir: string, size: number, format: Case) => join(dir, `${size}.${format}`)
/** The model JSON a writer writes from (the timed transcript for formats of timed words). */
const modelFor = (dir: string, size: number, format: Case) => (TIMED.includes(format) ? timedModelFile(dir, size) : modelFile(dir, size))

// ---- inputs -------------------------------------------------------------------------------

/** Whisper JSON of a transcript: one segment per paragraph, its words spread over the turn's time. */
function whisperJson(transcript: Transcript): string {
  const segments: unknown[] = []
  const speakers = new Map<string, string>()
  for (const block of transcript.children as Block[]) {
    if (block.type !== 'turn' || !block.time) continue
    const speaker = speakers.get(block.speaker ?? '') ?? `SPEAKER_${String(speakers.size).padStart(2, '0')}`
    speakers.set(block.speaker ?? '', speaker)
    const texts = block.children.map((paragraph) => (paragraph.type === 'paragraph' ? paragraph.children.map((inline) => ('value' in inline ? inline.value : '')).join('') : ''))
    const wordCount = texts.reduce((sum, text) => sum + text.split(' ').length, 0)
    const step = ((block.time.end ?? block.time.start) - block.time.start) / Math.max(1, wordCount)
    let clock = block.time.start
    for (const text of texts) {
      const start = clock
      const words = text.split(' ').map((word) => {
        const at = clock
        clock += step
        return { word: ` ${word}`, start: round(at), end: round(at + step * 0.9), probability: 0.9 }
      })
      segments.push({ id: segments.length, start: round(start), end: round(clock), text: ` ${text}`, speaker, words })
    }
  }
  return JSON.stringify({ text: '', language: 'en', segments })
}

const round = (value: number) => Math.round(value * 1000) / 1000

/**
 * Words of the timed transcript per MB of size: a timed word is about 150 bytes of model JSON
 * (its times, confidence and the spaces between words are nodes), so at 100 MB a transcript with
 * the same speech as the others would be 2 GB of JSON, more than a string can hold. This many
 * words make about 2.5 MB of model JSON and 0.3 MB of Podcasting 2.0 JSON per MB of size.
 */
const TIMED_WORDS_PER_MB = 16_000

function prepare(dir: string, size: number): void {
  const transcript = syntheticTranscript(size * 1e6)
  const model = JSON.stringify(transcript)
  writeFileSync(modelFile(dir, size), model)
  // The baseline reader's input: the model JSON as a file of its own.
  writeFileSync(inputFile(dir, size, 'raw'), model)
  writeFileSync(timedModelFile(dir, size), JSON.stringify(syntheticTimedTranscript(size * TIMED_WORDS_PER_MB)))
  // Every word of speech-to-text JSON is an object with its times: about 11 bytes of JSON per
  // byte of speech, so the JSON of a transcript 11 times smaller is about `size` MB.
  writeFileSync(inputFile(dir, size, 'stt'), whisperJson(syntheticTranscript((size * 1e6) / STT_BYTES_PER_SPEECH_BYTE)))
}

// ---- one measurement (child) ------------------------------------------------------------

/** The baselines, as a format: the model JSON parsed, and the model written as JSON. */
const RAW = {
  read: async (input: string, _options: object) => JSON.parse(input) as unknown,
  write: (transcript: Transcript, _options: object) => JSON.stringify(transcript),
}

const gc = () => (globalThis as { gc?: () => void }).gc?.()
const cpuMs = () => {
  const used = process.cpuUsage()
  return (used.user + used.system) / 1000
}

async function measure(side: 'read' | 'write', format: Case, size: number, dir: string): Promise<void> {
  const handler = format === 'raw' ? RAW : getFormat(format)
  const load = async (at: number): Promise<{ input: unknown; bytes: number }> => {
    if (side === 'read') {
      const text = readFileSync(inputFile(dir, at, format), 'utf8')
      return { input: text, bytes: Buffer.byteLength(text) }
    }
    const json = readFileSync(modelFor(dir, at, format), 'utf8')
    return { input: JSON.parse(json) as Transcript, bytes: Buffer.byteLength(json) }
  }
  const run = (input: unknown) => (side === 'read' ? handler.read(input as string, {}) : handler.write(input as Transcript, {}))
  // Memory first, in a process that has done nothing else yet (so no earlier peak hides this one).
  const { input, bytes } = await load(size)
  gc()
  const baseline = process.memoryUsage().rss
  const peakBefore = process.resourceUsage().maxRSS * 1024
  let began = cpuMs()
  let keep: unknown = await run(input)
  const firstMs = cpuMs() - began
  const peak = process.resourceUsage().maxRSS * 1024
  // That first run was cold (code not compiled yet, heap not grown): the time is measured warm,
  // after two more runs on the 1 MB input, over at least one run and 1 s.
  void firstMs
  keep = undefined
  let warm: unknown = (await load(1)).input
  for (let i = 0; i < 2; i++) await run(warm)
  warm = undefined
  gc()
  let runs = 0
  let elapsed = 0
  began = cpuMs()
  do {
    keep = undefined
    keep = await run(input)
    runs++
    elapsed = cpuMs() - began
  } while (elapsed < 1000 && runs < 50)
  const result: Measure = { bytes, msPerRun: elapsed / runs, runs, peakRiseMB: Math.max(0, peak - baseline) / 1e6, peakIsBound: peak <= peakBefore }
  if (side === 'write') {
    const output = keep as string
    result.outBytes = Buffer.byteLength(output)
    // The writer's output is the reader's input of the same size.
    if (format !== 'raw') writeFileSync(inputFile(dir, size, format), output)
  }
  process.stdout.write(JSON.stringify(result) + '\n')
}

// ---- the series (parent) ------------------------------------------------------------------

function child(args: string[]): Measure {
  const run = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=16384', '--import', 'tsx', fileURLToPath(import.meta.url), CHILD, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
    timeout: 20 * 60_000,
  })
  const line = run.stdout.trim().split('\n').pop() ?? ''
  try {
    return JSON.parse(line) as Measure
  } catch {
    const reason = run.error?.message ?? run.stderr.trim().split('\n').find((l) => /Error|heap/.test(l)) ?? `exit ${run.status}`
    return { bytes: NaN, msPerRun: NaN, runs: 0, peakRiseMB: NaN, peakIsBound: false, error: reason.slice(0, 100) }
  }
}

function series(): void {
  const sizes = (process.env.SCALE_SIZES ?? '1,10,100').split(',').map(Number)
  if (sizes[0] !== 1) throw new Error('SCALE_SIZES must start with 1 (every run warms up on the 1 MB input)')
  const only = process.env.SCALE_CASES ? new RegExp(process.env.SCALE_CASES) : undefined
  // A reader's input is its writer's output: a reader chosen by SCALE_CASES brings its writer along.
  const chosen = (side: 'read' | 'write', format: Case) => !only || only.test(`${side} ${format}`) || (side === 'write' && format !== 'raw' && READERS.includes(format) && only.test(`read ${format}`))
  const cases = [...WRITERS.map((format) => ({ side: 'write' as const, format })), ...READERS.map((format) => ({ side: 'read' as const, format }))].filter(({ side, format }) => chosen(side, format))
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-scale-'))
  const results = new Map<string, Map<number, Measure>>()
  console.log(`Scaling series: sizes ${sizes.join(', ')} MB of speech, each case and size in a fresh process (CPU time; peak RSS rise over the input)`)
  try {
    for (const size of sizes) {
      const prepared = child(['prepare', 'none', String(size), dir])
      if (prepared.error) throw new Error(`preparing ${size} MB failed: ${prepared.error}`)
      for (const { side, format } of cases) {
        const name = format === 'raw' ? (side === 'read' ? 'baseline JSON.parse' : 'baseline JSON.stringify') : `${side} ${format}`
        const row = results.get(name) ?? new Map<number, Measure>()
        results.set(name, row)
        const previous = row.get(sizes[sizes.indexOf(size) - 1] ?? NaN)
        const skip = skipReason(side, format, size, dir, previous, size / (sizes[sizes.indexOf(size) - 1] ?? size))
        const measured = skip ? { bytes: NaN, msPerRun: NaN, runs: 0, peakRiseMB: NaN, peakIsBound: false, skipped: skip } : child([side, format, String(size), dir])
        row.set(size, measured)
        console.log(`  ${name} ${size} MB: ${describe(measured)}`)
      }
      // Inputs of this size are no longer needed once every case has read them.
      if (size !== 1) for (const format of [...READERS, 'model.json', 'timed-model.json']) rmSync(join(dir, `${size}.${format}`), { force: true })
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  printTable(sizes, results)
}

/** Why a case is not run at a size: its input is missing (its writer failed), or it would not fit in memory. */
function skipReason(side: 'read' | 'write', format: Case, size: number, dir: string, previous: Measure | undefined, factor: number): string | undefined {
  const file = side === 'read' ? inputFile(dir, size, format) : modelFor(dir, size, format)
  if (!existsSync(file)) return `no input (the ${format} writer failed at ${size} MB)`
  if (previous && Number.isFinite(previous.peakRiseMB)) {
    const needed = (previous.peakRiseMB + (statSync(file).size / 1e6) * 3) * factor * 1.2
    if (needed * 1e6 > freemem()) return `would not fit: about ${(needed / 1e3).toFixed(1)} GB needed, ${(freemem() / 1e9).toFixed(1)} GB free`
  }
  return undefined
}

function describe(measure: Measure): string {
  if (measure.skipped) return `skipped: ${measure.skipped}`
  if (measure.error) return `failed: ${measure.error}`
  return `${(measure.bytes / 1e6).toFixed(1)} MB in, ${measure.msPerRun.toFixed(0)} ms CPU, peak +${measure.peakRiseMB.toFixed(0)} MB (${runsLabel(measure)})`
}

const runsLabel = (measure: Measure) => `${measure.runs} run${measure.runs === 1 ? '' : 's'}`

/** Time per byte at `to` over time per byte at `from`, times 10: the time ratio for exactly 10x the input. */
function scaledRatio(from: Measure | undefined, to: Measure | undefined): number {
  if (!from || !to || from.error || to.error || from.skipped || to.skipped) return NaN
  return (to.msPerRun / to.bytes / (from.msPerRun / from.bytes)) * 10
}

function printTable(sizes: number[], results: Map<string, Map<number, Measure>>): void {
  const header = ['case', ...sizes.flatMap((size) => [`${size}: MB in`, `${size}: ms CPU`, `${size}: peak/in`]), ...sizes.slice(1).map((size, i) => `${size}/${sizes[i]}`), `time <= ${TIME_LIMIT}x`, `peak <= ${MEMORY_LIMIT}x`]
  const rows = [header]
  const notes: string[] = []
  for (const [name, row] of results) {
    const cells = [name]
    let memoryOk = true
    let memoryKnown = true
    for (const size of sizes) {
      const measure = row.get(size)
      if (!measure || measure.error || measure.skipped) {
        cells.push(measure?.skipped ? 'skipped' : 'failed', '', '')
        if (measure) notes.push(`  ${name} ${size} MB: ${describe(measure)}`)
        continue
      }
      const ratio = measure.peakRiseMB / (measure.bytes / 1e6)
      // At 1 MB, the heap V8 grows for any run (tens of MB) hides the input's share.
      if (size >= 10 && ratio > MEMORY_LIMIT) {
        memoryOk = false
        if (measure.peakIsBound) memoryKnown = false
      }
      cells.push((measure.bytes / 1e6).toFixed(1), measure.msPerRun.toFixed(0), `${measure.peakIsBound ? '<=' : ''}${ratio.toFixed(1)}`)
    }
    const ratios = sizes.slice(1).map((size, i) => scaledRatio(row.get(sizes[i]!), row.get(size)))
    cells.push(...ratios.map((ratio) => (Number.isFinite(ratio) ? ratio.toFixed(1) : '-')))
    const measured = ratios.filter(Number.isFinite)
    cells.push(measured.length === 0 ? '-' : measured.every((ratio) => ratio <= TIME_LIMIT) ? 'pass' : 'FAIL')
    cells.push(memoryOk ? 'pass' : memoryKnown ? 'FAIL' : 'FAIL?')
    rows.push(cells)
  }
  const widths = header.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)))
  console.log('')
  for (const row of rows) console.log('  ' + row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '))
  if (notes.length > 0) console.log(['', 'Not measured:', ...notes].join('\n'))
  console.log(`\nRatios are per byte, scaled to 10x; "peak/in" is the rise of peak RSS over the input's bytes (writers: the model JSON); FAIL? = only an upper bound is over the limit;\nthe memory verdict is taken at 10 MB and above (at 1 MB the tens of MB V8 grows its heap by for any run dominate).`)
}

const flag = process.argv.indexOf(CHILD)
if (flag === -1) {
  series()
} else {
  const [kind, format, size, dir] = process.argv.slice(flag + 1) as ['prepare' | 'read' | 'write', Case, string, string]
  const done = kind === 'prepare' ? Promise.resolve(prepare(dir, Number(size))).then(() => process.stdout.write('{"bytes":0,"msPerRun":0,"runs":0,"peakRiseMB":0,"peakIsBound":false}\n')) : measure(kind, format, Number(size), dir)
  done.catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
}
