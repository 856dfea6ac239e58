import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createParagraph, createSpeaker, createTranscript, createTurn, formatMessage, toString, type Transcript, type Turn, type VerbatimMessage } from '@verbatim/core'
import { expectedOrUpdate, fixturePairs } from '@verbatim/test-utils'
import { validateTranscript } from '@verbatim/core/schema'
import { fromPodcast, fromStt, toPodcastJson } from '../src/index.js'

describe('Podcasting 2.0 JSON', () => {
  const segment = fc.record({
    speaker: fc.option(fc.constantFrom('Alice', 'Bob Smith', 'Dr. Who'), { nil: undefined }),
    startTime: fc.integer({ min: 0, max: 10_000_000 }).map((ms) => ms / 1000),
    length: fc.integer({ min: 0, max: 60_000 }).map((ms) => ms / 1000),
    body: fc.string({ minLength: 1, maxLength: 40 }).filter((body) => body.trim() === body && body !== '' && !/\s{2}/.test(body)),
  })

  it('comes back segment for segment: fromStt then toPodcastJson', () => {
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 30 }), (list) => {
        const segments = list.map(({ speaker, startTime, length, body }) => ({ ...(speaker === undefined ? {} : { speaker }), startTime, endTime: startTime + length, body }))
        const json = { version: '1.0.0', segments }
        const { transcript, messages } = fromStt(JSON.stringify(json))
        expect(messages).toEqual([])
        expect(validateTranscript(transcript).messages.filter((message) => message.severity === 'error')).toEqual([])
        expect(JSON.parse(toPodcastJson(transcript))).toEqual(json)
      }),
      { numRuns: 200 },
    )
  })

  it('reports the metadata and the data it cannot hold (Podcasting 2.0 JSON holds segments only)', () => {
    const source = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'unread', 'deepgram-intelligence.json'), 'utf8')
    const messages: VerbatimMessage[] = []
    const json = JSON.parse(toPodcastJson(fromStt(source).transcript, { onMessage: (message) => messages.push(message) }))
    expect(Object.keys(json)).toEqual(['version', 'segments'])
    expect(messages.map((message) => [message.severity, message.ruleId, message.reason])).toEqual([
      ['info', 'unsupported-content', 'Metadata is not written: Podcasting 2.0 JSON holds segments only (media, extra, languages, description)'],
      ['info', 'unsupported-content', '1 node has `data`, which Podcasting 2.0 JSON cannot hold: not written'],
    ])
    // A Podcasting 2.0 file read and written back: nothing to report.
    const back: VerbatimMessage[] = []
    toPodcastJson(fromStt('{"version":"1.0.0","segments":[{"speaker":"A","startTime":0,"endTime":1,"body":"Hi"}]}').transcript, { onMessage: (message) => back.push(message) })
    expect(back).toEqual([])
  })

  it('writes word-level segments from timed words on request, and reports untimed speech', () => {
    const transcript = createTranscript({
      speakers: [createSpeaker('ann', 'Ann')],
      children: [
        createTurn('ann', [
          createParagraph([
            { type: 'segment', time: { start: 1, end: 2, source: 'source' }, children: [{ type: 'word', value: 'Hi', time: { start: 1, end: 1.4, source: 'source' } }, { type: 'text', value: ' ' }, { type: 'word', value: 'you.', time: { start: 1.5, end: 2, source: 'source' } }] },
          ]),
          createParagraph('Untimed words.'),
        ]),
      ],
    })
    const messages: VerbatimMessage[] = []
    expect(JSON.parse(toPodcastJson(transcript, { onMessage: (message) => messages.push(message) }))).toEqual({ version: '1.0.0', segments: [{ speaker: 'Ann', startTime: 1, endTime: 2, body: 'Hi you.' }] })
    expect(messages.map((message) => [message.ruleId, message.path])).toEqual([['untimed-content', 'children[0].children[1].children[0]']])
    expect(JSON.parse(toPodcastJson(transcript, { granularity: 'word', indent: 0 })).segments).toEqual([
      { speaker: 'Ann', startTime: 1, endTime: 1.4, body: 'Hi' },
      { speaker: 'Ann', startTime: 1.5, endTime: 2, body: 'you.' },
    ])
  })
})

describe('Podcasting 2.0 JSON of a transcript timed by turns', () => {
  const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'podcast')
  /** The messages each fixture must give: rule, path, and the times said to be estimated. */
  const MESSAGES: Record<string, Array<[string, string, string]>> = {
    // Turns with a start only (`Name: (00:01:10)`): each end estimated, and the start of a turn's second paragraph.
    'rev-style-turn-times': [
      ['estimated-time', 'children[0].children[0]', 'its end is estimated (between the turn\'s times, by speaking time) (3 times'],
      ['estimated-time', 'children[0].children[1]', 'start and end are estimated'],
    ],
    // Turns with a start and an end: the first paragraph starts and the last ends at the turn's times; the untimed turn is reported.
    'turn-spans': [
      ['untimed-content', 'children[2].children[0].children[0]', 'Speech outside timed segments'],
      ['estimated-time', 'children[0].children[0]', 'end is estimated'],
      ['estimated-time', 'children[0].children[1]', 'start and end are estimated'],
      ['estimated-time', 'children[0].children[2]', 'start is estimated'],
    ],
  }
  const pairs = fixturePairs(fixtures, '.json', '.podcast.json')

  it('has its fixtures', () => {
    expect(pairs.map((pair) => pair.name)).toEqual(Object.keys(MESSAGES).sort())
  })

  for (const pair of pairs) {
    it(`writes a segment per paragraph, timed from its turn: ${pair.name}`, () => {
      const transcript = JSON.parse(pair.input) as Transcript
      expect(validateTranscript(transcript).messages.filter((message) => message.severity === 'error')).toEqual([])
      const messages: VerbatimMessage[] = []
      const output = toPodcastJson(transcript, { onMessage: (message) => messages.push(message) })
      expect(output).toBe(expectedOrUpdate(pair, output))
      expect(messages.map((message) => [message.ruleId, message.path, message.reason])).toEqual(MESSAGES[pair.name]!.map(([rule, path, reason]) => [rule, path, expect.stringContaining(reason)]))
      // Every paragraph of a timed turn is written, in order, and times never go back.
      const segments = (JSON.parse(output) as { segments: Array<{ startTime: number; endTime: number; body: string }> }).segments
      const timed = (transcript.children as Turn[]).filter((turn) => turn.time).flatMap((turn) => turn.children.map((paragraph) => toString(paragraph)))
      expect(segments.map((segment) => segment.body)).toEqual(timed)
      for (const [index, segment] of segments.entries()) {
        expect(segment.endTime).toBeGreaterThanOrEqual(segment.startTime)
        if (index > 0) expect(segment.startTime).toBeGreaterThanOrEqual(segments[index - 1]!.endTime)
      }
      // Read back, the turns' own times are where they were.
      const back = fromStt(output).transcript.children as Turn[]
      expect(back.map((turn) => turn.time?.start)).toEqual((transcript.children as Turn[]).filter((turn) => turn.time).map((turn) => turn.time!.start))
    })
  }
})

describe('Podcasting 2.0 HTML', () => {
  const html = `<!DOCTYPE html>
<html><body>
<cite>Kevin:</cite>
<time>0:00</time>
<p>Welcome to the show &amp; thanks for <b>listening</b>.</p>
<time>0:12.5</time>
<p>Today we talk about transcripts.</p>
<cite>Dana:</cite>
<time>1:02:03</time>
<p>Happy to be here.</p>
</body></html>`

  it('reads <cite> speakers, <time> starts and <p> text', () => {
    const { transcript, messages } = fromPodcast(html)
    expect(messages).toEqual([])
    expect(validateTranscript(transcript).messages.filter((message) => message.severity === 'error')).toEqual([])
    expect(transcript.speakers.map((speaker) => speaker.name)).toEqual(['Kevin', 'Dana'])
    expect(transcript.children.map((turn) => turn.type === 'turn' && [turn.speaker, toString(turn, { separator: ' | ' })])).toEqual([
      ['kevin', 'Welcome to the show & thanks for listening. | Today we talk about transcripts.'],
      ['dana', 'Happy to be here.'],
    ])
    const starts: number[] = []
    for (const turn of transcript.children) if (turn.type === 'turn') for (const paragraph of turn.children) for (const inline of paragraph.children) if (inline.type === 'segment') starts.push(inline.time.start)
    expect(starts).toEqual([0, 12.5, 3723])
  })

  it('reads a numeric reference that is no character as U+FFFD (it threw a RangeError)', () => {
    const { transcript } = fromPodcast('<time>0:01</time><p>a&#x110000;b&#0;c&#xD800;d&#99999999999;e&#x1F600;</p>')
    expect(toString(transcript)).toBe('a\ufffdb\ufffdc\ufffdd\ufffde\u{1F600}')
  })

  it('reads hostile HTML in linear time: many `<` and no `>` (it was quadratic: 3.5 s for 100 kB)', () => {
    const time = (html: string) => {
      const started = process.cpuUsage()
      fromPodcast(html)
      const used = process.cpuUsage(started)
      return (used.user + used.system) / 1000
    }
    for (const unit of ['<p', '<p>'.concat('<a'), '<time x']) {
      const small = time('<' + unit.repeat(20_000))
      const big = time('<' + unit.repeat(200_000))
      expect(big).toBeLessThan(Math.max(200, small * 40))
    }
  })

  it('reports a <time> that is not a time and keeps the speech untimed', () => {
    const { transcript, messages } = fromPodcast('<cite>A:</cite><time>soon</time><p>Hello.</p>')
    expect(toString(transcript)).toBe('Hello.')
    expect(messages.map((message) => message.ruleId)).toEqual(['invalid-time', 'untimed-segment'])
  })

  it('places its messages by line and column (the text of the element)', () => {
    const page = '<html>\r\n<body>\n<cite>A:</cite>\n  <time>soon</time>\n<p>Hello.</p>\n</body></html>'
    const { messages } = fromPodcast(page, { file: 'episode.html' })
    expect(messages.map((message) => [message.ruleId, message.place, message.path])).toEqual([
      ['invalid-time', { line: 4, column: 9, offset: page.indexOf('soon') }, undefined],
      ['untimed-segment', { line: 5, column: 4, offset: page.indexOf('Hello') }, undefined],
    ])
    expect(formatMessage(messages[0]!)).toBe('episode.html:4:9: warning: A <time> is not a time: "soon" [invalid-time]')
  })
})
