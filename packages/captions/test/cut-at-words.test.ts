import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { Phrasing, Transcript } from '@verbatim/core'
import { CAPTION_LIMITS, partLines, planCues, type CuePlan } from '../src/index.js'
import { planning } from '../src/plan.js'

interface Spoken {
  value: string
  start: number
  end: number | undefined
}

/** One turn, one paragraph, one segment of words (with ends: speech-to-text; without: WebVTT timestamp tags). */
function sttTranscript(start: number, end: number, words: readonly Spoken[]): Transcript {
  const children: Phrasing[] = []
  words.forEach((word, index) => {
    if (index > 0) children.push({ type: 'text', value: ' ' })
    children.push({ type: 'word', value: word.value, time: word.end === undefined ? { start: word.start, source: 'source' } : { start: word.start, end: word.end, source: 'source' } })
  })
  return {
    type: 'transcript',
    version: '1.1',
    meta: {},
    speakers: [{ id: 'a', name: 'Ann', role: 'unknown', aliases: ['Ann'], group: false }],
    children: [{ type: 'turn', speaker: 'a', label: null, interpreted: false, children: [{ type: 'paragraph', children: [{ type: 'segment', time: { start, end, source: 'source' }, children }] }] }],
  }
}

/** Words said one after the other from `start`, each `length` seconds, with a pause after the words at the indexes given. */
function say(text: string, start: number, length: number, pauses: Record<number, number> = {}): Spoken[] {
  let clock = start
  return text.split(' ').map((value, index) => {
    const word = { value, start: clock, end: clock + length }
    clock += length + (pauses[index] ?? 0.05)
    return word
  })
}

const ms = (seconds: number) => Math.round(seconds * 1000)

/** Every cue's start and end are source times (the segment's, or a word's start or end), in order, and its words are the source's in order. */
function expectSourceTimed(plan: CuePlan, start: number, end: number, words: readonly Spoken[]) {
  const allowed = new Set([ms(start), ms(end), ...words.map((word) => ms(word.start)), ...words.flatMap((word) => (word.end === undefined ? [] : [ms(word.end)]))])
  let previousEnd = -Infinity
  for (const cue of plan.cues) {
    expect(cue.fixed).toBe(true)
    expect(cue.source).toBe('source')
    expect(allowed.has(ms(cue.start)), `start ${cue.start}`).toBe(true)
    expect(allowed.has(ms(cue.end)), `end ${cue.end}`).toBe(true)
    expect(cue.start).toBeGreaterThanOrEqual(previousEnd)
    expect(cue.end).toBeGreaterThan(cue.start)
    previousEnd = cue.end
  }
  expect(plan.cues[0]!.start).toBe(start)
  expect(plan.cues.flatMap((cue) => cue.parts.flatMap((part) => partLines(part).join(' ').split(' ')))).toEqual(words.map((word) => word.value))
}

function expectWithinLines(plan: CuePlan) {
  for (const cue of plan.cues) {
    const lines = partLines(cue.parts[0]!)
    expect(lines.length).toBeLessThanOrEqual(CAPTION_LIMITS.maxLines)
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(CAPTION_LIMITS.maxLineLength)
  }
}

const SPEECH =
  'We met this morning to talk about the budget, and we agreed on the main points. The rest will follow next week after the committee meets again and then we will publish it all'

describe('planCues: a speech-to-text segment over the limits is cut at its words', () => {
  it('cuts at the sentence end, within the lines and 7 s, each cue timed by its words', () => {
    const words = say(SPEECH, 10, 0.25)
    const end = words[words.length - 1]!.end!
    const plan = planCues(sttTranscript(10, end, words))
    expect(plan.cues.length).toBeGreaterThan(2)
    expectSourceTimed(plan, 10, end, words)
    expectWithinLines(plan)
    for (const cue of plan.cues) expect(cue.end - cue.start).toBeLessThanOrEqual(CAPTION_LIMITS.maxDuration)
    // A cue ends with the sentence: "points." ends a cue, the next starts at "The", at the word's own start.
    const points = words.findIndex((word) => word.value === 'points.')
    const after = plan.cues.find((cue) => partLines(cue.parts[0]!)[0]!.startsWith('The rest'))
    expect(after?.start).toBe(ms(words[points + 1]!.start) / 1000)
  })

  it('cuts at a long pause rather than elsewhere in a sentence', () => {
    const text = 'and then we will publish the whole report with every figure in it for everyone who asked for it before the end of the year'
    const index = text.split(' ').indexOf('figure')
    const words = say(text, 0, 0.2, { [index]: 1.5 })
    const end = words[words.length - 1]!.end!
    const plan = planCues(sttTranscript(0, end, words))
    expectSourceTimed(plan, 0, end, words)
    expectWithinLines(plan)
    expect(plan.cues.some((cue) => partLines(cue.parts[0]!).join(' ').endsWith(' figure'))).toBe(true)
  })

  it('ends a cue at its last word when the next word is more than 7 s after its start', () => {
    const words = [...say('This is the first part of what I said today, before a long silence in the room', 0, 0.25), ...say('and then the rest.', 30, 0.25)]
    const end = words[words.length - 1]!.end!
    const plan = planCues(sttTranscript(0, end, words))
    expectSourceTimed(plan, 0, end, words)
    for (const cue of plan.cues) expect(cue.end - cue.start).toBeLessThanOrEqual(CAPTION_LIMITS.maxDuration)
  })

  it('keeps a caption file cue whole (words with a start only, as WebVTT timestamp tags): a cue is a display unit', () => {
    const words = say(SPEECH, 10, 0.25).map((word) => ({ ...word, end: undefined }))
    const plan = planCues(sttTranscript(10, 25, words))
    expect(plan.cues.map((cue) => [cue.start, cue.end, cue.fixed])).toEqual([[10, 25, true]])
  })

  it('keeps a segment whole when one of its words has no end (a cut would need a time the source does not give)', () => {
    const words = say(SPEECH, 10, 0.25).map((word, index) => (index === 7 ? { ...word, end: undefined } : word))
    const plan = planCues(sttTranscript(10, 25, words))
    expect(plan.cues.map((cue) => [cue.start, cue.end])).toEqual([[10, 25]])
  })

  it('keeps a segment within the limits whole', () => {
    const words = say('A short one.', 1, 0.3)
    const plan = planCues(sttTranscript(1, 2.5, words))
    expect(plan.cues.map((cue) => [cue.start, cue.end])).toEqual([[1, 2.5]])
  })

  it('leaves room for the label a format writes in front of a speaker\'s first cue', () => {
    const words = say('Everyone here agreed, and the minister said so this morning.', 0, 0.2)
    const end = words[words.length - 1]!.end!
    const label = 'A rather long speaker name: '
    const plan = planCues(sttTranscript(0, end, words), { labelWidth: () => label.length })
    expect(plan.cues.length).toBeGreaterThan(1)
    const first = partLines(plan.cues[0]!.parts[0]!).join(' ')
    expect(label.length + first.length).toBeLessThanOrEqual(CAPTION_LIMITS.maxLineLength * CAPTION_LIMITS.maxLines)
  })

  it('property: any speech-to-text segment is cut into cues at source times, its words in order, within the lines', () => {
    const wordArb = fc.record({ value: fc.stringMatching(/^[a-z]{1,12}[.,]?$/), length: fc.integer({ min: 50, max: 1500 }), pause: fc.integer({ min: 0, max: 3000 }) })
    fc.assert(
      fc.property(fc.array(wordArb, { minLength: 1, maxLength: 80 }), fc.integer({ min: 0, max: 2000 }), (spec, lead) => {
        let clock = 1 + lead / 1000
        const words = spec.map(({ value, length, pause }) => {
          const word = { value, start: clock, end: clock + length / 1000 }
          clock = word.end + pause / 1000
          return word
        })
        const end = words[words.length - 1]!.end
        const plan = planCues(sttTranscript(1, end, words), { labelWidth: () => lead % 20 })
        expectSourceTimed(plan, 1, end, words)
        expectWithinLines(plan)
        // The cutter's shortcut (ends it need not try) gives the plan trying every end gives, with the reading-speed penalty too.
        planning.dominance = false
        try {
          const plain = planCues(sttTranscript(1, end, words), { labelWidth: () => lead % 20 })
          expect(plain.cues.map((cue) => [cue.start, cue.end, cue.parts[0]!.from, cue.parts[0]!.to])).toEqual(plan.cues.map((cue) => [cue.start, cue.end, cue.parts[0]!.from, cue.parts[0]!.to]))
        } finally {
          planning.dominance = true
        }
      }),
      { numRuns: 150 },
    )
  })
})
