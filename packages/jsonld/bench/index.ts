/**
 * Benchmark. First the real files (#12), one call per file in a fresh process (first call, first
 * pass, warm per file and batch): fromJsonLd on the JSON-LD files of ../shared/corpus-formats
 * (other publishers' documents, read through expansion) against JSON.parse of the same
 * transcripts' model JSON; fromJsonLd and toJsonLd on the corpus transcripts written as JSON-LD
 * (our own form) against fromJson / JSON.stringify of their model. Then writing (toJsonLd + JSON.stringify) and reading (fromJsonLd of the text) synthetic
 * transcripts of 1, 10 and 100 MB of speech text, against the core model's own JSON in the same
 * run: JSON.stringify for writing, JSON.parse + fromJson (parse and validate) for reading. Each
 * case runs in its own process (see runSuites). Rates are MB of speech text per second. Not a
 * test: `npm run bench`.
 */
import { corpusFiles, readShared, sharedFiles, syntheticTranscript, runSuites, type BenchFile, type BenchSuite, type FileSuite } from '@verbatim/test-utils'
import { toJson, type Transcript } from '@verbatim/core'
import { fromJson } from '@verbatim/core/schema'
import { fromText } from '@verbatim/text'
import { fromJsonLd, fromJsonLdSync, toJsonLd, toJsonLdString } from '../src/index.js'

const SIZES = (process.env.BENCH_SIZES ?? '1,10,100').split(',').map(Number)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)

const formatFiles = (): BenchFile[] => sharedFiles('corpus-formats', /^jsonld-.*\.jsonld$/).map((name) => ({ name, text: readShared('corpus-formats', name) }))
const corpus = (): BenchFile[] => corpusFiles().map((name) => ({ name, text: readShared('corpus', name) }))

/** The real JSON-LD files of corpus-formats: fromJsonLd against JSON.parse of the model it reads. */
const realFiles: FileSuite<{ text: string; json: string }> = {
  kind: 'files',
  title: '@verbatim/jsonld: reading the real JSON-LD files of corpus-formats, one call per file, against JSON.parse of the model JSON',
  files: formatFiles,
  prepare: async (file) => ({ text: file.text, json: toJson((await fromJsonLd(file.text)).transcript) }),
  peer: 'JSON.parse(core model text)',
  rounds: ROUNDS,
  cases: {
    fromJsonLd: (input) => fromJsonLd(input.text),
    'JSON.parse(core model text)': (input) => JSON.parse(input.json),
  },
}

/** The corpus transcripts as our own JSON-LD: reading it back against fromJson of the model JSON. */
const ownFiles: FileSuite<{ jsonld: string; json: string }> = {
  kind: 'files',
  title: '@verbatim/jsonld: reading the corpus transcripts written as JSON-LD (our own form), one call per file, against fromJson of the model JSON',
  files: corpus,
  prepare: (file) => {
    const transcript = fromText(file.text).transcript
    return { jsonld: JSON.stringify(toJsonLd(transcript)), json: toJson(transcript) }
  },
  peer: 'fromJson(core model text)',
  rounds: ROUNDS,
  cases: {
    'fromJsonLdSync(text)': (input) => fromJsonLdSync(input.jsonld),
    'fromJsonLdSync(text, positions: false)': (input) => fromJsonLdSync(input.jsonld, { positions: false }),
    'fromJson(core model text)': (input) => fromJson(input.json),
  },
}

/** Writing the corpus transcripts, one call per file, against JSON.stringify of the model. */
const writingFiles: FileSuite<Transcript> = {
  kind: 'files',
  title: '@verbatim/jsonld: writing the corpus transcripts, one call per file, against JSON.stringify of the model',
  files: corpus,
  prepare: (file) => fromText(file.text).transcript,
  peer: 'JSON.stringify(core model)',
  rounds: ROUNDS,
  cases: {
    'toJsonLd + JSON.stringify': (transcript) => JSON.stringify(toJsonLd(transcript)),
    'JSON.stringify(core model)': (transcript) => JSON.stringify(transcript),
  },
}
const MB = 1e6

interface WriteInput {
  transcript: Transcript
  bytes: number
}

const writing: BenchSuite<WriteInput> = {
  title: 'Writing: toJsonLd + JSON.stringify vs JSON.stringify of the core model',
  sizes: SIZES,
  input: (size) => ({ transcript: syntheticTranscript(size * MB), bytes: size * MB }),
  amount: (input) => input.bytes,
  baseline: 'JSON.stringify(core model)',
  cases: {
    'JSON.stringify(core model)': { run: (input) => JSON.stringify(input.transcript) },
    'toJsonLd (object only)': { run: (input) => toJsonLd(input.transcript) },
    'toJsonLd + JSON.stringify': { run: (input) => JSON.stringify(toJsonLd(input.transcript)) },
    'toJsonLdString (indented)': { run: (input) => toJsonLdString(input.transcript) },
  },
}

interface ReadInput {
  core: string
  jsonld: string
  bytes: number
}

const reading: BenchSuite<ReadInput> = {
  title: 'Reading: fromJsonLd of the text vs JSON.parse + fromJson of the core model',
  sizes: SIZES,
  input: (size) => {
    const transcript = syntheticTranscript(size * MB)
    return { core: JSON.stringify(transcript), jsonld: JSON.stringify(toJsonLd(transcript)), bytes: size * MB }
  },
  amount: (input) => input.bytes,
  baseline: 'fromJson(core model text)',
  cases: {
    // fromJson parses and validates (zod), as every reader of the model must.
    'fromJson(core model text)': { run: (input) => fromJson(input.core) },
    'JSON.parse(core model text)': { run: (input) => JSON.parse(input.core) },
    'JSON.parse(JSON-LD text)': { run: (input) => JSON.parse(input.jsonld) },
    'fromJsonLdSync(text)': { run: (input) => fromJsonLdSync(input.jsonld) },
    'fromJsonLdSync(text, positions: false)': { run: (input) => fromJsonLdSync(input.jsonld, { positions: false }) },
    // Verbatim's own form never awaits anything, so the work is done when the promise is returned.
    'fromJsonLd(text)': { run: (input) => fromJsonLd(input.jsonld) },
  },
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
runSuites(import.meta.url, [realFiles, ownFiles, writingFiles, writing, reading] as Array<BenchSuite<any> | FileSuite<any>>)
