/**
 * Benchmarks, run with `npm run bench` (each case in its own child process):
 * 0. The real files of `../shared/corpus-stt/*.json`, one call per file: fromStt against a raw
 *    JSON.parse of the same text (the floor every reader pays).
 * 1. Reading a synthetic response of 1,000,000 words per service (`bench/responses.ts`: the shapes
 *    of the real files): fromStt of the JSON text against a raw JSON.parse. Rate: MB per second
 *    (words per second: 1,000,000 / the time per run); peak memory: the rise of RSS during a run,
 *    to compare with the input's size (the goal: under 5x). The response is made in a separate
 *    process and cached in the temporary folder, so making it does not count in the peak.
 * 2. Captions from a Deepgram response, as a file holds it (JSON text, parsed by each side): fromStt
 *    then toSrt / toWebVtt (the shared cue plan) against @deepgram/captions' srt() and webvtt()
 *    after JSON.parse. The real Deepgram files of corpus-stt first, then synthetic responses. Rate:
 *    words per second.
 * `BENCH_STT_WORDS=100000` for smaller responses; `BENCH_STT_SERVICES=whisper,deepgram` for some.
 * 3. The same with our writers alone (the transcript read beforehand), to see where the time goes.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readShared, runSuites, sharedFiles, type BenchSuite, type FileSuite } from '@verbatim/test-utils'
import { toSrt } from '@verbatim/srt'
import { toWebVtt } from '@verbatim/webvtt'
import type { Transcript } from '@verbatim/core'
import { fromStt } from '../src/index.js'
import { deepgramResponse, RESPONSES } from './responses.js'

const require = createRequire(import.meta.url)
const captions = () => require('@deepgram/captions') as { srt: (data: unknown) => string; webvtt: (data: unknown) => string }

type Service = keyof typeof RESPONSES

/** The JSON text of a synthetic response, made once by a separate process and kept in the temporary folder. */
function responseText(service: Service, words: number): string {
  const file = join(tmpdir(), `verbatim-stt-bench-${service}-${words}.json`)
  if (!existsSync(file)) {
    const made = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--make-response', service, String(words), file], { stdio: 'inherit' })
    if (made.status !== 0) throw new Error(`could not make the ${service} response`)
  }
  return readFileSync(file, 'utf8')
}

if (process.argv[2] === '--make-response') {
  const [, , , service, words, file] = process.argv
  writeFileSync(file!, JSON.stringify(RESPONSES[service as Service](Number(words))))
  process.exit(0)
}

const realFiles: FileSuite = {
  kind: 'files',
  title: '@verbatim/stt: reading the real speech-to-text files of corpus-stt, one call per file',
  files: () => sharedFiles('corpus-stt', /\.json$/).map((name) => ({ name, text: readShared('corpus-stt', name) })),
  peer: 'raw: JSON.parse',
  rounds: Number(process.env.BENCH_ROUNDS ?? 3),
  cases: {
    fromStt: (json) => fromStt(json),
    'raw: JSON.parse': (json) => JSON.parse(json),
  },
}

const sizes = (process.env.BENCH_STT_WORDS ?? '1000000').split(',').map(Number)
const services = (process.env.BENCH_STT_SERVICES ?? Object.keys(RESPONSES).join(',')).split(',') as Service[]

/** What the caption suites share: sizes in words, rates in words per second. */
const perWord = { sizes, unit: 'words', rateUnit: 'words/s', rateScale: 1, minTime: 2000 }

const reading = (service: Service): BenchSuite<{ json: string }> => ({
  title: `@verbatim/stt: reading a ${service} response (MB per second; words per second = words / (ms/run / 1000))`,
  sizes,
  unit: 'words',
  minTime: 2000,
  input: (words) => ({ json: responseText(service, words) }),
  amount: (input) => Buffer.byteLength(input.json),
  baseline: 'raw: JSON.parse',
  cases: {
    'raw: JSON.parse': { run: (input) => JSON.parse(input.json) },
    'fromStt (JSON text)': { run: (input) => fromStt(input.json) },
  },
})

/** Captions from a Deepgram response as a file holds it: its text, JSON.parse included for the peer too. */
const captionCases = {
  'fromStt + toSrt': (json: string) => toSrt(fromStt(json).transcript),
  'fromStt + toWebVtt': (json: string) => toWebVtt(fromStt(json).transcript),
  '@deepgram/captions srt': (json: string) => captions().srt(JSON.parse(json)),
  '@deepgram/captions webvtt': (json: string) => captions().webvtt(JSON.parse(json)),
}

const realCaptions: FileSuite = {
  kind: 'files',
  title: '@verbatim/stt: captions from the real Deepgram files of corpus-stt (JSON text to SubRip / WebVTT), one call per file',
  files: () => sharedFiles('corpus-stt', /deepgram.*\.json$/).map((name) => ({ name, text: readShared('corpus-stt', name) })),
  peer: '@deepgram/captions srt',
  rounds: Number(process.env.BENCH_ROUNDS ?? 3),
  cases: captionCases,
}

interface CaptionInput {
  json: string
  words: number
}

const writing: BenchSuite<CaptionInput> = {
  title: '@verbatim/stt: captions from a Deepgram response, JSON text to SubRip / WebVTT (words per second)',
  ...perWord,
  input: (words) => ({ json: responseText('deepgram', words), words }),
  amount: (input) => input.words,
  baseline: '@deepgram/captions srt',
  peer: '@deepgram/captions srt',
  cases: Object.fromEntries(Object.entries(captionCases).map(([name, run]) => [name, { run: (input: CaptionInput) => run(input.json) }])),
}

interface Read {
  response: unknown
  transcript: Transcript
  words: number
}

/** The writers alone, on the transcript fromStt made beforehand: where the time of the suite above goes. */
const writersOnly: BenchSuite<Read> = {
  title: '@verbatim/stt: captions from a Deepgram response, our writers alone (fromStt done before; words per second)',
  ...perWord,
  input: (words) => {
    const response = deepgramResponse(words)
    return { response, transcript: fromStt(response).transcript, words }
  },
  amount: (input) => input.words,
  baseline: '@deepgram/captions srt',
  peer: '@deepgram/captions srt',
  cases: {
    // (the peer's cases as in the suite above)
    toSrt: { run: (input) => toSrt(input.transcript) },
    toWebVtt: { run: (input) => toWebVtt(input.transcript) },
    '@deepgram/captions srt': { run: (input) => captions().srt(input.response) },
    '@deepgram/captions webvtt': { run: (input) => captions().webvtt(input.response) },
  },
}

runSuites(import.meta.url, [realFiles, realCaptions, ...services.map(reading), writing, writersOnly])
