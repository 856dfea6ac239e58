/**
 * `editDistance` takes turns with three rows and compares code units as numbers: the same answer as
 * the table of arrays it replaced (one new array per row, characters compared as strings).
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { editDistance } from '../src/distance.js'

function rowsOfArrays(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  const cols = b.length + 1
  let previous2 = new Array<number>(cols).fill(0)
  let previous = Array.from({ length: cols }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(cols).fill(0)
    current[0] = i
    let best = i
    for (let j = 1; j < cols; j++) {
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2]! + 1)
      current[j] = value
      if (value < best) best = value
    }
    if (best > max) return max + 1
    previous2 = previous
    previous = current
  }
  return previous[cols - 1]!
}

const name = (maxLength: number) => fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'É', '\ud83d', '\ude00', ' '), maxLength })
const same = (a: string, b: string, max: number): void => {
  expect(editDistance(a, b, max)).toBe(rowsOfArrays(a, b, max))
}

describe('editDistance', () => {
  it('answers as the table of arrays it replaced (short and long names, in any order of calls)', () => {
    fc.assert(fc.property(name(12), name(12), fc.integer({ min: 0, max: 4 }), same), { numRuns: 5000 })
    fc.assert(fc.property(name(150), name(150), fc.integer({ min: 0, max: 200 }), same), { numRuns: 300 })
  })
  it('counts a transposition as one edit', () => {
    expect(editDistance('Kirby', 'Kriby', 2)).toBe(1)
    expect(editDistance('Psaki', 'Psaki', 0)).toBe(0)
    expect(editDistance('Jean-Pierre', 'Jean Piere', 1)).toBe(2)
  })
})
