/**
 * Times below the turn: what toTei writes for segments, words and timed events, and what fromTei
 * does with timelines that are wrong (out of order, negative, unreadable, beyond 100 hours,
 * pointers to nothing, `since` cycles): positioned messages, never a crash or a hang, and always
 * a transcript the model accepts.
 */
import { describe, expect, it } from 'vitest'
import { createTranscript, messageStart, removePositions, turnsOf, type Paragraph, type Transcript, type VerbatimMessage } from '@verbatim/core'
import { validateTranscript } from '@verbatim/core/schema'
import { fromTei, toTei } from '../src/index.js'

const TEI = 'xmlns="http://www.tei-c.org/ns/1.0"'

function wrap(timeline: string, body: string): string {
  return `<TEI ${TEI}><teiHeader/><text><body><timeline unit="s" origin="#T0">${timeline}</timeline>\n${body}</body></text></TEI>`
}

function read(xml: string): { transcript: Transcript; messages: VerbatimMessage[] } {
  const result = fromTei(xml)
  expect(validateTranscript(result.transcript).valid, 'fromTei returns a valid transcript').toBe(true)
  return result
}

/** `line:column` of the first occurrence of `needle` in `xml`. */
function at(xml: string, needle: string): string {
  const offset = xml.indexOf(needle)
  expect(offset, needle).toBeGreaterThanOrEqual(0)
  const before = xml.slice(0, offset).split('\n')
  return `${before.length}:${before[before.length - 1]!.length + 1}`
}

function rules(messages: VerbatimMessage[]): string[] {
  return messages.map((message) => `${message.ruleId} ${messageStart(message)?.line}:${messageStart(message)?.column}`)
}

const timed: Transcript = createTranscript({
  children: [
    { type: 'event', kind: 'applause', value: '(Applause.)', time: { start: 0.5, end: 1, source: 'source' } },
    {
      type: 'turn', speaker: null, label: null, interpreted: false, time: { start: 1, end: 9, source: 'source' },
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', value: 'So ' },
            {
              type: 'segment', time: { start: 1, end: 2, source: 'source' },
              children: [
                { type: 'word', value: 'one', time: { start: 1, end: 1.5, source: 'source' }, confidence: 0.875 },
                { type: 'text', value: ' ' },
                { type: 'word', value: 'two,', time: { start: 1.5, source: 'estimated' } },
              ],
            },
            { type: 'segment', time: { start: 2, end: 3, source: 'estimated' }, children: [{ type: 'text', value: 'three' }, { type: 'event', kind: 'pause', value: '(pause)', time: { start: 2.5, source: 'source' } }] },
            { type: 'text', value: ' ' },
            { type: 'segment', time: { start: 3, source: 'source' }, children: [] },
            { type: 'segment', time: { start: 4, end: 5, source: 'source' }, children: [{ type: 'event', kind: 'laughter', value: '[laughs]', time: { start: 4, end: 4.25, source: 'source' } }] },
          ],
        },
      ],
    },
  ],
})

describe('toTei: times below the turn', () => {
  it('writes one timeline, anchors between segments, w/@synch with @cert, @start/@end on events, @ana for estimated times', () => {
    const xml = toTei(timed, { pretty: false })
    expect(xml).toContain(
      '<timeline unit="s" origin="#T0"><when xml:id="T0" absolute="00:00:00"/><when xml:id="T1" interval="0.5" since="#T0"/><when xml:id="T2" interval="1" since="#T0"/><when xml:id="T3" interval="1.5" since="#T0"/><when xml:id="T4" interval="2" since="#T0"/><when xml:id="T5" interval="2.5" since="#T0"/><when xml:id="T6" interval="3" since="#T0"/><when xml:id="T7" interval="4" since="#T0"/><when xml:id="T8" interval="4.25" since="#T0"/><when xml:id="T9" interval="5" since="#T0"/><when xml:id="T10" interval="9" since="#T0"/></timeline>',
    )
    expect(xml).toContain('<kinesic type="applause" start="#T1" end="#T2"><desc>(Applause.)</desc></kinesic>')
    expect(xml).toContain(
      '<seg>So <anchor synch="#T2"/><w synch="#T2 #T3" cert="0.875">one</w> <w synch="#T3" ana="#estimated-time">two,</w>' +
        '<anchor synch="#T4" ana="#estimated-time"/>three<pause type="pause" rend="(pause)" start="#T5"/><anchor type="end" synch="#T6"/> ' +
        '<anchor synch="#T6"/><anchor type="end"/><anchor synch="#T7"/><vocal type="laughter" start="#T7" end="#T8"><desc>[laughs]</desc></vocal><anchor type="end" synch="#T9"/></seg>',
    )
    expect(removePositions(fromTei(xml).transcript)).toEqual(timed)
  })

  it('reports times the model does not allow instead of pointing at nothing', () => {
    const messages: VerbatimMessage[] = []
    const bad = structuredClone(timed)
    const paragraph = (bad.children[1] as { children: Paragraph[] }).children[0]!
    ;(paragraph.children[1] as { time: { start: number } }).time.start = -1
    ;(paragraph.children[2] as { time: { end?: number } }).time.end = Number.NaN
    const xml = toTei(bad, { onMessage: (message) => messages.push(message) })
    expect(messages.map((message) => [message.ruleId, message.path])).toEqual([
      ['invalid-time', 'children[1].children[0].children[1].time.start'],
      ['invalid-time', 'children[1].children[0].children[2].time.end'],
    ])
    expect(xml).not.toMatch(/synch=""|interval="-|NaN/)
  })
})

describe('fromTei: wrong times are reported where they are written', () => {
  it('a since chain that comes back to itself: reported once, no hang, the points are interpolated or left out', () => {
    const xml = wrap('<when xml:id="T0" absolute="00:00:00"/><when xml:id="a" interval="1" since="#b"/><when xml:id="b" interval="1" since="#a"/><when xml:id="c" interval="5"/>', '<u start="#a" end="#c"><seg>x</seg></u>')
    const { transcript, messages } = read(xml)
    expect(rules(messages)).toEqual([`time-cycle ${at(xml, '<when xml:id="a"')}`, `interpolated-time ${at(xml, '<timeline')}`])
    expect(messages[0]!.reason).toBe('expected the @since chain of <when xml:id="a"> to end at a point with a time, found a cycle back to it; these points are given no time from the timeline')
    // Nothing before `a` in the text to interpolate from: it takes the time of the next point.
    expect(turnsOf(transcript)[0]!.time).toEqual({ start: 5, end: 5, source: 'estimated' })
  })

  it('two whens with one xml:id: every pointer to it gets the later one, also right after the earlier one in the text', () => {
    const xml = wrap(
      '<when xml:id="T0" absolute="00:00:00"/><when xml:id="a" interval="1" since="#T0"/><when xml:id="b" interval="2" since="#T0"/><when xml:id="a" interval="5" since="#T0"/><when xml:id="c" interval="6" since="#T0"/>',
      '<u start="#T0" end="#c"><seg><w synch="#T0 #a">x</w> <w synch="#a #c">y</w> <w synch="#b #c">z</w></seg></u>',
    )
    const { transcript } = read(xml)
    const words = turnsOf(transcript)[0]!.children[0]!.children.flatMap((inline) => (inline.type === 'segment' ? inline.children : [inline])).filter((inline) => inline.type === 'word')
    expect(words.map((word) => (word.type === 'word' ? [word.time.start, word.time.end] : []))).toEqual([[0, 5], [5, 6], [2, 6]])
  })

  it('a since chain 30,000 points long (deeper than the stack allows for recursion) is resolved without recursion', () => {
    const points = ['<when xml:id="T0" absolute="00:00:00"/>']
    for (let i = 1; i <= 30_000; i++) points.push(`<when xml:id="p${i}" interval="0.5" since="#${i === 1 ? 'T0' : `p${i - 1}`}"/>`)
    const started = performance.now()
    const { transcript, messages } = read(wrap(points.reverse().join(''), '<u start="#p1" end="#p30000"><seg>x</seg></u>'))
    expect(performance.now() - started).toBeLessThan(5000)
    expect(messages).toEqual([])
    expect(turnsOf(transcript)[0]!.time).toEqual({ start: 0.5, end: 15_000, source: 'source' })
  })

  it('a run of 50,000 points without a time between two timed ones is interpolated in linear time', () => {
    const points = ['<when xml:id="T0" absolute="00:00:00"/><when xml:id="first" interval="10"/><when xml:id="last" interval="20"/>']
    const words = []
    for (let i = 1; i <= 50_000; i++) {
      points.push(`<when xml:id="p${i}"/>`)
      words.push(`<w synch="#p${i}">w</w>`)
    }
    const started = performance.now()
    const { transcript, messages } = read(wrap(points.join(''), `<u start="#first" end="#last"><anchor synch="#first"/>${words.join(' ')}<anchor synch="#last"/></u>`))
    expect(performance.now() - started).toBeLessThan(10_000)
    expect(messages.map((message) => message.ruleId)).toEqual(['interpolated-time'])
    const timed = turnsOf(transcript)[0]!.children[0]!.children.flatMap((inline) => (inline.type === 'segment' ? inline.children : [inline])).filter((inline) => inline.type === 'word')
    expect(timed).toHaveLength(50_000)
    const middle = timed[24_999]!.type === 'word' ? timed[24_999]!.time : undefined
    expect(middle?.source).toBe('estimated')
    expect(middle?.start).toBeCloseTo(10 + (10 * 25_000) / 50_001, 9)
  })

  it('negative, unreadable and far-off times, pointers to no when, an end before its start', () => {
    const xml = wrap(
      '<when xml:id="T0" absolute="00:00:00"/><when xml:id="neg" interval="-3"/><when xml:id="nan" interval="NaN"/><when xml:id="far" interval="400000"/><when xml:id="one" interval="1"/><when xml:id="two" interval="2"/>',
      '<u start="#two" end="#one"><w synch="#neg #one">a</w> <w synch="#nan">b</w> <w synch="#far">c</w> <w synch="#missing">d</w></u>',
    )
    const { transcript, messages } = read(xml)
    expect(rules(messages)).toEqual([
      `invalid-time ${at(xml, '<when xml:id="neg"')}`,
      `unreadable-time ${at(xml, '<when xml:id="nan"')}`,
      `implausible-time ${at(xml, '<when xml:id="far"')}`,
      `interpolated-time ${at(xml, '<timeline')}`,
      `end-before-start ${at(xml, '<w synch="#neg')}`,
      `unresolved-time ${at(xml, '<w synch="#missing')}`,
      `end-before-start ${at(xml, '<u ')}`,
    ])
    expect(messages[5]!.reason).toBe('expected "missing" on <w> to point at a <when> of the timeline, found no such point; read without that time')
    // The negative and unreadable points are interpolated between their neighbours in the text
    // (`neg` between 2 and 1: 1.5; `nan` between 1 and 400,000); 400,000 s is kept as written; a
    // word whose time points at nothing stays text.
    expect(removePositions(turnsOf(transcript)[0]!)).toEqual({
      type: 'turn', speaker: null, label: null, interpreted: false, time: { start: 2, source: 'source' },
      children: [{ type: 'paragraph', children: [
        { type: 'word', value: 'a', time: { start: 1.5, source: 'estimated' } },
        { type: 'text', value: ' ' },
        { type: 'word', value: 'b', time: { start: 200_000.5, source: 'estimated' } },
        { type: 'text', value: ' ' },
        { type: 'word', value: 'c', time: { start: 400_000, source: 'source' } },
        { type: 'text', value: ' d' },
      ] }],
    })
  })

  it('words and anchors going back in time are kept as written, reported once per utterance', () => {
    const xml = wrap('<when xml:id="T0" absolute="00:00:00"/><when xml:id="a" interval="1"/><when xml:id="b" interval="2"/><when xml:id="c" interval="3"/>', '<u><w synch="#c">late</w> <w synch="#a">early</w> <w synch="#b">mid</w></u>')
    const { transcript, messages } = read(xml)
    expect(rules(messages)).toEqual([`time-out-of-order ${at(xml, '<w synch="#a"')}`])
    const words = turnsOf(transcript)[0]!.children[0]!.children.filter((inline) => inline.type === 'word')
    expect(words.map((word) => word.type === 'word' && word.time.start)).toEqual([3, 1, 2])
  })
})

describe('timeline ids read as numbers while they are T0, T1... (read-timeline.ts)', () => {
  /** The times of the words of the only turn, by word. */
  const wordTimes = (xml: string): Record<string, unknown> => {
    const words: Record<string, unknown> = {}
    for (const paragraph of turnsOf(read(xml).transcript)[0]!.children) {
      for (const inline of paragraph.children) if (inline.type === 'word') words[inline.value] = inline.time
    }
    return words
  }

  it('finds every point by its id, before and after an id that is not dense, with the last of two equal ids winning', () => {
    const xml = wrap(
      '<when xml:id="T0" absolute="00:00:00"/><when xml:id="T1" interval="1" since="#T0"/><when xml:id="T2" interval="2" since="#T0"/>' +
        '<when xml:id="T03" interval="3" since="#T0"/><when xml:id="T4" interval="4" since="#T0"/><when xml:id="T1" interval="5" since="#T0"/>',
      '<u><seg><w synch="#T1 #T2">a</w> <w synch="#T03 #T4">b</w> <w synch="#T2 T03">c</w></seg></u>',
    )
    expect(wordTimes(xml)).toEqual({
      // T1 is the later point of that id (5 s): a word cannot end before it starts, so its end is left out.
      a: { start: 5, source: 'source' },
      b: { start: 3, end: 4, source: 'source' },
      c: { start: 2, end: 3, source: 'source' },
    })
  })

  it('does not read T03 or T+3 as T3, nor a pointer past the last point as one', () => {
    const xml = wrap(
      '<when xml:id="T0" absolute="00:00:00"/><when xml:id="T1" interval="1" since="#T0"/><when xml:id="T2" interval="2" since="#T0"/><when xml:id="T3" interval="3" since="#T0"/>',
      '<u><seg><w synch="#T03 #T3">a</w> <w synch="#T+3">b</w> <w synch="#T4">c</w> <w synch="#T1 #T3">d</w></seg></u>',
    )
    const { messages } = read(xml)
    expect(messages.filter((message) => message.ruleId === 'unresolved-time')).toHaveLength(3)
    expect(wordTimes(xml)).toEqual({ d: { start: 1, end: 3, source: 'source' } })
  })
})
