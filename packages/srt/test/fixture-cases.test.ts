/**
 * The SubRip cases #15 lists, one fixture each (`fixtures/cases/*.srt`): what the reader makes of
 * it (turns, segments with their times and text, events) and its messages, next to it as
 * `.out.json`; and `toSrt` of the result keeps every cue's times. `UPDATE_FIXTURES=1` rewrites the
 * expected files (review the diff).
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { formatMessage, type Transcript, type VerbatimMessage } from '@verbatim/core'
import { validateTranscript } from '@verbatim/core/schema'
import { expectedOrUpdate, fixturePairs, type FixturePair } from '@verbatim/test-utils'
import { fromSrt, toSrt } from '../src/index.js'

const dir = fileURLToPath(new URL('./fixtures/cases', import.meta.url))

/** Each turn: its speaker's name, its label, and its segments as [start, end, text with events in brackets]. */
function outcome(transcript: Transcript, messages: VerbatimMessage[]): string {
  expect(validateTranscript(transcript).messages.filter((message) => message.severity === 'error')).toEqual([])
  const names = new Map(transcript.speakers.map((speaker) => [speaker.id, speaker.name]))
  const turns = transcript.children.map((block) => {
    if (block.type !== 'turn') return block.type
    const segments = block.children.flatMap((paragraph) => paragraph.children.filter((inline) => inline.type === 'segment'))
    return {
      speaker: block.speaker === null ? null : names.get(block.speaker),
      label: block.label,
      segments: segments.map((segment) => [segment.time.start, segment.time.end, segment.children.map((child) => (child.type === 'event' ? `[${child.kind}: ${child.value}]` : 'value' in child ? child.value : '')).join('')]),
    }
  })
  return JSON.stringify({ turns, notes: transcript.meta.notes, messages: messages.map((message) => formatMessage(message)) }, null, 2) + '\n'
}

/** Cue times as a SubRip file lists them, in order. */
const cueTimes = (srt: string) => [...srt.matchAll(/(\d+:\d+:\d+[,.]?\d*) --> (\d+:\d+:\d+[,.]?\d*)/g)].map((match) => `${match[1]} ${match[2]}`)
const normal = (time: string) => {
  const [h, m, s] = time.replace(',', '.').split(':')
  return (Number(h) * 3600 + Number(m) * 60 + Number(s)).toFixed(3)
}

describe('SubRip cases of #15, as fixtures', () => {
  const pairs: FixturePair[] = fixturePairs(dir, '.srt', '.out.json')
  it('has every case', () => {
    expect(pairs.map((pair) => pair.name)).toEqual(['backslash-n', 'bom-crlf', 'bracketed-sounds', 'dot-separator', 'name-once', 'numbers-from-zero', 'numbers-missing', 'position-an8', 'speaker-prefixes', 'tags', 'timing-line-rest', 'zero-length-overlap'])
  })
  for (const pair of pairs) {
    it(pair.name, () => {
      const { transcript, messages } = fromSrt(pair.input, { file: `${pair.name}.srt` })
      const actual = outcome(transcript, messages)
      expect(actual).toBe(expectedOrUpdate(pair, actual))
      const written = toSrt(transcript)
      expect(cueTimes(written).map((line) => line.split(' ').map(normal).join(' '))).toEqual(cueTimes(pair.input).map((line) => line.split(' ').map(normal).join(' ')))
    })
  }

  it('windows-1252 bytes: read right, with a message saying what was assumed', () => {
    const bytes = new Uint8Array(readFileSync(`${dir}/windows-1252.cp1252`))
    const { transcript, messages } = fromSrt(bytes, { file: 'windows-1252.srt' })
    const pair: FixturePair = { name: 'windows-1252', inputPath: `${dir}/windows-1252.cp1252`, expectedPath: `${dir}/windows-1252.out.json`, input: '', expected: (() => { try { return readFileSync(`${dir}/windows-1252.out.json`, 'utf8') } catch { return undefined } })() }
    const actual = outcome(transcript, messages)
    expect(actual).toBe(expectedOrUpdate(pair, actual))
    expect(actual).toContain('Café crème à l’été – « voilà » €5')
    expect(messages.map((message) => message.ruleId)).toContain('encoding-assumed')
  })
})
