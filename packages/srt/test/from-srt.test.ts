import { describe, expect, it } from 'vitest'
import { isVerbatimError, toString, type Paragraph, type Segment, type Transcript, type Turn } from '@verbatim/core'
import { validateTranscript } from '@verbatim/core/schema'
import { fromSrt } from '../src/index.js'

const turns = (transcript: Transcript) => transcript.children.filter((block): block is Turn => block.type === 'turn')
const segments = (transcript: Transcript): Segment[] =>
  turns(transcript).flatMap((turn) => turn.children.flatMap((paragraph: Paragraph) => paragraph.children.filter((inline): inline is Segment => inline.type === 'segment')))
const rules = (messages: { ruleId: string }[]) => messages.map((message) => message.ruleId)

function read(srt: string) {
  const result = fromSrt(srt, { file: 'test.srt' })
  expect(validateTranscript(result.transcript).messages.filter((message) => message.severity === 'error')).toEqual([])
  return result
}

describe('fromSrt: blocks and times', () => {
  it('reads every block as a segment with its source times', () => {
    const { transcript, messages } = read('1\n00:00:01,500 --> 00:00:04,250\nHello there.\n\n2\n00:01:02,003 --> 01:00:00,000\nSecond cue\non two lines.\n')
    expect(segments(transcript).map((segment) => [segment.time, toString(segment)])).toEqual([
      [{ start: 1.5, end: 4.25, source: 'source' }, 'Hello there.'],
      [{ start: 62.003, end: 3600, source: 'source' }, 'Second cue on two lines.'],
    ])
    expect(messages).toEqual([])
    expect(segments(transcript)[1]!.position?.start).toEqual({ line: 5, column: 1, offset: 46 })
  })

  it('reads a Windows-1252 file from bytes right, saying what encoding it assumed', () => {
    // "Café – l’été" in Windows-1252: é = 0xE9, – = 0x96, ’ = 0x92.
    const bytes = Uint8Array.from([...Buffer.from('1\r\n00:00:01,000 --> 00:00:02,000\r\nCaf', 'latin1'), 0xe9, 0x20, 0x96, 0x20, 0x6c, 0x92, 0xe9, 0x74, 0xe9, 0x0d, 0x0a])
    const { transcript, messages } = fromSrt(bytes, { file: 'old.srt' })
    expect(toString(transcript)).toBe('Café – l’été')
    expect(messages.map((message) => [message.ruleId, message.severity, message.file])).toEqual([['encoding-assumed', 'info', 'old.srt']])
    expect(messages[0]!.reason).toMatch(/Windows-1252/i)
    // UTF-8 bytes (with a BOM) read as UTF-8, with nothing to say.
    const utf8 = fromSrt(new TextEncoder().encode('\ufeff1\n00:00:01,000 --> 00:00:02,000\nCafé – l’été\n'))
    expect(toString(utf8.transcript)).toBe('Café – l’été')
    expect(utf8.messages).toEqual([])
  })

  it('takes a BOM, CRLF and lone CR as they come', () => {
    const crlf = read('\ufeff1\r\n00:00:01,000 --> 00:00:02,000\r\nOne\r\n\r\n2\r\n00:00:03,000 --> 00:00:04,000\r\nTwo\r\n')
    const cr = read('1\r00:00:01,000 --> 00:00:02,000\rOne\r\r2\r00:00:03,000 --> 00:00:04,000\rTwo\r')
    for (const { transcript, messages } of [crlf, cr]) {
      expect(segments(transcript).map((segment) => toString(segment))).toEqual(['One', 'Two'])
      expect(messages).toEqual([])
    }
    expect(segments(crlf.transcript)[1]!.position?.start.line).toBe(5)
  })

  it('accepts numbers from 0, missing numbers and numbers out of sequence, with info messages for the last two', () => {
    expect(read('0\n00:00:01,000 --> 00:00:02,000\nA\n\n1\n00:00:02,000 --> 00:00:03,000\nB\n').messages).toEqual([])
    const missing = read('00:00:01,000 --> 00:00:02,000\nA\n\n00:00:02,000 --> 00:00:03,000\nB\n')
    expect(segments(missing.transcript)).toHaveLength(2)
    expect(missing.messages.map((message) => [message.ruleId, message.severity, message.reason])).toEqual([['cue-number-missing', 'info', 'A cue has no number (kept; numbers are written afresh) (2 times; the first is here)']])
    expect(rules(read('1\n00:00:01,000 --> 00:00:02,000\nA\n\n7\n00:00:02,000 --> 00:00:03,000\nB\n').messages)).toEqual(['cue-number-sequence'])
  })

  it('reads "." and missing milliseconds, and reports them', () => {
    const { transcript, messages } = read('1\n00:00:01.5 --> 00:00:02\nA\n')
    expect(segments(transcript)[0]!.time).toEqual({ start: 1.5, end: 2, source: 'source' })
    expect(messages.map((message) => [message.ruleId, message.actual])).toEqual([
      ['timestamp-format', '.'],
      ['timestamp-format', ''],
    ])
  })

  it('reports text after the timing line (coordinates) with its column', () => {
    const { messages } = read('1\n00:00:21,501 --> 00:00:22,500  X1:000 X2:000 Y1:050 Y2:100\nText\n')
    expect(messages).toMatchObject([{ ruleId: 'timing-line-rest', actual: 'X1:000 X2:000 Y1:050 Y2:100', place: { line: 2, column: 32 } }])
  })

  it('keeps zero-length and overlapping cues with their times, and reports them', () => {
    const { transcript, messages } = read('1\n00:00:00,000 --> 00:00:00,000\nHidden\n\n2\n00:00:10,000 --> 00:00:20,000\nFirst\n\n3\n00:00:12,000 --> 00:00:14,000\nSecond\n')
    expect(segments(transcript).map((segment) => [segment.time.start, segment.time.end])).toEqual([[0, 0], [10, 20], [12, 14]])
    expect(rules(messages)).toEqual(['zero-length-cue', 'overlapping-cue'])
  })

  it('reads a reversed cue with its end at its start, and says what was written', () => {
    const { transcript, messages } = read('1\n00:00:05,000 --> 00:00:04,000\nBack\n')
    expect(segments(transcript)[0]!.time).toEqual({ start: 5, end: 5, source: 'source' })
    expect(messages).toMatchObject([{ ruleId: 'end-before-start', actual: '00:00:05,000 --> 00:00:04,000', place: { line: 2 } }])
  })

  it('starts a new cue at a timing line even without a blank line, taking the number line with it', () => {
    const { transcript, messages } = read('1\n00:00:01,000 --> 00:00:02,000\nOne\n2\n00:00:03,000 --> 00:00:04,000\nTwo\n')
    expect(segments(transcript).map((segment) => toString(segment))).toEqual(['One', 'Two'])
    expect(rules(messages)).toEqual(['missing-blank-line'])
  })

  it('keeps text outside any cue as a note, with a positioned warning', () => {
    const { transcript, messages } = read('Title of the film\n\n1\n00:00:01,000 --> 00:00:02,000\nOne\n\nafter a blank line\n')
    expect(transcript.meta.notes?.map((note) => [note.kind, note.value])).toEqual([
      ['srt-stray-text', 'Title of the film'],
      ['srt-stray-text', 'after a blank line'],
    ])
    expect(messages).toMatchObject([{ ruleId: 'stray-text', place: { start: { line: 1 } } }, { ruleId: 'stray-text', place: { start: { line: 7 } } }])
  })

  it('throws a VerbatimError for text without any timing line, and reads an empty file as an empty transcript', () => {
    let error: unknown
    try {
      fromSrt('WEBVTT is not here\nnor any cue\n')
    } catch (caught) {
      error = caught
    }
    expect(isVerbatimError(error) && error.ruleId).toBe('not-srt')
    expect(fromSrt('').transcript.children).toEqual([])
    expect(() => fromSrt(42 as unknown as string)).toThrow(/expects a string/)
  })

  it('replaces NULs with U+FFFD and says where', () => {
    const { transcript, messages } = read('1\n00:00:01,000 --> 00:00:02,000\nA\0B\n')
    expect(toString(transcript)).toBe('A\ufffdB')
    expect(messages).toMatchObject([{ ruleId: 'nul-character', place: { line: 3, column: 2, offset: 33 } }])
  })

  it('never hangs on long garbage', () => {
    const garbage = '00:00:01,000 --> '.repeat(20_000) + '\n' + '<'.repeat(100_000) + '\n' + '{\\'.repeat(50_000)
    const started = performance.now()
    const { transcript, messages } = fromSrt(garbage)
    expect(segments(transcript)).toHaveLength(1)
    expect(rules(messages)).toContain('timing-line-rest')
    expect(() => fromSrt('<'.repeat(100_000) + '{\\'.repeat(50_000))).toThrow(/Not SubRip/)
    expect(performance.now() - started).toBeLessThan(2000)
  })
})

describe('fromSrt: cue text', () => {
  it('takes formatting tags out of the speech, and reports each kind once', () => {
    const { transcript, messages } = read('1\n00:00:01,000 --> 00:00:02,000\n<b><i>Bold</i></b> and <font color="red">red</font>\n<font size=30 color=#ff0000>big</font>\n')
    expect(toString(transcript)).toBe('Bold and red big')
    expect(messages.map((message) => [message.ruleId, message.actual, message.severity])).toEqual([
      ['formatting-removed', '<b>', 'info'],
      ['formatting-removed', '<i>', 'info'],
      ['formatting-removed', '<font color="red">', 'info'],
    ])
    expect(messages[2]!.reason).toMatch(/4 times/)
  })

  it('hides closed unknown tags, shows unclosed ones, and leaves comparisons alone', () => {
    const { transcript, messages } = read('1\n00:00:01,000 --> 00:00:02,000\n<invalid_tag>hidden tag</invalid_tag>\n<unclosed>shown\n2<3,5>1,4<6\n>\n')
    expect(toString(transcript)).toBe('hidden tag <unclosed>shown 2<3,5>1,4<6 >')
    expect(messages.map((message) => [message.ruleId, message.actual])).toEqual([
      ['unknown-tag', '<invalid_tag>'],
      ['unknown-tag', '<unclosed>'],
    ])
    expect(messages[0]!.reason).toMatch(/2 times/)
  })

  it('takes ASS positions and override codes out, reads \\N as a line break and \\h as a hard space', () => {
    const { transcript, messages } = read('1\n00:00:01,000 --> 00:00:02,000\n{\\an8}Top\\Nline {Y:i}two\\hthree {normal text}\n')
    expect(toString(transcript)).toBe('Top line two\u00a0three {normal text}')
    expect(messages.map((message) => [message.ruleId, message.actual])).toEqual([
      ['override-removed', '{\\an8}'],
      ['override-removed', '{Y:i}'],
    ])
  })

  it('reads bracketed sounds as events with the shared caption vocabulary', () => {
    const { transcript } = read('1\n00:00:01,000 --> 00:00:05,000\n[intro music] Welcome (LAUGHTER) to the show\n(and this aside) [Applause]\n')
    const children = segments(transcript)[0]!.children
    expect(children.map((child) => [child.type, 'kind' in child ? child.kind : null, child.value])).toEqual([
      ['event', 'music', '[intro music]'],
      ['text', null, ' Welcome '],
      ['event', 'laughter', '(LAUGHTER)'],
      ['text', null, ' to the show (and this aside) '],
      ['event', 'applause', '[Applause]'],
    ])
  })

  it('reads parentheses as WebVTT does: short stage directions are events, two-letter capitals are speech', () => {
    const { transcript } = read('1\n00:00:01,000 --> 00:00:05,000\nWell (Sighs.) the (US) team (Speaks French.) and (TV) (NATO)\n')
    const children = segments(transcript)[0]!.children
    expect(children.map((child) => [child.type, 'kind' in child ? child.kind : null, child.value])).toEqual([
      ['text', null, 'Well '],
      ['event', 'other', '(Sighs.)'],
      ['text', null, ' the (US) team '],
      ['event', 'other', '(Speaks French.)'],
      ['text', null, ' and (TV) '],
      ['event', 'other', '(NATO)'],
    ])
  })
})

describe('fromSrt: speakers', () => {
  const label = (transcript: Transcript) => turns(transcript).map((turn) => [turn.speaker, turn.label, toString(turn)])

  it('reads a repeated Name: prefix as the speaker, until the next label', () => {
    const { transcript } = read(
      '1\n00:00:01,000 --> 00:00:02,000\nTravis: Hello\n\n2\n00:00:02,000 --> 00:00:03,000\nand more\n\n3\n00:00:03,000 --> 00:00:04,000\nSarah: Hi\n\n4\n00:00:04,000 --> 00:00:05,000\nTravis: Back\n\n5\n00:00:05,000 --> 00:00:06,000\nSarah: Note: this is not a label\n',
    )
    expect(label(transcript)).toEqual([
      ['travis', 'Travis', 'Hello and more'],
      ['sarah', 'Sarah', 'Hi'],
      ['travis', 'Travis', 'Back'],
      ['sarah', 'Sarah', 'Note: this is not a label'],
    ])
    expect(transcript.speakers).toEqual([
      { id: 'travis', name: 'Travis', role: 'unknown', aliases: ['Travis'], group: false },
      { id: 'sarah', name: 'Sarah', role: 'unknown', aliases: ['Sarah'], group: false },
    ])
  })

  it('keeps a Name: that starts only one cue as speech, unless it is a generic label (Speaker 1:) or in capitals', () => {
    expect(label(read('1\n00:00:01,000 --> 00:00:02,000\nRemember: always smile\n').transcript)).toEqual([[null, null, 'Remember: always smile']])
    expect(label(read('1\n00:00:01,000 --> 00:00:02,000\nSpeaker A: Yeah.\n\n2\n00:00:02,000 --> 00:00:03,000\nSPEAKER: Go.\n').transcript)).toEqual([
      ['speaker-a', 'Speaker A', 'Yeah.'],
      ['speaker', 'SPEAKER', 'Go.'],
    ])
  })

  it('reads Title Case names that start cues as labels when two or more different ones do, even once each', () => {
    const { transcript } = read('1\n00:00:00,500 --> 00:00:02,500\nDarth Vader: I am your father.\n\n2\n00:00:02,750 --> 00:00:03,000\nLuke: Nooooo\n')
    expect(label(transcript)).toEqual([
      ['darth-vader', 'Darth Vader', 'I am your father.'],
      ['luke', 'Luke', 'Nooooo'],
    ])
  })

  it('reads a label on a line of its own', () => {
    expect(label(read('1\n00:00:01,000 --> 00:00:02,000\nJean-Yves Le Drian:\nI can confirm.\n\n2\n00:00:02,000 --> 00:00:03,000\nAsh Carter: Thanks.\n').transcript)).toEqual([
      ['jean-yves-le-drian', 'Jean-Yves Le Drian', 'I can confirm.'],
      ['ash-carter', 'Ash Carter', 'Thanks.'],
    ])
  })

  it('reads >> and >> NAME: as speaker changes', () => {
    const { transcript } = read('1\n00:00:01,000 --> 00:00:02,000\n>> ALICE: Good evening.\n\n2\n00:00:02,000 --> 00:00:03,000\n>> Thank you.\n\n3\n00:00:03,000 --> 00:00:04,000\n>> ALICE: Next.\n')
    expect(label(transcript)).toEqual([
      ['alice', 'ALICE', 'Good evening.'],
      [null, null, 'Thank you.'],
      ['alice', 'ALICE', 'Next.'],
    ])
  })

  it('reads dialogue dashes as two speakers in one block: a segment each, with the block times', () => {
    const { transcript } = read('1\n00:00:01,000 --> 00:00:03,000\n- Are you coming?\n- Not tonight.\n\n2\n00:00:03,000 --> 00:00:04,000\n- a single dash is speech\n')
    expect(label(transcript)).toEqual([
      [null, null, 'Are you coming?'],
      [null, null, 'Not tonight. - a single dash is speech'],
    ])
    expect(segments(transcript).map((segment) => segment.time.start)).toEqual([1, 1, 3])
  })
})
