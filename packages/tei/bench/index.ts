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
import { hasShared, sharedFiles, sharedPath, syntheticTimedTranscript, syntheticTranscript, runSuites, type BenchSuite } from '@verbatim/test-utils'
import type { Transcript } from '@verbatim/core'
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

interface TimedInput {
  words: number
  transcript: Transcript
  xml: string
  json: string
}

const timedSizes = (process.env.BENCH_WORDS ?? '1').split(',').map(Number)

const timedWriters: BenchSuite<TimedInput> = {
  title: 'Writing a transcript with a time on every word (syntheticTimedTranscript: words with confidence in timed segments): toTei vs JSON.stringify of the same model (words per second)',
  sizes: timedSizes,
  unit: 'million words',
  input: (millions) => ({ words: millions * 1_000_000, transcript: syntheticTimedTranscript(millions * 1_000_000), xml: '', json: '' }),
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
    const transcript = syntheticTimedTranscript(millions * 1_000_000)
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
