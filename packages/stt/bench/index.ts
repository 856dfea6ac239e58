/**
 * Benchmarks, run with `npm run bench` (each case in its own child process), on a Deepgram
 * response of 1,000,000 words (utterances of two speakers, every word timed, punctuated):
 * 1. Reading: fromStt of the JSON text (parse, recognise, every word a timed node) against a raw
 *    JSON.parse. Rate: words per second.
 * 2. Captions from the response: fromStt then toSrt / toWebVtt (the shared cue plan) against
 *    @deepgram/captions' srt() and webvtt() given the same response. Rate: words per second.
 * 3. The same with our writers alone (the transcript read beforehand), to see where the time goes.
 */
import { createRequire } from 'node:module'
import { runSuites, seededRandom, type BenchSuite } from '@verbatim/test-utils'
import { toSrt } from '@verbatim/srt'
import { toWebVtt } from '@verbatim/webvtt'
import type { Transcript } from '@verbatim/core'
import { fromStt } from '../src/index.js'

const require = createRequire(import.meta.url)
const captions = () => require('@deepgram/captions') as { srt: (data: unknown) => string; webvtt: (data: unknown) => string }

const WORDS = ['the', 'coalition', 'meets', 'again', 'today', 'and', 'we', 'agreed', 'on', 'next', 'steps', 'for', 'Mosul', 'Raqqa', 'minister']

/** A Deepgram response of `count` words: utterances of 5-40 words, speakers 0 and 1 taking turns. */
function deepgramResponse(count: number): unknown {
  const random = seededRandom(7)
  const utterances = []
  let time = 0
  let speaker = 0
  for (let made = 0; made < count; ) {
    const length = Math.min(count - made, 5 + Math.floor(random() * 36))
    const words = []
    for (let i = 0; i < length; i++) {
      const word = WORDS[Math.floor(random() * WORDS.length)]!
      const punctuated = i === length - 1 ? `${word}.` : i === 0 ? word[0]!.toUpperCase() + word.slice(1) : word
      words.push({ word, start: time, end: time + 0.3, confidence: 0.9, speaker, speaker_confidence: 0.8, punctuated_word: punctuated })
      time += 0.35
    }
    utterances.push({ start: words[0]!.start, end: words[length - 1]!.end, confidence: 0.9, channel: 0, transcript: words.map((w) => w.punctuated_word).join(' '), words, speaker, id: String(utterances.length) })
    made += length
    time += 0.8
    if (random() < 0.4) speaker = 1 - speaker
  }
  return { metadata: { duration: time, models: ['x'], model_info: { x: { name: 'general', version: '1', arch: 'nova-2' } } }, results: { channels: [{ alternatives: [{ transcript: '', confidence: 0.9, words: utterances.flatMap((u) => u.words) }] }], utterances } }
}

interface Input {
  json: string
  response: unknown
  words: number
}

const sizes = (process.env.BENCH_STT_WORDS ?? '1000000').split(',').map(Number)

/** What every suite here shares: sizes in words, rates in words per second. */
const perWord = { sizes, unit: 'words', rateUnit: 'words/s', rateScale: 1, minTime: 2000 }

const reading: BenchSuite<Input> = {
  title: '@verbatim/stt: reading a Deepgram response (words per second)',
  ...perWord,
  input: (words) => {
    const response = deepgramResponse(words)
    return { json: JSON.stringify(response), response, words }
  },
  amount: (input) => input.words,
  baseline: 'raw: JSON.parse',
  cases: {
    'raw: JSON.parse': { run: (input) => JSON.parse(input.json) },
    'fromStt (JSON text)': { run: (input) => fromStt(input.json) },
    'fromStt (parsed object)': { run: (input) => fromStt(input.response) },
  },
}

const writing: BenchSuite<Input> = {
  title: '@verbatim/stt: captions from a Deepgram response (words per second)',
  ...perWord,
  input: (words) => ({ json: '', response: deepgramResponse(words), words }),
  amount: (input) => input.words,
  baseline: '@deepgram/captions srt',
  peer: '@deepgram/captions srt',
  cases: {
    'fromStt + toSrt': { run: (input) => toSrt(fromStt(input.response).transcript) },
    'fromStt + toWebVtt': { run: (input) => toWebVtt(fromStt(input.response).transcript) },
    '@deepgram/captions srt': { run: (input) => captions().srt(input.response) },
    '@deepgram/captions webvtt': { run: (input) => captions().webvtt(input.response) },
  },
}

interface Read {
  response: unknown
  transcript: Transcript
  words: number
}

/** The writers alone, on the transcript fromStt made beforehand: where the time of the suite above goes. */
const writersOnly: BenchSuite<Read> = {
  title: '@verbatim/stt: captions from a Deepgram response, our writers alone (fromStt done before; words per second)',
  ...perWord,
  input: (words) => {
    const response = deepgramResponse(words)
    return { response, transcript: fromStt(response).transcript, words }
  },
  amount: (input) => input.words,
  baseline: '@deepgram/captions srt',
  peer: '@deepgram/captions srt',
  cases: {
    // (the peer's cases as in the suite above)
    toSrt: { run: (input) => toSrt(input.transcript) },
    toWebVtt: { run: (input) => toWebVtt(input.transcript) },
    '@deepgram/captions srt': { run: (input) => captions().srt(input.response) },
    '@deepgram/captions webvtt': { run: (input) => captions().webvtt(input.response) },
  },
}

runSuites(import.meta.url, [reading, writing, writersOnly])
