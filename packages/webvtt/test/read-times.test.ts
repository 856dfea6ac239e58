import { describe, expect, it } from 'vitest'
import { type Inline, type Segment, type Turn, type Word } from '@verbatim/core'
import { validateTranscript } from '@verbatim/core/schema'
import { fromWebVtt } from '../src/read/from-webvtt.js'

const segments = (vtt: string, options = {}) =>
  fromWebVtt(vtt, options).transcript.children.flatMap((block) => (block.type === 'turn' ? block.children.flatMap((paragraph) => paragraph.children.filter((node): node is Segment => node.type === 'segment')) : []))
const wordsOf = (nodes: readonly Inline[]): Word[] => nodes.flatMap((node) => (node.type === 'word' ? [node] : node.type === 'segment' ? wordsOf(node.children) : []))

describe('fromWebVtt keeps the source times below the turn', () => {
  it('makes one segment per cue with the cue times, inside the turn paragraph, spaces between segments as text', () => {
    const vtt = 'WEBVTT\n\n00:00:00.000 --> 00:00:02.760\n<v Sarah>In today\'s episode,\n\n00:00:02.760 --> 00:00:06.090\n<v Sarah>you learn.\n'
    const { transcript, messages } = fromWebVtt(vtt)
    expect(messages).toEqual([])
    const turn = transcript.children[0] as Turn
    expect(turn.time).toEqual({ start: 0, end: 6.09, source: 'source' })
    expect(turn.children).toHaveLength(1)
    const children = turn.children[0]!.children
    expect(children.map((node) => node.type)).toEqual(['segment', 'text', 'segment'])
    expect(children[1]).toMatchObject({ type: 'text', value: ' ' })
    expect(children[0]).toMatchObject({ type: 'segment', time: { start: 0, end: 2.76, source: 'source' }, children: [{ type: 'text', value: "In today's episode," }] })
    expect(children[2]).toMatchObject({ type: 'segment', time: { start: 2.76, end: 6.09, source: 'source' }, children: [{ type: 'text', value: 'you learn.' }] })
    expect(validateTranscript(transcript).valid).toBe(true)
  })

  it('reads timestamp tags as words timed by the tag, with no end, the rest of a run as text', () => {
    const vtt = 'WEBVTT\n\n00:00:00.000 --> 00:00:02.119\nthere\'s<00:00:00.210><c> no</c><00:00:00.359><c> denying it</c>\n'
    const [segment] = segments(vtt)
    expect(segment!.children).toEqual([
      expect.objectContaining({ type: 'text', value: "there's" }),
      expect.objectContaining({ type: 'text', value: ' ' }),
      expect.objectContaining({ type: 'word', value: 'no', time: { start: 0.21, source: 'source' } }),
      expect.objectContaining({ type: 'text', value: ' ' }),
      expect.objectContaining({ type: 'word', value: 'denying', time: { start: 0.359, source: 'source' } }),
      expect.objectContaining({ type: 'text', value: ' it' }),
    ])
  })

  it('keeps the word times of rolling captions it reads once', () => {
    const vtt =
      'WEBVTT\n\n00:00:00.000 --> 00:00:02.119\n \nthere\'s<00:00:00.210><c> no</c><00:00:00.359><c> denying</c>\n\n00:00:02.119 --> 00:00:02.129\nthere\'s no denying\n \n\n00:00:02.129 --> 00:00:05.360\nthere\'s no denying\nis<00:00:02.280><c> a</c><00:00:02.520><c> pretty</c>\n'
    const { transcript, messages } = fromWebVtt(vtt)
    expect(messages.map((message) => message.ruleId)).toEqual(['repeated-captions'])
    expect(wordsOf((transcript.children[0] as Turn).children[0]!.children).map((word) => [word.value, word.time.start])).toEqual([
      ['no', 0.21],
      ['denying', 0.359],
      ['a', 2.28],
      ['pretty', 2.52],
    ])
    // The kept cue is extended over its repeat; the next keeps its own times.
    expect(segments(vtt).map((segment) => [segment.time.start, segment.time.end])).toEqual([
      [0, 2.129],
      [2.129, 5.36],
    ])
  })

  it('reads a cue holding only events as timed events between turns', () => {
    const vtt = 'WEBVTT\n\n00:01.000 --> 00:02.000\n<v A>Hello.\n\n00:02.500 --> 00:03.000\n[At sidebar]\n\n00:03.000 --> 00:04.000\n<v A>Back.\n'
    const blocks = fromWebVtt(vtt).transcript.children
    expect(blocks.map((block) => block.type)).toEqual(['turn', 'event', 'turn'])
    expect(blocks[1]).toMatchObject({ type: 'event', value: '[At sidebar]', time: { start: 2.5, end: 3, source: 'source' } })
  })

  it('gives the parts of a cue spoken by two voices the same time', () => {
    const vtt = 'WEBVTT\n\n00:01.000 --> 00:03.000\n<v A>Hi.</v>\n<v B>Hello.</v>\n'
    const found = segments(vtt)
    expect(found).toHaveLength(2)
    expect(found[0]!.time).toEqual(found[1]!.time)
    const broadcast = segments('WEBVTT\n\n00:01.000 --> 00:03.000\nwelcome. >> thank you.\n')
    expect(broadcast.map((segment) => segment.time)).toEqual([
      { start: 1, end: 3, source: 'source' },
      { start: 1, end: 3, source: 'source' },
    ])
  })

  it('warns about cues out of order, overlapping or beyond 100 hours, keeps them as written and in text order', () => {
    const vtt = 'WEBVTT\n\n00:00:05.000 --> 00:00:06.000\n<v A>one\n\n00:00:01.000 --> 00:00:02.000\n<v A>two\n\n00:00:01.500 --> 00:00:03.000\n<v A>three\n\n100:00:01.000 --> 100:00:02.000\n<v A>four\n'
    const { transcript, messages } = fromWebVtt(vtt, { file: 'bad.vtt' })
    expect(messages.map((message) => [message.ruleId, (message.place as { line: number }).line])).toEqual([
      ['time-out-of-order', 6],
      ['time-overlap', 9],
      ['time-beyond-limit', 12],
    ])
    expect(messages[0]!.file).toBe('bad.vtt')
    const found = segments(vtt)
    expect(found.map((segment) => [segment.children.map((node) => (node as { value: string }).value).join(''), segment.time.start])).toEqual([
      ['one', 5],
      ['two', 1],
      ['three', 1.5],
      ['four', 360001],
    ])
    expect(transcript.children).toHaveLength(1)
  })

  it('marks the segments of cues the writer noted as estimated', () => {
    const vtt = 'WEBVTT\n\nNOTE Estimated times: cues 2 are timed from a speaking rate of 160 words per minute, not from the source.\n\n1\n00:01.000 --> 00:02.000\n<v A>one\n\n2\n00:02.000 --> 00:03.000\n<v A>two\n'
    expect(segments(vtt).map((segment) => segment.time.source)).toEqual(['source', 'estimated'])
  })
})

describe('fromWebVtt on many bad times', () => {
  it('lists the first cues past 100 hours and counts the rest in one message', () => {
    let vtt = 'WEBVTT\n\n'
    for (let i = 0; i < 5; i++) vtt += `100:00:0${i}.000 --> 100:00:0${i}.500\n<v A>cue ${i}\n\n`
    const { messages } = fromWebVtt(vtt)
    expect(messages.map((message) => message.ruleId)).toEqual(['time-beyond-limit', 'time-beyond-limit'])
    expect(messages[1]!.reason).toContain('found 4 more cues')
  })
})
