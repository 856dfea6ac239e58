import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { Inline, Paragraph, Phrasing, Transcript, Turn, VerbatimMessage } from '@verbatim/core'
import { toWebVtt } from '../src/write/to-webvtt.js'
import { fromWebVtt } from '../src/read/from-webvtt.js'
import { parseWebVtt } from '../src/parse/parse-webvtt.js'
import { validateWebVtt } from './validator.js'

const text = (value: string): Phrasing => ({ type: 'text', value })
const segment = (start: number, end: number | undefined, ...children: Phrasing[]): Inline => ({ type: 'segment', time: { start, ...(end === undefined ? {} : { end }), source: 'source' }, children })
const turn = (speaker: string | null, ...children: Inline[]): Turn => ({ type: 'turn', speaker, label: speaker, interpreted: false, children: [{ type: 'paragraph', children }] })
const transcript = (...children: Transcript['children']): Transcript => ({
  type: 'transcript',
  version: '1.1',
  meta: {},
  speakers: [
    { id: 'a', name: 'Ann', role: 'unknown', aliases: [], group: false },
    { id: 'b', name: 'Bob', role: 'unknown', aliases: [], group: false },
  ],
  children,
})
const write = (t: Transcript, options = {}) => {
  const messages: VerbatimMessage[] = []
  const vtt = toWebVtt(t, { metadata: false, ...options, onMessage: (message) => messages.push(message) })
  expect(validateWebVtt(vtt).errors).toEqual([])
  return { vtt, cues: parseWebVtt(vtt).cues, rules: messages.map((message) => message.ruleId) }
}

describe('toWebVtt writes source times as they are', () => {
  it('writes a segment as exactly one cue at its times, even a short or long one, rewrapping its lines', () => {
    const long = 'This sentence is much too long to be shown in two lines of forty-two characters, so it needs three.'
    const { cues, rules } = write(transcript(turn('a', segment(1, 1.2, text('Hi.')), text(' '), segment(1.2, 3.5, text(long)))))
    expect(cues.map((cue) => [cue.start, cue.end])).toEqual([
      [1, 1.2],
      [1.2, 3.5],
    ])
    const lines = cues[1]!.text.replace(/<\/?v[^>]*>/g, '').split('\n')
    expect(lines.length).toBe(3)
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(42)
    expect(rules).toContain('caption-limits')
    expect(rules).toContain('reading-speed')
  })

  it('writes timed words as timestamp tags inside their cue', () => {
    const words: Phrasing[] = [text('so '), { type: 'word', value: 'we', time: { start: 1.5, source: 'source' } }, text(' '), { type: 'word', value: 'go&', time: { start: 2.25, source: 'source' } }]
    const { cues } = write(transcript(turn('a', segment(1, 3, ...words))))
    expect(cues[0]!.text).toBe('<v Ann>so <00:00:01.500>we <00:00:02.250>go&amp;</v>')
  })

  it('reports word times outside their cue but keeps them', () => {
    const { cues, rules } = write(transcript(turn('a', segment(1, 3, text('a '), { type: 'word', value: 'late', time: { start: 4, source: 'source' } }))))
    expect(cues[0]!.text).toContain('<00:00:04.000>late')
    expect(rules).toContain('word-time-outside-cue')
  })

  it('writes a timed event between turns as its own cue, and two voices of one source time as one cue', () => {
    const { cues } = write(
      transcript(
        turn('a', segment(0, 2, text('Hello.'))),
        { type: 'event', kind: 'other', value: '[At sidebar]', time: { start: 2.5, end: 4, source: 'source' } },
        turn('a', segment(5, 7, text('Hi.'))),
        turn('b', segment(5, 7, text('Hello.'))),
      ),
    )
    expect(cues.map((cue) => [cue.start, cue.end, cue.text])).toEqual([
      [0, 2, '<v Ann>Hello.</v>'],
      [2.5, 4, '[At sidebar]'],
      [5, 7, '<v Ann>Hi.</v>\n<v Bob>Hello.</v>'],
    ])
  })

  it('keeps overlapping and out-of-order source times, with a warning for the order', () => {
    const { cues, rules } = write(transcript(turn('a', segment(5, 6, text('one'))), turn('b', segment(5.5, 7, text('two')))))
    expect(cues.map((cue) => [cue.start, cue.end])).toEqual([
      [5, 6],
      [5.5, 7],
    ])
    expect(rules).not.toContain('time-out-of-order')
    const vtt = toWebVtt(transcript(turn('a', segment(5, 6, text('one'))), turn('b', segment(1, 2, text('two')))), { onMessage: (message) => rules.push(message.ruleId) })
    expect(parseWebVtt(vtt).cues.map((cue) => cue.start)).toEqual([5, 1])
    expect(rules).toContain('time-out-of-order')
  })

  it('estimates only untimed speech, between the source times around it', () => {
    const untimed: Paragraph = { type: 'paragraph', children: [text('and then some words nobody timed')] }
    const t = transcript(turn('a', segment(0, 2, text('Timed.'))), { ...turn('b'), children: [untimed] }, turn('a', segment(10, 12, text('Timed again.'))))
    const { vtt, cues } = write(t)
    expect(cues.map((cue) => [cue.start, cue.end])[0]).toEqual([0, 2])
    expect(cues.at(-1)!.start).toBe(10)
    expect(cues[1]!.start).toBeGreaterThanOrEqual(2)
    expect(cues[1]!.end).toBeLessThanOrEqual(10)
    expect(vtt).toContain('NOTE Estimated times: cues 2 are timed')
  })

  it('gives back every segment time and word time of any timed transcript', () => {
    const word = fc.stringMatching(/^[a-z]{1,12}$/)
    const cue = fc.record({ words: fc.array(fc.tuple(word, fc.boolean()), { minLength: 1, maxLength: 30 }), gap: fc.integer({ min: 0, max: 3000 }), length: fc.integer({ min: 1, max: 9000 }), speaker: fc.constantFrom('a', 'b', null) })
    fc.assert(
      fc.property(fc.array(cue, { minLength: 1, maxLength: 12 }), (specs) => {
        let clock = 0
        const expected: Array<[number, number]> = []
        const stamps: number[] = []
        const blocks = specs.map((spec) => {
          const start = clock + spec.gap
          const end = start + spec.length
          clock = end
          expected.push([start / 1000, end / 1000])
          const children: Phrasing[] = []
          spec.words.forEach(([value, timed], index) => {
            if (index > 0) children.push(text(' '))
            const at = start + Math.floor(((index + 0.5) * spec.length) / spec.words.length)
            if (timed && index > 0 && at > start) {
              children.push({ type: 'word', value, time: { start: at / 1000, source: 'source' } })
              stamps.push(at / 1000)
            } else children.push(text(value))
          })
          return turn(spec.speaker, segment(start / 1000, end / 1000, ...children))
        })
        const { vtt, cues } = write(transcript(...blocks))
        expect(cues.map((c) => [c.start, c.end])).toEqual(expected)
        expect([...vtt.matchAll(/<(\d\d:\d\d:\d\d\.\d\d\d)>/g)].length).toBe(stamps.length)
        const back = fromWebVtt(vtt).transcript
        expect(toWebVtt(back, { metadata: false })).toBe(toWebVtt(fromWebVtt(toWebVtt(back, { metadata: false })).transcript, { metadata: false }))
      }),
      { numRuns: 100 },
    )
  })
})
