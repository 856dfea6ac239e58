/**
 * The CLI reads without node positions when no target writes them (`positions: false`, the read
 * option of core): every writer but the model's JSON must then write exactly what it writes from
 * the transcript read with positions. On the real files of every format read, and on the bundled
 * examples.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { readShared, repoRoot, sharedFiles } from '@verbatim/test-utils'
import { suiteNeedsShared } from '@verbatim/test-utils/suite'
import { describe, expect, it } from 'vitest'
import { readTranscript, writeTranscript } from '../src/convert.js'
import { FORMAT_NAMES, FORMATS } from '../src/formats.js'
import { runJob } from '../src/job.js'
import { getFormat, registerFormat } from '../src/registry.js'
import { sampleTranscript } from './sample.js'

/** Formats whose writers never read positions: every written format but the model's JSON. */
const TARGETS = FORMAT_NAMES.filter((name) => FORMATS[name].writes && name !== 'json')

async function outputs(input: string, file: string, positions: boolean | undefined): Promise<Record<string, string>> {
  const read = await readTranscript(input, { file, ...(positions === undefined ? {} : { positions }) })
  const written: Record<string, string> = {}
  for (const to of TARGETS) {
    try {
      written[to] = writeTranscript(read.transcript, { to, file }).output
    } catch (error) {
      written[to] = `throws ${(error as Error).message}`
    }
  }
  return written
}

async function expectSameOutputs(input: string, file: string): Promise<void> {
  const without = await readTranscript(input, { file, positions: false })
  expect(JSON.stringify(without.transcript)).not.toContain('"position"')
  expect(await outputs(input, file, false)).toEqual(await outputs(input, file, undefined))
}

describe('positions: false writes the same files', () => {
  const examples = readdirSync(join(repoRoot, 'examples'), { recursive: true, encoding: 'utf8' }).filter((name) => /\.(vtt|srt|txt|xml|jsonld|json)$/.test(name))
  it('on the bundled examples', async () => {
    expect(examples.length).toBeGreaterThan(0)
    for (const name of examples) await expectSameOutputs(readFileSync(join(repoRoot, 'examples', name), 'utf8'), name)
  })

  describe('on the real files', () => {
    if (!suiteNeedsShared('real files', 'corpus-formats')) return
    const files = [
      ...sharedFiles('corpus-formats', /^(vtt|tei|jsonld)-/).map((name) => ['corpus-formats', name]),
      ...sharedFiles('corpus-stt', /\.(srt|json)$/).map((name) => ['corpus-stt', name]),
      ...sharedFiles('corpus', /\.txt$/).map((name) => ['corpus', name]),
    ]
    it.each(files)('%s/%s', async (folder, name) => {
      await expectSameOutputs(readShared(folder!, name!), name!)
    })
  })
})

describe('a conversion job reads WebVTT, SubRip and speech-to-text JSON without positions, unless it writes the model JSON', () => {
  const vtt = 'WEBVTT\n\n00:00.000 --> 00:01.500\n<v Ann>Hello there.</v>\n\n00:01.500 --> 00:03.000\n<v Bob>Hi, Ann.</v>\n'
  it.each([
    [['json'], {}, undefined],
    [['webvtt', 'srt'], {}, false],
    [['tei', 'json'], {}, undefined],
    [['webvtt'], { positions: true }, true],
    [['webvtt'], { formatOptions: { webvtt: { positions: true } } }, true],
  ] as const)('to %s with %j: the reader gets positions %s', async (formats, options, expected) => {
    // The WebVTT handler, wrapped to see the options its reader gets (every reader gets the same).
    const original = getFormat('webvtt')
    const seen: unknown[] = []
    registerFormat({ ...original, read: (input, options) => (seen.push(options.positions), original.read(input, options)) })
    try {
      const result = await runJob({ input: 'talk.vtt', name: 'talk.vtt', targets: formats.map((format) => ({ format, path: null })) }, options, vtt)
      expect(result.failed).toBe(false)
      expect(seen).toEqual([expected])
      const json = result.outputs.find((output) => output.format === 'json')
      if (json) expect(json.stdout).toContain('"position"')
    } finally {
      registerFormat(original)
    }
  })

  it('a text input is read with them (its reader would only pay for removing them)', async () => {
    const original = getFormat('text')
    const seen: unknown[] = []
    registerFormat({ ...original, read: (text, options) => (seen.push(options.positions), original.read(text, options)) })
    try {
      const result = await runJob({ input: 'talk.txt', name: 'talk.txt', targets: [{ format: 'webvtt', path: null }] }, {}, 'ANN: Hello there.\n\nBOB: Hi.\n')
      expect(result.failed).toBe(false)
      expect(seen).toEqual([undefined])
    } finally {
      registerFormat(original)
    }
  })

  it('a JSON-LD input is read with them (without, a document with messages is read twice)', async () => {
    const original = getFormat('jsonld')
    const input = original.write(sampleTranscript(), {})
    const seen: unknown[] = []
    registerFormat({ ...original, read: (text, options) => (seen.push(options.positions), original.read(text, options)) })
    try {
      const result = await runJob({ input: 'talk.jsonld', name: 'talk.jsonld', targets: [{ format: 'webvtt', path: null }] }, {}, input)
      expect(result.failed).toBe(false)
      expect(seen).toEqual([undefined])
    } finally {
      registerFormat(original)
    }
  })
})
