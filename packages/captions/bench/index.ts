/**
 * planCues, the caption plan WebVTT and SubRip writers share, on synthetic transcripts of 1 and
 * 10 MB of text (untimed, and with turn times), against JSON.stringify of the same model in the
 * same run. Rates are MB of transcript text per second. Run: npm run bench (BENCH_SIZES=1,10).
 */
import { syntheticTranscript, runSuites, type BenchSuite } from '@verbatim/test-utils'
import type { Transcript } from '@verbatim/core'
import { planCues } from '../src/index.js'

interface Input {
  bytes: number
  transcript: Transcript
}

const sizes = (process.env.BENCH_SIZES ?? '1,10').split(',').map(Number)

function suite(timed: boolean): BenchSuite<Input> {
  return {
    title: `planCues vs JSON.stringify of the same model, ${timed ? 'turns with times' : 'no times'} (MB of transcript text per second)`,
    sizes,
    input: (size) => ({ bytes: size * 1_000_000, transcript: syntheticTranscript(size * 1_000_000, { timed }) }),
    amount: (data) => data.bytes,
    baseline: 'JSON.stringify',
    rounds: 3,
    cases: {
      'JSON.stringify': { run: (data) => JSON.stringify(data.transcript) },
      planCues: { run: (data) => planCues(data.transcript) },
    },
  }
}

runSuites(import.meta.url, [suite(false), suite(true)])
