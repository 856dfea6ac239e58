import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { findPageFurniture, FURNITURE_RULES } from '../src/page-furniture.js'

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
