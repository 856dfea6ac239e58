/**
 * The scanning helpers the readers share, against the plain searches they stand in for.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { findNul, scanText } from '../src/scan-text.js'
import { NextIndex } from '../src/next-index.js'

describe('scanText', () => {
  it('scanText finds the NUL and the CR that indexOf finds, in long text whose code units end in 0x00 or 0x0d', () => {
    const unit = fc.constantFrom('a', '—', '\u0100', '\u010d', '\u3000', 'é', '\n', '\r', '\0')
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 64 }), fc.integer({ min: 0, max: 150_000 }), (units, length) => {
        const base = units.join('') || 'x'
        const text = base.repeat(Math.ceil(length / base.length) + 1).slice(0, length)
        const scan = scanText(text)
        expect(scan.nul).toBe(text.indexOf('\0'))
        if (scan.nul === -1) expect(scan.cr).toBe(text.includes('\r'))
      }),
      { numRuns: 300 },
    )
    const late = 'é'.repeat(200_000) + '\r'
    expect(scanText(late)).toEqual({ nul: -1, cr: true })
    expect(scanText('\u010d'.repeat(100_000))).toEqual({ nul: -1, cr: false })
  })
})

describe('findNul', () => {
  it('finds what indexOf finds, in long text whose code units end in a zero byte', () => {
    const unit = fc.constantFrom('a', '—', '\u0100', '\u3000', '\u4e00', 'é', '\n', '\0')
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 64 }), fc.integer({ min: 0, max: 200_000 }), fc.option(fc.nat(), { nil: undefined }), (units, length, at) => {
        const base = units.filter((u) => u !== '\0').join('') || 'x'
        let text = base.repeat(Math.ceil(length / base.length) + 1).slice(0, length)
        if (at !== undefined && text.length > 0) {
          const i = at % text.length
          text = text.slice(0, i) + '\0' + text.slice(i + 1)
        }
        expect(findNul(text)).toBe(text.indexOf('\0'))
      }),
      { numRuns: 300 },
    )
  })
})

describe('NextIndex', () => {
  it('answers what indexOf answers, for offsets in any order', () => {
    const text = fc.array(fc.constantFrom('a', ' ', '\n', '-', '>', '-->', 'é'), { maxLength: 200 }).map((parts) => parts.join(''))
    fc.assert(
      fc.property(text, fc.constantFrom('\n', '-->', 'a'), fc.array(fc.nat(), { maxLength: 40 }), fc.boolean(), (input, needle, offsets, ordered) => {
        const next = new NextIndex(input, needle)
        const asked = offsets.map((offset) => offset % (input.length + 2))
        if (ordered) asked.sort((a, b) => a - b)
        for (const offset of asked) expect(next.at(offset)).toBe(input.indexOf(needle, offset))
      }),
      { numRuns: 5_000 },
    )
  })
})
