// Model 1.1 at scale: a transcript of a million words, each a timed `word` node (with a
// confidence, between space text nodes, in timed segments). Prints the heap it takes per timed
// word (against an untimed transcript of as many words), then times toJson and fromJson on it
// against raw JSON.stringify / JSON.parse, and estimateTimes.
//   npx tsx bench/timed.ts
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { runSuite, syntheticTimedTranscript, syntheticTranscript } from '@verbatim/test-utils'
import { countWords, estimateTimes, fromJson, toJson, type Transcript } from '../src/index.js'

const MEMORY_FLAG = '--memory-child'

/** Heap used by what `build` returns, after full collections before and after. */
function heapOf(build: () => unknown): { bytes: number; value: unknown } {
  const gc = (globalThis as { gc?: () => void }).gc!
  gc()
  gc()
  const before = process.memoryUsage().heapUsed
  const value = build()
  gc()
  gc()
  return { bytes: process.memoryUsage().heapUsed - before, value }
}

function memoryChild(words: number): void {
  const timed = heapOf(() => syntheticTimedTranscript(words))
  const timedJson = toJson(timed.value as Transcript).length
  timed.value = undefined
  // An untimed transcript of as many words: plain text paragraphs (about 6.6 bytes per word).
  const untimed = heapOf(() => syntheticTranscript(words * 6.6, { timed: true }))
  const untimedWords = countWords(untimed.value as Transcript)
  process.stdout.write(
    JSON.stringify({ words, timedBytes: timed.bytes, timedJson, untimedWords, untimedBytes: untimed.bytes }) + '\n',
  )
}

function memoryParent(words: number): void {
  const child = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=16384', '--import', 'tsx', fileURLToPath(import.meta.url), MEMORY_FLAG, String(words)], {
    encoding: 'utf8',
  })
  const line = child.stdout.trim().split('\n').pop() ?? ''
  try {
    const r = JSON.parse(line) as { words: number; timedBytes: number; timedJson: number; untimedWords: number; untimedBytes: number }
    console.log(`\n@verbatim/core: heap of a transcript of ${r.words.toLocaleString('en')} words (heapUsed after gc, before and after building it)`)
    console.log(`  every word a timed word node:  ${(r.timedBytes / 1e6).toFixed(1)} MB, ${(r.timedBytes / r.words).toFixed(0)} bytes per timed word; JSON ${(r.timedJson / r.words).toFixed(0)} bytes per word`)
    console.log(`  untimed text paragraphs:       ${(r.untimedBytes / 1e6).toFixed(1)} MB, ${(r.untimedBytes / r.untimedWords).toFixed(1)} bytes per word (${r.untimedWords.toLocaleString('en')} words)`)
  } catch {
    console.log('memory measurement failed:', child.stderr.trim().split('\n').slice(-3).join(' '))
  }
}

interface Input {
  transcript: Transcript
  json: string
  words: number
}

const memoryFlag = process.argv.indexOf(MEMORY_FLAG)
if (memoryFlag !== -1) memoryChild(Number(process.argv[memoryFlag + 1]))
else {
  const childRun = process.argv.includes('--bench-child')
  if (!childRun) memoryParent(1_000_000)
  runSuite<Input>(import.meta.url, {
    title: '@verbatim/core: toJson and fromJson of timed words (MB of JSON per second; words/s = MB/s x 1e6 / JSON bytes per word above)',
    sizes: [100, 1000],
    unit: 'thousand timed words',
    input: (size) => {
      const transcript = syntheticTimedTranscript(size * 1000)
      return { transcript, json: toJson(transcript), words: size * 1000 }
    },
    amount: (input) => input.json.length,
    baseline: 'JSON.stringify',
    minTime: 500,
    cases: {
      'JSON.stringify': { run: (input) => JSON.stringify(input.transcript, null, 2) },
      toJson: { run: (input) => toJson(input.transcript) },
      'JSON.parse': { run: (input) => JSON.parse(input.json) },
      'fromJson (parse + validate)': { run: (input) => fromJson(input.json) },
      estimateTimes: { run: (input) => estimateTimes(input.transcript) },
    },
  })
}
