/**
 * Benchmark of @verbatim/cli.
 *
 * 1. Per format, in memory (runSuite, one child process per case): reading and writing through
 *    the registry, against a raw baseline (JSON.parse + JSON.stringify of the model JSON). A
 *    conversion costs one read plus one write. JSON-LD reading is asynchronous (jsonld.js
 *    expansion) and is left out of this synchronous harness.
 * 2. Batch (parent process only): convertFiles on many files, one thread against the worker pool.
 *
 * 0. Real files, one call per file (cold and warm): every reader on the files of its format in
 *    ../shared/corpus/ and corpus-formats/, every writer on the transcripts read from corpus/,
 *    against the raw baseline of the same run (JSON.parse / JSON.stringify of the model).
 * 3. The 10,000-file batch with the binary: bench/batch.ts (files per second).
 *
 * Run: npm run bench (after npm run build, for the pool's worker file).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { toJson, type Transcript } from '@verbatim/core'
import { corpusFiles, readShared, runSuites, sharedFiles, syntheticTranscript, type BenchFile, type BenchSuite, type FileSuite } from '@verbatim/test-utils'
import type { FormatName } from '../src/formats.js'
import { getFormat } from '../src/registry.js'

interface Input {
  transcript: Transcript
  texts: Partial<Record<FormatName, string>>
  json: string
}

const WRITERS: FormatName[] = ['text', 'tei', 'webvtt', 'jsonld', 'json']
const READERS: FormatName[] = ['text', 'tei', 'webvtt', 'json']

function build(size: number): Input {
  const transcript = syntheticTranscript(size * 1e6)
  const texts: Partial<Record<FormatName, string>> = {}
  for (const format of WRITERS) {
    try {
      texts[format] = getFormat(format).write(transcript, {})
    } catch {
      // Format package not available: its cases report failure.
    }
  }
  return { transcript, texts, json: toJson(transcript) }
}

const cases: Record<string, { run: (input: Input) => unknown }> = {
  'baseline JSON.parse+stringify': { run: (input) => JSON.stringify(JSON.parse(input.json)) },
}
for (const format of READERS) {
  cases[`read ${format}`] = {
    // The synchronous readers do all their work before read() returns its promise.
    run: (input) => {
      const text = input.texts[format]
      if (text === undefined) throw new Error(`no ${format} input`)
      return getFormat(format).read(text, {})
    },
  }
}
for (const format of WRITERS) cases[`write ${format}`] = { run: (input) => getFormat(format).write(input.transcript, {}) }

// ---- 0. Real files ----------------------------------------------------------------------------

const formatFiles = (pattern: RegExp): BenchFile[] => sharedFiles('corpus-formats', pattern).map((name) => ({ name, text: readShared('corpus-formats', name) }))
const corpus = (): BenchFile[] => corpusFiles().map((name) => ({ name, text: readShared('corpus', name) }))

/** A reader on real files of its format, beside JSON.parse of the same transcripts' model JSON. */
function readerSuite(format: FormatName, files: () => BenchFile[]): FileSuite<{ text: string; json: string }> {
  return {
    kind: 'files',
    title: `@verbatim/cli: read ${format} on the real files, one call per file, against JSON.parse of the model JSON`,
    files,
    prepare: async (file) => ({ text: file.text, json: toJson((await getFormat(format).read(file.text, {})).transcript) }),
    peer: 'raw: JSON.parse of the model',
    rounds: Number(process.env.BENCH_ROUNDS ?? 1),
    cases: {
      [`read ${format}`]: (input) => getFormat(format).read(input.text, {}),
      'raw: JSON.parse of the model': (input) => JSON.parse(input.json),
    },
  }
}

/** Every writer on the transcripts read from corpus/, beside JSON.stringify of the model. */
const writersOnCorpus: FileSuite<Transcript> = {
  kind: 'files',
  title: '@verbatim/cli: every writer on the transcripts read from corpus/, one call per file, against JSON.stringify of the model',
  files: corpus,
  prepare: async (file) => (await getFormat('text').read(file.text, {})).transcript,
  peer: 'raw: JSON.stringify',
  rounds: Number(process.env.BENCH_ROUNDS ?? 1),
  cases: {
    'raw: JSON.stringify': (transcript) => JSON.stringify(transcript),
    ...Object.fromEntries(WRITERS.map((format) => [`write ${format}`, (transcript: Transcript) => getFormat(format).write(transcript, {})])),
  },
}

const realFiles = [
  readerSuite('text', corpus),
  readerSuite('webvtt', () => formatFiles(/^vtt-.*\.vtt$/)),
  readerSuite('tei', () => formatFiles(/^tei-.*\.xml$/)),
  readerSuite('jsonld', () => formatFiles(/^jsonld-.*\.jsonld$/)),
  writersOnCorpus,
]

const synthetic: BenchSuite<Input> = {
  title: '@verbatim/cli: reading and writing each format through the registry (MB of model JSON per second)',
  sizes: [1, 10],
  input: build,
  amount: (input) => Buffer.byteLength(input.json),
  cases,
  baseline: 'baseline JSON.parse+stringify',
}

runSuites(import.meta.url, [...realFiles, synthetic])

if (!process.argv.includes('--bench-child') && !process.env.BENCH_SUITES) {
  // The built library: the pool needs its compiled worker file (from sources it runs in-process).
  const built = new URL('../dist/index.js', import.meta.url).href
  const { convertFiles } = (await import(built)) as typeof import('../src/index.js')
  const dir = join(tmpdir(), `verbatim-bench-${process.pid}`)
  mkdirSync(join(dir, 'in'), { recursive: true })
  const files = 24
  const text = toJson(syntheticTranscript(1e6))
  for (let i = 0; i < files; i++) writeFileSync(join(dir, 'in', `t${i}.json`), text)
  console.log(`\nBatch: ${files} files of ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB (model JSON) to TEI + WebVTT, ${availableParallelism()} cores`)
  for (const threads of [1, availableParallelism()]) {
    const started = performance.now()
    const results = await convertFiles([join(dir, 'in')], { to: ['tei', 'webvtt'], outDir: join(dir, `out-${threads}`), threads })
    const seconds = (performance.now() - started) / 1000
    const failed = results.filter((result) => result.failed).length
    console.log(`  threads ${threads}: ${seconds.toFixed(2)} s, ${((files * Buffer.byteLength(text)) / 1e6 / seconds).toFixed(1)} MB/s${failed ? `, ${failed} failed` : ''}`)
  }
  rmSync(dir, { recursive: true, force: true })
}
