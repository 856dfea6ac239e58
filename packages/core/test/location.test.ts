import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { jsonErrorOffset, jsonErrorPoint, LineIndex, lineStarts, pointAt } from '../src/index.js'

/** The point of an offset the slow, obvious way. */
function naive(text: string, offset: number) {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/)
  return { line: before.length, column: before[before.length - 1]!.length + 1, offset }
}

describe('LineIndex', () => {
  it('gives the point of every offset, in any order, with LF, CRLF and lone CR', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', '\n', '\r', '\r\n', ' ') }), fc.array(fc.nat()), (text, asks) => {
        const index = new LineIndex(text)
        for (const ask of asks) {
          const offset = ask % (text.length + 1)
          // An offset between the CR and LF of a CRLF is inside the line ending: not asked.
          if (text[offset - 1] === '\r' && text[offset] === '\n') continue
          expect(index.point(offset)).toEqual(naive(text, offset))
          expect(pointAt(text, offset)).toEqual(naive(text, offset))
        }
      }),
    )
  })

  it('takes line starts a reader already counted', () => {
    expect(lineStarts('a\nb\r\nc\rd')).toEqual([0, 2, 5, 7])
    expect(new LineIndex([0, 2, 5]).position(3, 6)).toEqual({ start: { line: 2, column: 2, offset: 3 }, end: { line: 3, column: 2, offset: 6 } })
  })
})

describe('jsonErrorPoint', () => {
  it('finds the failing place without reading the JSON.parse message', () => {
    expect(jsonErrorPoint('{\n  "a": oops\n}')).toEqual({ line: 2, column: 8, offset: 9 })
    expect(jsonErrorPoint('\uFEFF{"a": 1}')).toBeUndefined()
    expect(jsonErrorOffset('{"a": "x\u0001"}')).toBe(8)
    expect(jsonErrorOffset('["a\\q"]')).toBe(3)
    expect(jsonErrorOffset('["abc')).toBe(5)
  })
})
