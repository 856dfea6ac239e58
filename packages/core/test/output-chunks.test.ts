// The writers' chunked output (@verbatim/core/output): what is added comes back joined, in order,
// across chunk boundaries, however it is cut into pieces, and when read more than once.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { OutputChunks } from '@verbatim/core/output'

describe('OutputChunks', () => {
  it('gives the pieces joined, however they are cut and read', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ maxLength: 40 }), fc.string({ minLength: 30_000, maxLength: 70_000 }), fc.constant('')), { maxLength: 30 }),
        fc.array(fc.nat(29), { maxLength: 4 }),
        (pieces, readsAt) => {
          const out = new OutputChunks()
          let expected = ''
          pieces.forEach((piece, index) => {
            out.add(piece)
            expected += piece
            if (readsAt.includes(index)) expect(out.toString()).toBe(expected)
          })
          expect(out.toString()).toBe(expected)
          expect(out.toString()).toBe(expected)
        },
      ),
      { numRuns: 60 },
    )
  })

  it('gives a million small pieces (thousands of chunks) back whole and in order', () => {
    const out = new OutputChunks()
    const pieces: string[] = []
    for (let i = 0; i < 1_000_000; i++) pieces.push(i % 9 === 0 ? '\n' : `<w>${i}</w>`)
    for (const piece of pieces) out.add(piece)
    const text = out.toString()
    expect(text.length).toBe(pieces.reduce((n, piece) => n + piece.length, 0))
    expect(text).toBe(pieces.join(''))
    expect(new OutputChunks().toString()).toBe('')
  })
})
