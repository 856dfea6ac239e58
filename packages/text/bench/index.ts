/**
 * Benchmark: fromText on synthetic press-conference text of 1, 10 and 100 MB (syntheticTranscript
 * written by toText), against the npm package transcript-parser on the same input and a raw
 * baseline that only splits lines. Not a test: `npm run bench` prints MB/s, ratio and peak memory.
 */
import { createRequire } from 'node:module'
import { runSuite, syntheticTranscript } from '@verbatim/test-utils'
import { fromText, toText } from '../src/index.js'

interface TranscriptParserInstance {
  parseOneSync(text: string): unknown
}
const TranscriptParser = createRequire(import.meta.url)('transcript-parser') as new (options?: object) => TranscriptParserInstance
const sizes = (process.env.BENCH_SIZES ?? '1,10,100').split(',').map(Number)

runSuite(import.meta.url, {
  title: '@verbatim/text fromText: synthetic press-conference text',
  sizes,
  input: (size) => toText(syntheticTranscript(size * 1_000_000)),
  amount: (text) => Buffer.byteLength(text),
  baseline: 'split-lines',
  minTime: 2000,
  cases: {
    'split-lines': { run: (text) => text.split('\n').length },
    fromText: { run: (text) => fromText(text) },
    'transcript-parser': { run: (text) => new TranscriptParser().parseOneSync(text) },
  },
})
