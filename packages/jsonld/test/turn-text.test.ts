import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { toString, type Turn } from '@verbatim/core'
import { transcriptArb } from '@verbatim/test-utils'
import { turnText } from '../src/to-jsonld.js'

describe('turnText (the writer\'s plain text of a turn)', () => {
  it('is what core\'s toString gives', () => {
    fc.assert(
      fc.property(transcriptArb({ data: true }), (t) => {
        for (const block of t.children) if (block.type === 'turn') expect(turnText(block)).toBe(toString(block))
      }),
      { numRuns: 200 },
    )
    const odd: Turn = {
      type: 'turn', speaker: null, label: null, interpreted: false,
      children: [
        { type: 'paragraph', children: [] },
        { type: 'paragraph', children: [{ type: 'text', value: '' }] },
        { type: 'paragraph', children: [{ type: 'text', value: 'a ' }, { type: 'event', kind: 'laughter', value: '(Laughter.)' }] },
        { type: 'paragraph', children: [{ type: 'event', kind: 'pause', value: '[pause]' }] },
      ],
    }
    expect(turnText(odd)).toBe(toString(odd))
  })
})
