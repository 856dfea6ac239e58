/**
 * The hand-written fast paths against the straightforward code they replace: clock readings and
 * leading time stamps (were regular expressions), and the NUL search (was `indexOf`).
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { leadingTimestamp, parseClock, readTimestamp, type Timestamp } from '../src/clock.js'
import { readableText } from '../src/input.js'
import { BracketFinder } from '../src/brackets.js'

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

  it('readTimestamp inside a longer string reads what the regular expression reads of the slice it is bounded to', () => {
    const stamps = fc.tuple(fc.constantFrom('[', '(', '\\[', ''), stampish, fc.constantFrom(']', ')', '\\]', ''), stampish).map((parts) => parts.join(''))
    // Well-formed stamps, cut anywhere: the bound must stop every part of the reading.
    const digits = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'))
    const clock = fc.tuple(digits, digits, fc.option(digits), fc.option(fc.integer({ min: 0, max: 999 }))).map(([a, b, c, f]) => `${a}:${b}${c === null ? '' : ':' + c}${f === null ? '' : '.' + f}`)
    const wellFormed = fc
      .tuple(fc.constantFrom(['[', ']'], ['(', ')'], ['\\[', '\\]']), clock, fc.option(fc.tuple(fc.constantFrom(' --> ', '-', ' – '), clock)), fc.constantFrom('', ' ', '\t ', '\u00a0'))
      .chain(([[open, close], start, range, blanks]) => {
        const whole = `${open}${start}${range ? range[0] + range[1] : ''}${close}${blanks}`
        return fc.integer({ min: 0, max: whole.length }).map((cut) => whole.slice(0, cut))
      })
    const into: Timestamp = { seconds: -1, end: -1 }
    fc.assert(fc.property(stampish, fc.oneof(stampish, stamps, wellFormed), stampish, (before, text, after) => {
      const length = readTimestamp(before + text + after, before.length, before.length + text.length, into)
      const expected = leadingTimestampByRegex(text)
      if (!expected) expect(length).toBe(-1)
      else {
        expect(length).toBe(before.length + expected.length)
        expect(into.seconds).toBe(expected.seconds)
        expect(into.end).toEqual(expected.end ?? NaN)
      }
    }), { numRuns: 20_000 })
  })
})

describe('readableText', () => {
  /** The control-character test as a plain count over the first 65,536 characters. */
  function looksBinaryByLoop(text: string): boolean {
    const sample = Math.min(text.length, 65_536)
    let control = 0
    for (let i = 0; i < sample; i++) {
      const code = text.charCodeAt(i)
      if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 0xfffd) control++
    }
    return sample > 0 && control > 8 && control / sample > 0.01
  }

  it('refuses exactly the text that a plain count of control characters refuses', () => {
    const unit = fc.constantFrom('a', 'é', '—', '\n', '\t', '\r', '\f', '\x01', '\x0b', '\x1f', '\x7f', '\ufffd', ' ')
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), fc.integer({ min: 0, max: 80_000 }), fc.array(fc.tuple(fc.nat(), unit), { maxLength: 2000 }), (base, length, inserts) => {
        const pattern = base.join('') || 'a'
        const chars = pattern.repeat(Math.ceil(length / pattern.length) + 1).slice(0, length).split('')
        for (const [at, char] of inserts) if (chars.length > 0) chars[at % chars.length] = char
        const text = chars.join('')
        let refused = false
        try {
          readableText(text, undefined)
        } catch {
          refused = true
        }
        expect(refused).toBe(looksBinaryByLoop(text))
      }),
      { numRuns: 300 },
    )
  })
})

describe('BracketFinder', () => {
  it('answers what a search of the slice answers, for questions in any order', () => {
    const text = fc.array(fc.constantFrom('a', ' ', '\n', '(', '[', ')', ']', 'é'), { maxLength: 200 }).map((parts) => parts.join(''))
    const range = fc.tuple(fc.nat(), fc.nat())
    fc.assert(
      fc.property(text, fc.array(range, { maxLength: 40 }), fc.boolean(), (input, ranges, ordered) => {
        const finder = new BracketFinder(input)
        const questions = ranges.map(([a, b]) => [a % (input.length + 1), b % (input.length + 1)].sort((x, y) => x - y) as [number, number])
        if (ordered) questions.sort((x, y) => x[0] - y[0])
        for (const [start, end] of questions) {
          const slice = input.slice(start, end)
          expect(finder.holds(start, end)).toBe(slice.includes('(') || slice.includes('['))
        }
      }),
      { numRuns: 5_000 },
    )
  })
})
