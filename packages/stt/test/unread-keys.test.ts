/**
 * #15: nothing of a service's JSON is lost in silence. Each fixture holds keys a reader does not
 * read (Deepgram's summary, topics, intents, sentiments and warnings; AssemblyAI's chapters,
 * entities, highlights, categories, content safety and sentiments; AWS alternatives and Call
 * Analytics categories; Whisper's decoding scores; Rev.ai and Podcasting 2.0 extras; text outside
 * the transcript in Podcasting 2.0 HTML). The expected output next to it (`.out.json`) shows what
 * became of them: kept in `data.stt` or in a metadata field, or named in a message.
 * `UPDATE_FIXTURES=1` rewrites the expected files.
 */
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { formatMessage, toString, type Transcript } from '@verbatim/core'
import { validateTranscript } from '@verbatim/core/schema'
import { expectedOrUpdate, fixturePairs } from '@verbatim/test-utils'
import { fromPodcast, fromStt } from '../src/index.js'

const dir = fileURLToPath(new URL('./fixtures/unread', import.meta.url))

function outcome(transcript: Transcript, messages: Parameters<typeof formatMessage>[0][], service?: string): string {
  expect(validateTranscript(transcript).messages.filter((message) => message.severity === 'error')).toEqual([])
  const speakers = new Map(transcript.speakers.map((speaker) => [speaker.id, speaker.name]))
  const turns = transcript.children.map((turn) => (turn.type === 'turn' ? [turn.speaker === null ? null : speakers.get(turn.speaker), toString(turn, { separator: ' | ' })] : turn.type))
  return JSON.stringify({ service, meta: transcript.meta, data: transcript.data, turns, messages: messages.map((message) => formatMessage(message)) }, null, 2) + '\n'
}

describe('keys a reader does not read are kept or named (fixtures)', () => {
  for (const pair of fixturePairs(dir, '.json', '.out.json')) {
    it(pair.name, () => {
      const { transcript, messages, service } = fromStt(pair.input, { file: `${pair.name}.json` })
      const actual = outcome(transcript, messages, service)
      expect(actual).toBe(expectedOrUpdate(pair, actual))
      // The same from the parsed JSON (a Deepgram text is parsed without its utterances: same outcome).
      const parsed = fromStt(JSON.parse(pair.input), { file: `${pair.name}.json` })
      expect(outcome(parsed.transcript, parsed.messages, parsed.service)).toBe(actual)
    })
  }
  for (const pair of fixturePairs(dir, '.html', '.out.json')) {
    it(pair.name, () => {
      const { transcript, messages } = fromPodcast(pair.input, { file: `${pair.name}.html` })
      const actual = outcome(transcript, messages)
      expect(actual).toBe(expectedOrUpdate(pair, actual))
    })
  }
})
