/**
 * Timed transcripts for the property tests (until the shared arbitraries make them): the turns of
 * `transcriptArb`, with each paragraph's text cut into words, runs of them grouped into segments,
 * some words timed (with or without an end or a confidence), some events timed, times estimated
 * or from the source. Canonical form is kept: no empty or adjacent text nodes.
 */
import fc from 'fast-check'
import type { Event, Inline, Paragraph, Phrasing, Timing, Transcript } from '@verbatim/core'
import { transcriptArb, type TranscriptArbitraryOptions } from '@verbatim/test-utils'

/** Choices drawn in turn from a fixed list of numbers (deterministic for one sample). */
class Choices {
  private index = 0
  constructor(private readonly values: number[]) {}
  next(max: number): number {
    const value = this.values[this.index++ % this.values.length]!
    return value % max
  }
}

function timing(choices: Choices, clock: { t: number }, withEnd: boolean): Timing {
  const start = clock.t
  clock.t = Math.round((clock.t + 0.05 + choices.next(900) / 1000) * 1000) / 1000
  const time: Timing = { start, source: choices.next(5) === 0 ? 'estimated' : 'source' }
  if (withEnd) time.end = clock.t
  return time
}

function pushText(children: Phrasing[] | Inline[], value: string): void {
  if (value === '') return
  const last = children[children.length - 1]
  if (last?.type === 'text') last.value += value
  else children.push({ type: 'text', value })
}

/** A paragraph's words and events as text, timed words and events, some inside segments. */
function timeParagraph(paragraph: Paragraph, choices: Choices, clock: { t: number }): Paragraph {
  const tokens: Array<string | Event> = []
  for (const inline of paragraph.children) {
    if (inline.type === 'text') tokens.push(...inline.value.split(/( )/).filter((token) => token !== ''))
    else if (inline.type === 'event') tokens.push(inline)
  }
  const out: Inline[] = []
  let segment: Phrasing[] | undefined
  for (const token of tokens) {
    if (choices.next(6) === 0) {
      if (segment === undefined) {
        const node = { type: 'segment' as const, time: timing(choices, clock, choices.next(4) !== 0), children: [] as Phrasing[] }
        out.push(node)
        segment = node.children
      } else segment = undefined
    }
    const into = (segment ?? out) as Phrasing[]
    if (typeof token !== 'string') {
      const event: Event = { ...token }
      if (choices.next(3) === 0) event.time = timing(choices, clock, choices.next(2) === 0)
      into.push(event)
    } else if (token !== ' ' && choices.next(2) === 0) {
      const word: Phrasing = { type: 'word', value: token, time: timing(choices, clock, choices.next(3) !== 0) }
      if (choices.next(3) === 0) word.confidence = choices.next(1001) / 1000
      into.push(word)
    } else pushText(into, token)
  }
  return { ...paragraph, children: out }
}

/** Transcripts with times below the turn. */
export function timedTranscriptArb(options: TranscriptArbitraryOptions = {}): fc.Arbitrary<Transcript> {
  return transcriptArb(options).chain((transcript) =>
    fc.array(fc.nat({ max: 100_000 }), { minLength: 97, maxLength: 97 }).map((values) => {
      const choices = new Choices(values)
      const clock = { t: 0 }
      const children = transcript.children.map((block) => {
        if (block.type === 'event' && choices.next(2) === 0) return { ...block, time: timing(choices, clock, true) }
        if (block.type !== 'turn') return block
        if (block.time) clock.t = Math.max(clock.t, block.time.start)
        return { ...block, children: block.children.map((paragraph) => timeParagraph(paragraph, choices, clock)) }
      })
      return { ...transcript, children }
    }),
  )
}
