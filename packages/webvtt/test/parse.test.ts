import { describe, expect, it } from 'vitest'
import { isVerbatimError } from '@verbatim/core'
import { parseWebVtt } from '../src/parse/parse-webvtt.js'
import { collectTimestamp, formatTimestamp } from '../src/parse/timestamp.js'

function signatureError(source: string) {
  try {
    parseWebVtt(source)
  } catch (error) {
    return error
  }
  return undefined
}

describe('parseWebVtt', () => {
  it('returns header, regions, styles, notes and cues with voice and settings', () => {
    const source = [
      'WEBVTT - a title',
      'Kind: captions',
      '',
      'STYLE',
      '::cue { color: lime }',
      '',
      'REGION',
      'id:top width:40%',
      '',
      'NOTE first note',
      'second line',
      '',
      'intro',
      '00:01.000 --> 00:02.500 region:top align:start',
      '<v.loud Ash Carter>Thank you &amp; welcome.</v>',
      '<v Other>Hi</v>',
      '',
    ].join('\r\n')
    const parsed = parseWebVtt(source)
    expect(parsed.header.signature).toBe('- a title')
    expect(parsed.header.value).toBe('Kind: captions')
    expect(parsed.styles.map((style) => style.value)).toEqual(['::cue { color: lime }'])
    expect(parsed.regions).toMatchObject([{ id: 'top', width: 40, raw: 'id:top width:40%' }])
    expect(parsed.notes.map((note) => note.value)).toEqual(['first note\nsecond line'])
    expect(parsed.cues).toHaveLength(1)
    const cue = parsed.cues[0]!
    expect(cue).toMatchObject({ id: 'intro', start: 1, end: 2.5, voice: 'Ash Carter' })
    expect(cue.text).toBe('<v.loud Ash Carter>Thank you &amp; welcome.</v>\n<v Other>Hi</v>')
    expect(cue.settings.raw).toBe('region:top align:start')
    expect(cue.settings.parsed).toMatchObject({ region: 'top', align: 'start' })
    expect(parsed.messages).toEqual([])
  })

  it('positions cues, notes and the header in the source as given (CRLF, BOM)', () => {
    const source = '\ufeffWEBVTT\r\n\r\nNOTE hi\r\n\r\nid\r\n00:00.000 --> 00:01.000\r\nline one\r\nline two\r\n'
    const parsed = parseWebVtt(source)
    const cue = parsed.cues[0]!
    expect(cue.position.start).toEqual({ line: 5, column: 1, offset: source.indexOf('id\r\n') })
    expect(cue.position.end).toEqual({ line: 8, column: 9, offset: source.indexOf('\r\n', source.indexOf('line two')) })
    expect(cue.textPosition!.start).toEqual({ line: 7, column: 1, offset: source.indexOf('line one') })
    expect(parsed.notes[0]!.position.start).toEqual({ line: 3, column: 1, offset: source.indexOf('NOTE') })
    expect(cue.text).toBe('line one\nline two')
  })

  it('turns NULs into U+FFFD and still splits CRLF lines, long text beyond Latin-1 included', () => {
    // Long enough for the Latin-1 scan's chunks, with a NUL before the first CR.
    const words = 'é — '.repeat(20_000)
    const source = `WEBVTT\n\n00:00.000 --> 00:01.000\na\0b\r\n\r\n00:01.000 --> 00:02.000\r\n${words}\r\n`
    const cues = parseWebVtt(source).cues
    expect(cues.map((cue) => cue.text)).toEqual(['a\ufffdb', words])
    expect(cues[1]!.position.start).toMatchObject({ line: 6, column: 1 })
  })

  it('throws a VerbatimError for an invalid signature, as browsers refuse the track', () => {
    for (const source of ['', 'WEBVT', 'webvtt\n', 'WEBVTTX\n', '1\n00:00:01,000 --> 00:00:02,000\nhi\n', '\ufeff\ufeffWEBVTT\n']) {
      const error = signatureError(source)
      expect(isVerbatimError(error), JSON.stringify(source)).toBe(true)
      expect((error as { ruleId: string }).ruleId).toBe('invalid-signature')
      expect((error as { diagnostic: { place: unknown } }).diagnostic.place).toBeDefined()
    }
    expect(signatureError('WEBVTT')).toBeUndefined()
  })

  it('reports blocks a browser drops, with positions', () => {
    const parsed = parseWebVtt('WEBVTT\n\n00:00.000 --> 00:01.000\nkept\n\nlost after a blank line\n\n00:00.0 --> 00:01.000\nbad timing\n')
    expect(parsed.cues.map((cue) => cue.text)).toEqual(['kept'])
    expect(parsed.messages.map((message) => [message.ruleId, (message.place as { start: { line: number } }).start.line])).toEqual([
      ['ignored-block', 6],
      ['invalid-cue-timings', 8],
    ])
  })

  describe('tolerant', () => {
    it('reads Teams one-digit fields with a warning per timestamp', () => {
      const source = 'WEBVTT\n\n0:0:0.0 --> 0:0:0.570\n<v Yuri>There you go.</v>\n'
      expect(parseWebVtt(source).cues).toEqual([])
      const parsed = parseWebVtt(source, { tolerant: true, file: 'teams.vtt' })
      expect(parsed.cues.map((cue) => [cue.start, cue.end, cue.voice])).toEqual([[0, 0.57, 'Yuri']])
      expect(parsed.messages.map((message) => message.ruleId)).toEqual(['nonstandard-timestamp', 'nonstandard-timestamp'])
      expect(parsed.messages[0]).toMatchObject({ file: 'teams.vtt', place: { start: { line: 3, column: 1 }, end: { line: 3, column: 8 } } })
    })

    it('reads SRT-style comma decimals and a missing fraction', () => {
      const parsed = parseWebVtt('WEBVTT\n\n00:00:01,500 --> 00:00:03\nhi\n', { tolerant: true })
      expect(parsed.cues.map((cue) => [cue.start, cue.end])).toEqual([[1.5, 3]])
      expect(parsed.messages[0]!.reason).toContain('comma')
      expect(parsed.messages[1]!.reason).toContain('no fraction')
    })

    it('gives a numeric id stuck to the previous cue back to the next cue', () => {
      const source = 'WEBVTT\n\n1\n00:01.000 --> 00:02.000\nfirst\n2\n00:03.000 --> 00:04.000\nsecond\n'
      expect(parseWebVtt(source).cues.map((cue) => [cue.id, cue.text])).toEqual([
        ['1', 'first\n2'],
        ['', 'second'],
      ])
      const parsed = parseWebVtt(source, { tolerant: true })
      expect(parsed.cues.map((cue) => [cue.id, cue.text])).toEqual([
        ['1', 'first'],
        ['2', 'second'],
      ])
      expect(parsed.cues[0]!.position.end).toMatchObject({ line: 5, column: 6 })
      expect(parsed.messages.map((message) => message.ruleId)).toEqual(['missing-blank-line'])
    })

    it('keeps a NOTE stuck to the cue timings as a note, not as the id', () => {
      const source = 'WEBVTT\n\nNOTE made by hand\n00:01.000 --> 00:02.000\nhello\n'
      expect(parseWebVtt(source).cues[0]!.id).toBe('NOTE made by hand')
      const parsed = parseWebVtt(source, { tolerant: true })
      expect(parsed.cues[0]!.id).toBe('')
      expect(parsed.notes.map((note) => note.value)).toEqual(['made by hand'])
    })
  })
})

describe('timestamps', () => {
  it('collects as the spec says', () => {
    expect(collectTimestamp('01:02.003', 0)).toEqual({ value: 62.003, end: 9 })
    expect(collectTimestamp('1:00:01.580', 0)).toEqual({ value: 3601.58, end: 11 })
    expect(collectTimestamp('100:00:00.000', 0)?.value).toBe(360000)
    expect(collectTimestamp('00:60.000', 0)).toBeNull()
    expect(collectTimestamp('00:00.0000', 0)).toBeNull()
  })

  it('formats with at least two hour digits and no wrap at 24 hours', () => {
    expect(formatTimestamp(0)).toBe('00:00:00.000')
    expect(formatTimestamp(59.9996)).toBe('00:01:00.000')
    expect(formatTimestamp(25 * 3600 + 1.5)).toBe('25:00:01.500')
    expect(formatTimestamp(100 * 3600)).toBe('100:00:00.000')
    expect(formatTimestamp(-3)).toBe('00:00:00.000')
  })
})
