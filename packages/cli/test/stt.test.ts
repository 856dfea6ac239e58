/**
 * SubRip, speech-to-text JSON and Podcasting 2.0 through the built binary: detection by content,
 * conversion of every corpus-stt file to every format that writes, batches, validate, formats.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { countWords, toString, visit, type Segment, type Transcript } from '@verbatim/core'
import { sharedAvailable, sharedFiles, sharedPath } from '@verbatim/test-utils'
import { parseWebVtt } from '@verbatim/webvtt'
import { readTranscript } from '../src/convert.js'
import { sniffFormat } from '../src/detect.js'
import { FORMAT_NAMES, FORMATS } from '../src/formats.js'
import { run, tempDir } from './helpers.js'

const WRITABLE = FORMAT_NAMES.filter((name) => FORMATS[name].writes)

function segments(transcript: Transcript): Segment[] {
  const out: Segment[] = []
  for (const block of transcript.children) if (block.type === 'turn') for (const paragraph of block.children) for (const inline of paragraph.children) if (inline.type === 'segment') out.push(inline)
  return out
}

const SERVICES: Record<string, string> = {
  'whisper-ct2-catalan-words.json': 'stt',
  'deepgram-nova2-diarize-utterances.json': 'stt',
  'assemblyai-spacewalk-one-speaker.json': 'stt',
  'aws-transcribe-two-speakers.json': 'stt',
  'podcast-namespace-example.json': 'podcast',
  'podcast-namespace-example.srt': 'srt',
  'srt-capability-tester-tags-bom-crlf.srt': 'srt',
}

describe('speech-to-text, SubRip and Podcasting 2.0 in the CLI', () => {
  it('detects each corpus-stt file by its content alone', () => {
    if (!sharedAvailable('CLI speech-to-text corpus', 'corpus-stt')) return
    const files = sharedFiles('corpus-stt', /\.(json|srt)$/)
    expect(files.sort()).toEqual(Object.keys(SERVICES).sort())
    for (const file of files) expect(sniffFormat(readFileSync(sharedPath('corpus-stt', file), 'utf8')), file).toBe(SERVICES[file])
    // The model's own JSON and JSON-LD are not taken for a service's.
    expect(sniffFormat('{"type":"transcript","version":"1.1","meta":{},"speakers":[],"children":[]}')).toBe('json')
    expect(sniffFormat('{"segments":[{"start":0,"end":1,"text":" Hi"}],"language":"en"}')).toBe('stt')
    expect(sniffFormat('<cite>Kevin:</cite>\n<time>0:00</time>\n<p>Hello.</p>')).toBe('podcast')
    expect(sniffFormat('0\n00:00:01.000 --> 00:00:02.000\nHi')).toBe('srt')
  })

  it('verbatim convert result.json --to webvtt just works for a Deepgram result', async () => {
    if (!sharedAvailable('CLI speech-to-text corpus', 'corpus-stt')) return
    const result = await run(['convert', sharedPath('corpus-stt', 'deepgram-nova2-diarize-utterances.json'), '--to', 'webvtt'])
    expect(result.code).toBe(0)
    const parsed = parseWebVtt(result.stdout)
    expect(parsed.messages.filter((message) => message.severity === 'error')).toEqual([])
    expect(new Set(parsed.cues.map((cue) => cue.voice))).toEqual(new Set(['Speaker 1', 'Speaker 2', 'Speaker 3']))
    expect(parsed.cues[0]!.start).toBeCloseTo(3.04, 3)
  })

  it.each([
    ['speech-to-text and Podcasting 2.0 JSON', /\.json$/],
    ['SubRip', /\.srt$/],
  ])('converts the %s files of corpus-stt to every format that writes, in one batch, keeping every word and speaker', async (_, pattern) => {
    if (!sharedAvailable('CLI speech-to-text corpus', 'corpus-stt')) return
    const out = tempDir()
    // One batch per extension: podcast-namespace-example.json and .srt share a stem.
    const names = Object.keys(SERVICES).filter((file) => pattern.test(file))
    const inputs = names.map((file) => sharedPath('corpus-stt', file))
    const result = await run(['convert', ...inputs, '--to', WRITABLE.join(','), '--out-dir', out, '--json'])
    const report = JSON.parse(result.stdout) as { files: { input: string; from: string; failed: boolean; messages: { severity: string; reason: string }[] }[] }
    expect(report.files.filter((file) => file.failed).map((file) => file.input)).toEqual([])
    expect(result.code).toBe(0)
    expect(Object.fromEntries(report.files.map((file) => [file.input.split('/').pop(), file.from]))).toEqual(Object.fromEntries(names.map((name) => [name, SERVICES[name]])))
    expect(readdirSync(out)).toHaveLength(inputs.length * WRITABLE.length)
    for (const input of inputs) {
      const name = input.split('/').pop()!
      const source = await readTranscript(readFileSync(input, 'utf8'), { file: input })
      const stem = name.replace(/\.(json|srt)$/, '')
      for (const to of WRITABLE) {
        const path = join(out, stem + FORMATS[to].outputExtension)
        const back = await readTranscript(readFileSync(path, 'utf8'), { file: path })
        expect(back.from, `${name} -> ${to}`).toBe(to)
        // Words as written (Whisper's glued pieces `L` + `'esquelet` are one written word).
        expect(countWords(toString(back.transcript, { separator: ' ' })), `${name} -> ${to}: words`).toBe(countWords(toString(source.transcript, { separator: ' ' })))
        if (to !== 'srt' && to !== 'webvtt') expect(back.transcript.speakers.map((speaker) => speaker.name), `${name} -> ${to}: speakers`).toEqual(source.transcript.speakers.map((speaker) => speaker.name))
        // Formats that hold segments keep every segment's times.
        const times = (transcript: Transcript) => segments(transcript).map((segment) => [Math.round(segment.time.start * 1000), segment.time.end === undefined ? null : Math.round(segment.time.end * 1000)])
        if (to === 'json' || to === 'podcast' || (to === 'srt' && name.endsWith('.srt'))) expect(times(back.transcript), `${name} -> ${to}: segment times`).toEqual(times(source.transcript))
        else if (to === 'srt') {
          // Captions cut a speech-to-text segment over the caption limits at its words: every cue
          // starts where a segment starts or at a word's start, and ends at a segment's end or a word's start or end.
          const sourceTimes = new Set<number | null>(times(source.transcript).flat())
          visit(source.transcript, (node) => {
            if (node.type === 'word') for (const time of [node.time.start, node.time.end]) if (time !== undefined) sourceTimes.add(Math.round(time * 1000))
          })
          const cues = times(back.transcript)
          expect(cues.flat().filter((time) => !sourceTimes.has(time)), `${name} -> srt: times not from the source`).toEqual([])
          const starts = new Set(cues.map(([start]) => start))
          expect(times(source.transcript).filter(([start]) => !starts.has(start)), `${name} -> srt: segments not starting a cue`).toEqual([])
        }
      }
    }
  }, 180_000)

  it('validates SubRip, speech-to-text and Podcasting 2.0 files', async () => {
    if (!sharedAvailable('CLI speech-to-text corpus', 'corpus-stt')) return
    const result = await run(['validate', sharedPath('corpus-stt', 'podcast-namespace-example.srt'), sharedPath('corpus-stt', 'aws-transcribe-two-speakers.json'), sharedPath('corpus-stt', 'podcast-namespace-example.json'), '--json'])
    const reports = JSON.parse(result.stdout) as { file: string; valid: boolean }[]
    expect(reports.map((report) => report.valid)).toEqual([true, true, true])
    expect(result.code).toBe(0)
  })

  it('reports JSON that no service wrote as an error naming what was expected, with exit code 1', async () => {
    const result = await run(['convert', '--from', 'stt', '--to', 'srt'], { input: '{"hello": 1}' })
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/Not a speech-to-text result this reader knows: expected .*Deepgram/)
  })

  it('refuses a .json file of no service (detected by content) with one error naming what was expected, with exit code 1', async () => {
    const file = join(tempDir(), 'result.json')
    writeFileSync(file, '{"hello": 1, "segments": 3}')
    const result = await run(['convert', file, '--to', 'webvtt'])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/result\.json is JSON of no format Verbatim reads: expected .*"type": "transcript".*Deepgram.*found the keys "hello", "segments".*\[unknown-json\]/)
    expect(result.stderr).not.toMatch(/schema-/)
  })

  it('lists the new formats in verbatim formats and --help', async () => {
    const formats = await run(['formats'])
    expect(formats.stdout).toMatch(/^srt +SubRip subtitles +reads \.srt, writes \.srt$/m)
    expect(formats.stdout).toMatch(/^stt +speech-to-text JSON .*read only$/m)
    expect(formats.stdout).toMatch(/^podcast +Podcasting 2\.0 transcript .*writes \.podcast\.json$/m)
    expect((await run(['--help'])).stdout).toMatch(/stt +speech-to-text JSON/)
  })
})
