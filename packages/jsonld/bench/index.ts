/**
 * Benchmark: writing (toJsonLd + JSON.stringify) and reading (fromJsonLd of the text) synthetic
 * transcripts of 1, 10 and 100 MB of speech text, against the core model's own JSON in the same
 * run: JSON.stringify for writing, JSON.parse + fromJson (parse and validate) for reading. Each
 * case runs in its own process (see runSuites). Rates are MB of speech text per second. Not a
 * test: `npm run bench`.
 */
import { syntheticTranscript, runSuites, type BenchSuite } from '@verbatim/test-utils'
import { type Transcript } from '@verbatim/core'
import { fromJson } from '@verbatim/core/schema'
import { fromJsonLd, fromJsonLdSync, toJsonLd, toJsonLdString } from '../src/index.js'

const SIZES = [1, 10, 100]
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

runSuites(import.meta.url, [writing, reading])
