/**
 * Benchmarks, run with `npm run bench` (each case in its own child process):
 * 0. The real WebVTT files of ../shared/corpus-formats/ (vtt-*), one call per file: the first
 *    call in a fresh process, the first pass, warm per file and warm batch, against node-webvtt.
 * 1. Reading 20 MB of WebVTT with voice spans: fromWebVtt (the whole model) and parseWebVtt
 *    (cues only) against node-webvtt, subtitle and webvtt-parser, which parse cues only, and a
 *    raw baseline that only splits the file into lines. Rate: MB of WebVTT per second.
 * 2. Writing captions for a 1,000,000-word transcript: toWebVtt against @deepgram/captions'
 *    webvtt() given the same words (a Deepgram response with utterances and word times) and a
 *    raw baseline (JSON.stringify of the transcript). Rate: words per second.
 * 3. The timed WebVTT files of the format corpus (`../shared/corpus-formats/vtt-*`), read and
 *    written as files, one call per file (warm): fromWebVtt and parseWebVtt against node-webvtt's
 *    parse, toWebVtt of each file's model against node-webvtt's compile of its cues. MB/s.
 * 4. Writing a 1,000,000-word transcript with a time on every word (segments of words, as speech
 *    to text gives): toWebVtt (every segment a cue, every word a timestamp tag) against
 *    @deepgram/captions' webvtt() given the same words and times. Words per second.
 */
import { createRequire } from 'node:module'
import { hasShared, readShared, runSuites, sharedFiles, syntheticTranscript, type BenchSuite, type FileSuite } from '@verbatim/test-utils'
import { countWords, toString, type Block, type Inline, type Phrasing, type Transcript } from '@verbatim/core'
import { fromWebVtt, parseWebVtt, toWebVtt } from '../src/index.js'

const require = createRequire(import.meta.url)

/** A peer that cannot load (node-webvtt 2 declares Node >= 22) fails its case with the reason, visibly. */
function peer<T>(name: string): T {
  return require(name) as T
}

// ---- 0. Real files --------------------------------------------------------------------------

const webVttParser = () => {
  const { WebVTTParser } = peer<{ WebVTTParser: new (entities?: object) => { parse: (vtt: string, mode: string) => unknown } }>('webvtt-parser')
  return new WebVTTParser(require('webvtt-parser/html-entities.json') as object)
}

const realFiles: FileSuite = {
  kind: 'files',
  title: '@verbatim/webvtt: reading the real WebVTT files of corpus-formats, one call per file',
  files: () => sharedFiles('corpus-formats', /^vtt-.*\.vtt$/).map((name) => ({ name, text: readShared('corpus-formats', name) })),
  peer: 'node-webvtt parse',
  rounds: Number(process.env.BENCH_ROUNDS ?? 3),
  cases: {
    fromWebVtt: (vtt) => fromWebVtt(vtt),
    parseWebVtt: (vtt) => parseWebVtt(vtt),
    'node-webvtt parse': (vtt) => peer<{ parse: (vtt: string, options?: object) => unknown }>('node-webvtt').parse(vtt, { strict: false }),
    'subtitle parseSync': (vtt) => peer<{ parseSync: (vtt: string) => unknown }>('subtitle').parseSync(vtt),
    'webvtt-parser parse': (vtt) => webVttParser().parse(vtt, 'metadata'),
  },
}

// ---- 1. Reading -----------------------------------------------------------------------------

interface ReadInput {
  vtt: string
}

/** About `size` MB of WebVTT with `<v Name>` voices, made by toWebVtt from a synthetic transcript. */
function vttOf(size: number): string {
  const target = size * 1e6
  const unit = toWebVtt(syntheticTranscript(Math.min(target, 2e6)), { metadata: false })
  const body = unit.slice(unit.indexOf('\n\n') + 2)
  let out = 'WEBVTT\n\n'
  let offset = 0
  let last = 0
  // Repeat the cues, shifted in time, until the size is reached.
  const times = /(\d+):(\d\d):(\d\d)\.(\d\d\d) --> (\d+):(\d\d):(\d\d)\.(\d\d\d)/g
  const shift = (h: string, m: string, s: string, ms: string) => {
    const t = Number(h) * 3600000 + Number(m) * 60000 + Number(s) * 1000 + Number(ms) + offset
    last = Math.max(last, t)
    const pad = (n: number, w = 2) => String(n).padStart(w, '0')
    return `${pad(Math.floor(t / 3600000))}:${pad(Math.floor(t / 60000) % 60)}:${pad(Math.floor(t / 1000) % 60)}.${pad(t % 1000, 3)}`
  }
  while (out.length < target) {
    out += body.replace(times, (_, a, b, c, d, e, f, g, h) => `${shift(a, b, c, d)} --> ${shift(e, f, g, h)}`)
    offset = last + 1000
  }
  return out
}

const read: BenchSuite<ReadInput> = {
  title: '@verbatim/webvtt: reading WebVTT with voice spans (MB of WebVTT per second)',
  sizes: (process.env.BENCH_READ_SIZES ?? '20').split(',').map(Number),
  input: (size) => ({ vtt: vttOf(size) }),
  amount: (input) => Buffer.byteLength(input.vtt),
  // A run of 20 MB takes from a tenth of a second to seconds (webvtt-parser): 5 s gives every case at least two timed runs.
  minTime: 5000,
  // Three measurements of each case in turns, median shown: the ratio to node-webvtt is close,
  // and a burst of load on a shared machine hits one process and not the next.
  rounds: Number(process.env.BENCH_ROUNDS ?? 3),
  baseline: 'node-webvtt parse',
  cases: {
    'raw: split lines': { run: (input) => input.vtt.split('\n') },
    fromWebVtt: { run: (input) => fromWebVtt(input.vtt) },
    parseWebVtt: { run: (input) => parseWebVtt(input.vtt) },
    'node-webvtt parse': { run: (input) => peer<{ parse: (vtt: string, options?: object) => unknown }>('node-webvtt').parse(input.vtt, { strict: false }) },
    'subtitle parseSync': { run: (input) => peer<{ parseSync: (vtt: string) => unknown }>('subtitle').parseSync(input.vtt) },
    'webvtt-parser parse': {
      run: (input) => {
        const { WebVTTParser } = peer<{ WebVTTParser: new (entities?: object) => { parse: (vtt: string, mode: string) => unknown } }>('webvtt-parser')
        return new WebVTTParser(require('webvtt-parser/html-entities.json') as object).parse(input.vtt, 'metadata')
      },
    },
  },
}

// ---- 2. Writing -----------------------------------------------------------------------------

interface WriteInput {
  transcript: Transcript
  words: number
  deepgram: unknown
}

/** The same speech as a Deepgram response: utterances of words with times spread over each turn. */
function deepgramOf(transcript: Transcript): unknown {
  const speakers = new Map(transcript.speakers.map((speaker, index) => [speaker.id, index]))
  const utterances = []
  for (const block of transcript.children) {
    if (block.type !== 'turn' || !block.time) continue
    const words = block.children.flatMap((paragraph) => toString(paragraph).split(/\s+/).filter(Boolean))
    const start = block.time.start
    const step = ((block.time.end ?? start) - start) / Math.max(1, words.length)
    const speaker = speakers.get(block.speaker ?? '') ?? 0
    utterances.push({
      start,
      end: block.time.end,
      speaker,
      words: words.map((word, i) => ({ word: word.toLowerCase(), punctuated_word: word, start: start + i * step, end: start + (i + 1) * step, speaker })),
    })
  }
  return { metadata: {}, results: { utterances, channels: [{ alternatives: [{ words: utterances.flatMap((u) => u.words) }] }] } }
}

const write: BenchSuite<WriteInput> = {
  title: '@verbatim/webvtt: writing captions (words per second)',
  sizes: [1_000_000],
  unit: 'words',
  rateUnit: 'words/s',
  rateScale: 1,
  minTime: 2000,
  input: (words) => {
    // The synthetic transcript has about 7 bytes of text per word; grow until the word count is reached.
    let transcript = syntheticTranscript(words * 7)
    let count = countWords(transcript.children.map((block) => (block.type === 'turn' ? block.children.map((p) => toString(p)).join(' ') : '')).join(' '))
    while (count < words) {
      transcript = syntheticTranscript(Math.ceil(words * 7 * (words / count)) + 1000)
      count = countWords(transcript.children.map((block) => (block.type === 'turn' ? block.children.map((p) => toString(p)).join(' ') : '')).join(' '))
    }
    return { transcript, words: count, deepgram: deepgramOf(transcript) }
  },
  amount: (input) => input.words,
  baseline: '@deepgram/captions webvtt',
  cases: {
    'raw: JSON.stringify': { run: (input) => JSON.stringify(input.transcript) },
    toWebVtt: { run: (input) => toWebVtt(input.transcript) },
    '@deepgram/captions webvtt': { run: (input) => peer<{ webvtt: (data: unknown) => string }>('@deepgram/captions').webvtt(input.deepgram) },
  },
}

// ---- 3. Timed files ------------------------------------------------------------------------

interface FilesInput {
  files: string[]
  transcripts: Transcript[]
  cues: unknown[]
}

const files: BenchSuite<FilesInput> = {
  title: '@verbatim/webvtt: the timed vtt-* files of the format corpus, one call per file (MB of WebVTT per second)',
  sizes: [1],
  unit: 'corpus',
  minTime: 3000,
  rounds: 3,
  input: () => {
    const names = hasShared('corpus-formats') ? sharedFiles('corpus-formats', /^vtt-.*\.vtt$/) : []
    if (names.length === 0) throw new Error('../shared/corpus-formats/ is not available')
    const nodeWebVtt = peer<{ parse: (vtt: string, options?: object) => { cues: unknown[] } }>('node-webvtt')
    // The files node-webvtt reads at all (it throws on some: no blank line after the header, `0:0:0.0` times), so every case reads the same files.
    const texts = names.map((name) => readShared('corpus-formats', name)).filter((text) => {
      try {
        nodeWebVtt.parse(text, { strict: false })
        return true
      } catch {
        return false
      }
    })
    return {
      files: texts,
      transcripts: texts.map((text) => fromWebVtt(text).transcript),
      // node-webvtt's own cues of each file (strict: false), for its compile.
      cues: texts.map((text) => nodeWebVtt.parse(text, { strict: false })),
    }
  },
  amount: (input) => input.files.reduce((total, text) => total + Buffer.byteLength(text), 0),
  baseline: 'node-webvtt parse',
  cases: {
    fromWebVtt: { run: (input) => input.files.map((text) => fromWebVtt(text)) },
    parseWebVtt: { run: (input) => input.files.map((text) => parseWebVtt(text, { tolerant: true })) },
    'node-webvtt parse': { run: (input) => input.files.map((text) => peer<{ parse: (vtt: string, options?: object) => unknown }>('node-webvtt').parse(text, { strict: false })) },
    toWebVtt: { run: (input) => input.transcripts.map((transcript) => toWebVtt(transcript)) },
    'node-webvtt compile': { run: (input) => input.cues.map((parsed) => peer<{ compile: (input: unknown) => string }>('node-webvtt').compile({ ...(parsed as object), valid: true })) },
  },
}

// ---- 4. Writing with a time on every word ---------------------------------------------------

/** The synthetic transcript with every word timed: each paragraph becomes segments of up to 12 words, each word a `word` node. */
function timedWords(transcript: Transcript): { transcript: Transcript; words: number } {
  let words = 0
  const children: Block[] = transcript.children.map((block) => {
    if (block.type !== 'turn' || !block.time) return block
    const start = block.time.start
    const all = block.children.flatMap((paragraph) => toString(paragraph).split(/\s+/).filter(Boolean))
    const step = ((block.time.end ?? start + all.length * 0.4) - start) / Math.max(1, all.length)
    let index = 0
    const paragraphs = block.children.map((paragraph) => {
      const values = toString(paragraph).split(/\s+/).filter(Boolean)
      const inlines: Inline[] = []
      for (let from = 0; from < values.length; from += 12) {
        const slice = values.slice(from, from + 12)
        const segmentStart = start + index * step
        const phrasing: Phrasing[] = []
        slice.forEach((value, k) => {
          if (k > 0) phrasing.push({ type: 'text', value: ' ' })
          phrasing.push({ type: 'word', value, time: { start: start + (index + k) * step, end: start + (index + k + 1) * step, source: 'source' } })
        })
        index += slice.length
        words += slice.length
        if (inlines.length > 0) inlines.push({ type: 'text', value: ' ' })
        inlines.push({ type: 'segment', time: { start: segmentStart, end: start + index * step, source: 'source' }, children: phrasing })
      }
      return { type: 'paragraph' as const, children: inlines }
    })
    return { ...block, children: paragraphs }
  })
  return { transcript: { ...transcript, children }, words }
}

/** The Deepgram response for the same timed words. */
function deepgramOfTimed(transcript: Transcript): unknown {
  const speakers = new Map(transcript.speakers.map((speaker, index) => [speaker.id, index]))
  const utterances = []
  for (const block of transcript.children) {
    if (block.type !== 'turn') continue
    const speaker = speakers.get(block.speaker ?? '') ?? 0
    const words = block.children.flatMap((paragraph) =>
      paragraph.children.flatMap((inline) => (inline.type === 'segment' ? inline.children : [])).flatMap((node) => (node.type === 'word' ? [{ word: node.value.toLowerCase(), punctuated_word: node.value, start: node.time.start, end: node.time.end ?? node.time.start, speaker }] : [])),
    )
    if (words.length === 0) continue
    utterances.push({ start: words[0]!.start, end: words[words.length - 1]!.end, speaker, words })
  }
  return { metadata: {}, results: { utterances, channels: [{ alternatives: [{ words: utterances.flatMap((u) => u.words) }] }] } }
}

const writeTimed: BenchSuite<WriteInput> = {
  title: '@verbatim/webvtt: writing captions with a time on every word (words per second)',
  sizes: [1_000_000],
  unit: 'words',
  rateUnit: 'words/s',
  rateScale: 1,
  minTime: 2000,
  input: (target) => {
    let { transcript, words } = timedWords(syntheticTranscript(target * 7))
    if (words < target) ({ transcript, words } = timedWords(syntheticTranscript(Math.ceil(target * 7 * (target / words)) + 1000)))
    return { transcript, words, deepgram: deepgramOfTimed(transcript) }
  },
  amount: (input) => input.words,
  baseline: '@deepgram/captions webvtt',
  cases: {
    'raw: JSON.stringify': { run: (input) => JSON.stringify(input.transcript) },
    toWebVtt: { run: (input) => toWebVtt(input.transcript) },
    '@deepgram/captions webvtt': { run: (input) => peer<{ webvtt: (data: unknown) => string }>('@deepgram/captions').webvtt(input.deepgram) },
  },
}

// `BENCH_SUITES=regex` picks suites by title (the harness filters; an index here would shift the children's suite numbers).
runSuites(import.meta.url, [realFiles, read, write, files, writeTimed] as Array<BenchSuite<any> | FileSuite>)
