/**
 * Timed TEI scales linearly: a transcript with a time on every word is written and read at 50,000
 * and at 200,000 words, and 4x the words may take at most 6x the CPU time (a quadratic path
 * would take 16x), with a generous absolute bound. CPU time of this process, not wall time: the
 * machine running the tests may be shared.
 */
import { describe, expect, it } from 'vitest'
import { removePositions } from '@verbatim/core'
import { syntheticTimedTranscript } from '@verbatim/test-utils'
import { fromTei, toTei } from '../src/index.js'

function cpuSeconds(run: () => unknown): number {
  const before = process.cpuUsage()
  run()
  const used = process.cpuUsage(before)
  return (used.user + used.system) / 1e6
}

/** The lower of two runs: the first run of the small case also warms the code up. */
function best(run: () => unknown): number {
  return Math.min(cpuSeconds(run), cpuSeconds(run))
}

describe('timed TEI scales linearly', () => {
  it('toTei and fromTei of 200,000 timed words: 4x the words of 50,000 take at most 6x the CPU time', () => {
    const small = syntheticTimedTranscript(50_000)
    const large = syntheticTimedTranscript(200_000)
    const smallXml = toTei(small)
    const largeXml = toTei(large)
    // Read back whole and without a message: the test measures the real path, not an early stop.
    const read = fromTei(smallXml)
    expect(read.messages).toEqual([])
    expect(removePositions(read.transcript).children).toEqual(small.children)

    const write = { small: best(() => toTei(small)), large: best(() => toTei(large)) }
    const parse = { small: best(() => fromTei(smallXml)), large: best(() => fromTei(largeXml)) }
    if (process.env.SCALING_LOG) console.log({ write, parse })
    expect(parse.large, `fromTei of 200,000 timed words: ${parse.large} s CPU`).toBeLessThan(40)
    expect(write.large, `toTei of 200,000 timed words: ${write.large} s CPU`).toBeLessThan(20)
    expect(parse.large / parse.small, `fromTei: ${parse.small} s for 50,000 words, ${parse.large} s for 200,000`).toBeLessThan(6)
    expect(write.large / write.small, `toTei: ${write.small} s for 50,000 words, ${write.large} s for 200,000`).toBeLessThan(6)
  }, 300_000)
})
