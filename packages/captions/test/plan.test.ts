import { describe, expect, it } from 'vitest'
import type { Inline, Phrasing, Transcript } from '@verbatim/core'
import { CAPTION_LIMITS, partLines, planCues, RepeatedCaptions, type RollingCue } from '../src/index.js'

const text = (value: string): Phrasing => ({ type: 'text', value })
const segment = (start: number, end: number, ...children: Phrasing[]): Inline => ({ type: 'segment', time: { start, end, source: 'source' }, children })
const transcript = (...paragraphs: Inline[][]): Transcript => ({
  type: 'transcript',
  version: '1.1',
  meta: {},
  speakers: [{ id: 'a', name: 'Ann', role: 'unknown', aliases: ['ANN'], group: false }],
  children: paragraphs.map((children) => ({ type: 'turn', speaker: 'a', label: 'ANN', interpreted: false, children: [{ type: 'paragraph', children }] })),
})

describe('planCues', () => {
  it('plans a source segment as one cue at its times, with its words and their times, format-neutral', () => {
    const plan = planCues(transcript([segment(1, 2.5, text('Hello '), { type: 'word', value: 'there.', time: { start: 1.75, source: 'source' } })]))
    expect(plan.cues).toHaveLength(1)
    const [cue] = plan.cues
    expect(cue).toMatchObject({ start: 1, end: 2.5, source: 'source', fixed: true })
    const [part] = cue!.parts
    expect(part).toMatchObject({ speaker: 'a', voice: 'Ann', interpreted: false })
    expect(partLines(part!)).toEqual(['Hello there.'])
    expect(part!.words.times!.slice(part!.from, part!.to)).toEqual([NaN, 1.75])
  })

  it('keeps a word whole when nodes meet with no space between (Whisper pieces, punctuation after an event)', () => {
    const word = (value: string, start: number): Phrasing => ({ type: 'word', value, time: { start, end: start + 0.2, source: 'source' } })
    const plan = planCues(
      transcript(
        [segment(1, 3, word('L', 1), word("'esquelet", 1.2), text(' '), word('corre.', 1.5))],
        [text('Two. '), { type: 'event', kind: 'off-mic', value: '(Off-mic.)' }, text('. Sure.')],
      ),
    )
    expect(plan.cues.map((cue) => cue.parts.map((part) => partLines(part).join(' ')))).toEqual([["L'esquelet corre."], ['Two. [Off-mic]. Sure.']])
    expect(plan.cues[0]!.parts[0]!.words.times).toEqual([1, 1.5])
  })

  it('cuts untimed speech within the caption limits and estimates its times', () => {
    const long = 'We met this morning to talk about the budget, and we agreed on the main points. The rest will follow next week, after the committee meets again.'
    const plan = planCues(transcript([text(long)]), { voice: 'label' })
    expect(plan.cues.length).toBeGreaterThan(1)
    for (const cue of plan.cues) {
      expect(cue.source).toBe('estimated')
      expect(cue.parts[0]!.voice).toBe('ANN')
      const lines = partLines(cue.parts[0]!)
      expect(lines.length).toBeLessThanOrEqual(CAPTION_LIMITS.maxLines)
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(CAPTION_LIMITS.maxLineLength)
      expect(cue.end - cue.start).toBeLessThanOrEqual(CAPTION_LIMITS.maxDuration + 1e-9)
    }
    expect(plan.cues.map((cue) => partLines(cue.parts[0]!).join(' ')).join(' ')).toBe(long)
  })

  it('says so when a source segment breaks the limits, and never moves its times', () => {
    const messages: string[] = []
    const words = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ')
    const plan = planCues(transcript([segment(3, 3.5, text(words))]), { onMessage: (message) => messages.push(message.ruleId) })
    expect(plan.cues.map((cue) => [cue.start, cue.end])).toEqual([[3, 3.5]])
    expect(messages).toEqual(expect.arrayContaining(['caption-limits', 'reading-speed']))
  })
})

describe('RepeatedCaptions', () => {
  interface Cue extends RollingCue {
    lines: string[]
  }
  const run = (cues: Cue[]) => {
    const kept: Array<[number, number, string[] | null]> = []
    const repeats = new RepeatedCaptions<Cue>({ lines: (cue) => ({ compare: cue.lines, keep: cue.lines, data: undefined }), withEnd: (cue, end) => ({ ...cue, end }), emit: (cue, lines) => kept.push([cue.start, cue.end, lines]) })
    for (const cue of cues) repeats.push(cue)
    return { kept, message: repeats.finish('f.srt', 'verbatim-srt') }
  }

  it('reads rolling lines once and extends the cue a repeat keeps on screen', () => {
    const { kept, message } = run([
      { id: '', start: 0, end: 2, lines: ['one two'] },
      { id: '', start: 2, end: 2.01, lines: ['one two'] },
      { id: '', start: 2.01, end: 4, lines: ['one two', 'three four'] },
    ])
    expect(kept).toEqual([
      [0, 2.01, ['one two']],
      [2.01, 4, ['three four']],
    ])
    expect(message).toMatchObject({ ruleId: 'repeated-captions', source: 'verbatim-srt', file: 'f.srt' })
  })

  it('never deduplicates numbered cues', () => {
    const { kept, message } = run([
      { id: '1', start: 0, end: 2, lines: ['same'] },
      { id: '2', start: 2, end: 3, lines: ['same'] },
    ])
    expect(kept).toHaveLength(2)
    expect(message).toBeUndefined()
  })
})
