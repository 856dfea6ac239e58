import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { findGluedCandidates, GLUED_LABEL_RULE } from '../src/read-glued.js'
import { fromText } from '../src/index.js'

describe('glued labels (src/read-glued.ts)', () => {
  it('finds the candidates GLUED_LABEL_RULE.pattern describes, from the colons (any text)', () => {
    const piece = fc.constantFrom('a', 'B', 'É', 'é', '.', '?', '”', ')', ':', ' ', '\n', '\r\n', 'RAMOS', 'x'.repeat(40))
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 200 }), (parts) => {
        const text = parts.join('')
        const pattern = new RegExp(GLUED_LABEL_RULE.pattern.source, GLUED_LABEL_RULE.pattern.flags)
        const expected: number[] = []
        for (let match = pattern.exec(text); match; match = pattern.exec(text)) expected.push(match.index + match[0].length)
        expect(findGluedCandidates(text, 0)).toEqual(expected)
      }),
    )
  })

  it('splits only labels the document uses, each with a warning', () => {
    const { transcript, messages } = fromText('HOST: Welcome.\n\nGUEST: Thanks.\n\nHOST: Fine, thanks.GUEST: Sure. The NATO view.NATO: an alliance.\n')
    expect(transcript.children.map((block) => (block.type === 'turn' ? block.label : block.type))).toEqual(['HOST', 'GUEST', 'HOST', 'GUEST'])
    expect(messages.filter((message) => message.ruleId === 'glued-label')).toHaveLength(1)
    expect(transcript.speakers.map((speaker) => speaker.aliases[0])).toEqual(['HOST', 'GUEST'])
  })
})
