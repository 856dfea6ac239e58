/**
 * Benchmarks, run with `npm run bench` (each case in its own child process): reading SubRip of
 * about 10 MB (cues with speaker labels where the speaker changes, made by toSrt from a synthetic
 * transcript and repeated): fromSrt (the whole model: segments, speakers, positions) against
 * subtitle's parseSync (cues only) and a raw baseline that only splits lines. Rate: MB per second.
 * srt-parser-2 is not installed in this workspace, so it is not measured.
 */
import { createRequire } from 'node:module'
import { runSuites, syntheticTranscript, type BenchSuite } from '@verbatim/test-utils'
import { fromSrt, toSrt } from '../src/index.js'

const require = createRequire(import.meta.url)

function srtOf(size: number): string {
  const unit = toSrt(syntheticTranscript(Math.min(size * 1e6, 2e6)))
  let out = ''
  while (out.length < size * 1e6) out += unit
  return out
}

const read: BenchSuite<{ srt: string }> = {
  title: '@verbatim/srt: reading SubRip (MB per second)',
  sizes: (process.env.BENCH_SRT_SIZES ?? '10').split(',').map(Number),
  input: (size) => ({ srt: srtOf(size) }),
  amount: (input) => Buffer.byteLength(input.srt),
  minTime: 3000,
  rounds: 3,
  baseline: 'subtitle parseSync',
  peer: 'subtitle parseSync',
  cases: {
    'raw: split lines': { run: (input) => input.srt.split(/\r?\n/) },
    fromSrt: { run: (input) => fromSrt(input.srt) },
    'subtitle parseSync': { run: (input) => (require('subtitle') as { parseSync: (text: string) => unknown[] }).parseSync(input.srt) },
  },
}

runSuites(import.meta.url, [read])
