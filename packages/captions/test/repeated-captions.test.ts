/**
 * `overlap` (the longest run of leading lines that repeats the previous cue's last lines) against
 * the quadratic definition it stands in for, on lines from a small alphabet so that repeats are
 * common; its early answer (no line equal to the first) must agree too.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { overlap } from '../src/repeated-captions.js'

/** Every candidate length, longest first: the definition. */
function overlapByDefinition(previous: readonly string[], lines: readonly string[]): number {
  for (let k = Math.min(previous.length, lines.length); k > 0; k--) {
    let same = true
    for (let i = 0; i < k && same; i++) same = previous[previous.length - k + i] === lines[i]
    if (same) return k
  }
  return 0
}

describe('overlap', () => {
  it('is the longest prefix of the lines that is a suffix of the previous lines', () => {
    const lines = fc.array(fc.constantFrom('a', 'b', 'c', 'a b'), { maxLength: 9 })
    fc.assert(
      fc.property(lines, lines, (previous, next) => {
        expect(overlap(previous, next)).toBe(overlapByDefinition(previous, next))
      }),
      { numRuns: 5000 },
    )
  })

  it('finds overlaps whose first line also appears earlier in the previous lines', () => {
    expect(overlap(['a', 'b', 'a', 'b'], ['a', 'b', 'c'])).toBe(2)
    expect(overlap(['a', 'x', 'a'], ['a', 'x', 'a', 'y'])).toBe(3)
    expect(overlap(['b', 'c'], ['a', 'b'])).toBe(0)
    expect(overlap(['a', 'b'], ['b', 'a'])).toBe(1)
  })
})
