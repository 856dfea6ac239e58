/**
 * The hand-written fast paths against the straightforward code they replace: clock readings and
 * leading time stamps (were regular expressions), and the NUL search (was `indexOf`).
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { leadingTimestamp, parseClock } from '../src/clock.js'
import { findNul } from '../src/find-nul.js'

const CLOCK = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`
const RANGE = String.raw`(${CLOCK})(?:[ \t]*(?:-->|–|-)[ \t]*(${CLOCK}))?`
const LEADING = new RegExp(String.raw`^(?:\\\[${RANGE}\\\]|\[${RANGE}\]|\(${RANGE}\))[ \t\u00a0]*`)

function parseClockByRegex(text: string): number | undefined {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,](\d{1,3}))?$/.exec(text.trim())
  if (!match) return undefined
  const [, a, b, c, fraction] = match
  const seconds = c === undefined ? Number(a) * 60 + Number(b) : Number(a) * 3600 + Number(b) * 60 + Number(c)
  return Math.round((seconds + (fraction ? Number(`0.${fraction}`) : 0)) * 1000) / 1000
}

function leadingTimestampByRegex(text: string) {
  const match = LEADING.exec(text)
  if (!match) return undefined
  const seconds = parseClockByRegex(match[1] ?? match[3] ?? match[5] ?? '')!
  const endText = match[2] ?? match[4] ?? match[6]
  const end = endText === undefined ? undefined : parseClockByRegex(endText)
  return end === undefined ? { seconds, length: match[0].length } : { seconds, end, length: match[0].length }
}

/** Strings made of the characters time stamps are made of, so that near-misses are common. */
const stampish = fc.array(fc.constantFrom('0', '1', '2', '5', '9', ':', '.', ',', ' ', '\t', '\u00a0', '-', '–', '>', '[', ']', '(', ')', '\\', 'x'), { maxLength: 40 }).map((parts) => parts.join(''))

describe('clock fast paths', () => {
  it('parseClock reads what the regular expression read', () => {
    fc.assert(fc.property(stampish, (text) => {
      expect(parseClock(text)).toEqual(parseClockByRegex(text))
    }), { numRuns: 20_000 })
    for (const text of ['1:02', '01:02:03', '1:02:03.5', '00:07:38.13', '00:00:56.250', ' 12:35 ', '1:2', '123:45', '1:02.1234', '1:02,5']) expect(parseClock(text)).toEqual(parseClockByRegex(text))
  })

  it('leadingTimestamp reads what the regular expression read', () => {
    const stamps = fc.tuple(fc.constantFrom('[', '(', '\\[', ''), stampish, fc.constantFrom(']', ')', '\\]', ''), stampish).map((parts) => parts.join(''))
    fc.assert(fc.property(fc.oneof(stampish, stamps), (text) => {
      expect(leadingTimestamp(text)).toEqual(leadingTimestampByRegex(text))
    }), { numRuns: 20_000 })
    for (const text of ['[00:00:56.750 --> 00:01:10.625] said', '\\[07:18\\] x', '(12:35)  x', '[1:02 – 1:05]', '[1:02 - ]', '[99:59:56.500 --> 100:00:47.875]']) {
      expect(leadingTimestamp(text)).toEqual(leadingTimestampByRegex(text))
    }
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
