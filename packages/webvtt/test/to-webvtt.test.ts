import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { isVerbatimError, type Transcript, type VerbatimMessage } from '@verbatim/core'
import { transcriptArb } from '@verbatim/test-utils'
import { toWebVtt } from '../src/write/to-webvtt.js'
import { parseWebVtt } from '../src/parse/parse-webvtt.js'
import { breakCost, breakLines } from '@verbatim/captions'
import { validateWebVtt } from './validator.js'

function transcript(turns: Array<{ speaker?: string | null; text: string; start?: number; end?: number; interpreted?: boolean; language?: string }>, meta: Transcript['meta'] = {}): Transcript {
  return {
    type: 'transcript',
    version: '1.0',
    meta,
    speakers: [
      { id: 'ash-carter', name: 'Ash Carter', role: 'official', title: 'Secretary of Defense', aliases: ['SEC. CARTER'], group: false },
      { id: 'le-drian', name: 'Jean-Yves Le Drian', role: 'official', aliases: ['MIN. LE DRIAN'], group: false },
    ],
    children: turns.map((turn) => ({
      type: 'turn' as const,
      speaker: turn.speaker === undefined ? 'ash-carter' : turn.speaker,
      label: turn.speaker === 'le-drian' ? 'MIN. LE DRIAN' : turn.speaker === null ? null : 'SEC. CARTER',
      interpreted: turn.interpreted ?? false,
      ...(turn.language ? { language: turn.language } : {}),
      ...(turn.start !== undefined ? { time: { start: turn.start, ...(turn.end !== undefined ? { end: turn.end } : {}), source: 'source' as const } } : {}),
      children: [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value: turn.text }] }],
    })),
  }
}

const cuesOf = (vtt: string) => parseWebVtt(vtt).cues

describe('toWebVtt', () => {
  it('writes a valid file with a voice span on every cue and a new cue at every speaker change', () => {
    const vtt = toWebVtt(transcript([{ text: 'Thank you.' }, { speaker: 'le-drian', text: 'Merci.' }, { text: 'Next question.' }]))
    expect(validateWebVtt(vtt).errors).toEqual([])
    expect(cuesOf(vtt).map((cue) => [cue.voice, cue.text])).toEqual([
      ['Ash Carter', '<v Ash Carter>Thank you.</v>'],
      ['Jean-Yves Le Drian', '<v Jean-Yves Le Drian>Merci.</v>'],
      ['Ash Carter', '<v Ash Carter>Next question.</v>'],
    ])
  })

  it('shows the label as written, or no voice, when asked', () => {
    const t = transcript([{ text: 'Thank you.' }])
    expect(cuesOf(toWebVtt(t, { voice: 'label' }))[0]!.voice).toBe('SEC. CARTER')
    const messages: VerbatimMessage[] = []
    expect(cuesOf(toWebVtt(t, { voice: 'none', onMessage: (message) => messages.push(message) }))[0]!.text).toBe('Thank you.')
    expect(messages.map((message) => message.ruleId)).toContain('unsupported-content')
  })

  it('escapes &, < and > in text and voice names, so `-->` and tags in speech stay text', () => {
    const t = transcript([{ text: 'a --> b <i>not italic</i> & Q&A' }])
    t.speakers[0]!.name = 'Ash <Carter> & Co'
    const vtt = toWebVtt(t)
    expect(vtt).toContain('<v Ash &lt;Carter&gt; &amp; Co>a --&gt; b &lt;i&gt;not')
    expect(validateWebVtt(vtt).errors).toEqual([])
    expect(cuesOf(vtt)).toHaveLength(1)
    expect(cuesOf(vtt)[0]!.voice).toBe('Ash <Carter> & Co')
  })

  it('keeps lines within 42 characters and cues within 2 lines, breaking at good points', () => {
    const text =
      'We have just chaired, together with Secretary of Defense Ashton Carter, a very dense discussion with the major partners of the countries involved in the coalition, and we will continue to support the local forces fighting against ISIL in Mosul and in Raqqa.'
    const vtt = toWebVtt(transcript([{ text }]), { voice: 'none' })
    const cues = cuesOf(vtt)
    for (const cue of cues) {
      const lines = cue.text.split('\n')
      expect(lines.length).toBeLessThanOrEqual(2)
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(42)
      // Never after an article, never inside a name.
      for (const line of lines) expect(line).not.toMatch(/\b(the|a|an)$/i)
      expect(cue.text).not.toMatch(/Ashton\nCarter|Secretary\nof|Ashton$/m)
    }
    expect(cues.map((cue) => cue.text).join(' ').replace(/\n/g, ' ')).toBe(text)
  })

  it('scores breaks as the rules say', () => {
    expect(breakCost('said,', 'we')).toBeLessThan(breakCost('said', 'we'))
    expect(breakCost('forces', 'and')).toBeLessThan(breakCost('forces', 'fighting'))
    expect(breakCost('the', 'coalition')).toBeGreaterThanOrEqual(1000)
    expect(breakCost('Ash', 'Carter')).toBeGreaterThan(100)
    expect(breakLines('Secretary Ash Carter said that the coalition'.split(' '), 30, 2)).toEqual([4])
  })

  it('uses source times as they are and no wrap past 24 hours', () => {
    const vtt = toWebVtt(transcript([{ text: 'Good evening.', start: 90000, end: 90002.5 }, { text: 'Still here.', start: 360000, end: 360001.25 }]))
    expect(cuesOf(vtt).map((cue) => [cue.start, cue.end])).toEqual([
      [90000, 90002.5],
      [360000, 360001.25],
    ])
    expect(vtt).toContain('25:00:00.000 --> 25:00:02.500')
    expect(vtt).toContain('100:00:00.000 --> 100:00:01.250')
    expect(vtt).not.toContain('Estimated')
  })

  it('estimates missing times at 160 words per minute, interpolates between source times and says so', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ')
    const vtt = toWebVtt(transcript([{ text: words(8) }, { text: words(8), start: 10, end: 13 }, { text: words(8) }, { text: words(8), start: 30, end: 33 }]))
    const cues = cuesOf(vtt)
    expect(cues[0]).toMatchObject({ start: 0, end: 3 }) // 8 words at 160 wpm = 3 s
    expect(cues[1]).toMatchObject({ start: 10, end: 13 })
    expect(cues[2]!.start).toBe(13)
    expect(cues[3]).toMatchObject({ start: 30, end: 33 })
    expect(vtt).toContain('NOTE Estimated times: cues 1, 3 are timed from a speaking rate of 160 words per minute, not from the source.')
    // Short words, so the reading-speed minimum (17 characters per second) does not lengthen the cue.
    const faster = cuesOf(toWebVtt(transcript([{ text: Array.from({ length: 8 }, () => 'ok').join(' ') }]), { wordsPerMinute: 240 }))
    expect(faster[0]).toMatchObject({ start: 0, end: 2 })
  })

  it('refuses to estimate when asked', () => {
    let error: unknown
    try {
      toWebVtt(transcript([{ text: 'one', start: 0, end: 1 }, { text: 'two' }]), { estimate: false })
    } catch (caught) {
      error = caught
    }
    expect(isVerbatimError(error)).toBe(true)
    expect((error as { ruleId: string }).ruleId).toBe('estimate-refused')
    expect(() => toWebVtt(transcript([{ text: 'one', start: 0 }, { text: 'two', start: 2, end: 3 }]), { estimate: false })).not.toThrow()
  })

  it('keeps cues on screen at least 5/6 s and long enough to read at 17 characters per second, when there is room', () => {
    const cues = cuesOf(toWebVtt(transcript([{ text: 'Yes.', start: 1, end: 1.2 }, { text: 'A longer answer that takes a while to read.', start: 10, end: 10.5 }, { text: 'Fine.', start: 11, end: 12 }])))
    // At least 5/6 s, to the next millisecond (0.834 s).
    expect(cues[0]!.end - cues[0]!.start).toBeGreaterThanOrEqual(5 / 6)
    expect(cues[0]!.end - cues[0]!.start).toBeLessThan(5 / 6 + 0.002)
    expect(cues[1]!.end).toBe(11) // wanted 2.5 s, the next cue starts at 11
    const relaxed = cuesOf(toWebVtt(transcript([{ text: 'Yes.', start: 1, end: 1.2 }]), { minDuration: 2 }))
    expect(relaxed[0]!.end).toBe(3)
  })

  it('keeps start times in order and ends after starts, reporting moved cues', () => {
    const messages: VerbatimMessage[] = []
    const vtt = toWebVtt(transcript([{ text: 'late', start: 20, end: 21 }, { text: 'early', start: 5, end: 5 }]), { onMessage: (message) => messages.push(message) })
    const cues = cuesOf(vtt)
    expect(cues[1]!.start).toBe(20)
    expect(cues[1]!.end).toBeGreaterThan(cues[1]!.start)
    expect(messages.map((message) => message.ruleId)).toContain('time-out-of-order')
    expect(validateWebVtt(vtt).errors).toEqual([])
  })

  it('renders events in brackets the captioning way, or drops them', () => {
    const t = transcript([{ text: 'x' }])
    t.children[0] = {
      type: 'turn',
      speaker: 'ash-carter',
      label: null,
      interpreted: false,
      children: [{ type: 'paragraph', children: [{ type: 'text', value: 'near -- ' }, { type: 'event', kind: 'inaudible', value: '(inaudible)' }, { type: 'text', value: ' -- for' }] }],
    }
    t.children.push({ type: 'event', kind: 'laughter', value: '(Laughter.)' })
    const vtt = toWebVtt(t, { voice: 'none' })
    expect(cuesOf(vtt).map((cue) => cue.text)).toEqual(['near -- [inaudible] -- for', '[Laughter]'])
    expect(cuesOf(toWebVtt(t, { voice: 'none', events: 'drop' })).map((cue) => cue.text)).toEqual(['near -- -- for'])
  })

  it('marks interpreted speech and languages, and writes metadata as a NOTE at the top', () => {
    const vtt = toWebVtt(transcript([{ speaker: 'le-drian', text: 'Merci --> beaucoup.', interpreted: true, language: 'fr' }], { title: 'Press --> conference\n\nin Paris', date: '2016-10-25', source: { url: 'https://example.org/?a=1&b=2' } }))
    expect(vtt.startsWith('WEBVTT\n\nNOTE\nTitle: Press -- > conference in Paris\nDate: 2016-10-25\nSource: https://example.org/?a=1&b=2\n')).toBe(true)
    expect(vtt).toContain('<v.interpreted Jean-Yves Le Drian><lang fr>Merci --&gt; beaucoup.</lang></v>')
    expect(validateWebVtt(vtt).errors).toEqual([])
    expect(toWebVtt(transcript([{ text: 'Hi.' }], { title: 'T' }), { metadata: false, interpreted: 'none' })).not.toContain('Title')
  })

  it('keeps right-to-left lines correct with isolates where a line runs against the cue direction', () => {
    const vtt = toWebVtt(transcript([{ text: 'The minister said in Arabic: مرحبا بكم في باريس، شكرا جزيلا لكم.' }]), { voice: 'none', maxLineLength: 40 })
    const text = cuesOf(vtt)[0]!.text
    const lines = text.split('\n')
    expect(lines[0]).toBe('The minister said in Arabic:')
    expect(lines[1]).toBe('\u2068مرحبا بكم في باريس، شكرا جزيلا لكم.\u2069')
    const rtlOnly = cuesOf(toWebVtt(transcript([{ text: 'مرحبا بكم في باريس' }]), { voice: 'none' }))[0]!.text
    expect(rtlOnly).toBe('مرحبا بكم في باريس')
  })

  it('writes section breaks as NOTE blocks and reports data it cannot hold', () => {
    const t = transcript([{ text: 'one' }, { text: 'two' }])
    t.children.splice(1, 0, { type: 'break', title: 'Questions' })
    t.children[0]!.data = { tool: 'x' }
    const messages: VerbatimMessage[] = []
    const vtt = toWebVtt(t, { onMessage: (message) => messages.push(message) })
    expect(vtt).toContain('NOTE Section break: Questions')
    expect(messages.map((message) => message.reason).join('\n')).toContain('data')
    expect(validateWebVtt(vtt).errors).toEqual([])
  })

  it('writes valid WebVTT for any transcript (unicode, markup characters, blank-line-prone text)', () => {
    fc.assert(
      fc.property(transcriptArb({ strings: 'unicode' }), fc.constantFrom<'display' | 'label' | 'none'>('display', 'label', 'none'), (t, voice) => {
        const vtt = toWebVtt(t, { voice })
        expect(validateWebVtt(vtt).errors).toEqual([])
        expect(vtt).not.toMatch(/\n\n\n/)
        const cues = parseWebVtt(vtt).cues
        const ids = new Set(cues.map((cue) => cue.id))
        expect(ids.size).toBe(cues.length)
        for (let i = 0; i < cues.length; i++) {
          expect(cues[i]!.end).toBeGreaterThan(cues[i]!.start)
          if (i > 0) expect(cues[i]!.start).toBeGreaterThanOrEqual(cues[i - 1]!.start)
          expect(cues[i]!.text).not.toContain('-->')
          expect(cues[i]!.text).not.toMatch(/\n\s*\n|^\s*$/)
        }
      }),
      { numRuns: 150 },
    )
  })
})
