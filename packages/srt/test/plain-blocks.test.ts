/**
 * The reader's shortcut for plain blocks (`Blocks.plainText`, read in place) against the general
 * path (`cueParts` of the block's lines): wherever the shortcut answers, both give the same text.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { NextIndex } from '@verbatim/core'
import { scanBlocks } from '../src/read-blocks.js'
import { ReadContext } from '../src/read-context.js'
import { cueParts } from '../src/read-cue-text.js'

const piece = fc.constantFrom('Ann', 'BOB', 'Speaker 1', 'said', 'hello', ':', ': ', ' ', '\t', '-', '- ', '‐ ', '– ', '>>', '>> ', '>', '<i>', '{\\an8}', '\\N', '[music]', '(Coughs.)', 'é', '—', '1', '12')
const line = fc.array(piece, { minLength: 1, maxLength: 8 }).map((pieces) => pieces.join(''))
const block = fc.array(line, { minLength: 0, maxLength: 4 })

describe('plain SubRip blocks read in place', () => {
  it('give the text cueParts gives, for every block they take', () => {
    let taken = 0
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 8 }), fc.constantFrom('\n', '\r\n', '\r'), fc.constantFrom(new Set<string>(), new Set(['Ann', 'BOB', 'Speaker 1'])), (blocks, eol, names) => {
        const srt = blocks.map((lines, index) => [String(index + 1), '00:00:01,000 --> 00:00:02,000', ...lines.filter((text) => text.trim() !== '')].join(eol)).join(eol + eol)
        const { blocks: scanned } = scanBlocks(srt, 0, new ReadContext(undefined))
        const colons = new NextIndex(srt, ':')
        for (let index = 0; index < scanned.count; index++) {
          const plain = scanned.plainText(index, colons)
          if (plain === undefined) continue
          taken++
          expect(plain).toEqual(cueParts(scanned.lines(index), names))
        }
      }),
      { numRuns: 400 },
    )
    expect(taken).toBeGreaterThan(50)
  })
})
