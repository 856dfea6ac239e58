// visit, inlinesOf, phrasingOf, toString, countWords, summarize and the builders on model 1.1
// trees: segments holding words with times, between ordinary text.
import { describe, expect, it } from 'vitest'
import { createEvent, createParagraph, createSegment, createTranscript, createTurn, createWord, createText, createSpeaker } from '../src/builders.js'
import { summarize } from '../src/summarize.js'
import { countWords, toString } from '../src/text.js'
import type { Transcript } from '../src/types.js'
import { validateTranscript } from '../src/validate.js'
import { inlinesOf, phrasingOf, visit } from '../src/visit.js'

function timedTranscript(): Transcript {
  return createTranscript({
    speakers: [createSpeaker('host', 'Host', { role: 'host' })],
    children: [
      createTurn('host', [
        createParagraph([
          createSegment([createWord('Hello', 1, 1.4, 0.98), createText(' '), createWord('there.', 1.5, 1.9)], 1, 2),
          createText(' '),
          createSegment([createText('How are you? '), createEvent('laughter', '[laughs]', { start: 3, end: 3.5, source: 'source' })], 2.5, 4),
        ]),
      ]),
      createTurn('host', [createParagraph('Untimed words here.')]),
    ],
  })
}

describe('builders for segments and words', () => {
  it('build valid nodes with source times', () => {
    expect(createWord('Hello', 1, 1.4, 0.98)).toEqual({ type: 'word', value: 'Hello', time: { start: 1, end: 1.4, source: 'source' }, confidence: 0.98 })
    expect(createWord('tag', 5)).toEqual({ type: 'word', value: 'tag', time: { start: 5, source: 'source' } })
    expect(createSegment('Hi.', { start: 0, source: 'estimated' })).toEqual({ type: 'segment', time: { start: 0, source: 'estimated' }, children: [{ type: 'text', value: 'Hi.' }] })
    expect(createEvent('pause', '(pause)')).toEqual({ type: 'event', kind: 'pause', value: '(pause)' })
    const result = validateTranscript(timedTranscript())
    expect(result.messages).toEqual([])
    expect(result.valid).toBe(true)
  })
})

describe('tree utilities on segments and words', () => {
  it('visit walks into segments, words are leaves', () => {
    const seen: string[] = []
    visit(timedTranscript(), (node, parent, index) => {
      seen.push(`${node.type}@${parent?.type ?? '-'}:${index ?? '-'}`)
    })
    expect(seen.slice(0, 9)).toEqual([
      'transcript@-:-',
      'turn@transcript:0',
      'paragraph@turn:0',
      'segment@paragraph:0',
      'word@segment:0',
      'text@segment:1',
      'word@segment:2',
      'text@paragraph:1',
      'segment@paragraph:2',
    ])
  })

  it('inlinesOf keeps segments; phrasingOf opens them', () => {
    const turn = timedTranscript().children[0]!
    if (turn.type !== 'turn') throw new Error('expected a turn')
    expect(inlinesOf(turn).map((node) => node.type)).toEqual(['segment', 'text', 'segment'])
    expect(phrasingOf(turn).map((node) => node.type)).toEqual(['word', 'text', 'word', 'text', 'text', 'event'])
    const segment = turn.children[0]!.children[0]!
    if (segment.type !== 'segment') throw new Error('expected a segment')
    expect(phrasingOf(segment)).toEqual(segment.children)
    expect(phrasingOf(segment)).not.toBe(segment.children)
  })

  it('toString and countWords read words and segments', () => {
    const tree = timedTranscript()
    expect(toString(tree)).toBe('Hello there. How are you? [laughs]\n\nUntimed words here.')
    expect(toString(tree, { events: false })).toBe('Hello there. How are you? \n\nUntimed words here.')
    expect(countWords(tree)).toBe(8)
    expect(countWords(tree.children[0]!)).toBe(5)
  })

  it('summarize counts words in segments and takes an untimed turn’s times from its segments', () => {
    const summary = summarize(timedTranscript())
    expect(summary.speakers[0]).toMatchObject({ turns: 2, words: 8 })
    expect(summary.turns[0]).toMatchObject({ start: 1, end: 4, firstWords: 'Hello there. How are you? [laughs]' })
    expect(summary.turns[1]).toMatchObject({ start: null, end: null })
    expect(summary.events).toEqual({ laughter: 1 })
  })
})
