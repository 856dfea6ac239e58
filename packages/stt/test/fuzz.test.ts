// Fuzzing the speech-to-text readers: every mutated response of every service reads into a valid
// transcript or throws a VerbatimError, in well under 5 s (see fuzzReader in @verbatim/test-utils).
// Seeds: a small response of each service in the shape of the real files (bench/responses.ts),
// hand-made ones of the shapes the generator has not (AWS's newer items, Call Analytics, Deepgram
// without paragraphs, Podcasting 2.0 JSON and HTML), the Rev.ai fixture, and the real files of
// corpus-stt where they are.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { fuzzReader, readShared, sharedAvailable, sharedFiles, type FuzzSeed } from '@verbatim/test-utils'
import { detectService, fromPodcast, fromStt, type SttService } from '../src/index.js'
import { RESPONSES } from '../bench/responses.js'

const TOKENS = [
  '{', '}', '[', ']', ',', ':', '"', 'null', 'true', '-0', '1e999', '-1', '"NaN"', '"1.5"', '""', '" "', '"__proto__"',
  '"start":', '"end":', '"start":"x"', '"end":-1', '"start":1e999', '"ts":', '"end_ts":"2"', '"start_time":"0.5"', '"BeginOffsetMillis":-5',
  '"confidence":2', '"probability":"x"', '"speaker":null', '"speaker":{}', '"speaker_label":"spk_9"', '"ParticipantRole":7',
  '"words":[]', '"words":null', '"words":[1,2]', '"utterances":[', '"utterances":[]', '"paragraphs":{"paragraphs":[{}]}', '"sentences":[{}]',
  '"monologues":[', '"elements":[{"type":"punct","value":"."}]', '"type":"unknown"', '"type":"punct"', '"results":{"channels":[', '"items":[',
  '"alternatives":[]', '"segments":[', '"segments":[{"startTime":1,"body":"x"}]', '"version":"1.0.0"', '"audio_duration":-1', '"status":"error"',
  ']}}', '\\u0000', '\\ud800',
]

const RESPONSE_WORDS = 60

function seeds(): FuzzSeed[] {
  const made = (Object.keys(RESPONSES) as Array<keyof typeof RESPONSES>).map((service) => ({ name: `${service} (bench/responses.ts)`, text: JSON.stringify(RESPONSES[service](RESPONSE_WORDS)) }))
  const deepgram = RESPONSES.deepgram(RESPONSE_WORDS) as { results: { channels: Array<{ alternatives: Array<{ paragraphs?: unknown }> }>; utterances?: unknown } }
  delete deepgram.results.channels[0]!.alternatives[0]!.paragraphs
  const wordsAlone = structuredClone(deepgram)
  delete wordsAlone.results.utterances
  const rev = readFileSync(fileURLToPath(new URL('./fixtures/rev-ai-revai-python-sdk-excerpt.json', import.meta.url)), 'utf8')
  const real = sharedAvailable('speech-to-text fuzz seeds', 'corpus-stt') ? sharedFiles('corpus-stt', /\.json$/).map((name) => ({ name, text: readShared('corpus-stt', name) })) : []
  return [
    ...made,
    { name: 'deepgram, utterances without paragraphs', text: JSON.stringify(deepgram, null, 2) },
    { name: 'deepgram, words alone', text: JSON.stringify(wordsAlone) },
    {
      name: 'aws-transcribe, newer items and audio_segments',
      text: JSON.stringify({ jobName: 'j', results: { transcripts: [{ transcript: 'Hi there.' }], items: [{ id: 0, type: 'pronunciation', start_time: '0.1', end_time: '0.4', speaker_label: 'spk_0', alternatives: [{ confidence: '0.9', content: 'Hi' }] }, { id: 1, type: 'pronunciation', start_time: '0.5', end_time: '0.9', speaker_label: 'spk_0', alternatives: [{ confidence: '0.8', content: 'there' }] }, { id: 2, type: 'punctuation', speaker_label: 'spk_0', alternatives: [{ confidence: '0.0', content: '.' }] }], audio_segments: [{ id: 0, transcript: 'Hi there.', start_time: '0.1', end_time: '0.9', speaker_label: 'spk_0', items: [0, 1, 2] }] }, status: 'COMPLETED' }),
    },
    {
      name: 'aws-transcribe-call-analytics',
      text: JSON.stringify({ JobStatus: 'COMPLETED', Transcript: [{ ParticipantRole: 'AGENT', BeginOffsetMillis: 100, EndOffsetMillis: 900, Content: 'Hello, how can I help?', Items: [{ BeginOffsetMillis: 100, EndOffsetMillis: 400, Content: 'Hello', Confidence: 0.9, Type: 'pronunciation' }, { Content: ',', Type: 'punctuation' }] }, { ParticipantRole: 'CUSTOMER', BeginOffsetMillis: 1000, EndOffsetMillis: 1500, Content: 'Hi.' }], ConversationCharacteristics: { TotalConversationDurationMillis: 1600 } }),
    },
    { name: 'rev-ai fixture', text: rev },
    { name: 'podcast JSON', text: JSON.stringify({ version: '1.0.0', segments: [{ speaker: 'Ann', startTime: 0.5, endTime: 1.2, body: 'Hello.' }, { startTime: 1.5, endTime: 2, body: 'Yes' }] }) },
    ...real,
  ]
}

describe('fuzzing the speech-to-text readers', () => {
  const all = seeds()

  it('has a seed of every service', () => {
    const services = new Set(all.map((seed) => detectService(JSON.parse(seed.text))))
    const every: SttService[] = ['whisper', 'deepgram', 'assemblyai', 'aws-transcribe', 'aws-transcribe-call-analytics', 'rev-ai', 'podcast']
    expect([...services].sort()).toEqual(every.sort())
  })

  it('fromStt: a valid transcript or a VerbatimError, under 5 s each', () => {
    const report = fuzzReader((input) => fromStt(input), all, { tokens: TOKENS, budgetMs: 8000 })
    expect(report.runs).toBeGreaterThan(all.length)
    expect(report.read).toBeGreaterThan(0)
    expect(report.refused).toBeGreaterThan(0)
  })

  it('fromStt with the service given (each seed read as its own service and as the others): the same rule', () => {
    const services: SttService[] = ['whisper', 'deepgram', 'assemblyai', 'aws-transcribe', 'aws-transcribe-call-analytics', 'rev-ai', 'podcast']
    let turn = 0
    const report = fuzzReader((input) => fromStt(input, { service: services[turn++ % services.length]! }), all, { tokens: TOKENS, budgetMs: 4000 })
    expect(report.runs).toBeGreaterThan(all.length)
  })

  it('fromPodcast HTML: the same rule', () => {
    const html = [{ name: 'podcast HTML', text: '<cite>Kevin:</cite>\n<time>0:00</time>\n<p>Welcome &amp; hello <b>all</b>.</p>\n<cite>Ann:</cite>\n<time>1:02:03.5</time>\n<p>Thanks.</p>\n' }]
    const report = fuzzReader((input) => fromPodcast(input), html, { tokens: ['<cite>', '</cite>', '<time>', '</time>', '<p>', '</p>', '&#x110000;', '&#0;', '&nbsp;', '99:99', '-1', '<', '>'], budgetMs: 3000 })
    expect(report.runs).toBeGreaterThan(html.length)
    expect(report.read).toBeGreaterThan(0)
  })
})
