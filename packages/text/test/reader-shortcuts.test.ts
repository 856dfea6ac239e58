/**
 * The reader's character-level shortcuts against the patterns and loops they replace: the same
 * answer on every input, including the near-misses the generators favour.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { endsLikeLabelBreak } from '../src/build-units.js'
import { caselessPattern, startsWithLowered, wordIndex } from '../src/casing.js'
import { buildLineTable } from '../src/lines.js'
import { isPageLine, PAGE_LINES } from '../src/units.js'
import { findDate } from '../src/dates.js'

const pieces = (chars: string[], maxLength = 14) => fc.array(fc.constantFrom(...chars), { maxLength }).map((parts) => parts.join(''))

describe('reader shortcuts', () => {
  it('endsLikeLabelBreak answers as /[.?!"”’)\\]—–-][ \\t\\u00a0]*$|[^ ]  +$/ does', () => {
    const pattern = /[.?!"”’)\]—–-][ \t\u00a0]*$|[^ ]  +$/
    const line = pieces(['a', 'É', ' ', '  ', '\t', '\u00a0', '.', '?', '!', '"', '”', '’', ')', ']', '—', '–', '-', ':', '\u2003'])
    fc.assert(
      fc.property(line, fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 }), (text, before, after) => {
        const whole = before + text + after
        expect(endsLikeLabelBreak(whole, before.length, before.length + text.length)).toBe(pattern.test(text))
      }),
      { numRuns: 5000 },
    )
  })

  it('isPageLine answers as its patterns do', () => {
    const line = pieces(['A', 'Z', 'Q', '0', '9', ' ', '  ', '\t', '(', ')', 'Continued', 'continued on next page', ' - ', 'x', '.', ':', 'O5OAAFIN1'], 8)
    fc.assert(
      fc.property(line, (text) => {
        expect(isPageLine(text)).toBe(PAGE_LINES.some((pattern) => pattern.test(text)))
      }),
      { numRuns: 5000 },
    )
  })

  it('the line table splits CRLF, CR and LF text as a character-by-character scan does', () => {
    const text = pieces(['a', ' ', '\r', '\n', '\r\n', '\n\r', '\t', 'é'], 20)
    fc.assert(
      fc.property(text, (input) => {
        const table = buildLineTable(input, input.includes('\r'))
        const lines: [number, number][] = []
        let start = 0
        for (;;) {
          let end = start
          while (end < input.length && input[end] !== '\n' && input[end] !== '\r') end++
          lines.push([start, end])
          if (end >= input.length) break
          start = input[end] === '\r' && input[end + 1] === '\n' ? end + 2 : end + 1
        }
        expect(table.count).toBe(lines.length)
        lines.forEach(([from, to], i) => {
          expect(table.starts[i]).toBe(from)
          expect(table.ends[i]).toBe(to)
        })
      }),
      { numRuns: 3000 },
    )
  })
})

describe('name casing without lower-casing the text', () => {
  const text = pieces(['a', 'K', 'k', '\u212a', 'é', 'É', 'ß', ' ', 'Mc', 'NAMARA', 'namara', '.', '-', '\u03a3', 'x', 's', 'S', '\u017f', 'i', 'I', '\u0131'], 16)
  const word = pieces(['a', 'k', 'mc', 'namara', '.', '-', 'x', '(', '*', 's', 'i'], 4).filter((w) => w !== '')

  it('startsWithLowered answers as the lower-cased text does', () => {
    fc.assert(
      fc.property(text, word, fc.nat(20), (input, lower, at) => {
        expect(startsWithLowered(input, lower, at)).toBe(input.toLowerCase().startsWith(lower, at))
      }),
      { numRuns: 5000 },
    )
  })

  it('caselessPattern finds the places indexOf finds in the lower-cased text', () => {
    fc.assert(
      fc.property(text, word, (input, lower) => {
        const lowered = input.toLowerCase()
        const expected: number[] = []
        for (let at = lowered.indexOf(lower); at !== -1; at = lowered.indexOf(lower, at + 1)) expected.push(at)
        const found: number[] = []
        const pattern = caselessPattern(lower)
        for (let match = pattern.exec(input); match !== null; match = pattern.exec(input)) {
          found.push(match.index)
          pattern.lastIndex = match.index + 1
        }
        expect(found).toEqual(expected)
      }),
      { numRuns: 5000 },
    )
  })
})

describe('the word index of name casing', () => {
  it('finds the wanted words where /[\\p{L}\\p{M}\\d]+/gu finds them', () => {
    const text = pieces(['le', 'drian', 'jean', '-', 'yves', ' ', '\u00a0', 'é', '\u0301', '1', '𝒜', '\ud835', '\udc9c', '.', 'ß', 'x'], 16)
    fc.assert(
      fc.property(text, fc.uniqueArray(fc.constantFrom('le', 'drian', 'jean', 'yves', 'é', 'le1', '𝒜', 'x', 'ledrian'), { maxLength: 5 }), (input, words) => {
        const wanted = new Set<string>(words)
        const expected = new Map<string, number[]>()
        for (const match of input.matchAll(/[\p{L}\p{M}\d]+/gu)) {
          if (!wanted.has(match[0])) continue
          expected.set(match[0], [...(expected.get(match[0]) ?? []), match.index])
        }
        expect(wordIndex(input, wanted)).toEqual(expected)
      }),
      { numRuns: 5000 },
    )
  })
})

describe('dates in header lines', () => {
  it('findDate answers what the date patterns answer on their own (lines with fewer than four digits hold no date)', () => {
    // `findDate` without its digit count: the patterns alone, month names looked up through `findDate` itself.
    const byPatterns = (line: string): boolean => {
      const text = line.replace(/\b(\d{3}) (\d)\b/g, '$1$2').replace(/\b(\d{2}) (\d{2})\b/g, '$1$2')
      return /\b(\d{4})-(\d{2})-(\d{2})\b/.test(text) || /\b([\p{L}]+)\.? (\d{1,2}),? (\d{4})\b/u.test(text) || /\b(\d{1,2})(?: de)? ([\p{L}]+)\.?,?(?: de| del)? (\d{4})\b/u.test(text)
    }
    const dateLike = fc
      .tuple(fc.constantFrom('May', 'octubre', 'Jan.', '24', 'x'), fc.constantFrom(' ', ' de ', '-'), fc.constantFrom('24', '4', '1', 'May', '10'), fc.constantFrom(', ', ' ', ' de ', '-'), fc.constantFrom('2024', '202 4', '20 24', '1999', '024', '25'))
      .map((parts) => parts.join(''))
    const line = fc.oneof(pieces(['May', 'octubre', ' de ', ' ', ',', '.', '-', '1', '2', '0', '4', '24', '202', '٣', 'x'], 12), dateLike)
    let dates = 0
    fc.assert(
      fc.property(line, (text) => {
        if (!byPatterns(text)) expect(findDate(text)).toBeUndefined()
        else {
          // A match needs a year of four digits: the digit count never turns one away.
          expect([...text].filter((char) => char >= '0' && char <= '9').length).toBeGreaterThanOrEqual(4)
          if (findDate(text) !== undefined) dates++
        }
      }),
      { numRuns: 5000 },
    )
    expect(dates).toBeGreaterThan(0)
    expect(findDate('May 24, 202 4')).toBe('2024-05-24')
    expect(findDate('30 de septiembre de 2024')).toBe('2024-09-30')
    expect(findDate('2016-10-25')).toBe('2016-10-25')
  })
})
