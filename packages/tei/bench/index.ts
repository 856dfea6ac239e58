/**
 * Real files first, then synthetic. Run: npm run bench. BENCH_TEI= picks sections: same
 * (real files, every case in one process, alternating), files (real files, each case in its own
 * fresh process: first call, first pass, warm), synthetic (1, 10, 100 MB of transcript text;
 * BENCH_SIZES=1,10), timed (timed-write, timed-read: a time on every word; BENCH_WORDS=0.1,1
 * million words for writing, BENCH_TEI_MB=1,10,100 MB of TEI for reading, with peak memory);
 * BENCH_SUITES=regex (the harness) picks suites by title.
 *
 * Peers: fromTei against fast-xml-parser's `XMLParser` as a user gets a tree from it
 * (`new XMLParser({ ignoreAttributes: false })`, made once, `parse` per file); toTei against
 * `JSON.stringify` of the same model. All times are CPU time. Rates are MB of input (TEI for
 * readers; transcript text for the synthetic suites) per second, or words per second.
 */
import { XMLParser } from 'fast-xml-parser'
import { corpusFiles, hasShared, readShared, sharedFiles, syntheticTimedTranscript, syntheticTranscript, runSuites, type BenchSuite, type FileSuite } from '@verbatim/test-utils'
import { fromText } from '@verbatim/text'
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

/** The peer as a user gets a tree from it: one parser, attributes kept (no validation, no order kept). */
const peerParser = new XMLParser({ ignoreAttributes: false })
const PEER = 'fast-xml-parser XMLParser'

const teiFiles = () => sharedFiles('corpus-formats', /^tei-.*\.xml$/).map((name) => ({ name, text: readShared('corpus-formats', name) }))

/** The real TEI files of ../shared/corpus-formats/ (tei-*), one call per file, against fast-xml-parser's XMLParser (a tree of plain objects, no model). */
const realFiles: FileSuite = {
  kind: 'files',
  title: 'Reading the real TEI files of corpus-formats, one call per file: fromTei vs fast-xml-parser XMLParser',
  files: teiFiles,
  peer: PEER,
  rounds: Number(process.env.BENCH_ROUNDS ?? 3),
  cases: {
    fromTei: (xml) => fromTei(xml),
    [PEER]: (xml) => peerParser.parse(xml),
  },
}

interface TimedInput {
  words: number
  transcript: Transcript
  json: string
}

const timedWords = (process.env.BENCH_WORDS ?? '0.1,1').split(',').map(Number)

const timedWriters: BenchSuite<TimedInput> = {
  title: 'Writing a transcript with a time on every word (syntheticTimedTranscript: words with confidence in timed segments): toTei vs JSON.stringify of the same model (words per second)',
  sizes: timedWords,
  unit: 'million words',
  input: (millions) => ({ words: millions * 1_000_000, transcript: syntheticTimedTranscript(millions * 1_000_000), json: '' }),
  amount: (data) => data.words,
  rateUnit: 'words/s',
  rateScale: 1,
  baseline: 'JSON.stringify',
  rounds: Number(process.env.BENCH_ROUNDS ?? 3),
  cases: {
    'JSON.stringify': { run: (data) => JSON.stringify(data.transcript) },
    toTei: { run: (data) => toTei(data.transcript) },
    'toTei compact': { run: (data) => toTei(data.transcript, { pretty: false }) },
  },
}

interface TimedTei {
  xml: string
  words: number
}

/** About 204 bytes of pretty TEI per timed word (two `when`s and a `w`), measured on syntheticTimedTranscript. */
const TEI_BYTES_PER_WORD = 204

const timedReaders: BenchSuite<TimedTei> = {
  title: 'Reading timed TEI of 1, 10 and 100 MB (toTei of syntheticTimedTranscript, the transcript dropped before measuring): fromTei vs fast-xml-parser XMLParser (MB of TEI per second; peak MB above the input, to compare with the input size)',
  sizes: (process.env.BENCH_TEI_MB ?? '1,10,100').split(',').map(Number),
  input: (size) => {
    const words = Math.round((size * 1_000_000) / TEI_BYTES_PER_WORD)
    return { xml: toTei(syntheticTimedTranscript(words)), words }
  },
  amount: (data) => data.xml.length,
  baseline: PEER,
  rounds: Number(process.env.BENCH_ROUNDS ?? 1),
  cases: {
    [PEER]: { run: (data) => peerParser.parse(data.xml) },
    fromTei: { run: (data) => fromTei(data.xml) },
  },
}

/** CPU time in ms. */
function cpuMs(): number {
  const used = process.cpuUsage()
  return (used.user + used.system) / 1000
}

/**
 * Same process, alternating: each case reads (or writes) every input once per pass, passes
 * repeated for at least 200 ms; cases take turns for 7 rounds; the median pass is shown. The ratio
 * is the peer's time over ours, so above 1 is faster than the peer.
 */
function sameProcess<T>(title: string, inputs: T[], bytes: number, cases: Record<string, (input: T) => unknown>, peer: string): void {
  const rounds = Number(process.env.BENCH_SAME_ROUNDS ?? 7)
  const timings = new Map<string, number[]>(Object.keys(cases).map((name) => [name, []]))
  const pass = (run: (input: T) => unknown): number => {
    let passes = 0
    const started = cpuMs()
    let kept: unknown
    do {
      for (const input of inputs) kept = run(input)
      passes++
    } while (cpuMs() - started < 200)
    if (kept === undefined) throw new Error('a case returned nothing')
    return (cpuMs() - started) / passes
  }
  for (const run of Object.values(cases)) pass(run)
  for (let round = 0; round < rounds; round++) for (const [name, run] of Object.entries(cases)) timings.get(name)!.push(pass(run))
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!
  const peerMs = median(timings.get(peer)!)
  console.log(`\n${title}\n  (${inputs.length} inputs, ${(bytes / 1000).toFixed(0)} kB, one call each per pass; CPU time, median of ${rounds} rounds in turns, same process)`)
  console.log(['case', 'ms/pass', 'MB/s', `x ${peer}`].join(' | '))
  for (const [name, values] of timings) {
    const ms = median(values)
    console.log([name, ms.toFixed(2), (bytes / 1000 / ms).toFixed(1), (peerMs / ms).toFixed(2)].join(' | '))
  }
}

function sameProcessSuites(): void {
  const files = teiFiles()
  const read = (xml: string) => fromTei(xml).transcript
  const size = (texts: string[]) => texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0)
  if (files.length > 0) {
    const xmls = files.map((file) => file.text)
    sameProcess('fromTei on the TEI files of corpus-formats (tei-*) vs fast-xml-parser XMLParser', xmls, size(xmls), { fromTei: (xml) => fromTei(xml), [PEER]: (xml) => peerParser.parse(xml) }, PEER)
    const transcripts = xmls.map(read)
    sameProcess('toTei of the transcripts read from those files vs JSON.stringify of the same model', transcripts, size(transcripts.map((t) => JSON.stringify(t))), { toTei: (t) => toTei(t), 'JSON.stringify': (t) => JSON.stringify(t) }, 'JSON.stringify')
  }
  const corpus = corpusFiles().map((name) => fromText(readShared('corpus', name), { file: name }).transcript)
  if (corpus.length > 0) {
    sameProcess('toTei of the corpus transcripts (corpus/*.txt read by fromText) vs JSON.stringify of the same model', corpus, size(corpus.map((t) => JSON.stringify(t))), { toTei: (t) => toTei(t), 'JSON.stringify': (t) => JSON.stringify(t) }, 'JSON.stringify')
    const xmls = corpus.map((t) => toTei(t))
    sameProcess('fromTei of their TEI vs fast-xml-parser XMLParser', xmls, size(xmls), { fromTei: (xml) => fromTei(xml), [PEER]: (xml) => peerParser.parse(xml) }, PEER)
  }
}

const chosen = (process.env.BENCH_TEI ?? 'same,files,synthetic,timed').split(',')
// The harness runs this script again in a child per case: the in-process comparisons run in the parent only.
if (chosen.includes('same') && !process.argv.includes('--bench-child')) sameProcessSuites()
runSuites(import.meta.url, [
  ...(chosen.includes('files') && hasShared('corpus-formats') ? [realFiles] : []),
  ...(chosen.includes('synthetic') ? [writers, readers] : []),
  ...(chosen.includes('timed') || chosen.includes('timed-write') ? [timedWriters] : []),
  ...(chosen.includes('timed') || chosen.includes('timed-read') ? [timedReaders] : []),
])
