import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { bracketEventKind, eventKind, isEventContent } from '../src/index.js'

describe('bracketEventKind', () => {
  it('answers as isEventContent and eventKind do, first time and remembered, past its bound', () => {
    const content = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('music', 'Coughs.', 'LAUGHTER', 'US', 'Speaks French.', ' applause ', 'and this aside', 'NATO'))
    fc.assert(
      fc.property(content, fc.constantFrom('[', '('), (inside, open) => {
        const value = open === '[' ? `[${inside}]` : `(${inside})`
        const expected = isEventContent(inside, open) ? eventKind(inside) : null
        expect(bracketEventKind(value)).toBe(expected)
        expect(bracketEventKind(value)).toBe(expected)
      }),
      { numRuns: 6000 },
    )
  })
})
