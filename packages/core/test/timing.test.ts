import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { eachEstimatedTime, estimateTimes, timeSpan, type EstimatedTime, type TimedNode } from '../src/timing.js'
import type { Event, Inline, Node, Paragraph, Phrasing, Segment, Text, Timing, Transcript, Turn, Word } from '../src/types.js'

const src = (start: number, end?: number): Timing => (end === undefined ? { start, source: 'source' } : { start, end, source: 'source' })
const text = (value: string): Text => ({ type: 'text', value })
const word = (value: string, start: number, end?: number): Word => ({ type: 'word', value, time: src(start, end) })
const segment = (start: number, end: number | undefined, children: Phrasing[]): Segment => ({ type: 'segment', time: src(start, end), children })
const paragraph = (...children: Inline[]): Paragraph => ({ type: 'paragraph', children })
const turn = (children: Paragraph[], time?: Timing): Turn => ({ type: 'turn', speaker: null, label: null, interpreted: false, ...(time ? { time } : {}), children })
const transcript = (...children: Transcript['children']): Transcript => ({ type: 'transcript', version: '1.1', meta: {}, speakers: [], children })

const close = (time: EstimatedTime | undefined) => time && { start: round(time.start), end: round(time.end), source: time.source }
const round = (n: number) => Math.round(n * 1000) / 1000

describe('timeSpan', () => {
  it('uses a node’s own time', () => {
    const w = word('Hello', 1, 1.5)
    expect(timeSpan(w)).toBe(w.time)
    expect(timeSpan(text('x'))).toBeUndefined()
    expect(timeSpan({ type: 'break' })).toBeUndefined()
  })

  it('takes an untimed parent’s span from its first and last timed descendants', () => {
    const p = paragraph(text('So, '), segment(2, 3, [word('one', 2, 2.4)]), text(' and '), segment(4, 6, [text('two')]), text(' ...'))
    expect(timeSpan(p)).toEqual({ start: 2, end: 6, source: 'source' })
    expect(timeSpan(turn([paragraph(text('a')), p]))).toEqual({ start: 2, end: 6, source: 'source' })
    expect(timeSpan(transcript(turn([p])))).toEqual({ start: 2, end: 6, source: 'source' })
  })

  it('completes a start-only turn with the end of its last timed descendant', () => {
    const t = turn([paragraph(word('a', 10, 10.5), text(' '), word('b', 11, 12))], src(9.5))
    expect(timeSpan(t)).toEqual({ start: 9.5, end: 12, source: 'source' })
  })

  it('leaves the end out when the last timed descendant has none, and flags mixed sources', () => {
    expect(timeSpan(paragraph(word('a', 1, 2), text(' '), word('b', 3)))).toEqual({ start: 1, source: 'source' })
    const estimatedEnd: Word = { type: 'word', value: 'b', time: { start: 3, end: 4, source: 'estimated' } }
    expect(timeSpan(paragraph(word('a', 1, 2), text(' '), estimatedEnd))).toEqual({ start: 1, end: 4, source: 'estimated' })
  })

  it('is undefined for an untimed turn', () => {
    expect(timeSpan(turn([paragraph(text('Hello.'))]))).toBeUndefined()
  })
})

describe('estimateTimes', () => {
  it('times an untimed transcript from the speaking rate, from zero, without gaps', () => {
    const a = text('abcdefg hijklmno') // 15 non-space characters: one second at 15 characters per second
    const b = text('thirty characters in this text') // 26
    const event: Event = { type: 'event', kind: 'applause', value: '(Applause.)' }
    const first = turn([paragraph(a)])
    const second = turn([paragraph(b)])
    const tree = transcript(first, event, second, { type: 'break' })
    const times = estimateTimes(tree)
    expect(close(times.get(a))).toEqual({ start: 0, end: 1, source: 'estimated' })
    expect(close(times.get(first))).toEqual({ start: 0, end: 1, source: 'estimated' })
    expect(close(times.get(event))).toEqual({ start: 1, end: round(1 + 11 / 15), source: 'estimated' })
    expect(close(times.get(second))).toEqual({ start: round(1 + 11 / 15), end: round(1 + 37 / 15), source: 'estimated' })
    expect(close(times.get(tree))).toEqual({ start: 0, end: round(1 + 37 / 15), source: 'estimated' })
    expect(times.size).toBe(8) // transcript, 2 turns, 2 paragraphs, 2 texts, 1 event; no break
  })

  it('uses words per second when given', () => {
    const a = text('one two three four five')
    expect(close(estimateTimes(transcript(turn([paragraph(a)])), { wordsPerSecond: 2.5 }).get(a))).toEqual({ start: 0, end: 2, source: 'estimated' })
  })

  it('counts words apart at every code unit /\\s/ matches, and at nothing else', () => {
    const spaces: string[] = []
    for (let code = 0; code < 0x10000; code++) if (/\s/.test(String.fromCharCode(code))) spaces.push(String.fromCharCode(code))
    expect(spaces.length).toBeGreaterThan(20)
    for (const space of spaces) {
      const a = text(`one${space}two`)
      expect(close(estimateTimes(transcript(turn([paragraph(a)])), { wordsPerSecond: 1 }).get(a))?.end).toBe(2)
    }
    // Letters, marks and format characters near the spaces are not spaces (no-break joiners, Mongolian vowel separator).
    for (const other of ['\u200b', '\u200c', '\u2060', '\u180e', '\u00ad', 'é']) {
      const a = text(`one${other}two`)
      expect(close(estimateTimes(transcript(turn([paragraph(a)])), { wordsPerSecond: 1 }).get(a))?.end).toBe(1)
    }
  })

  it('keeps source times and ends a start-only word at the next word when the gap is short', () => {
    const a = word('Hello', 1) // a WebVTT timestamp tag gives only a start
    const space = text(' ')
    const b = word('world', 1.4, 1.9)
    const tree = transcript(turn([paragraph(segment(1, 2, [a, space, b]))]))
    const times = estimateTimes(tree)
    expect(times.get(a)).toEqual({ start: 1, end: 1.4, source: 'estimated', startSource: 'source', endSource: 'estimated' })
    expect(times.get(b)).toEqual({ start: 1.4, end: 1.9, source: 'source', startSource: 'source', endSource: 'source' })
    expect(close(times.get(space))).toEqual({ start: 1.4, end: 1.4, source: 'estimated' })
  })

  it('speaks at the normal rate and leaves the rest of a long gap silent, between the words', () => {
    const a = word('Hello', 1) // 5 characters: 1/3 s
    const space = text(' ')
    const b = word('world', 10, 10.5)
    const times = estimateTimes(transcript(turn([paragraph(a, space, b)])))
    expect(close(times.get(a))).toEqual({ start: 1, end: round(1 + 1 / 3), source: 'estimated' })
    expect(close(times.get(space))).toEqual({ start: round(1 + 1 / 3), end: round(1 + 1 / 3), source: 'estimated' })
  })

  it('gives an untimed turn of timed segments the span of its segments, silence between turns', () => {
    const s1 = segment(2, 4, [text('one')])
    const s2 = segment(5, 7, [text('two')])
    const s3 = segment(12, 13, [text('three')])
    const first = turn([paragraph(s1, text(' '), s2)])
    const second = turn([paragraph(s3)])
    const times = estimateTimes(transcript(first, second))
    expect(close(times.get(first))).toEqual({ start: 2, end: 7, source: 'estimated' })
    expect(close(times.get(second))).toEqual({ start: 12, end: 13, source: 'estimated' })
    expect(times.get(s2)?.source).toBe('source')
  })

  it('squeezes or stretches untimed speech into the gap between two known times', () => {
    const before = turn([paragraph(text('x'))], src(0, 1))
    const untimed = turn([paragraph(text('abcdefg hijklmno'))]) // one second of speech
    const after = turn([paragraph(text('y'))], src(2.5, 3))
    const times = estimateTimes(transcript(before, untimed, after))
    expect(close(times.get(untimed))).toEqual({ start: 1, end: 2.5, source: 'estimated' }) // stretched 1.5x
    const squeezed = estimateTimes(transcript(before, untimed, turn([paragraph(text('y'))], src(1.25, 3))))
    expect(close(squeezed.get(untimed))).toEqual({ start: 1, end: 1.25, source: 'estimated' })
  })

  it('times turns that have only a start (timestamps in text): each ends after its speech, or at the next start', () => {
    const first = turn([paragraph(text('abcdefg hijklmno'))], src(177)) // one second of speech
    const second = turn([paragraph(text('abcdefg hijklmno'))], src(177.5))
    const third = turn([paragraph(text('abcdefg hijklmno'))], src(300))
    const times = estimateTimes(transcript(first, second, third))
    expect(times.get(first)).toMatchObject({ start: 177, end: 177.5, startSource: 'source', endSource: 'estimated', source: 'estimated' })
    expect(times.get(second)).toMatchObject({ start: 177.5, end: 178.5 })
    expect(times.get(third)).toMatchObject({ start: 300, end: 301 })
  })

  it('starts untimed speech before the first known time at zero, and times what follows the last at the speaking rate', () => {
    const intro = turn([paragraph(text('abcdefg hijklmno'))])
    const timed = turn([paragraph(text('x'))], src(60, 61))
    const outro = turn([paragraph(text('abcdefg hijklmno'))])
    const times = estimateTimes(transcript(intro, timed, outro))
    expect(close(times.get(intro))).toEqual({ start: 0, end: 1, source: 'estimated' })
    expect(close(times.get(outro))).toEqual({ start: 61, end: 62, source: 'estimated' })
  })

  it('stretches no more than maxStretch', () => {
    const before = turn([paragraph(text('x'))], src(0, 1))
    const untimed = turn([paragraph(text('abcdefg hijklmno'))])
    const after = turn([paragraph(text('y'))], src(4, 5))
    expect(close(estimateTimes(transcript(before, untimed, after)).get(untimed))).toEqual({ start: 1, end: 2, source: 'estimated' })
    expect(close(estimateTimes(transcript(before, untimed, after), { maxStretch: 3 }).get(untimed))).toEqual({ start: 1, end: 4, source: 'estimated' })
  })

  it('never goes back when source times do (overlapping turns)', () => {
    const first = turn([paragraph(text('a'))], src(10, 20))
    const overlapping = turn([paragraph(text('b'))], src(15))
    const untimed = turn([paragraph(text('c'))])
    const times = estimateTimes(transcript(first, overlapping, untimed))
    expect(times.get(overlapping)?.start).toBe(15)
    expect(times.get(overlapping)!.end).toBeGreaterThanOrEqual(20)
    expect(times.get(untimed)!.start).toBeGreaterThanOrEqual(20)
  })

  it('handles deep, wide input in linear time without recursion', () => {
    const children: Inline[] = []
    for (let i = 0; i < 200_000; i++) children.push(word('w', i, i + 0.5), text(' '))
    const tree = transcript(turn([{ type: 'paragraph', children }]))
    const started = performance.now()
    const times = estimateTimes(tree)
    expect(times.size).toBe(400_003)
    expect(performance.now() - started).toBeLessThan(20_000)
  })
})

// Trees with times anywhere, consistent or not, so the properties hold for any valid input.
const timeArb = fc.option(
  fc.record({ start: fc.integer({ min: 0, max: 400 }).map((n) => n / 4), end: fc.option(fc.integer({ min: 0, max: 400 }).map((n) => n / 4), { nil: undefined }), source: fc.constantFrom('source' as const, 'estimated' as const) }).map((t) => {
    const time: Timing = { start: t.start, source: t.source }
    if (t.end !== undefined) time.end = t.end
    return time
  }),
  { nil: undefined },
)
const requiredTime = timeArb.map((time) => time ?? { start: 0, source: 'source' as const })
const phrasingArb: fc.Arbitrary<Phrasing> = fc.oneof(
  fc.constantFrom('a', ' ', 'two words', 'x y z ', '').map(text),
  fc.record({ value: fc.constantFrom('w', 'word'), time: requiredTime }).map(({ value, time }): Word => ({ type: 'word', value, time })),
  timeArb.map((time): Event => ({ type: 'event', kind: 'laughter', value: '(Laughter.)', ...(time ? { time } : {}) })),
)
const inlineArb: fc.Arbitrary<Inline> = fc.oneof(
  phrasingArb,
  fc.record({ time: requiredTime, children: fc.array(phrasingArb, { maxLength: 5 }) }).map(({ time, children }): Segment => ({ type: 'segment', time, children })),
)
const anyTimedTranscriptArb = fc
  .array(
    fc.oneof(
      fc.record({ time: timeArb, paragraphs: fc.array(fc.array(inlineArb, { maxLength: 6 }), { maxLength: 3 }) }).map(({ time, paragraphs }) => turn(paragraphs.map((p) => paragraph(...p)), time)),
      fc.constant({ type: 'break' as const }),
      timeArb.map((time): Event => ({ type: 'event', kind: 'applause', value: '(Applause.)', ...(time ? { time } : {}) })),
    ),
    { maxLength: 8 },
  )
  .map((children) => transcript(...children))

/** The chain of the model, recomputed here the plain recursive way: opening and closing of every node in document order. */
function chainOf(tree: Transcript, times: Map<TimedNode, EstimatedTime>): Array<{ value: number; tree?: number; treeSource?: string; node: Node }> {
  const out: Array<{ value: number; tree?: number; treeSource?: string; node: Node }> = []
  const walk = (node: Node) => {
    if (node.type === 'break') return
    const time = times.get(node)!
    const own = 'time' in node ? node.time : undefined
    out.push({ value: time.start, tree: own?.start, treeSource: own?.source, node })
    if ('children' in node) for (const child of node.children as Node[]) walk(child)
    out.push({ value: time.end, tree: own?.end, treeSource: own?.source, node })
  }
  walk(tree)
  return out
}

describe('estimateTimes properties', () => {
  it('times every node but breaks, keeps tree times, and never goes back', () => {
    fc.assert(
      fc.property(anyTimedTranscriptArb, (tree) => {
        const times = estimateTimes(tree)
        const chain = chainOf(tree, times)
        const nextTree: Array<number | undefined> = []
        for (let k = chain.length - 1, next: number | undefined; k >= 0; k--) {
          nextTree[k] = next
          if (chain[k]!.tree !== undefined) next = chain[k]!.tree
        }
        let floor = 0
        for (let k = 0; k < chain.length; k++) {
          const entry = chain[k]!
          expect(Number.isFinite(entry.value)).toBe(true)
          if (entry.tree !== undefined) {
            expect(entry.value).toBe(entry.tree)
            floor = Math.max(floor, entry.tree)
            continue
          }
          // An estimate is at least every time before it, and at most the next tree time when that one does not go back.
          expect(entry.value).toBeGreaterThanOrEqual(floor)
          floor = entry.value
          const next = nextTree[k]
          if (next !== undefined && next >= floor) expect(entry.value).toBeLessThanOrEqual(next)
        }
        for (const [node, time] of times) {
          const own = 'time' in node ? node.time : undefined
          expect(time.startSource).toBe(own?.source === 'source' ? 'source' : 'estimated')
          expect(time.source).toBe(time.startSource === 'source' && time.endSource === 'source' ? 'source' : 'estimated')
        }
      }),
      { numRuns: 500 },
    )
  })

  it('gives every node a span with end >= start when the tree’s times are in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom('a b', ' ', 'word'), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 20 }),
        fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
        (paragraphs, timed) => {
          let clock = 0
          const tree = transcript(
            ...paragraphs.map((values, index) => {
              const children = values.map((value): Inline => (value === 'word' ? word('w', clock, (clock += 0.5)) : text(value)))
              clock += 1
              return turn([paragraph(...children)], timed[index] ? src(index === 0 ? 0 : clock - 1.2) : undefined)
            }),
          )
          const times = estimateTimes(tree)
          expect(times.size).toBeGreaterThan(0)
          for (const [, time] of times) expect(time.end).toBeGreaterThanOrEqual(time.start)
        },
      ),
    )
  })
})

describe('eachEstimatedTime', () => {
  it('passes every node but breaks in document order, parents first, with the times of estimateTimes', () => {
    fc.assert(
      fc.property(anyTimedTranscriptArb, (tree) => {
        const seen: Array<[TimedNode, EstimatedTime]> = []
        eachEstimatedTime(tree, (node, time) => seen.push([node, time]))
        const order: Node[] = []
        const walk = (node: Node) => {
          if (node.type === 'break') return
          order.push(node)
          if ('children' in node) for (const child of node.children as Node[]) walk(child)
        }
        walk(tree)
        expect(seen.map(([node]) => node)).toEqual(order)
        expect(seen.every(([node], index) => node === order[index])).toBe(true)
        const map = estimateTimes(tree)
        for (const [node, time] of seen) expect(map.get(node)).toEqual(time)
      }),
      { numRuns: 200 },
    )
  })

  it('passes the options on', () => {
    const a = text('one two three four five')
    const times: EstimatedTime[] = []
    eachEstimatedTime(transcript(turn([paragraph(a)])), (node, time) => node === a && times.push(time), { wordsPerSecond: 5 })
    expect(times.map(close)).toEqual([{ start: 0, end: 1, source: 'estimated' }])
  })
})
