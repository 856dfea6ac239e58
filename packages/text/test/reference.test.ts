import { describe, expect, it } from 'vitest'
import { fileURLToPath } from 'node:url'
import { readFileSync } from 'node:fs'
import { summarize, toString } from '@verbatim/core'
import { validateTranscript } from '@verbatim/core/schema'
import { expectedOrUpdate, readReferenceDocument, type FixturePair } from '@verbatim/test-utils'
import { fromText } from '../src/index.js'

const input = readReferenceDocument()
const { transcript, messages } = fromText(input, { file: 'dod-carter-le-drian-paris-2016-10-25.txt' })
const summary = summarize(transcript)
const turns = transcript.children.filter((block) => block.type === 'turn')
const speaker = (name: string) => transcript.speakers.find((entry) => entry.name === name)

describe('the reference document (issue 3 expectations)', () => {
  it('is a valid transcript', () => expect(validateTranscript(transcript).valid).toBe(true))
  it('has the title', () => expect(transcript.meta.title).toBe('Joint Press Conference by Secretary Carter and Minister Le Drian in Paris, France'))
  it('keeps the site boilerplate out of every turn, as notes', () => {
    for (const turn of turns) expect(toString(turn)).not.toMatch(/official website|\.gov|Here's how you know|historical collection/)
    expect(transcript.meta.notes?.filter((note) => note.kind === 'boilerplate').length).toBeGreaterThanOrEqual(5)
  })
  it('has 21 turns', () => expect(turns).toHaveLength(21))
  it('has Ash Carter and Jean-Yves Le Drian as officials with their titles', () => {
    expect(speaker('Ash Carter')).toMatchObject({ role: 'official', title: 'Secretary of Defense', group: false })
    expect(speaker('Jean-Yves Le Drian')).toMatchObject({ role: 'official', title: 'Defense Minister', group: false })
  })
  it('links short forms to the full names', () => {
    expect(speaker('Ash Carter')!.aliases).toEqual(['SECRETARY OF DEFENSE ASH CARTER', 'SEC. CARTER'])
    expect(speaker('Jean-Yves Le Drian')!.aliases).toEqual(['DEFENSE MINISTER JEAN-YVES LE DRIAN', 'MIN. LE DRIAN', 'LE DRAIN'])
  })
  it('makes Q and QUESTION one journalist group, and STAFF staff', () => {
    expect(speaker('Journalists')).toMatchObject({ role: 'journalist', group: true, aliases: ['Q', 'QUESTION'] })
    expect(speaker('Staff')).toMatchObject({ role: 'staff' })
    expect(transcript.speakers).toHaveLength(4)
  })
  it('resolves LE DRAIN to Le Drian with a label-typo warning', () => {
    const turn = turns.find((entry) => entry.label === 'LE DRAIN')!
    expect(turn.speaker).toBe(speaker('Jean-Yves Le Drian')!.id)
    const typo = messages.filter((message) => message.ruleId === 'label-typo')
    expect(typo).toHaveLength(1)
    expect(typo[0]).toMatchObject({ severity: 'warning', source: 'verbatim-text', actual: 'LE DRAIN', place: { start: { line: 154, column: 1 } } })
  })
  it('does not attribute the two paragraphs after section breaks to Carter or Le Drian', () => {
    for (const opening of ['There are four questions', 'Minister, from the French news']) {
      const turn = turns.find((entry) => toString(entry).startsWith(opening))!
      expect(turn.speaker).toBeNull()
      expect(turn.label).toBeNull()
    }
    expect(messages.filter((message) => message.ruleId === 'unattributed-paragraph').map((message) => (message.place as { start: { line: number } }).start.line)).toEqual([73, 144])
  })
  it('marks 6 turns interpreted and keeps the qualifier out of labels', () => {
    expect(turns.filter((turn) => turn.interpreted)).toHaveLength(6)
    for (const turn of turns) expect(turn.label ?? '').not.toMatch(/TRANSLATOR/)
  })
  it('has 3 inaudible events and 1 off-mic event, with their wording', () => {
    expect(summary.events).toEqual({ inaudible: 3, 'off-mic': 1 })
    const question = turns.find((turn) => turn.label === 'QUESTION')!
    const inlines = question.children[1]!.children
    expect(inlines.map((inline) => inline.type)).toEqual(['text', 'event', 'text'])
    expect(inlines[0]).toMatchObject({ type: 'text', value: expect.stringMatching(/what -- $/) })
    expect(inlines[1]).toMatchObject({ type: 'event', kind: 'inaudible', value: '(inaudible)' })
  })
  it('keeps "On the second point:" inside Carter\'s turn', () => {
    const turn = turns.find((entry) => toString(entry).includes('On the second point: What military force'))!
    expect(turn.label).toBe('SEC. CARTER')
  })
  it('gives every node a position', () => {
    for (const turn of turns) {
      expect(turn.position).toBeDefined()
      for (const paragraph of turn.children) {
        expect(paragraph.position).toBeDefined()
        for (const inline of paragraph.children) {
          expect(inline.position).toBeDefined()
          const { start, end } = inline.position!
          if (inline.type === 'event') expect(input.slice(start.offset, end.offset)).toBe(inline.value)
        }
      }
    }
  })
  it('matches the reviewed expected tree (test/fixtures/reference/dod.expected.json)', () => {
    const path = fileURLToPath(new URL('./fixtures/reference/dod.expected.json', import.meta.url))
    let expected: string | undefined
    try {
      expected = readFileSync(path, 'utf8')
    } catch {
      expected = undefined
    }
    const pair: FixturePair = { name: 'dod', inputPath: 'examples/dod-carter-le-drian-paris-2016-10-25.txt', expectedPath: path, input, expected }
    const actual = JSON.stringify({ transcript, messages }, null, 2) + '\n'
    expect(actual).toBe(expectedOrUpdate(pair, actual))
  })
})
