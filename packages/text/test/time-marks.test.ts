import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { removePositions, type Paragraph, type Transcript } from '@verbatim/core'
import { validateTranscript } from '@verbatim/core/schema'
import { fromText, toText } from '../src/index.js'

const paragraphOf = (input: string): Paragraph => {
  const turn = fromText(input).transcript.children.find((block) => block.type === 'turn')!
  return turn.type === 'turn' ? turn.children[0]! : (undefined as never)
}

describe('time marks inside speech start timed segments', () => {
  it('splits the speech at each mark: text before stays, each mark starts a segment to the next', () => {
    const paragraph = removePositions(paragraphOf('ANA RUIZ: Hello there (00:01:02) and more [1:05.5] end.\n'))
    expect(paragraph.children).toEqual([
      { type: 'text', value: 'Hello there ' },
      { type: 'segment', time: { start: 62, source: 'source' }, data: { mark: '(00:01:02)' }, children: [{ type: 'text', value: ' and more ' }] },
      { type: 'segment', time: { start: 65.5, source: 'source' }, data: { mark: '[1:05.5]' }, children: [{ type: 'text', value: ' end.' }] },
    ])
  })
  it('positions: a segment starts at its mark and ends where the next one starts', () => {
    const paragraph = paragraphOf('ANA RUIZ: Hi (0:01) a\nwrapped (0:02) b\n')
    const [first, second] = paragraph.children.filter((child) => child.type === 'segment')
    expect(first!.position).toEqual({ start: { line: 1, column: 14, offset: 13 }, end: { line: 2, column: 9, offset: 30 } })
    expect(second!.position!.start).toEqual({ line: 2, column: 9, offset: 30 })
  })
  it('events after a mark go into its segment; a mark inside an event wording is no mark', () => {
    const paragraph = removePositions(paragraphOf('ANA RUIZ: Yes (0:03) (laughter) right [crosstalk 00:20:01] ok.\n'))
    expect(paragraph.children[1]).toMatchObject({ type: 'segment', children: [{ type: 'text', value: ' ' }, { type: 'event', kind: 'laughter' }, { type: 'text', value: ' right ' }, { type: 'event' }, { type: 'text', value: ' ok.' }] })
  })
  it('a stamp right after a label is still the turn time; an escaped paragraph opening with one keeps it as text', () => {
    const { transcript } = fromText('ANA RUIZ: [00:00:05] Hello (00:00:07) there.\n\nBEN: \\[00:00:09] is text.\n')
    const [a, b] = transcript.children
    expect(a).toMatchObject({ time: { start: 5 }, children: [{ children: [{ type: 'text', value: 'Hello ' }, { type: 'segment', time: { start: 7 } }] }] })
    expect(b).toMatchObject({ children: [{ children: [{ type: 'text', value: '[00:00:09] is text.' }] }] })
  })
  it('toText writes marks back as written, or in the chosen style', () => {
    const input = 'ANA RUIZ: Hello there (00:01:02) and more [1:05.5] end.\n'
    const { transcript } = fromText(input)
    expect(toText(transcript, { header: 'none' })).toBe(input)
    const plain = structuredClone(transcript)
    const paragraph = (plain.children[0] as { children: Paragraph[] }).children[0]!
    for (const child of paragraph.children) if (child.type === 'segment') delete child.data
    expect(toText(plain, { header: 'none', timeMarks: 'paren' })).toBe('ANA RUIZ: Hello there (00:01:02) and more (00:01:05.500) end.\n')
    expect(toText(plain, { header: 'none' })).toBe('ANA RUIZ: Hello there [00:01:02] and more [00:01:05.500] end.\n')
  })
  it('round trip: fromText(toText(t)) keeps segment times and speech', () => {
    const word = fc.stringMatching(/^[a-z]{1,8}$/)
    const words = fc.array(word, { minLength: 1, maxLength: 5 }).map((list) => list.join(' '))
    const paragraphArb = fc.tuple(words, fc.array(fc.tuple(fc.integer({ min: 1, max: 3 }), words), { minLength: 1, maxLength: 3 }), fc.constantFrom<'bracket' | 'paren'>('bracket', 'paren'))
    fc.assert(
      fc.property(paragraphArb, ([head, parts, style]) => {
        let at = 0
        const children: Paragraph['children'] = [{ type: 'text', value: `${head} ` }]
        parts.forEach(([step, text], i) => {
          at += step
          // Canonical text: no space at the paragraph's end (lines are trimmed).
          children.push({ type: 'segment', time: { start: at, source: 'source' }, children: [{ type: 'text', value: i === parts.length - 1 ? ` ${text}` : ` ${text} ` }] })
        })
        const transcript: Transcript = {
          type: 'transcript',
          version: '1.1',
          meta: {},
          speakers: [{ id: 'ana', name: 'Ana', role: 'unknown', aliases: ['ANA'], group: false }],
          children: [{ type: 'turn', speaker: 'ana', label: 'ANA', interpreted: false, children: [{ type: 'paragraph', children }] }],
        }
        expect(validateTranscript(transcript).valid).toBe(true)
        const back = removePositions(fromText(toText(transcript, { timeMarks: style })).transcript)
        const turn = back.children[0]!
        const strip = (list: Paragraph['children']) => list.map((child) => (child.type === 'segment' ? { ...child, data: undefined } : child))
        expect(turn.type === 'turn' && strip(turn.children[0]!.children)).toEqual(strip(children).map((child) => (child.type === 'segment' ? { ...child, data: undefined } : child)))
      }),
      { numRuns: 200 },
    )
  })
})
