import { describe, expect, it } from 'vitest'
import { fromStt } from '../src/index.js'
import { RESPONSES } from '../bench/responses.js'

/** CPU time of one call, ms (the median of three, after a warm-up call). */
function cpuMs(run: () => unknown): number {
  run()
  const times: number[] = []
  for (let round = 0; round < 3; round++) {
    const start = process.cpuUsage()
    run()
    const used = process.cpuUsage(start)
    times.push((used.user + used.system) / 1000)
  }
  return times.sort((a, b) => a - b)[1]!
}

// A 100 MB response (about 1,000,000 Whisper words, 330,000 Deepgram words) reads in seconds
// (the README has the figures); here, in CI's time, the cost per word must not grow with the size:
// four times the words in at most 3 times the time per word (a quadratic step would give 4x; the
// smaller response fits the garbage collector's young generation, so its words cost less, up to 2x).
describe('fromStt scales linearly', () => {
  for (const service of Object.keys(RESPONSES) as Array<keyof typeof RESPONSES>) {
    it(`${service}: 4x the words, about 4x the time`, () => {
      const small = JSON.stringify(RESPONSES[service](5_000))
      const large = JSON.stringify(RESPONSES[service](20_000))
      const words = (json: string) => fromStt(json).transcript
      expect(fromStt(large).service).toBe(service)
      const perWordSmall = cpuMs(() => words(small)) / 5_000
      const perWordLarge = cpuMs(() => words(large)) / 20_000
      expect(perWordLarge / perWordSmall).toBeLessThan(3)
    })
  }
})
