import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { isVerbatimError, toString, type Transcript, type Turn } from '@verbatim/core'
import { validateTranscript } from '@verbatim/core/schema'
import { detectService, fromStt, speakerName } from '../src/index.js'
import { timedNodes } from './timed-nodes.js'
import { deepgramResponse } from '../bench/responses.js'

function read(json: unknown, service?: Parameters<typeof fromStt>[1] extends infer O ? O extends { service?: infer S } ? S : never : never) {
  const result = fromStt(typeof json === 'string' ? json : JSON.stringify(json), service ? { service } : {})
  expect(validateTranscript(result.transcript).messages.filter((message) => message.severity === 'error')).toEqual([])
  return result
}
const turns = (transcript: Transcript) => transcript.children as Turn[]
const shape = (transcript: Transcript) => turns(transcript).map((turn) => [turn.speaker, turn.label, turn.children.map((paragraph) => toString(paragraph))])
function thrown(run: () => unknown) {
  try {
    run()
  } catch (error) {
    return error
  }
  throw new Error('did not throw')
}

describe('speaker labels', () => {
  it('become readable names, the label kept as an alias', () => {
    expect(['0', '2', 'spk_0', 'SPEAKER_01', 'A', 'AGENT', 'CUSTOMER', 'Jane Doe'].map(speakerName)).toEqual(['Speaker 1', 'Speaker 3', 'Speaker 1', 'Speaker 2', 'Speaker A', 'Agent', 'Customer', 'Jane Doe'])
  })
})

describe('Whisper and relatives', () => {
  it('reads segments without words as timed text (openai-whisper without word_timestamps)', () => {
    const { transcript, service } = read({ text: ' Hello. Bye.', segments: [{ id: 0, seek: 0, start: 0, end: 1.5, text: ' Hello.' }, { id: 1, seek: 0, start: 4, end: 5, text: ' Bye.' }], language: 'en' })
    expect(service).toBe('whisper')
    expect(shape(transcript)).toEqual([[null, null, ['Hello.', 'Bye.']]])
    expect(timedNodes(transcript).segments.map((segment) => segment.time)).toEqual([{ start: 0, end: 1.5, source: 'source' }, { start: 4, end: 5, source: 'source' }])
  })

  it('reads WhisperX: diarized segments, words with score, a word without times kept as text', () => {
    const { transcript, messages } = read({
      segments: [
        { start: 0.5, end: 2, text: ' Hi there.', speaker: 'SPEAKER_00', words: [{ word: 'Hi', start: 0.5, end: 0.9, score: 0.9, speaker: 'SPEAKER_00' }, { word: 'there.', start: 1, end: 2, score: 0.8 }] },
        { start: 2.5, end: 3.5, text: ' 2024 yes', speaker: 'SPEAKER_01', words: [{ word: '2024' }, { word: 'yes', start: 3, end: 3.5, score: 0.7 }] },
      ],
      word_segments: [],
    })
    expect(shape(transcript)).toEqual([['speaker-1', null, ['Hi there.']], ['speaker-2', null, ['2024 yes']]])
    expect(transcript.speakers.map((speaker) => [speaker.name, speaker.aliases])).toEqual([['Speaker 1', ['Speaker 1', 'SPEAKER_00']], ['Speaker 2', ['Speaker 2', 'SPEAKER_01']]])
    expect(timedNodes(transcript).words.map((word) => [word.value, word.confidence])).toEqual([['Hi', 0.9], ['there.', 0.8], ['yes', 0.7]])
    expect(messages.map((message) => [message.ruleId, message.path])).toEqual([['missing-time', 'segments[1].words[0].start']])
  })

  it('reads whisper-timestamped words (text, confidence, no leading space)', () => {
    const { transcript } = read({ text: 'Bon dia', segments: [{ id: 0, start: 0, end: 1, text: 'Bon dia', confidence: 0.9, words: [{ text: 'Bon', start: 0, end: 0.4, confidence: 0.95 }, { text: 'dia', start: 0.5, end: 1, confidence: 0.85 }] }], language: 'ca' })
    expect(toString(transcript)).toBe('Bon dia')
    expect(timedNodes(transcript).words.map((word) => word.confidence)).toEqual([0.95, 0.85])
  })
})

describe('Deepgram', () => {
  const word = (text: string, start: number, end: number, speaker?: number) => ({ word: text.toLowerCase().replace(/[.,?]/g, ''), punctuated_word: text, start, end, confidence: 0.9, ...(speaker === undefined ? {} : { speaker }) })
  const response = (alternative: object, extra: object = {}) => ({ metadata: { duration: 10, model_info: { x: { name: 'general', version: '1', arch: 'nova-3' } } }, results: { channels: [{ alternatives: [alternative] }], ...extra } })

  it('reads utterances as segments, speaker changes as turns', () => {
    const words = [word('Hello.', 0, 0.5, 0), word('Hi', 1, 1.2, 1), word('there.', 1.3, 1.6, 1)]
    const { transcript } = read(response({ transcript: 'Hello. Hi there.', words }, { utterances: [{ start: 0, end: 0.5, speaker: 0, transcript: 'Hello.', words: words.slice(0, 1) }, { start: 1, end: 1.6, speaker: 1, transcript: 'Hi there.', words: words.slice(1) }] }))
    expect(shape(transcript)).toEqual([['speaker-1', null, ['Hello.']], ['speaker-2', null, ['Hi there.']]])
    expect(transcript.meta.extra?.['stt-model']).toBe('nova-3 general 1')
  })

  it('cuts words alone into sentences, at silences and speaker changes', () => {
    const { transcript } = read(response({ words: [word('One.', 0, 0.3), word('Two', 0.4, 0.6), word('three', 0.7, 0.9), word('four', 3, 3.2), word('five', 3.3, 3.5)] }))
    expect(timedNodes(transcript).segments.map((segment) => [toString(segment), segment.time.start, segment.time.end])).toEqual([
      ['One.', 0, 0.3],
      ['Two three', 0.4, 0.9],
      ['four five', 3, 3.5],
    ])
    expect(shape(transcript)).toEqual([[null, null, ['One. Two three', 'four five']]])
  })

  it('warns when only the first of several channels is read', () => {
    const { messages } = read({ results: { channels: [{ alternatives: [{ words: [word('A', 0, 1)] }] }, { alternatives: [{ words: [word('B', 0, 1)] }] }] } })
    expect(messages.map((message) => message.ruleId)).toEqual(['channels-not-read'])
  })
})

describe('Deepgram text: the utterances parsed only when read', () => {
  /** A response of `count` words, changed as the flags say: what the reader does with each must not depend on whether it got the text or the parsed JSON. */
  function variant(count: number, flags: { paragraphs: boolean; utterances: boolean; channels: boolean; metadataLast: boolean; indent: number }): string {
    const json = deepgramResponse(count) as { metadata?: unknown; results: { channels: Array<{ alternatives: Array<{ paragraphs?: unknown }> }>; utterances?: unknown[] } }
    if (!flags.paragraphs) delete json.results.channels[0]!.alternatives[0]!.paragraphs
    if (!flags.utterances) delete json.results.utterances
    // Utterances timed apart from the words, so that segments read from them differ from sentences cut from the words.
    else for (const utterance of json.results.utterances as Array<{ start: number }>) utterance.start += 0.001
    if (flags.channels) json.results.channels.push(json.results.channels[0]!)
    if (flags.metadataLast) {
      const metadata = json.metadata
      delete json.metadata
      json.metadata = metadata
    }
    return JSON.stringify(json, null, flags.indent)
  }

  it('reads the text as it reads the parsed JSON, whatever the response holds and in whatever order', async () => {
    const fc = (await import('fast-check')).default
    fc.assert(
      fc.property(fc.nat({ max: 60 }), fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean(), fc.constantFrom(0, 2), (count, paragraphs, utterances, channels, metadataLast, indent) => {
        const text = variant(count, { paragraphs, utterances, channels, metadataLast, indent })
        expect(fromStt(text)).toEqual(fromStt(JSON.parse(text)))
      }),
      { numRuns: 120 },
    )
  })

  it('broken utterances: a positioned error where they are read; not parsed, so not seen, where the paragraphs make the segments', () => {
    const broken = (text: string) => text.replace('"utterances":[', '"utterances":[{,')
    const withParagraphs = broken(variant(20, { paragraphs: true, utterances: true, channels: false, metadataLast: false, indent: 0 }))
    expect(timedNodes(fromStt(withParagraphs).transcript).words).toHaveLength(20)
    const without = broken(variant(20, { paragraphs: false, utterances: true, channels: false, metadataLast: false, indent: 0 }))
    const error = thrown(() => fromStt(without))
    expect(isVerbatimError(error) && [error.ruleId, error.diagnostic.place]).toMatchObject(['invalid-json', { offset: without.indexOf('"utterances":[') + 15 }])
    // Truncated: not the shape read without the utterances, so parsed whole, and refused where it stops.
    const truncated = variant(20, { paragraphs: true, utterances: true, channels: false, metadataLast: false, indent: 0 }).slice(0, -1)
    const cut = thrown(() => fromStt(truncated))
    expect(isVerbatimError(cut) && [cut.ruleId, cut.diagnostic.reason, cut.diagnostic.place]).toMatchObject(['invalid-json', 'The JSON ends too early (truncated?)', { offset: truncated.length }])
  })
})

describe('AssemblyAI', () => {
  it('reads utterances of speakers A and B with millisecond times', () => {
    const words = [
      { text: 'Hello,', start: 100, end: 400, confidence: 0.98, speaker: 'A' },
      { text: 'Bob.', start: 450, end: 800, confidence: 0.9, speaker: 'A' },
      { text: 'Hi!', start: 1200, end: 1500, confidence: 0.95, speaker: 'B' },
    ]
    const { transcript } = read({ id: 'x', status: 'completed', audio_duration: 2, speech_model: 'best', text: 'Hello, Bob. Hi!', words, utterances: [{ speaker: 'A', start: 100, end: 800, text: 'Hello, Bob.', words: words.slice(0, 2) }, { speaker: 'B', start: 1200, end: 1500, text: 'Hi!', words: words.slice(2) }] })
    expect(shape(transcript)).toEqual([['speaker-a', null, ['Hello, Bob.']], ['speaker-b', null, ['Hi!']]])
    expect(timedNodes(transcript).words[2]!.time).toEqual({ start: 1.2, end: 1.5, source: 'source' })
    expect(transcript.meta).toMatchObject({ media: { duration: 2 }, extra: { 'stt-model': 'best' } })
  })
})

describe('AWS Transcribe', () => {
  it('reads the newer output: speaker_label on items, audio_segments by item id', () => {
    const item = (id: number, content: string, start?: string, end?: string, speaker?: string) =>
      start === undefined ? { id, type: 'punctuation', alternatives: [{ confidence: '0.0', content }] } : { id, type: 'pronunciation', start_time: start, end_time: end, speaker_label: speaker, alternatives: [{ confidence: '0.99', content }] }
    const items = [item(0, 'Hello', '0.1', '0.5', 'spk_0'), item(1, '.'), item(2, 'Yes', '1.0', '1.4', 'spk_1'), item(3, '?')]
    const { transcript } = read({
      jobName: 'j',
      results: {
        language_code: 'en-US',
        transcripts: [{ transcript: 'Hello. Yes?' }],
        items,
        audio_segments: [{ id: 0, transcript: 'Hello.', start_time: '0.1', end_time: '0.5', speaker_label: 'spk_0', items: [0, 1] }, { id: 1, transcript: 'Yes?', start_time: '1.0', end_time: '1.4', speaker_label: 'spk_1', items: [2, 3] }],
      },
    })
    expect(shape(transcript)).toEqual([['speaker-1', null, ['Hello.']], ['speaker-2', null, ['Yes?']]])
    expect(timedNodes(transcript).words.map((word) => [word.value, word.time.start, word.confidence])).toEqual([['Hello.', 0.1, 0.99], ['Yes?', 1, 0.99]])
    expect(transcript.meta.languages).toEqual(['en-US'])
  })

  it('reads Call Analytics: ParticipantRole turns, millisecond offsets', () => {
    const { transcript, service } = read({
      JobName: 'call',
      LanguageCode: 'en-US',
      Participants: [{ ParticipantRole: 'AGENT' }, { ParticipantRole: 'CUSTOMER' }],
      ConversationCharacteristics: { TotalConversationDurationMillis: 9000 },
      Transcript: [
        { ParticipantRole: 'AGENT', Content: 'How can I help?', BeginOffsetMillis: 200, EndOffsetMillis: 1400, Sentiment: 'NEUTRAL', Items: [{ Type: 'pronunciation', Content: 'How', BeginOffsetMillis: 200, EndOffsetMillis: 400, Confidence: 1 }, { Type: 'pronunciation', Content: 'can', BeginOffsetMillis: 400, EndOffsetMillis: 600, Confidence: 0.9 }, { Type: 'pronunciation', Content: 'I', BeginOffsetMillis: 600, EndOffsetMillis: 700, Confidence: 1 }, { Type: 'pronunciation', Content: 'help', BeginOffsetMillis: 700, EndOffsetMillis: 1400, Confidence: 1 }, { Type: 'punctuation', Content: '?', Confidence: 0 }] },
        { ParticipantRole: 'CUSTOMER', Content: 'My order.', BeginOffsetMillis: 2000, EndOffsetMillis: 3000, Items: [{ Type: 'pronunciation', Content: 'My', BeginOffsetMillis: 2000, EndOffsetMillis: 2300, Confidence: 1 }, { Type: 'pronunciation', Content: 'order', BeginOffsetMillis: 2300, EndOffsetMillis: 3000, Confidence: 1 }, { Type: 'punctuation', Content: '.', Confidence: 0 }] },
      ],
    })
    expect(service).toBe('aws-transcribe-call-analytics')
    expect(shape(transcript)).toEqual([['agent', null, ['How can I help?']], ['customer', null, ['My order.']]])
    expect(transcript.speakers.map((speaker) => speaker.name)).toEqual(['Agent', 'Customer'])
    expect(transcript.meta.media).toEqual({ duration: 9 })
  })
})

describe('Rev.ai', () => {
  // Hand-made from the documented shape of a Rev.ai transcript, for what the real excerpt below
  // lacks: several monologues, `speaker_name`, `unknown` elements.
  const rev = {
    monologues: [
      { speaker: 1, elements: [{ type: 'text', value: 'Hello', ts: 0.5, end_ts: 1.5, confidence: 1 }, { type: 'punct', value: ' ' }, { type: 'text', value: 'World', ts: 1.75, end_ts: 2.85, confidence: 0.8 }, { type: 'punct', value: '.' }] },
      { speaker: 2, speaker_name: 'Dana', elements: [{ type: 'text', value: 'monologues', ts: 3, end_ts: 3.5, confidence: 1 }, { type: 'punct', value: ' ' }, { type: 'text', value: 'are', ts: 3.6, end_ts: 3.8, confidence: 1 }, { type: 'punct', value: ' ' }, { type: 'unknown', value: '<inaudible>' }, { type: 'punct', value: '.' }] },
    ],
  }

  it('reads monologues as segments with speakers, punctuation attached, unknown elements kept as text', () => {
    const { transcript, messages, service } = read(rev)
    expect(service).toBe('rev-ai')
    expect(shape(transcript)).toEqual([['speaker-2', null, ['Hello World.']], ['dana', 'Dana', ['monologues are <inaudible>.']]])
    expect(timedNodes(transcript).words.map((word) => [word.value, word.time.start, word.time.end, word.confidence])).toEqual([
      ['Hello', 0.5, 1.5, 1],
      ['World.', 1.75, 2.85, 0.8],
      ['monologues', 3, 3.5, 1],
      ['are', 3.6, 3.8, 1],
    ])
    expect(messages.map((message) => [message.ruleId, message.path])).toEqual([
      ['unknown-element', 'monologues[1].elements[4]'],
      ['missing-time', 'monologues[1].elements[4].ts'],
    ])
  })
})

describe('Rev.ai: a real transcript', () => {
  // The start of a real Rev.ai transcript from Rev.ai's Python SDK tests (MIT): see test/fixtures/README.md.
  const text = readFileSync(fileURLToPath(new URL('./fixtures/rev-ai-revai-python-sdk-excerpt.json', import.meta.url)), 'utf8')

  it('is recognised and read word for word: times, confidences, punctuation on the word before', () => {
    const { transcript, messages, service } = read(text)
    expect(service).toBe('rev-ai')
    expect(messages).toEqual([])
    expect(shape(transcript)).toEqual([['speaker-1', null, ["Hi, my name's Jack resinger. And I'm gonna be talking about how to recruit a co-founder and a team for your startup. I'm gonna first give a quick overview of what we're gonna talk about."]]])
    expect(transcript.speakers.map((speaker) => [speaker.id, speaker.name, speaker.aliases])).toEqual([['speaker-1', 'Speaker 1', ['Speaker 1', '0']]])
    const { words, segments } = timedNodes(transcript)
    expect(words).toHaveLength(35)
    expect(words.slice(0, 5).map((word) => [word.value, word.time.start, word.time.end, word.confidence])).toEqual([
      ['Hi,', 0.3, 0.52, 1],
      ['my', 0.54, 0.76, 1],
      ["name's", 0.76, 1, 0.99],
      ['Jack', 1, 1.08, 0.98],
      ['resinger.', 1.08, 1.6, 0.84],
    ])
    expect(words.at(-1)).toEqual({ type: 'word', value: 'about.', time: { start: 8.6, end: 8.76, source: 'source' }, confidence: 1 })
    // The monologue is one segment, timed by its words.
    expect(segments.map((segment) => segment.time)).toEqual([{ start: 0.3, end: 8.76, source: 'source' }])
  })
})

describe('bad input', () => {
  it('truncated JSON: a VerbatimError at the end', () => {
    const text = '{"segments": [\n  {"start": 0, "end": 1, "text": "Hi"'
    const error = thrown(() => fromStt(text, { file: 'cut.json' }))
    expect(isVerbatimError(error) && [error.ruleId, error.diagnostic.place, error.diagnostic.reason]).toEqual(['invalid-json', { line: 2, column: 38, offset: 52 }, 'The JSON ends too early (truncated?)'])
  })

  it('malformed JSON: a VerbatimError where the parser stopped', () => {
    const error = thrown(() => fromStt('{"a": 1,\n "b": x}'))
    expect(isVerbatimError(error) && error.diagnostic.place).toMatchObject({ line: 2, column: 7 })
  })

  it('JSON of no known service: a VerbatimError naming what was expected', () => {
    const error = thrown(() => fromStt('{"hello": "world", "n": 1}'))
    expect(isVerbatimError(error) && error.ruleId).toBe('unknown-stt-json')
    expect((error as Error).message).toMatch(/expected .*results\.channels.*Deepgram.*monologues.*Rev\.ai.*found an object with `hello`, `n`/)
    expect((thrown(() => fromStt('[1,2]')) as Error).message).toMatch(/found an array/)
    expect((thrown(() => fromStt('{"type":"transcript","version":"1.1"}')) as Error).message).toMatch(/fromJson/)
  })

  it("another service's JSON read as a given service: a VerbatimError saying what it looks like", () => {
    const error = thrown(() => fromStt({ monologues: [] }, { service: 'deepgram' }))
    expect(isVerbatimError(error) && [error.ruleId, error.diagnostic.actual]).toEqual(['wrong-service', 'rev-ai'])
  })

  it('times as strings are read, with an info message; NaN, negative and missing times leave the word untimed, with a warning', () => {
    const { transcript, messages } = read({
      segments: [{ start: '0.5', end: 3, text: 'a b c d', words: [{ word: ' a', start: '0.5', end: '0.7' }, { word: ' b', start: 'NaN', end: 1 }, { word: ' c', start: -1, end: 2 }, { word: ' d', start: 2.5, end: 3 }] }],
    })
    expect(toString(transcript)).toBe('a b c d')
    expect(timedNodes(transcript).words.map((word) => word.value)).toEqual(['a', 'd'])
    expect(messages.map((message) => [message.ruleId, message.severity, message.path])).toEqual([
      ['time-as-string', 'info', 'segments[0].start'],
      ['invalid-time', 'warning', 'segments[0].words[1].start'],
    ])
    expect(messages[1]!.reason).toMatch(/2 times/)
  })

  it('a Deepgram word\'s bad time or confidence is reported at its JSON path', () => {
    const words = [
      { word: 'a', punctuated_word: 'A', start: 0.5, end: 0.7, confidence: 0.9 },
      { word: 'b', start: '1', end: Number.NaN, confidence: 2 },
      { word: 'c', start: 1.5, end: 1.7, confidence: 0.5 },
    ]
    const { messages } = fromStt({ results: { channels: [{ alternatives: [{ words }] }] } })
    const path = 'results.channels[0].alternatives[0].words[1]'
    expect(messages.map((message) => [message.ruleId, message.path])).toEqual([
      ['time-as-string', `${path}.start`],
      ['invalid-time', `${path}.end`],
      ['invalid-confidence', `${path}.confidence`],
    ])
  })

  it('words out of order and ends before starts are kept as given, with warnings', () => {
    const { transcript, messages } = read({ segments: [{ start: 0, end: 3, text: 'x', words: [{ word: ' late', start: 2, end: 2.5 }, { word: ' early', start: 1, end: 0.5 }] }] })
    expect(timedNodes(transcript).words.map((word) => [word.value, word.time.start, word.time.end])).toEqual([['late', 2, 2.5], ['early', 1, 1]])
    expect(messages.map((message) => message.ruleId)).toEqual(['words-out-of-order', 'end-before-start'])
  })

  it('values of the wrong type are skipped with a message, never a crash', () => {
    const { messages } = read({ segments: [null, 5, { start: 0, end: 1, text: 'ok', words: [null, { start: 0 }, { word: 7 }] }] })
    expect(messages.map((message) => [message.ruleId, message.path])).toEqual([['invalid-segment', 'segments[0]'], ['invalid-word', 'segments[2].words[0]']])
    expect(messages[0]!.reason).toMatch(/2 times/)
    expect(messages[1]!.reason).toMatch(/3 times/)
  })

  it('detects by content, not by file name', () => {
    expect(detectService({ results: { channels: [] } })).toBe('deepgram')
    expect(detectService({ results: { items: [] } })).toBe('aws-transcribe')
    expect(detectService({ monologues: [] })).toBe('rev-ai')
    expect(detectService({ version: '1.0.0', segments: [] })).toBe('podcast')
    expect(detectService({ text: '', segments: [] })).toBe('whisper')
    expect(detectService({ audio_duration: 1, words: [] })).toBe('assemblyai')
    expect(detectService({ segments: [{ foo: 1 }] })).toBeUndefined()
  })

  it('reads a large response (about 60 MB, 400,000 words) in reasonable time', () => {
    const words = []
    for (let i = 0; i < 400_000; i++) words.push({ word: 'word', punctuated_word: i % 12 === 11 ? 'word.' : 'word', start: i * 0.3, end: i * 0.3 + 0.25, confidence: 0.987654321, speaker: (i >> 6) % 3, speaker_confidence: 0.5 })
    const text = JSON.stringify({ metadata: { duration: 120_000, request_id: 'r'.repeat(36) }, results: { channels: [{ alternatives: [{ transcript: '', confidence: 0.9, words }] }] } }, null, 1)
    expect(text.length).toBeGreaterThan(50_000_000)
    const started = performance.now()
    const { transcript } = fromStt(text)
    expect(timedNodes(transcript).words).toHaveLength(400_000)
    expect(performance.now() - started).toBeLessThan(20_000)
  })
})

describe('jsonErrorOffset', () => {
  it('is -1 for every valid JSON text, and an offset for every invalid prefix', async () => {
    const { jsonErrorOffset } = await import('@verbatim/core')
    const fc = (await import('fast-check')).default
    fc.assert(
      fc.property(fc.json(), fc.nat(), (text, cut) => {
        expect(jsonErrorOffset(text)).toBe(-1)
        const prefix = text.slice(0, cut % (text.length + 1))
        let valid = true
        try {
          JSON.parse(prefix)
        } catch {
          valid = false
        }
        const offset = jsonErrorOffset(prefix)
        expect(offset === -1).toBe(valid)
        if (!valid) expect(offset).toBeLessThanOrEqual(prefix.length)
      }),
      { numRuns: 500 },
    )
  })
})
