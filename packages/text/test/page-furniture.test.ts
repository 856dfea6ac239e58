import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { buildLineTable } from '../src/lines.js'
import { findPageFurniture, FURNITURE_RULES } from '../src/page-furniture.js'
import { findPageHeads, PAGE_BREAK_RULES } from '../src/page-heads.js'
import { RUNNING_HEAD_RULE } from '../src/running-heads.js'

/** A page of a court reporter's layout: lines numbered 1-25, a page number and a footer. */
const page = (lines: string[], number: number, first: boolean) =>
  Array.from({ length: 25 }, (_, i) => `${i === 0 ? (first ? '' : '\f') : ' '}${i + 1}${lines[i] ? ` ${lines[i]}` : ''}`).join('\n') + `\n${number}\nReporting Company 1-800-555-0100\n`

describe('page furniture (src/page-furniture.ts)', () => {
  it('leaves a document without line numbers alone', () => {
    expect(findPageFurniture('A: Hello.\n\nB: 1 thing, then 2 things.\n\n3 ways to go.\n')).toBeNull()
    expect(findPageFurniture(Array.from({ length: 60 }, (_, i) => `${i + 1}. Item ${i}`).join('\n'))).toBeNull()
  })

  it('finds line numbers by sequence and masks them, the page numbers and the footers, in place', () => {
    const text = page(['MR. A: Good morning.', 'and more.'], 1, true) + page(['MR. B: Yes.'], 2, false)
    const found = findPageFurniture(text)!
    expect(found.pages).toBe(2)
    expect(found.numbered).toBe(50)
    expect(found.text).toHaveLength(text.length)
    expect(found.text.startsWith('  MR. A: Good morning.\n   and more.\n')).toBe(true)
    expect(found.text).not.toContain('Reporting Company')
    expect(found.text).not.toMatch(/\d/)
    const footers = found.lines.filter((line) => line.rule === FURNITURE_RULES.unnumbered).map((line) => line.value)
    expect(footers).toEqual(['1', 'Reporting Company 1-800-555-0100', '2', 'Reporting Company 1-800-555-0100'])
  })

  it('keeps every offset: same length, newlines where they were (any input)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.nat(30).map(String), fc.constantFrom(' ', '\n', '\f', 'MR. A: x', '\r\n')), { maxLength: 400 }), (parts) => {
        const text = parts.join(' ')
        const found = findPageFurniture(text)
        if (!found) return
        expect(found.text).toHaveLength(text.length)
        for (let i = 0; i < text.length; i++) if (text[i] === '\n' || text[i] === '\r') expect(found.text[i]).toBe(text[i])
      }),
    )
  })
})

describe('running heads of pages without form feeds (src/page-heads.ts)', () => {
  const read = (text: string) => findPageHeads(buildLineTable(text))
  const page = (speech: string[], head: string, number: number, style: (n: number) => string) => `${head}\n${speech.join('\n')}\n${head}\n${style(number)}\n`

  it('leaves documents without page breaks alone, and bare stamps or labels after blank runs', () => {
    expect(read('A: Hello.\n\nB: 1 thing.\n\n\n2\n\nA: Yes.\n')).toBeNull()
    const stamped = Array.from({ length: 8 }, (_, i) => `[00:00:0${i}]\nCC: Roger ${i}.\n\n\n`).join('')
    expect(read(stamped)).toBeNull()
    const labels = Array.from({ length: 8 }, (_, i) => `**Abbate:**\n\nQuestion ${i}?\n\n\n`).join('')
    expect(read(labels)).toBeNull()
  })

  it('finds page numbers in sequence (strays left out) and the heads and feet next to them, masked in place', () => {
    for (const style of [(n: number) => String(n), (n: number) => `- ${n} -`, (n: number) => `Page ${n} of 9`]) {
      const words = ['one', 'two', 'three', 'four', 'five']
      const text = [1, 2, 3, 4].map((n) => page([`A: Speech ${words[n]}, the count was`, n === 2 ? '12' : '-', `B: Reply ${words[n - 1]}.`], 'Senate Hearing - May 2, 2019', n, style)).join('')
      const found = read(text)!
      expect(found.layout).toBe('page-numbers')
      expect(found.text).toHaveLength(text.length)
      expect(found.text).not.toContain('Senate Hearing')
      expect(found.text).toContain('12\n')
      expect(found.lines.filter((line) => line.rule === PAGE_BREAK_RULES.pageNumber).map((line) => line.value)).toEqual([1, 2, 3, 4].map(style))
      expect(found.lines.filter((line) => line.rule === RUNNING_HEAD_RULE)).toHaveLength(8)
    }
  })

  it('finds heads repeated next to runs of blank lines, and only those', () => {
    const speech = (n: number) => Array.from({ length: 12 }, (_, i) => `A: Speech ${'abcdefghijklmnop'.slice(i, i + n)}.`)
    const text = [1, 2, 3, 4].map((n) => [`Ames Oral History, page ${n}`, ...speech(n), `Ames Oral History, page ${n}`, '', '', ''].join('\n')).join('')
    const found = read(text)!
    expect(found.layout).toBe('blank-runs')
    expect(found.text.split('\n').map((line) => line.trim()).filter(Boolean)).toEqual([1, 2, 3, 4].flatMap(speech))
    // The same pages with runs of blank lines between most paragraphs: a writing style, not pages.
    expect(read(text.replace(/\n(A: Speech)/g, '\n\n\n$1'))).toBeNull()
  })

  it('keeps every offset: same length, newlines where they were (any input)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.nat(6).map(String), fc.constantFrom('', '\n', 'Page 3', 'Head line 2', 'A: x', '\r\n', '- 4 -')), { maxLength: 300 }), (parts) => {
        const text = parts.join('\n')
        const found = read(text)
        if (!found) return
        expect(found.text).toHaveLength(text.length)
        for (let i = 0; i < text.length; i++) if (text[i] === '\n' || text[i] === '\r') expect(found.text[i]).toBe(text[i])
      }),
    )
  })
})
