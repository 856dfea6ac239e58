/**
 * Synthetic speech-to-text responses of any number of words, one per service, in the shapes of the
 * real files of `../shared/corpus-stt/` (the same keys, nesting, duplication and value types: AWS
 * times as strings, AssemblyAI milliseconds, Deepgram words both in the channel and in the
 * utterances, Whisper's top-level text and tokens). For the benchmark (`bench/index.ts`) and the
 * test that reading scales linearly (`test/scale.test.ts`). Seeded: every run reads the same input.
 */
import { seededRandom } from '@verbatim/test-utils'

const VOCABULARY = ['the', 'coalition', 'meets', 'again', 'today', 'and', 'we', 'agreed', 'on', 'next', 'steps', 'for', 'Mosul', 'Raqqa', 'minister', "it's", 'important', 'résumé']

interface Spoken {
  word: string
  /** With capital and punctuation, as the services punctuate. */
  punctuated: string
  start: number
  end: number
  confidence: number
  speaker: number
  /** Last word of a sentence. */
  last: boolean
}

/** Sentences of 5-24 words, two speakers taking turns every few sentences, every word timed. */
function* spoken(count: number, seed = 7): Generator<Spoken[]> {
  const random = seededRandom(seed)
  let time = 0
  let speaker = 0
  for (let made = 0; made < count; ) {
    const length = Math.min(count - made, 5 + Math.floor(random() * 20))
    const sentence: Spoken[] = []
    for (let i = 0; i < length; i++) {
      const word = VOCABULARY[Math.floor(random() * VOCABULARY.length)]!
      const first = i === 0 ? word[0]!.toUpperCase() + word.slice(1) : word
      const last = i === length - 1
      sentence.push({ word, punctuated: last ? `${first}.` : first, start: round(time), end: round(time + 0.28), confidence: round(0.6 + random() * 0.4), speaker, last })
      time += 0.34
    }
    yield sentence
    made += length
    time += 0.6
    if (random() < 0.3) speaker = 1 - speaker
  }
}

const round = (value: number) => Math.round(value * 1000) / 1000

/** Sentences grouped by speaker (a turn: consecutive sentences of one speaker). */
function turns(count: number): Spoken[][][] {
  const out: Spoken[][][] = []
  for (const sentence of spoken(count)) {
    const turn = out[out.length - 1]
    if (turn && turn[0]![0]!.speaker === sentence[0]!.speaker) turn.push(sentence)
    else out.push([sentence])
  }
  return out
}

const text = (words: readonly Spoken[]) => words.map((word) => word.punctuated).join(' ')

/** openai-whisper / whisper-ctranslate2 JSON with word timestamps: a segment per sentence. */
export function whisperResponse(count: number): unknown {
  const segments = []
  let all = ''
  for (const sentence of spoken(count)) {
    const said = ' ' + text(sentence)
    all += said
    segments.push({
      id: segments.length + 1,
      seek: Math.floor(sentence[0]!.start * 100),
      start: sentence[0]!.start,
      end: sentence[sentence.length - 1]!.end,
      text: said,
      tokens: sentence.map((_, i) => 50364 + i),
      avg_logprob: -0.254,
      compression_ratio: 1.37,
      no_speech_prob: 0.5,
      words: sentence.map((word) => ({ start: word.start, end: word.end, word: ' ' + word.punctuated, probability: word.confidence })),
      temperature: 0,
    })
  }
  return { text: all, segments, language: 'en' }
}

const deepgramWord = (word: Spoken) => ({ word: word.word.toLowerCase(), start: word.start, end: word.end, confidence: word.confidence, speaker: word.speaker, speaker_confidence: 0.89, punctuated_word: word.punctuated })

/** Deepgram pre-recorded, diarized, with paragraphs and utterances (every word twice, as Deepgram sends it). */
export function deepgramResponse(count: number): unknown {
  const words = []
  const paragraphs = []
  const utterances = []
  let transcript = ''
  for (const turn of turns(count)) {
    const flat = turn.flat()
    for (const word of flat) words.push(deepgramWord(word))
    transcript += (transcript === '' ? '' : ' ') + text(flat)
    paragraphs.push({ sentences: turn.map((sentence) => ({ text: text(sentence), start: sentence[0]!.start, end: sentence[sentence.length - 1]!.end })), speaker: flat[0]!.speaker, num_words: flat.length, start: flat[0]!.start, end: flat[flat.length - 1]!.end })
    for (const sentence of turn) {
      utterances.push({ start: sentence[0]!.start, end: sentence[sentence.length - 1]!.end, confidence: 0.95, channel: 0, transcript: text(sentence), words: sentence.map(deepgramWord), speaker: sentence[0]!.speaker, id: `u-${utterances.length}` })
    }
  }
  const end = words.length > 0 ? words[words.length - 1]!.end : 0
  return {
    metadata: { transaction_key: 'deprecated', request_id: 'bench', created: '2026-01-01T00:00:00.000Z', duration: end, channels: 1, models: ['m'], model_info: { m: { name: '2-ea-nova', version: '2023-09-13.17827', arch: 'nova-2' } } },
    results: { channels: [{ alternatives: [{ transcript, confidence: 0.95, words, paragraphs: { transcript, paragraphs } }] }], utterances },
  }
}

const assemblyWord = (word: Spoken) => ({ text: word.punctuated, start: Math.round(word.start * 1000), end: Math.round(word.end * 1000), confidence: word.confidence, speaker: word.speaker === 0 ? 'A' : 'B' })

/** AssemblyAI transcript with speaker labels: words, and utterances holding their words again (milliseconds). */
export function assemblyAiResponse(count: number): unknown {
  const words = []
  const utterances = []
  let all = ''
  for (const turn of turns(count)) {
    const flat = turn.flat()
    const said = text(flat)
    all += (all === '' ? '' : ' ') + said
    for (const word of flat) words.push(assemblyWord(word))
    utterances.push({ confidence: 0.95, end: Math.round(flat[flat.length - 1]!.end * 1000), speaker: flat[0]!.speaker === 0 ? 'A' : 'B', start: Math.round(flat[0]!.start * 1000), text: said, words: flat.map(assemblyWord) })
  }
  const end = words.length > 0 ? words[words.length - 1]!.end : 0
  return { id: 'bench', language_model: 'assemblyai_default', acoustic_model: 'assemblyai_default', language_code: 'en_us', status: 'completed', audio_url: 'https://example.org/audio.mp3', text: all, words, utterances, confidence: 0.95, audio_duration: Math.ceil(end / 1000), punctuate: true, format_text: true, speaker_labels: true }
}

/** Amazon Transcribe with speaker labels (older form: speakers only in `speaker_labels.segments`); times and confidences as strings, punctuation as items of its own. */
export function awsResponse(count: number): unknown {
  const items = []
  const segments = []
  let all = ''
  for (const turn of turns(count)) {
    const flat = turn.flat()
    const label = `spk_${flat[0]!.speaker}`
    all += (all === '' ? '' : ' ') + text(flat)
    segments.push({ start_time: String(flat[0]!.start), speaker_label: label, end_time: String(flat[flat.length - 1]!.end), items: flat.map((word) => ({ start_time: String(word.start), speaker_label: label, end_time: String(word.end) })) })
    for (const word of flat) {
      const content = word.last ? word.punctuated.slice(0, -1) : word.punctuated
      items.push({ start_time: String(word.start), end_time: String(word.end), alternatives: [{ confidence: String(word.confidence), content }], type: 'pronunciation' })
      if (word.last) items.push({ alternatives: [{ confidence: '0.0', content: '.' }], type: 'punctuation' })
    }
  }
  return { jobName: 'bench', accountId: '000000000000', results: { transcripts: [{ transcript: all }], speaker_labels: { speakers: 2, segments }, items }, status: 'COMPLETED' }
}

/** Rev.ai transcript: a monologue per turn, `text` elements with `punct` elements for spaces and punctuation. */
export function revResponse(count: number): unknown {
  const monologues = []
  for (const turn of turns(count)) {
    const elements = []
    for (const word of turn.flat()) {
      if (elements.length > 0) elements.push({ type: 'punct', value: ' ' })
      elements.push({ type: 'text', value: word.last ? word.punctuated.slice(0, -1) : word.punctuated, ts: word.start, end_ts: word.end, confidence: word.confidence })
      if (word.last) elements.push({ type: 'punct', value: '.' })
    }
    monologues.push({ speaker: turn[0]![0]!.speaker, elements })
  }
  return { monologues }
}

/** Each service's response maker, by the name fromStt gives the service. */
export const RESPONSES = {
  whisper: whisperResponse,
  deepgram: deepgramResponse,
  assemblyai: assemblyAiResponse,
  'aws-transcribe': awsResponse,
  'rev-ai': revResponse,
} as const
