import { describe, expect, it } from 'vitest'
import { isVerbatimError, removePositions, summarize } from '@verbatim/core'
import { syntheticTranscript } from '@verbatim/test-utils'
import { fromText, toText } from '../src/index.js'

describe('input as users have it', () => {
  it('empty input: an empty transcript and a warning', () => {
    for (const input of ['', '\n\n  \n', '\ufeff']) {
      const { transcript, messages } = fromText(input)
      expect(transcript.children).toEqual([])
      expect(messages).toMatchObject([{ ruleId: 'empty-input', severity: 'warning' }])
    }
  })
  it('NUL bytes: a VerbatimError saying where', () => {
    let error: unknown
    try {
      fromText('Q: hello\n\0\0\0')
    } catch (caught) {
      error = caught
    }
    expect(isVerbatimError(error)).toBe(true)
    expect(error).toMatchObject({ diagnostic: { ruleId: 'binary-input', severity: 'error', place: { line: 2, column: 1 } } })
  })
  it('binary data without NUL (control characters): a VerbatimError', () => {
    const binary = Array.from({ length: 4000 }, (_, i) => String.fromCharCode((i * 7) % 32)).join('').replace(/\0/g, '\x01')
    expect(() => fromText(binary)).toThrow(/binary data/)
  })
  it('not a string: a VerbatimError', () => {
    expect(() => fromText(42 as unknown as string)).toThrow(/expected the transcript as a string/)
  })
  it('LF, CRLF, CR, a BOM and U+00A0 after labels all read the same', () => {
    const lf = 'Title line\n\nMS. ONE: Hello\nwrapped.\n\nQ\u00a0\u00a0 Question?\n\nMS. ONE:\u00a0 Answer.\n'
    const base = removePositions(fromText(lf).transcript)
    for (const variant of [lf.replace(/\n/g, '\r\n'), lf.replace(/\n/g, '\r'), '\ufeff' + lf, lf.replace('MS. ONE: Hello', 'MS. ONE:\tHello  ')]) {
      expect(removePositions(fromText(variant).transcript)).toEqual(base)
    }
    expect(summarize(fromText(lf).transcript).turns.map((turn) => turn.firstWords)).toEqual(['Hello wrapped.', 'Question?', 'Answer.'])
  })
  it('positions point into the original input, BOM and CRLF included', () => {
    const input = '\ufeffMS. ONE: Hello.\r\n\r\nMR. TWO: Bye.\r\n'
    const { transcript } = fromText(input)
    const second = transcript.children[1]!
    expect(second.type === 'turn' && second.children[0]!.children[0]!.position).toEqual({ start: { line: 3, column: 10, offset: 29 }, end: { line: 3, column: 14, offset: 33 } })
    expect(input.slice(29, 33)).toBe('Bye.')
  })
  it('keeps text exactly: quotes, dashes, non-ASCII, right-to-left scripts', () => {
    const text = 'SPEAKER: «Bonjour» — “quoted” -- ‘single’ … مرحبا שלום 北京 e\u0301'
    const { transcript } = fromText(text)
    const turn = transcript.children[0]!
    expect(turn.type === 'turn' && turn.children[0]!.children[0]).toMatchObject({ value: '«Bonjour» — “quoted” -- ‘single’ … مرحبا שלום 北京 e\u0301' })
  })
  it('a header date names a month, never a property of every object (`constructor`, `toString`)', () => {
    for (const line of ['5 constructor 2020', 'constructor 5, 2020', 'toString 5, 2020', '5 de __proto__ de 2020']) {
      const { transcript } = fromText(`Title\n\n${line}\n\nMR. A: Hi.`)
      expect(transcript.meta.date, line).toBeUndefined()
    }
    expect(fromText('Title\n\n5 de octubre de 2020\n\nMR. A: Hi.').transcript.meta.date).toBe('2020-10-05')
    expect(fromText('Title\n\nDécembre 5, 2020\n\nMR. A: Hi.').transcript.meta.date).toBe('2020-12-05')
  })
  it('a 1 MB single line reads in well under a second', () => {
    const line = 'SPEAKER: ' + 'word (ISIL) [x '.repeat(70_000)
    const start = performance.now()
    const { transcript } = fromText(line)
    expect(performance.now() - start).toBeLessThan(2000)
    expect(transcript.children).toHaveLength(1)
  })
  it('pathological brackets and colons do not hang', () => {
    const nasty = ['('.repeat(100_000), '['.repeat(100_000), 'A'.repeat(50_000) + ':', 'Q' + ' '.repeat(100_000) + 'x', ('\\[' + '0:0'.repeat(10)).repeat(5000), '**' + 'a'.repeat(100_000)].join('\n\n')
    const start = performance.now()
    fromText(nasty)
    expect(performance.now() - start).toBeLessThan(3000)
  })
  it('reads a 20 MB transcript', () => {
    const source = syntheticTranscript(20_000_000)
    const text = toText(source)
    expect(text.length).toBeGreaterThan(19_000_000)
    const start = performance.now()
    const { transcript } = fromText(text)
    const seconds = (performance.now() - start) / 1000
    expect(transcript.speakers.map((speaker) => speaker.name)).toEqual(['Ash Carter', 'Jean-Yves Le Drian', 'Journalists', 'Staff'])
    expect(transcript.children.length).toBe(source.children.length)
    expect(summarize(transcript).events).toEqual(summarize(source).events)
    expect(seconds).toBeLessThan(10)
  })
})
