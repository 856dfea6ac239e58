/**
 * Benchmark, real files first: fromText on the plain-text transcripts of `../shared/corpus/`
 * read as files (one call per file, warm; and the first call in a fresh process), then on
 * synthetic press-conference text of 1, 10 and 100 MB, against the npm
 * package transcript-parser on the same input and a raw baseline that only splits lines. Not a
 * test: `npm run bench` prints MB/s, ratio and peak memory.
 *
 * The input is written by toText, one synthetic transcript of 1 MB at a time (seed 42, 43, ...;
 * the first with its YAML header), appended to a temporary file and read back as one string.
 * Building one 100 MB transcript tree, or joining 100 strings of 1 MB, would peak higher than
 * any reader (the harness could then only print an upper bound); reading the file back peaks at
 * the string plus its UTF-8 bytes. Every case sees the same text.
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { corpusFiles, hasShared, readShared, runSuites, syntheticTranscript, type BenchSuite } from '@verbatim/test-utils'
import { fromText, toText } from '../src/index.js'
import { rollCall } from './roll-call.js'

interface TranscriptParserInstance {
  parseOneSync(text: string): unknown
}
const TranscriptParser = createRequire(import.meta.url)('transcript-parser') as new (options?: object) => TranscriptParserInstance
const sizes = (process.env.BENCH_SIZES ?? '1,10,100').split(',').map(Number)

const CHUNK = 1_000_000

function syntheticText(bytes: number): string {
  const directory = mkdtempSync(join(tmpdir(), 'verbatim-text-bench-'))
  const file = join(directory, 'input.txt')
  try {
    for (let k = 0; k * CHUNK < bytes; k++) {
      const chunk = toText(syntheticTranscript(Math.min(CHUNK, bytes - k * CHUNK), { seed: 42 + k }), k === 0 ? {} : { header: 'none' })
      appendFileSync(file, k === 0 ? chunk : '\n' + chunk)
    }
    return readFileSync(file, 'utf8')
  } finally {
    rmSync(directory, { recursive: true, force: true })
  }
}

const cases = {
  'split-lines': { run: (text: string) => text.split('\n').length },
  fromText: { run: (text: string) => fromText(text) },
  'transcript-parser': { run: (text: string) => new TranscriptParser().parseOneSync(text) },
}

/**
 * Throughput over many reads of one input, after three untimed reads of that same input: what a
 * batch of big files sees. Warming up on the input itself matters for a reader that builds a
 * tree: while it runs, V8 learns that the tree's objects live long and starts allocating them
 * in the old generation (allocation-site pretenuring), which takes most of the copying out of
 * the scavenger. A warm-up on a small sample, where every tree dies young, teaches it the
 * opposite. Every case gets the same warm-up.
 */
const speed: BenchSuite<string> = {
  title: '@verbatim/text fromText: synthetic press-conference text',
  sizes,
  input: (size) => syntheticText(size * 1_000_000),
  amount: (text) => Buffer.byteLength(text),
  baseline: 'split-lines',
  peer: 'transcript-parser',
  warmup: 3,
  minTime: 3000,
  // Three measurements of each case in turns, median shown: on a shared machine one process can
  // land in a burst of load, and the goal is a ratio between two of them.
  rounds: 3,
  cases,
}

// Over many timed runs the peak also holds earlier runs' trees that V8 has not collected yet
// (it grows the heap before a full collection), so it grows with the run count. The peak of
// one read, what the "under 5x the input" is about, is measured on its own: one run,
// a first read of that input (warmed up on a small sample only, since an untimed read of the
// big input would set the peak the timed run is measured against).
const memory: BenchSuite<string> = {
  ...speed,
  title: '@verbatim/text fromText: one read (same input, first read after a warm-up on a 200 kB sample; peak memory)',
  input: (size) => {
    const text = syntheticText(size * 1_000_000)
    const sample = syntheticText(200_000)
    for (let i = 0; i < 5; i++) for (const benchCase of Object.values(cases)) benchCase.run(sample)
    return text
  },
  warmup: 0,
  minTime: 0,
  rounds: 1,
}

/** The corpus files, as files: each read from disk as one string. Size 0 is all of them; size k is the k-th file. */
const files = hasShared('corpus') ? corpusFiles() : []
const readFiles = (size: number): string[] => (size === 0 ? files : [files[size - 1]!]).map((name) => readShared('corpus', name))
const fileCases = {
  'split-lines': { run: (texts: string[]) => texts.map((text) => text.split('\n').length) },
  fromText: { run: (texts: string[]) => texts.map((text) => fromText(text)) },
  'transcript-parser': { run: (texts: string[]) => texts.map((text) => new TranscriptParser().parseOneSync(text)) },
}
const realFiles: BenchSuite<string[]> = {
  title: '@verbatim/text fromText: the corpus as files, one call per file, warm (0 = all files; k = the k-th file below)',
  sizes: [0, ...files.map((_, i) => i + 1)],
  unit: '',
  input: readFiles,
  amount: (texts) => texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0),
  baseline: 'split-lines',
  peer: 'transcript-parser',
  warmup: 5,
  minTime: 1000,
  rounds: 3,
  cases: fileCases,
}
const firstCall: BenchSuite<string[]> = {
  ...realFiles,
  title: '@verbatim/text fromText: the corpus as files, the first call in a fresh process (all files, one call each)',
  sizes: [0],
  warmup: 0,
  minTime: 0,
  rounds: 3,
}

/** Many distinct speakers: 100,000 labels of 5,000 speakers (size = labels; one speaker in twenty, at most 5,000). */
const labels: BenchSuite<string> = {
  title: '@verbatim/text fromText: a roll call, N labels of min(N/20, 5,000) distinct speakers',
  sizes: [10_000, 100_000],
  unit: 'labels',
  input: (size) => rollCall(size, Math.min(size / 20, 5_000)),
  amount: (text) => Buffer.byteLength(text),
  baseline: 'split-lines',
  peer: 'transcript-parser',
  warmup: 1,
  minTime: 0,
  rounds: 1,
  cases,
}

const only = process.env.BENCH_ONLY
if (!process.argv.includes('--bench-child') && files.length > 0 && only !== 'synthetic') files.forEach((name, i) => console.log(`  ${i + 1}: ${name}`))
const suites = files.length === 0 || only === 'synthetic' ? [speed, memory] : only === 'files' ? [realFiles, firstCall] : only === 'labels' ? [labels] : [realFiles, firstCall, labels, speed, memory]
runSuites(import.meta.url, suites as BenchSuite<unknown>[])
