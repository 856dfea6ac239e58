import { describe, expect, it } from 'vitest'
import type { EventKind } from '@verbatim/core'
import { EVENT_WORDINGS } from '@verbatim/test-utils'
import { fromText } from '../src/index.js'

const inlines = (text: string, options = {}) => {
  const turn = fromText(`SPEAKER: ${text}`, options).transcript.children[0]!
  return turn.type === 'turn' ? turn.children[0]!.children : []
}

describe('inline events', () => {
  for (const [kind, wordings] of Object.entries(EVENT_WORDINGS) as [EventKind, readonly string[]][]) {
    for (const wording of wordings) {
      it(`recognises ${wording} as ${kind}, inline and in any case`, () => {
        expect(inlines(`before ${wording} after`)).toEqual([
          expect.objectContaining({ type: 'text', value: 'before ' }),
          expect.objectContaining({ type: 'event', kind, value: wording }),
          expect.objectContaining({ type: 'text', value: ' after' }),
        ])
        const upper = wording.toUpperCase()
        expect(inlines(`x ${upper}`)[1]).toMatchObject({ type: 'event', kind, value: upper })
      })
    }
  }
  it('keeps any other parenthetical as text', () => {
    expect(inlines('the fight against (ISIL) and [sic] continues')).toEqual([expect.objectContaining({ type: 'text', value: 'the fight against (ISIL) and [sic] continues' })])
  })
  it('reads markdown escapes and double parentheses, keeping the wording without escapes', () => {
    expect(inlines('a \\[unintelligible 00:07:38.13\\] b ((aplausos))').filter((inline) => inline.type === 'event')).toEqual([
      expect.objectContaining({ kind: 'unintelligible', value: '[unintelligible 00:07:38.13]' }),
      expect.objectContaining({ kind: 'applause', value: '((aplausos))' }),
    ])
  })
  it('takes extra wordings from the events option', () => {
    expect(inlines('then (BELL RINGS) again', { events: { '(bell rings)': 'noise', 'gavel bangs': 'noise' } })[1]).toMatchObject({ kind: 'noise', value: '(BELL RINGS)' })
    expect(inlines('then [gavel bangs]', { events: { 'gavel bangs': 'noise' } })[1]).toMatchObject({ kind: 'noise' })
  })
  it('a paragraph that is only an event is an event between turns', () => {
    const { transcript } = fromText('A: one\n\n(Applause.)\n\nB: two\n')
    expect(transcript.children.map((block) => block.type)).toEqual(['turn', 'event', 'turn'])
    expect(transcript.children[1]).toMatchObject({ kind: 'applause', value: '(Applause.)', position: { start: { line: 3, column: 1 } } })
  })
  it('a stand-alone stage direction outside the vocabulary is an `other` event', () => {
    const { transcript } = fromText('THE COURT: Go on.\n\n(Jury present)\n\nTHE COURT: Sit.\n')
    expect(transcript.children[1]).toMatchObject({ type: 'event', kind: 'other', value: '(Jury present)' })
  })
})
