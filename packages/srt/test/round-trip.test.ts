import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { parseSync } from 'subtitle'
import { readShared, sharedFiles } from '@verbatim/test-utils'
import { suiteNeedsShared } from '@verbatim/test-utils/suite'
import { summarize, toString, type Segment, type Transcript } from '@verbatim/core'
import { validateTranscript } from '@verbatim/core/schema'
import { fromSrt, toSrt } from '../src/index.js'

/** Cues as an independent parser (`subtitle`) reads them: times in ms, text with whitespace collapsed. */
function cues(srt: string): { start: number; end: number; text: string }[] {
  return parseSync(srt)
    .filter((node) => node.type === 'cue')
    .map((node) => {
      const data = node.data as { start: number; end: number; text: string }
      return { start: data.start, end: data.end, text: data.text.replace(/\s+/g, ' ').trim() }
    })
}

function segmentsOf(transcript: Transcript): Segment[] {
  const out: Segment[] = []
  for (const block of transcript.children) if (block.type === 'turn') for (const paragraph of block.children) for (const inline of paragraph.children) if (inline.type === 'segment') out.push(inline)
  return out
}

/** Per file: cues, speakers, turns, first and last cue times (ms), the first words of the first cue. */
const EXPECTATIONS: Record<string, { cues: number; speakers: string[]; turns: number; first: [number, number]; last: [number, number]; opening: string }> = {
  'podcast-namespace-example.srt': { cues: 222, speakers: ['Travis', 'Sarah', 'Gilon'], turns: 10, first: [179, 2399], last: [752671, 754769], opening: 'When you first get started' },
  'srt-capability-tester-tags-bom-crlf.srt': { cues: 37, speakers: [], turns: 1, first: [0, 0], last: [66501, 68500], opening: "Don't show this text" },
}

describe('SubRip files of corpus-stt', () => {
  if (!suiteNeedsShared('speech-to-text corpus', 'corpus-stt')) return
  const files = sharedFiles('corpus-stt', /\.srt$/)

  it('has an expectation for every file', () => {
    expect(files).toEqual(Object.keys(EXPECTATIONS).sort())
  })

  for (const name of files) {
    it(`${name}: reads as expected, and toSrt(fromSrt(file)) has the same cue times and text`, () => {
      const source = readShared('corpus-stt', name)
      const { transcript } = fromSrt(source, { file: name })
      expect(validateTranscript(transcript).messages.filter((message) => message.severity === 'error')).toEqual([])
      const segments = segmentsOf(transcript)
      const expected = EXPECTATIONS[name]!
      const summary = summarize(transcript)
      expect({
        cues: segments.length,
        speakers: transcript.speakers.map((speaker) => speaker.name),
        turns: summary.turns.length,
        first: [segments[0]!.time.start * 1000, segments[0]!.time.end! * 1000].map(Math.round),
        last: [segments.at(-1)!.time.start * 1000, segments.at(-1)!.time.end! * 1000].map(Math.round),
        opening: toString(segments[0]!).slice(0, expected.opening.length),
      }).toEqual(expected)
      for (const segment of segments) expect(segment.position).toBeDefined()

      const written = toSrt(transcript)
      const original = cues(source)
      const back = cues(written)
      expect(back.map((cue) => [cue.start, cue.end])).toEqual(original.map((cue) => [cue.start, cue.end]))
      // The text of each cue: what the reader made of it (markup out), written back as it was read.
      const texts = segments.map((segment) => toString(segment).replace(/\s+/g, ' ').trim())
      const labelled = back.map((cue) => cue.text.replace(/^(?:Travis|Sarah|Gilon): /, ''))
      expect(labelled).toEqual(texts)
      // And reading the output again gives the same transcript, label for label.
      expect(toSrt(fromSrt(written).transcript)).toBe(written)
    })
  }

  it('podcast-namespace-example.srt: cue text round-trips exactly, labels included', () => {
    const source = readShared('corpus-stt', 'podcast-namespace-example.srt')
    expect(cues(toSrt(fromSrt(source).transcript))).toEqual(cues(source))
  })
})

/** Cue text lines without SubRip markup, brackets, speaker markers or dashes (what any SubRip file may hold as plain text). */
const word = fc.stringMatching(/^[A-Za-z0-9'’.,!?éàü¿¡]{1,12}$/)
const line = fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => words.join(' '))
const cue = fc.record({
  start: fc.integer({ min: 0, max: 36_000_000 }),
  length: fc.integer({ min: 0, max: 10_000 }),
  lines: fc.array(line, { minLength: 1, maxLength: 3 }),
  speaker: fc.option(fc.constantFrom('Ann', 'Bob Smith', 'ZOE'), { nil: undefined }),
})
const ms = (value: number) => {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0')
  return `${pad(Math.floor(value / 3_600_000))}:${pad(Math.floor(value / 60_000) % 60)}:${pad(Math.floor(value / 1000) % 60)},${pad(value % 1000, 3)}`
}

describe('toSrt(fromSrt(file)) on generated files', () => {
  it('keeps every cue time and cue text (lines may be wrapped anew)', () => {
    fc.assert(
      fc.property(fc.array(cue, { minLength: 1, maxLength: 25 }), fc.boolean(), fc.boolean(), (list, crlf, dotted) => {
        // A label names the speaker only where it changes, and a name is a label only when it starts two cues or more.
        const names = new Map<string, number>()
        for (const item of list) if (item.speaker) names.set(item.speaker, (names.get(item.speaker) ?? 0) + 1)
        const eol = crlf ? '\r\n' : '\n'
        let current: string | undefined
        const expected: { start: number; end: number; text: string }[] = []
        const blocks = list.map((item, index) => {
          const labelled = item.speaker !== undefined && item.speaker !== current && (names.get(item.speaker)! >= 2 || item.speaker === 'ZOE')
          if (labelled) current = item.speaker
          const text = (labelled ? `${item.speaker}: ` : '') + item.lines.join(eol)
          expected.push({ start: item.start, end: item.start + item.length, text: text.replace(/\s+/g, ' ') })
          const timing = `${ms(item.start)} --> ${ms(item.start + item.length)}`
          return `${index + 1}${eol}${dotted ? timing.replace(/,/g, '.') : timing}${eol}${text}`
        })
        const source = blocks.join(eol + eol) + eol
        const written = toSrt(fromSrt(source).transcript)
        expect(cues(written)).toEqual(expected)
      }),
      { numRuns: 300 },
    )
  })
})
