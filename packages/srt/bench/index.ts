/**
 * Benchmarks, run with `npm run bench` (each case in its own child process):
 * 0. The real SubRip files of `../shared/corpus-stt/*.srt`, one call per file, cold and warm:
 *    fromSrt (the whole model: segments, speakers, events, positions, messages) against the
 *    peers subtitle (parseSync) and srt-parser-2 (fromSrt), which return cues only.
 * 1. Reading SubRip of about 10 MB (cues with speaker labels where the speaker changes, made by
 *    toSrt from a synthetic transcript and repeated), against the same peers and a raw baseline
 *    that only splits lines. Rate: MB per second.
 * `bench/alternating.ts` compares the same three in one process, taking turns (medians).
 */
import { readShared, runSuites, sharedFiles, type BenchSuite, type FileSuite } from '@verbatim/test-utils'
import { fromSrt } from '../src/index.js'
import { peers, srtOf } from './peers.js'

const realFiles: FileSuite = {
  kind: 'files',
  title: '@verbatim/srt: reading the real SubRip files of corpus-stt, one call per file',
  files: () => sharedFiles('corpus-stt', /\.srt$/).map((name) => ({ name, text: readShared('corpus-stt', name) })),
  peer: 'subtitle parseSync',
  rounds: Number(process.env.BENCH_ROUNDS ?? 3),
  cases: {
    fromSrt: (srt) => fromSrt(srt),
    'subtitle parseSync': peers.subtitle,
    'srt-parser-2 fromSrt': peers['srt-parser-2'],
  },
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
    'subtitle parseSync': { run: (input) => peers.subtitle(input.srt) },
    'srt-parser-2 fromSrt': { run: (input) => peers['srt-parser-2'](input.srt) },
  },
}

runSuites(import.meta.url, [realFiles, read])
