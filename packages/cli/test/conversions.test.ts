/**
 * Every conversion pair on the reference document, through the built binary: the press
 * conference is converted to every format, and each of those to every format again. Each
 * output must be readable by its own reader and keep every word that was spoken.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { countWords, summarize, turnsOf, type Transcript } from '@verbatim/core'
import { beforeAll, describe, expect, it } from 'vitest'
import { readTranscript } from '../src/convert.js'
import { FORMAT_NAMES, FORMATS, type FormatName } from '../src/formats.js'
import { referencePath, run, tempDir } from './helpers.js'

const STEM = 'dod-carter-le-drian-paris-2016-10-25'

function spokenWords(transcript: Transcript): number {
  let words = 0
  for (const turn of turnsOf(transcript)) {
    // Model 1.1: speech is also inside segments (a caption cue read back); events hold no words.
    for (const paragraph of turn.children) for (const inline of paragraph.children) if (inline.type === 'text' || inline.type === 'segment') words += countWords(inline)
  }
  return words
}

/**
 * The formats that hold any transcript, timed or not: every conversion among them keeps every word.
 * SubRip and Podcasting 2.0 need times (the reference document has none; their conversions are in
 * stt.test.ts), and speech-to-text JSON is read only.
 */
const FULL = FORMAT_NAMES.filter((name) => name === 'text' || FORMATS[name].inAll)

let out: string
let reference: Transcript
let firstPass: Awaited<ReturnType<typeof run>>

beforeAll(async () => {
  out = tempDir()
  reference = (await readTranscript(readFileSync(referencePath, 'utf8'), { file: referencePath })).transcript
  firstPass = await run(['convert', referencePath, '--to', FULL.join(','), '--out-dir', join(out, 'first')])
}, 300_000)

describe('the reference document', () => {
  it('converts to every format in one command', () => {
    expect(firstPass.stderr).not.toMatch(/: error: /)
    expect(firstPass.code).toBe(0)
    for (const format of FULL) expect(firstPass.stderr).toContain(`wrote ${join(out, 'first', STEM + FORMATS[format].outputExtension)}`)
  })

  it('reads into a transcript with speech in it', () => {
    expect(reference.speakers.length).toBeGreaterThan(1)
    expect(spokenWords(reference)).toBeGreaterThan(2000)
  })

  it.each(FULL)('from %s to every format: readable outputs that keep every spoken word', async (from) => {
    const input = join(out, 'first', STEM + FORMATS[from].outputExtension)
    const result = await run(['convert', input, '--to', FULL.join(','), '--out-dir', join(out, `from-${from}`)])
    expect(result.stderr).not.toMatch(/: error: /)
    expect(result.code).toBe(0)
    for (const to of FULL) {
      const path = join(out, `from-${from}`, STEM + FORMATS[to].outputExtension)
      const text = readFileSync(path, 'utf8')
      const read = await readTranscript(text, { file: path })
      expect(read.from, `${from} -> ${to}`).toBe(to)
      expect(spokenWords(read.transcript), `${from} -> ${to}: spoken words`).toBe(spokenWords(reference))
      expect(read.transcript.speakers.map((speaker) => speaker.name).sort(), `${from} -> ${to}: speakers`).toEqual(reference.speakers.map((speaker) => speaker.name).sort())
    }
  })

  it.each(FULL.filter((name) => name !== 'text') as FormatName[])('pipes through stdin/stdout to %s, same as the file output', async (to) => {
    const result = await run(['convert', '--to', to], { input: readFileSync(referencePath, 'utf8') })
    expect(result.code).toBe(0)
    // Only the `file` recorded in messages/positions could differ; outputs carry no file names.
    expect(result.stdout).toBe(readFileSync(join(out, 'first', STEM + FORMATS[to].outputExtension), 'utf8'))
  })

  it('validates every converted file', async () => {
    const files = FULL.map((format) => join(out, 'first', STEM + FORMATS[format].outputExtension))
    const result = await run(['validate', ...files, '--json'])
    const reports = JSON.parse(result.stdout) as { file: string; valid: boolean; messages: unknown[] }[]
    for (const report of reports) expect(report, report.file).toMatchObject({ valid: true })
    expect(result.code).toBe(0)
  })

  it('inspect --json prints exactly summarize() of the text reader\'s transcript', async () => {
    const result = await run(['inspect', referencePath, '--json'])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(JSON.stringify(summarize(reference), null, 2) + '\n')
    const human = await run(['inspect', referencePath])
    expect(human.stdout).toMatch(/Ash Carter/)
  })

  it('hands reader and writer flags to the packages that take them', async () => {
    const dir = tempDir()
    const speakers = join(dir, 'speakers.json')
    writeFileSync(speakers, JSON.stringify({ 'SEC. CARTER': { name: 'Ashton B. Carter', role: 'official' } }))
    const result = await run([
      'convert', referencePath, '--to', 'webvtt,tei,jsonld', '--out-dir', dir, '--quiet',
      '--line-length', '20', '--no-cue-ids', '--id-prefix', 'pc-', '--base', 'https://example.org/pc', '--speakers', speakers, '--title', 'Paris, 25 October 2016',
    ])
    expect(result.code).toBe(0)
    const vtt = readFileSync(join(dir, STEM + '.vtt'), 'utf8')
    const cueLines = vtt.split('\n\n').filter((block) => block.includes(' --> ')).flatMap((block) => block.split('\n').slice(1))
    expect(cueLines.length).toBeGreaterThan(100)
    // Voice tags are markup, not caption text: measure what is shown.
    for (const line of cueLines) expect(line.replace(/<[^>]*>/g, '').length, line).toBeLessThanOrEqual(20)
    expect(vtt).not.toMatch(/^1\n\d\d:/m)
    const tei = readFileSync(join(dir, STEM + '.tei.xml'), 'utf8')
    expect(tei).toMatch(/xml:id="pc-/)
    expect(tei).toContain('Paris, 25 October 2016')
    expect(tei).toContain('Ashton B. Carter')
    expect(readFileSync(join(dir, STEM + '.jsonld'), 'utf8')).toContain('https://example.org/pc')
  })
})
