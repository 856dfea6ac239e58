/**
 * Timed transcripts for the property tests (model 1.1): transcriptArb's transcripts with some
 * paragraphs made of timed segments of timed words (with and without confidence, end and an
 * estimated source), timed events inside paragraphs and between turns. Times increase through
 * the document, so the trees are valid and the model's checks have nothing to say.
 * (A stand-in until test-utils has a timed arbitrary: branch core-time.)
 */
import fc from 'fast-check'
import type { Event, Inline, Phrasing, Timing, Transcript } from '@verbatim/core'
import { transcriptArb } from '@verbatim/test-utils'

interface Choices {
  /** Durations in seconds, used in turn. */
  steps: number[]
  /** Small numbers that pick what to do, used in turn. */
  picks: number[]
  confidences: number[]
}

class Clock {
  now = 0
  private step = 0
  private pick = 0
  private confidence = 0
  constructor(private readonly choices: Choices) {}
  next(): number {
    return this.choices.picks[this.pick++ % this.choices.picks.length]!
  }
  confidenceValue(): number {
    return this.choices.confidences[this.confidence++ % this.choices.confidences.length]!
  }
  /** A time from now: sometimes without an end, sometimes estimated. */
  timing(): Timing {
    const start = this.now
    const duration = this.choices.steps[this.step++ % this.choices.steps.length]!
    this.now = start + duration
    const time: Timing = { start, source: this.next() === 0 ? 'estimated' : 'source' }
    if (this.next() !== 1) time.end = this.now
    return time
  }
}

function timedWords(text: string, clock: Clock): Phrasing[] {
  const out: Phrasing[] = []
  for (const part of text.split(/( +)/)) {
    if (part === '') continue
    if (part.trim() === '') out.push({ type: 'text', value: part })
    else {
      const word: Phrasing = { type: 'word', value: part, time: clock.timing() }
      const pick = clock.next()
      if (pick < 5) word.confidence = clock.confidenceValue()
      if (pick === 9) word.data = { tool: 'asr' }
      out.push(word)
    }
  }
  return out
}

function timeParagraph(children: Inline[], clock: Clock): Inline[] {
  const mode = clock.next()
  if (mode < 3) return children.map((child) => (child.type === 'event' && clock.next() < 5 ? { ...child, time: clock.timing() } : child))
  if (mode < 6) {
    // One segment of words (and events) for the whole paragraph.
    const segmentTime = clock.timing()
    clock.now = segmentTime.start
    const inner: Phrasing[] = children.flatMap((child): Phrasing[] => (child.type === 'text' && child.data === undefined ? timedWords(child.value, clock) : [child as Phrasing]))
    const end = Math.max(clock.now, segmentTime.end ?? 0)
    const time: Timing = { ...segmentTime }
    if (segmentTime.end !== undefined) time.end = end
    clock.now = end
    return [{ type: 'segment', time, children: inner }]
  }
  if (mode < 8) {
    // Segments of plain text, one per child, and an empty one.
    const out: Inline[] = children.map((child) => ({ type: 'segment', time: clock.timing(), children: [child as Phrasing] }))
    out.push({ type: 'segment', time: clock.timing(), children: [], ...(mode === 7 ? { data: { cue: 7 } } : {}) })
    return out
  }
  // Words straight in the paragraph.
  return children.flatMap((child): Inline[] => (child.type === 'text' && child.data === undefined ? timedWords(child.value, clock) : [child]))
}

function addTimes(t: Transcript, choices: Choices): Transcript {
  const clock = new Clock(choices)
  for (const block of t.children) {
    if (block.type === 'event') {
      if (clock.next() < 4) (block as Event).time = clock.timing()
      continue
    }
    if (block.type !== 'turn') continue
    const start = clock.now
    for (const paragraph of block.children) paragraph.children = timeParagraph(paragraph.children, clock)
    if (block.time || clock.next() < 5) {
      block.time = { start, source: block.time?.source ?? 'source' }
      if (clock.next() !== 1) block.time.end = clock.now
    }
  }
  return t
}

/** Timed transcripts, JSON-safe (no -0 in data bags). */
export const timedTranscriptArb = (options: Parameters<typeof transcriptArb>[0] = {}): fc.Arbitrary<Transcript> =>
  fc
    .tuple(
      transcriptArb({ times: 'never', ...options }).map((t) => JSON.parse(JSON.stringify(t)) as Transcript),
      fc.array(fc.oneof(fc.constantFrom(0, 0.001, 0.25, 1, 2.5), fc.double({ min: 0, max: 30, noNaN: true })), { minLength: 1, maxLength: 16 }),
      fc.array(fc.nat(9), { minLength: 1, maxLength: 32 }),
      fc.array(fc.oneof(fc.constantFrom(0, 1, 0.5), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 1, maxLength: 8 }),
    )
    .map(([t, steps, picks, confidences]) => addTimes(t, { steps, picks, confidences }))
