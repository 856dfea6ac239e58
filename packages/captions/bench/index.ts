/**
 * planCues, the caption plan WebVTT and SubRip writers share. First on the real transcripts of
 * ../shared/corpus (read by fromText, untimed as they are), one call per file in a fresh process
 * (first call, first pass, warm per file and batch; #12), then on synthetic transcripts of 1 and
 * 10 MB of text (untimed, and with turn times), against JSON.stringify of the same model in the
 * same run. Rates are MB of transcript text per second. Run: npm run bench (BENCH_SIZES=1,10).
 */
import { corpusFiles, readShared, syntheticTranscript, runSuites, type BenchSuite, type FileSuite } from '@verbatim/test-utils'
import type { Transcript } from '@verbatim/core'
import { fromText } from '@verbatim/text'
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

const realFiles: FileSuite<Transcript> = {
  kind: 'files',
  title: '@verbatim/captions: planCues on the corpus transcripts, one call per file, against JSON.stringify of the model',
  files: () => corpusFiles().map((name) => ({ name, text: readShared('corpus', name) })),
  prepare: (file) => fromText(file.text).transcript,
  peer: 'JSON.stringify',
  rounds: 3,
  cases: {
    planCues: (transcript) => planCues(transcript),
    'JSON.stringify': (transcript) => JSON.stringify(transcript),
  },
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
runSuites(import.meta.url, [realFiles, suite(false), suite(true)] as Array<BenchSuite<any> | FileSuite<any>>)
