/**
 * Benchmark: writing (toJsonLd + JSON.stringify) and reading (JSON.parse + fromJsonLd) synthetic
 * transcripts of 1, 10 and 100 MB of speech text, against JSON.stringify / JSON.parse of the core
 * model in the same run. Each case runs in its own process (see runSuite). Rates are MB of speech
 * text per second. Not a test: `npm run bench`.
 */
import { syntheticTranscript, runSuite, type BenchSuite } from '@verbatim/test-utils'
import type { Transcript } from '@verbatim/core'
import { fromJsonLd, fromJsonLdSync, toJsonLd, toJsonLdString } from '../src/index.js'

const SIZES = [1, 10, 100]
const MB = 1e6

// runSuite measures one case per child process but does not know about other suites in the same
// script: in a child, run only the suite that holds the case it was started for.
const flag = process.argv.indexOf('--bench-child')
const childCase = flag === -1 ? undefined : process.argv[flag + 1]
function suite<Input>(definition: BenchSuite<Input>): void {
  if (childCase === undefined || childCase in definition.cases) runSuite(import.meta.url, definition)
}

interface WriteInput {
  transcript: Transcript
  bytes: number
}

suite<WriteInput>({
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
})

interface ReadInput {
  core: string
  jsonld: string
  bytes: number
}

suite<ReadInput>({
  title: 'Reading: JSON.parse + fromJsonLd vs JSON.parse of the core model',
  sizes: SIZES,
  input: (size) => {
    const transcript = syntheticTranscript(size * MB)
    return { core: JSON.stringify(transcript), jsonld: JSON.stringify(toJsonLd(transcript)), bytes: size * MB }
  },
  amount: (input) => input.bytes,
  baseline: 'JSON.parse(core model)',
  cases: {
    'JSON.parse(core model)': { run: (input) => JSON.parse(input.core) },
    'JSON.parse(JSON-LD text)': { run: (input) => JSON.parse(input.jsonld) },
    'fromJsonLdSync(text)': { run: (input) => fromJsonLdSync(input.jsonld) },
    // Verbatim's own form never awaits anything, so the work is done when the promise is returned.
    'fromJsonLd(text)': { run: (input) => fromJsonLd(input.jsonld) },
  },
})
