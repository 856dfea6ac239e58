/**
 * toTei and fromTei on synthetic transcripts of 1, 10 and 100 MB of text, against
 * JSON.stringify / JSON.parse of the same model in the same run. Run: npm run bench.
 * Rates are MB of transcript text (the synthetic size) per second, for every case alike.
 */
import { XMLParser } from 'fast-xml-parser'
import { readShared, sharedFiles, syntheticTranscript, runSuites, type BenchSuite, type FileSuite } from '@verbatim/test-utils'
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

/** The real TEI files of ../shared/corpus-formats/ (tei-*), one call per file, against fast-xml-parser's XMLParser (a tree of plain objects, no model). */
const realFiles: FileSuite = {
  kind: 'files',
  title: 'Reading the real TEI files of corpus-formats, one call per file: fromTei vs fast-xml-parser XMLParser',
  files: () => sharedFiles('corpus-formats', /^tei-.*\.xml$/).map((name) => ({ name, text: readShared('corpus-formats', name) })),
  peer: 'fast-xml-parser XMLParser',
  rounds: Number(process.env.BENCH_ROUNDS ?? 3),
  cases: {
    fromTei: (xml) => fromTei(xml),
    'fast-xml-parser XMLParser': (xml) => new XMLParser({ ignoreAttributes: false, preserveOrder: true }).parse(xml),
  },
}

runSuites(import.meta.url, [realFiles, writers, readers])
