/**
 * toTei and fromTei on synthetic transcripts of 1, 10 and 100 MB of text, against
 * JSON.stringify / JSON.parse of the same model in the same run; fromTei on the TEI files of the
 * format corpus (one call per file) against fast-xml-parser's XMLParser; toTei and fromTei on a
 * transcript of 1,000,000 words, each with its own time. Run: npm run bench (BENCH_SUITES=
 * synthetic,files,timed picks suites; BENCH_SIZES=1,10 picks sizes of the synthetic suites).
 * Rates are MB of transcript text (the synthetic size) per second, bytes of the file per second,
 * or words per second.
 */
import { readFileSync } from 'node:fs'
import { XMLParser } from 'fast-xml-parser'
import { hasShared, sharedFiles, sharedPath, syntheticTranscript, runSuites, type BenchSuite } from '@verbatim/test-utils'
import type { Inline, Paragraph, Phrasing, Transcript } from '@verbatim/core'
import { fromTei, toTei } from '../src/index.js'

interface Input {
  bytes: number
  transcript: Transcript
  xml: string
  json: string
}

const sizes = (process.env.BENCH_SIZES ?? '1,10,100').split(',').map(Number)

function input(size: number, withSerialized: boolean): Input {
  const bytes = size * 1_000_000
  const transcript = syntheticTranscript(bytes)
  return { bytes, transcript, xml: withSerialized ? toTei(transcript) : '', json: withSerialized ? JSON.stringify(transcript) : '' }
}

const writers: BenchSuite<Input> = {
  title: 'Writing: toTei vs JSON.stringify of the same model (MB of transcript text per second)',
  sizes,
  input: (size) => input(size, false),
  amount: (data) => data.bytes,
  baseline: 'JSON.stringify',
  cases: {
    'JSON.stringify': { run: (data) => JSON.stringify(data.transcript) },
    toTei: { run: (data) => toTei(data.transcript) },
    'toTei compact': { run: (data) => toTei(data.transcript, { pretty: false }) },
  },
}

const readers: BenchSuite<Input> = {
  title: 'Reading: fromTei vs JSON.parse of the same model (MB of transcript text per second)',
  sizes,
  input: (size) => input(size, true),
  amount: (data) => data.bytes,
  baseline: 'JSON.parse',
  cases: {
    'JSON.parse': { run: (data) => JSON.parse(data.json) },
    fromTei: { run: (data) => fromTei(data.xml) },
  },
}

// Reading real files: one fromTei call per file (the file read from disk before timing), warm.
const teiFiles = hasShared('corpus-formats') ? sharedFiles('corpus-formats', /^tei-.*\.xml$/) : []

interface FileInput {
  xml: string
}

const files: BenchSuite<FileInput> = {
  title: `Reading the TEI files of the format corpus, one call per file: fromTei vs fast-xml-parser's XMLParser (MB of file per second). Files: ${teiFiles.map((name, index) => `${index + 1} = ${name}`).join(', ')}`,
  sizes: teiFiles.map((_, index) => index + 1),
  unit: '(file)',
  input: (index) => ({ xml: readFileSync(sharedPath('corpus-formats', teiFiles[index - 1]!), 'utf8') }),
  amount: (data) => Buffer.byteLength(data.xml),
  baseline: 'XMLParser',
  minTime: 500,
  rounds: 3,
  cases: {
    XMLParser: { run: (data) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(data.xml) },
    fromTei: { run: (data) => fromTei(data.xml) },
  },
}

const WORDS = ['we', 'will', 'continue', 'to', 'support', 'the', 'coalition', 'forces', 'in', 'Mosul,', 'and', 'Raqqa.']

/** `millions` million words, each timed (0.3 s apart, end = next start inside a segment of 20 words), 10 segments a paragraph, 5 paragraphs a turn. */
function timedTranscript(millions: number): Transcript {
  const total = Math.round(millions * 1_000_000)
  const children: Transcript['children'] = []
  let n = 0
  let paragraphs: Paragraph[] = []
  let inlines: Inline[] = []
  while (n < total) {
    const phrasing: Phrasing[] = []
    const start = n * 0.3
    for (let i = 0; i < 20 && n < total; i++, n++) {
      if (i > 0) phrasing.push({ type: 'text', value: ' ' })
      phrasing.push({ type: 'word', value: WORDS[n % WORDS.length]!, time: { start: n * 0.3, end: n * 0.3 + (i === 19 ? 0.25 : 0.3), source: 'source' }, confidence: 0.9 })
    }
    if (inlines.length > 0) inlines.push({ type: 'text', value: ' ' })
    inlines.push({ type: 'segment', time: { start, end: (n - 1) * 0.3 + 0.25, source: 'source' }, children: phrasing })
    if (inlines.length >= 19 || n >= total) {
      paragraphs.push({ type: 'paragraph', children: inlines })
      inlines = []
    }
    if (paragraphs.length === 5 || (n >= total && paragraphs.length > 0)) {
      children.push({ type: 'turn', speaker: children.length % 2 === 0 ? 'a' : 'b', label: null, interpreted: false, children: paragraphs })
      paragraphs = []
    }
  }
  return {
    type: 'transcript',
    version: '1.1',
    meta: { title: 'Timed words' },
    speakers: [
      { id: 'a', name: 'A', role: 'official', aliases: [], group: false },
      { id: 'b', name: 'B', role: 'journalist', aliases: [], group: false },
    ],
    children,
  }
}

interface TimedInput {
  words: number
  transcript: Transcript
  xml: string
  json: string
}

const timedSizes = (process.env.BENCH_WORDS ?? '1').split(',').map(Number)

const timedWriters: BenchSuite<TimedInput> = {
  title: 'Writing a transcript with a time on every word: toTei vs JSON.stringify of the same model (words per second)',
  sizes: timedSizes,
  unit: 'million words',
  input: (millions) => ({ words: millions * 1_000_000, transcript: timedTranscript(millions), xml: '', json: '' }),
  amount: (data) => data.words,
  rateUnit: 'words/s',
  rateScale: 1,
  baseline: 'JSON.stringify',
  cases: {
    'JSON.stringify': { run: (data) => JSON.stringify(data.transcript) },
    toTei: { run: (data) => toTei(data.transcript) },
    'toTei compact': { run: (data) => toTei(data.transcript, { pretty: false }) },
  },
}

const timedReaders: BenchSuite<TimedInput> = {
  title: 'Reading it back: fromTei vs JSON.parse (words per second)',
  sizes: timedSizes,
  unit: 'million words',
  input: (millions) => {
    const transcript = timedTranscript(millions)
    return { words: millions * 1_000_000, transcript, xml: toTei(transcript), json: JSON.stringify(transcript) }
  },
  amount: (data) => data.words,
  rateUnit: 'words/s',
  rateScale: 1,
  baseline: 'JSON.parse',
  cases: {
    'JSON.parse': { run: (data) => JSON.parse(data.json) },
    fromTei: { run: (data) => fromTei(data.xml) },
  },
}

const chosen = (process.env.BENCH_SUITES ?? 'synthetic,files,timed').split(',')
runSuites(import.meta.url, [
  ...(chosen.includes('synthetic') ? [writers, readers] : []),
  ...(chosen.includes('files') && teiFiles.length > 0 ? [files] : []),
  ...(chosen.includes('timed') ? [timedWriters, timedReaders] : []),
])
