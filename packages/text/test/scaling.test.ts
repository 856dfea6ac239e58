/**
 * Work per document is linear in the text: many distinct speakers cost no more per label than a
 * few (no label is compared with every other, no scan of the text per speaker). Times are CPU
 * time of this process, so other jobs on a shared machine do not decide them; bounds are generous.
 */
import { describe, expect, it } from 'vitest'
import { fromText } from '../src/index.js'
import { rollCall } from '../bench/roll-call.js'
import { findEvents } from '../src/events.js'
import { buildLineTable } from '../src/lines.js'
import { findPageFurniture } from '../src/page-furniture.js'
import { consistentShortLabels } from '../src/short-labels.js'
import { collectParagraphs } from '../src/units.js'
import { buildVocabulary } from '../src/vocabulary.js'

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
  /**
   * The passes that searched the rest of the text from every line or bracket, measured alone (the
   * tree's garbage collection would blur a ratio of whole reads on a loaded machine): thirty times
   * the input costs at most sixty times as much, where a search to the end would cost hundreds.
   */
  const growth = (run: (text: string) => unknown, small: string, large: string): number => {
    run(small)
    run(small)
    const best = (text: string) => Math.min(cpuMs(() => run(text)), cpuMs(() => run(text)), cpuMs(() => run(text)))
    const a = best(small)
    return best(large) / a
  }
  it('paragraphs without a colon: consistent short labels look at each paragraph start only', () => {
    // Capitalised paragraphs and one colon at the very end: a search for each paragraph's colon would read to the end.
    const prose = (n: number) => Array.from({ length: n }, (_, i) => `Speaker number ${i % 7} said something here without any label at all.`).join('\n\n') + '\nX: y\n'
    const labels = (text: string) => {
      const table = buildLineTable(text)
      return consistentShortLabels(table, collectParagraphs(table, 0))
    }
    expect(growth(labels, prose(1_000), prose(30_000))).toBeLessThan(60)
  })
  it('parenthesised asides in one speech: events are found without a search for `[` from every `(`', () => {
    const speech = (n: number) => Array.from({ length: n }, (_, i) => `word (aside ${i}) more`).join(' ')
    const vocabulary = buildVocabulary()
    expect(growth((text) => findEvents(text, vocabulary), speech(5_000), speech(150_000))).toBeLessThan(60)
  })
  it('a line-numbered record with blank lines: page furniture looks for form feeds in the blank line only', () => {
    const record = (pages: number) => Array.from({ length: pages * 25 }, (_, i) => `${(i % 25) + 1}   Q. Did you see the defendant on that day at the office?\n`).join('\n')
    expect(findPageFurniture(record(2))?.numbered).toBe(50)
    expect(growth(findPageFurniture, record(30), record(900))).toBeLessThan(60)
  })
})
