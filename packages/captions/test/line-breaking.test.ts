/**
 * The line breaker's two ways in: the cue planner gives the break costs it computed once per
 * paragraph (`breakWithGaps`); the public `breakRange` / `breakLines` may be called without them and
 * then score each gap with `breakCost`. Both must break the same. And the greedy line count the
 * planner uses on word ranges is the public `linesNeeded` of the words' lengths.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { breakLines, breakRange, DEFAULT_BREAK_RULES, gapCosts, linesNeeded, type BreakRules } from '../src/index.js'
import { breakWithGaps, linesNeededRange } from '../src/line-breaking.js'
import { sourceTimes, type TimedUnit } from '../src/timing.js'
import { VerbatimError } from '@verbatim/core'

const word = fc.oneof(
  fc.constantFrom('The', 'the', 'and', 'of', 'Ash', 'Carter', 'said,', 'done.', '--', 'Mr.', '[laughter]', 'a', 'extraordinarily-long-hyphenated-word-here'),
  fc.string({ minLength: 1, maxLength: 12 }).filter((text) => !/\s/.test(text)),
)
const custom: BreakRules = { ...DEFAULT_BREAK_RULES, beforeWords: new Set(['and']), neverAfterWords: new Set(['the']), forbidden: 500 }

describe('breaking lines with and without the gap costs', () => {
  it('breakRange without gap costs breaks as breakRange and breakWithGaps with gapCosts, on any range and limits', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), fc.nat(), fc.nat(), fc.integer({ min: 5, max: 50 }), fc.integer({ min: 1, max: 4 }), fc.boolean(), (words, a, b, maxLength, maxLines, useCustom) => {
        const rules = useCustom ? custom : DEFAULT_BREAK_RULES
        const from = a % words.length
        const to = from + 1 + (b % (words.length - from))
        const gaps = gapCosts(words, rules)
        const expected = breakWithGaps(words, from, to, maxLength, maxLines, rules.forbidden, gaps)
        expect(breakRange(words, from, to, maxLength, maxLines, rules, undefined)).toEqual(expected)
        expect(breakRange(words, from, to, maxLength, maxLines, rules, gaps)).toEqual(expected)
        if (from === 0 && to === words.length) expect(breakLines(words, maxLength, maxLines, rules)).toEqual(expected)
      }),
      { numRuns: 1000 },
    )
  })

  it('linesNeededRange of a range is linesNeeded of its lengths; a label takes its width from the first line', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 20 }), fc.integer({ min: 1, max: 50 }), (words, max) => {
        expect(linesNeededRange(words, 0, words.length, max)).toBe(linesNeeded(words.map((text) => text.length), max))
        if (words.length > 0) expect(linesNeededRange(words, 0, words.length, max, 6)).toBe(linesNeeded(['Ann:'.padEnd(5, '_'), ...words].map((text) => text.length), max))
      }),
      { numRuns: 500 },
    )
    expect(linesNeeded([], 10)).toBe(1)
    expect(linesNeeded([12], 10)).toBe(1)
    expect(linesNeeded([5, 4, 1], 10)).toBe(2)
  })
})

describe('source times (estimate: false)', () => {
  const unitArb = fc.record({ start: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }), end: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }) })
  it('keeps source times, ends a unit without a valid end at the next start after its own, refuses what has neither', () => {
    fc.assert(
      fc.property(fc.array(unitArb, { maxLength: 8 }), (given) => {
        const units: TimedUnit[] = given.map((unit, i) => ({ ...unit, estimate: 1, path: `children[${i}]` }))
        // The first unit with no start, or no valid end and no later start after its own, is refused.
        const refused = units.findIndex((unit, i) => {
          if (unit.start === undefined) return true
          if (unit.end !== undefined && unit.end >= unit.start) return false
          const next = units.slice(i + 1).find((later) => later.start !== undefined)?.start
          return next === undefined || next <= unit.start
        })
        if (refused >= 0) {
          const what = units[refused]!.start === undefined ? 'a start time' : 'an end time'
          const error = (() => {
            try {
              sourceTimes(units, 'test')
            } catch (caught) {
              return caught
            }
          })()
          expect(error).toBeInstanceOf(VerbatimError)
          expect((error as VerbatimError).message).toContain(`expected ${what} at children[${refused}] (estimate: false refuses to estimate times)`)
          expect((error as VerbatimError).ruleId).toBe('estimate-refused')
          return
        }
        const times = sourceTimes(units, 'test')
        units.forEach((unit, i) => {
          const next = units.slice(i + 1).find((later) => later.start !== undefined)?.start
          expect(times[i]).toEqual({ start: unit.start, end: unit.end !== undefined && unit.end >= unit.start! ? unit.end : next, estimated: false })
        })
      }),
      { numRuns: 500 },
    )
  })
})
