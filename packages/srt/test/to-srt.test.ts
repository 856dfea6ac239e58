import { describe, expect, it } from 'vitest'
import { createParagraph, createSpeaker, createTranscript, createTurn, toString, type Segment, type VerbatimMessage } from '@verbatim/core'
import { fromText } from '@verbatim/text'
import { readReferenceDocument } from '@verbatim/test-utils'
import { fromSrt, toSrt } from '../src/index.js'

const segment = (start: number, end: number | undefined, text: string): Segment => ({ type: 'segment', time: end === undefined ? { start, source: 'source' } : { start, end, source: 'source' }, children: [{ type: 'text', value: text }] })

function collect() {
  const messages: VerbatimMessage[] = []
  return { messages, onMessage: (message: VerbatimMessage) => messages.push(message) }
}

describe('toSrt', () => {
  const transcript = createTranscript({
    speakers: [createSpeaker('ann', 'Ann Lee'), createSpeaker('bob', 'Bob')],
    children: [
      createTurn('ann', [createParagraph([segment(1.5, 3, 'Hello and welcome.'), { type: 'text', value: ' ' }, segment(3, 4.25, 'Glad to be here.')])]),
      createTurn('bob', [createParagraph([segment(3600.5, 3602, 'Thanks, Ann.')])]),
    ],
  })

  it('writes one numbered cue per segment with its times, and a label on each turn\'s first cue', () => {
    expect(toSrt(transcript)).toBe(
      '1\n00:00:01,500 --> 00:00:03,000\nAnn Lee: Hello and welcome.\n\n2\n00:00:03,000 --> 00:00:04,250\nGlad to be here.\n\n3\n01:00:00,500 --> 01:00:02,000\nBob: Thanks, Ann.\n\n',
    )
  })

  it('writes labels in broadcast style, or none, and CRLF on request', () => {
    expect(toSrt(transcript, { speakers: 'chevrons', lineEnding: '\r\n' })).toBe(
      '1\r\n00:00:01,500 --> 00:00:03,000\r\n>> ANN LEE: Hello and welcome.\r\n\r\n2\r\n00:00:03,000 --> 00:00:04,250\r\nGlad to be here.\r\n\r\n3\r\n01:00:00,500 --> 01:00:02,000\r\n>> BOB: Thanks, Ann.\r\n\r\n',
    )
    expect(toSrt(transcript, { speakers: 'none' })).not.toMatch(/Ann Lee:|Bob:/)
  })

  it('re-wraps a source segment with the caption line breaking, keeping it one cue at its times', () => {
    const long = createTranscript({ children: [createTurn(null, [createParagraph([segment(0, 2, 'one two three four five six seven eight nine ten eleven twelve')])])] })
    const messages: VerbatimMessage[] = []
    const written = toSrt(long, { maxLineLength: 20, onMessage: (message) => messages.push(message) })
    expect(written.split('\n').slice(0, 6)).toEqual(['1', '00:00:00,000 --> 00:00:02,000', 'one two three', 'four five six', 'seven eight nine', 'ten eleven twelve'])
    for (const line of written.split('\n').slice(2, 6)) expect(line.length).toBeLessThanOrEqual(20)
    expect(messages.map((message) => message.ruleId)).toContain('caption-limits')
  })

  it('writes events in caption style, or drops them, and timed events between turns as cues', () => {
    const withEvents = createTranscript({
      children: [
        { type: 'event', kind: 'music', value: '[intro music]', time: { start: 0, end: 2, source: 'source' } },
        createTurn(null, [createParagraph([{ type: 'segment', time: { start: 2, end: 3, source: 'source' }, children: [{ type: 'event', kind: 'laughter', value: '(Laughter.)' }, { type: 'text', value: ' Right.' }] }])]),
      ],
    })
    expect(toSrt(withEvents)).toBe('1\n00:00:00,000 --> 00:00:02,000\n[intro music]\n\n2\n00:00:02,000 --> 00:00:03,000\n[Laughter] Right.\n\n')
    expect(toSrt(withEvents, { events: 'drop' })).toBe('1\n00:00:02,000 --> 00:00:03,000\nRight.\n\n')
  })

  it('writes the dialogue of one block (same times, different turns) back with dashes', () => {
    const srt = '1\n00:00:01,000 --> 00:00:03,000\n- Are you coming?\n- Not tonight.\n\n'
    expect(toSrt(fromSrt(srt).transcript)).toBe(srt)
  })

  it('times a cue from its words when the paragraph has words and no segment', () => {
    const words = createTranscript({
      children: [createTurn(null, [createParagraph([{ type: 'word', value: 'Hi', time: { start: 1, end: 1.2, source: 'source' } }, { type: 'text', value: ' ' }, { type: 'word', value: 'there.', time: { start: 1.3, end: 1.9, source: 'source' } }])])],
    })
    expect(toSrt(words)).toBe('1\n00:00:01,000 --> 00:00:01,900\nHi there.\n\n')
  })

  it('estimates cues for untimed speech, times a segment without end, and reports what SubRip cannot hold', () => {
    const { messages, onMessage } = collect()
    const odd = createTranscript({
      children: [
        createTurn(null, [createParagraph('No time at all.')]),
        createTurn(null, [createParagraph([segment(5, undefined, 'open <b>end</b>'), segment(7, 8, 'next')])]),
        { type: 'event', kind: 'applause', value: '[Applause]' },
        { type: 'break' },
      ],
    })
    const out = toSrt(odd, { onMessage })
    // Estimated times are the captions package's (core's shared estimate); the source times are exact.
    const blocks = out.trim().split('\n\n').map((block) => block.split('\n'))
    expect(blocks.map((block) => [block[0], block[1]!.slice(0, 12), block.slice(2).join(' ')])).toEqual([
      ['1', '00:00:00,000', 'No time at all.'],
      ['2', '00:00:05,000', 'open <b>end</b>'],
      ['3', '00:00:07,000', 'next'],
      ['4', '00:00:08,000', '[Applause]'],
    ])
    expect(blocks[2]![1]).toBe('00:00:07,000 --> 00:00:08,000')
    const end = (line: string) => Number(line.slice(23, 25)) + Number(line.slice(26)) / 1000
    expect(end(blocks[1]![1]!)).toBeGreaterThan(5.8)
    expect(end(blocks[1]![1]!)).toBeLessThanOrEqual(7)
    expect(end(blocks[3]![1]!)).toBeGreaterThanOrEqual(8.8)
    expect(messages.map((message) => message.ruleId)).toEqual(expect.arrayContaining(['markup-like-text', 'unsupported-content']))
  })

  it('writes a whole untimed transcript as estimated cues within the caption limits, every word kept', () => {
    const { transcript } = fromText(readReferenceDocument())
    const written = toSrt(transcript)
    const cues = written.trim().split(/\n\n/)
    expect(cues.length).toBeGreaterThan(100)
    for (const cue of cues) {
      const lines = cue.split('\n')
      // Two lines; three only where a speaker label in front of the first line needs the room.
      expect(lines.length, cue).toBeLessThanOrEqual(/^[^:\n]{1,40}:(?: |$)/.test(lines[2]!) ? 5 : 4)
      for (const line of lines.slice(2)) expect(line.length, line).toBeLessThanOrEqual(42)
    }
    const back = fromSrt(written).transcript
    // Words with letters or digits (the cue plan writes `(Off-mic.).` as `[Off-mic] .`: punctuation may stand alone).
    const spoken = (of: typeof transcript) => toString(of, { separator: ' ' }).split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
    expect(spoken(back)).toBe(spoken(transcript))
    expect(back.speakers.map((speaker) => speaker.name).sort()).toEqual(transcript.speakers.map((speaker) => speaker.name).sort())
  })

  it('writes word-timed segments and reports that word times are not kept', () => {
    const { messages, onMessage } = collect()
    const words = createTranscript({
      children: [createTurn(null, [createParagraph([{ type: 'segment', time: { start: 1, end: 2, source: 'source' }, children: [{ type: 'word', value: 'Hi', time: { start: 1, end: 1.2, source: 'source' } }, { type: 'text', value: ' ' }, { type: 'word', value: 'there.', time: { start: 1.3, end: 1.9, source: 'source' } }] }])])],
    })
    expect(toSrt(words, { onMessage })).toBe('1\n00:00:01,000 --> 00:00:02,000\nHi there.\n\n')
    expect(messages.map((message) => message.ruleId)).toEqual(['word-times-dropped'])
  })

  it('rounds times to the millisecond and writes hours past 99', () => {
    const far = createTranscript({ children: [createTurn(null, [createParagraph([segment(1.1799999999999993, 360000.0004, 'x')])])] })
    expect(toSrt(far)).toBe('1\n00:00:01,180 --> 100:00:00,000\nx\n\n')
  })
})
