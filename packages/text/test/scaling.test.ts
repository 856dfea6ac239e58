/**
 * Work per document is linear in the text: many distinct speakers cost no more per label than a
 * few (no label is compared with every other, no scan of the text per speaker). Times are CPU
 * time of this process, so other jobs on a shared machine do not decide them; bounds are generous.
 */
import { describe, expect, it } from 'vitest'
import { fromText } from '../src/index.js'
import { rollCall } from '../bench/roll-call.js'

function cpuMs(run: () => unknown): number {
  const start = process.cpuUsage()
  run()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

describe('linear in the text', () => {
  it('100,000 labels of 5,000 distinct speakers read in under 4 s', () => {
    const text = rollCall(100_000, 5_000)
    let speakers = 0
    const ms = cpuMs(() => {
      speakers = fromText(text).transcript.speakers.length
    })
    expect(speakers).toBe(5_000)
    expect(ms).toBeLessThan(4000)
  })
  it('four times the distinct speakers costs at most eight times as much', () => {
    const small = rollCall(2_000, 500)
    const large = rollCall(8_000, 2_000)
    fromText(small)
    const a = Math.min(cpuMs(() => fromText(small)), cpuMs(() => fromText(small)))
    const b = Math.min(cpuMs(() => fromText(large)), cpuMs(() => fromText(large)))
    expect(b).toBeLessThan(8 * a)
  })
  /** The ratio of the CPU time of `large` to that of `small` (best of three each, after a warm-up). */
  const growth = (small: string, large: string): number => {
    fromText(small)
    fromText(small)
    const best = (text: string) => Math.min(cpuMs(() => fromText(text)), cpuMs(() => fromText(text)), cpuMs(() => fromText(text)))
    const a = best(small)
    return best(large) / a
  }
  it('ten times the paragraphs without a colon cost at most eleven times as much (no search runs on to the next colon)', () => {
    // Capitalised paragraphs and one colon at the very end: a search for each paragraph's colon would read to the end.
    const prose = (n: number) => Array.from({ length: n }, (_, i) => `Speaker number ${i % 7} said something here without any label at all.`).join('\n\n') + '\nX: y\n'
    expect(growth(prose(4_000), prose(40_000))).toBeLessThan(11)
  })
  it('ten times the parenthesised asides in one speech cost at most eleven times as much (no search for `[` from every `(`)', () => {
    const speech = (n: number) => 'JOHN: ' + Array.from({ length: n }, (_, i) => `word (aside ${i}) more`).join(' ') + '\n'
    expect(growth(speech(5_000), speech(50_000))).toBeLessThan(11)
  })
  it('ten times the pages of a line-numbered record with blank lines cost at most eleven times as much', () => {
    const record = (pages: number) => Array.from({ length: pages * 25 }, (_, i) => `${(i % 25) + 1}   Q. Did you see the defendant on that day at the office?\n`).join('\n')
    expect(growth(record(100), record(1_000))).toBeLessThan(11)
  })
})
