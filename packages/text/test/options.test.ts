import { describe, expect, it } from 'vitest'
import { readReferenceDocument } from '@verbatim/test-utils'
import { fromText, GRAMMARS } from '../src/index.js'

describe('options', () => {
  it('speakers: a user map overrides inference, matched by label or alias, any case', () => {
    const { transcript } = fromText(readReferenceDocument(), {
      speakers: {
        'sec. carter': { id: 'carter', name: 'Ashton B. Carter', role: 'official', title: '25th Secretary of Defense' },
        STAFF: { name: 'Gordon Trowbridge', role: 'staff', affiliation: 'U.S. Department of Defense' },
      },
    })
    const carter = transcript.speakers.find((speaker) => speaker.id === 'carter')!
    expect(carter).toMatchObject({ name: 'Ashton B. Carter', title: '25th Secretary of Defense', aliases: ['SEC. CARTER'] })
    expect(transcript.speakers.find((speaker) => speaker.name === 'Gordon Trowbridge')).toMatchObject({ role: 'staff', affiliation: 'U.S. Department of Defense' })
  })
  it('grammar: forcing mixed-case labels reads `French:` as a label', () => {
    const text = 'SEC. CARTER: One.\n\nQ: Two.\n\nMIN. X: Three.\n\nFrench: Four.\n'
    expect(fromText(text).transcript.children).toHaveLength(3)
    expect(fromText(text, { grammar: 'mixed' }).transcript.children).toHaveLength(4)
  })
  it('file: goes into every message', () => {
    const { messages } = fromText('', { file: 'empty.txt' })
    expect(messages[0]!.file).toBe('empty.txt')
  })
  it('exposes its grammars as data', () => {
    expect(GRAMMARS.map((grammar) => grammar.id)).toEqual(['markdown', 'timed', 'caps', 'mixed', 'court'])
    expect(GRAMMARS.find((grammar) => grammar.id === 'caps')!.match('SECRETARY OF DEFENSE ASH CARTER: Hi')).toMatchObject({ label: 'SECRETARY OF DEFENSE ASH CARTER' })
    expect(GRAMMARS.find((grammar) => grammar.id === 'caps')!.match('On the second point: What')).toBeNull()
  })
})
