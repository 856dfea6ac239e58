import { describe, expect, it } from 'vitest'
import { readShared, sharedFiles } from '@verbatim/test-utils'
import { suiteNeedsShared } from '@verbatim/test-utils/suite'
import { summarize, toString, type Segment, type Transcript, type Word } from '@verbatim/core'
import { validateTranscript } from '@verbatim/core/schema'
import { fromStt, toPodcastJson } from '../src/index.js'
import { timedNodes } from './timed-nodes.js'


interface Expectation {
  service: string
  speakers: string[][]
  turns: number
  segments: number
  words: number
  first: [value: string, start: number, end: number]
  last: [value: string, start: number, end: number]
  duration?: number
  model?: string
  language?: string
  /** The messages (rule and path): each key of the file the reader does not read, named once (#15: no silent loss). */
  messages: Array<[rule: string, path: string]>
  /** The keys of the file kept in `data.stt` (read off the file: every key of its single objects that no field holds, nulls left out). */
  kept: string[]
  /** The service's own transcript text, where it gives one: the words must spell it. */
  text?: (json: any) => string
}

/** Figures read off each file by hand (jq/python over the JSON), not from this reader. */
const EXPECTATIONS: Record<string, Expectation> = {
  'whisper-ct2-catalan-words.json': {
    service: 'whisper', speakers: [], turns: 1, segments: 2, words: 65,
    first: ['Igual', 1.1799999999999993, 1.98], last: ['preses.', 30.56, 31.24], language: 'ca',
    messages: ['seek', 'tokens', 'avg_logprob', 'compression_ratio', 'no_speech_prob', 'temperature'].map((key) => ['key-not-read', `segments[0].${key}`]),
    kept: [],
    text: (json) => json.text,
  },
  'deepgram-nova2-diarize-utterances.json': {
    service: 'deepgram', speakers: [['Speaker 1', 'Speaker 1', '0'], ['Speaker 2', 'Speaker 2', '1'], ['Speaker 3', 'Speaker 3', '2']], turns: 10, segments: 28, words: 226,
    first: ['And,', 3.04, 3.54], last: ['Copy.', 162.605, 163.105], duration: 169.802, model: 'nova-2 2-ea-nova 2023-09-13.17827',
    messages: [['key-not-read', 'results.channels[0].alternatives[0].words[0].speaker_confidence'], ['kept-as-data', 'metadata.transaction_key']],
    kept: ['metadata.transaction_key', 'metadata.sha256', 'results.channels[0].alternatives[0].confidence'],
    text: (json) => json.results.channels[0].alternatives[0].transcript,
  },
  'assemblyai-spacewalk-one-speaker.json': {
    service: 'assemblyai', speakers: [['Speaker A', 'Speaker A', 'A']], turns: 1, segments: 1, words: 60,
    first: ['Yeah.', 0.17, 0.718], last: ['today.', 25.044, 25.14], duration: 25, model: 'assemblyai_default', language: 'en',
    messages: [['key-not-read', 'utterances[0].confidence'], ['kept-as-data', 'language_model']],
    kept: ['language_model', 'confidence', 'punctuate', 'format_text', 'dual_channel', 'webhook_url', 'webhook_status_code', 'webhook_auth', 'speed_boost', 'auto_highlights', 'word_boost', 'filter_profanity', 'redact_pii', 'redact_pii_audio', 'speaker_labels', 'content_safety', 'iab_categories', 'content_safety_labels', 'iab_categories_result', 'language_detection', 'auto_chapters', 'summarization', 'custom_topics', 'topics', 'disfluencies', 'sentiment_analysis', 'entity_detection'],
    text: (json) => json.text,
  },
  'aws-transcribe-two-speakers.json': {
    service: 'aws-transcribe', speakers: [['Speaker 1', 'Speaker 1', 'spk_0'], ['Speaker 2', 'Speaker 2', 'spk_1']], turns: 3, segments: 5, words: 70,
    first: ['The', 0.14, 0.28], last: ['users.', 21.95, 22.65],
    messages: [['kept-as-data', 'status']],
    kept: ['status', 'accountId'],
    text: (json) => json.results.transcripts[0].transcript,
  },
  'podcast-namespace-example.json': {
    service: 'podcast', speakers: [['Darth Vader', 'Darth Vader'], ['Luke', 'Luke']], turns: 2, segments: 5, words: 0,
    first: ['I', 0.5, 0.75], last: ['Nooooo', 2.75, 3],
    messages: [],
    kept: [],
  },
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim()

describe('speech-to-text JSON of corpus-stt', () => {
  if (!suiteNeedsShared('speech-to-text corpus', 'corpus-stt')) return
  const files = sharedFiles('corpus-stt', /\.json$/)

  it('has an expectation for every file', () => {
    expect(files).toEqual(Object.keys(EXPECTATIONS).sort())
  })

  for (const name of files) {
    it(name, () => {
      const source = readShared('corpus-stt', name)
      const expected = EXPECTATIONS[name]!
      const { transcript, messages, service } = fromStt(source, { file: name })
      expect(messages.map((message) => [message.ruleId, message.path])).toEqual(expected.messages)
      expect(messages.every((message) => message.severity === 'info')).toBe(true)
      const json = JSON.parse(source)
      const kept = (transcript.data?.stt ?? {}) as Record<string, unknown>
      expect(Object.keys(kept).sort()).toEqual([...expected.kept].sort())
      // Kept as they are: the very values of the file.
      for (const [path, value] of Object.entries(kept)) expect(value).toEqual(path.split(/\.|\[(\d+)\]\.?/).filter(Boolean).reduce((node: any, key) => node[key], json))
      expect(validateTranscript(transcript).messages.filter((message) => message.severity === 'error')).toEqual([])
      const { words, segments } = timedNodes(transcript)
      // Podcasting 2.0 segments hold text, not words: its first and last are segments.
      const ends = expected.words > 0 ? [words[0]!, words.at(-1)!] : [segments[0]!, segments.at(-1)!]
      const summary = (node: Word | Segment): [string, number, number] => [node.type === 'word' ? node.value : squash(node.children.map((child) => child.value).join('')), node.time.start, node.time.end!]
      expect({
        service,
        speakers: transcript.speakers.map((speaker) => [speaker.name, ...speaker.aliases]),
        turns: summarize(transcript).turns.length,
        segments: segments.length,
        words: words.length,
        first: summary(ends[0]!),
        last: summary(ends[1]!),
        ...(expected.duration === undefined ? {} : { duration: transcript.meta.media?.duration }),
        ...(expected.model === undefined ? {} : { model: transcript.meta.extra?.['stt-model'] }),
        ...(expected.language === undefined ? {} : { language: transcript.meta.languages?.[0] }),
      }).toEqual(withoutText(expected))
      for (const word of words) {
        expect(word.time.end, word.value).toBeGreaterThanOrEqual(word.time.start)
        expect(word.confidence, word.value).toBeTypeOf('number')
      }
      // Nothing of the service's text is lost or changed: the words (and the spaces between them) spell the service's transcript.
      if (expected.text) expect(squash(toString(transcript, { separator: ' ' }))).toBe(squash(expected.text(JSON.parse(source))))
      // Every segment lies within its words' times, or the words within the segment (services round differently): never more than 50 ms apart.
      for (const segment of segments) {
        const inner = segment.children.filter((child): child is Word => child.type === 'word')
        if (inner.length === 0) continue
        expect(Math.abs(inner[0]!.time.start - segment.time.start)).toBeLessThan(0.5)
      }
    })
  }

  it('podcast-namespace-example.json comes back segment for segment through toPodcastJson', () => {
    const source = readShared('corpus-stt', 'podcast-namespace-example.json')
    expect(JSON.parse(toPodcastJson(fromStt(source).transcript))).toEqual(JSON.parse(source))
  })
})

function withoutText(expected: Expectation): object {
  const { text, messages, kept, ...rest } = expected
  void text, messages, kept
  return rest
}
