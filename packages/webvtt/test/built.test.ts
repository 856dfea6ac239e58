// The built package writes and reads as the sources do. The build shortens internal property
// names ending with `_` (`mangleProps` in tsup.config.ts: the writer's cue writer, stamp check,
// part tags and number ranges) and every other test imports the sources, so a name the mangling
// caught by mistake would change only what users run. This compares dist (ESM and CommonJS) with
// src: toWebVtt on generated transcripts (timed, untimed, with timed words) and every option that
// reaches the renamed fields, and, with ../shared/, fromWebVtt then toWebVtt on the real WebVTT files.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { readReferenceDocument, readShared, requireShared, sharedAvailable, sharedFiles, transcriptArb } from '@verbatim/test-utils'
import { fromText } from '@verbatim/text'
import type { VerbatimMessage } from '@verbatim/core'
import * as src from '../src/index.js'

type WebVtt = Pick<typeof src, 'toWebVtt' | 'fromWebVtt'>

const esmPath = fileURLToPath(new URL('../dist/index.js', import.meta.url))
const cjsPath = fileURLToPath(new URL('../dist/index.cjs', import.meta.url))
const built = existsSync(esmPath) && existsSync(cjsPath)
if (!built && requireShared) throw new Error(`${esmPath} is missing: build the package first (turbo's test task does)`)

const OPTIONS: src.ToWebVttOptions[] = [{}, { cueIds: false, interpreted: 'none' }, { voice: 'label', metadata: false }, { maxLines: 3, events: 'drop' }]

/** The text and the messages of a write. */
function write(module: WebVtt, transcript: Parameters<typeof src.toWebVtt>[0], options: src.ToWebVttOptions): [string, VerbatimMessage[]] {
  const messages: VerbatimMessage[] = []
  return [module.toWebVtt(transcript, { ...options, onMessage: (message) => messages.push(message) }), messages]
}

describe('the built package writes as the sources do (dist/index.js and dist/index.cjs)', () => {
  if (!built) {
    it.skip(`SKIPPED: ${esmPath} is missing: build the package first (npm run build)`, () => {})
    return
  }
  it('shortens every internal name: no property or class field of the build ends with `_`', () => {
    for (const path of [esmPath, cjsPath]) {
      const code = readFileSync(path, 'utf8')
      const left = code.match(/\.[A-Za-z$][\w$]*[^_]_\b|^\s+(?:static\s+)?[A-Za-z$][\w$]*[^_]_\s*[;=(]|[{,]\s*[A-Za-z$][\w$]*[^_]_\s*:|\[\s*["'][\w$]*[^_]_["']\s*\]/gm)
      expect(left, path).toBeNull()
    }
  })
  const formats: [string, () => Promise<WebVtt>][] = [
    ['ESM', async () => (await import(/* @vite-ignore */ esmPath)) as WebVtt],
    ['CommonJS', async () => createRequire(import.meta.url)(cjsPath) as WebVtt],
  ]
  for (const [format, load] of formats) {
    it(`${format}: toWebVtt of generated transcripts and the reference document, with every option that reaches the writer's fields`, async () => {
      const dist = await load()
      const reference = fromText(readReferenceDocument()).transcript
      for (const options of OPTIONS) expect(write(dist, reference, options)).toEqual(write(src, reference, options))
      for (const times of ['never', 'always', 'mixed'] as const) {
        fc.assert(
          fc.property(transcriptArb({ times, maxTurns: 6 }), fc.constantFrom(...OPTIONS), (transcript, options) => {
            expect(write(dist, transcript, options)).toEqual(write(src, transcript, options))
          }),
          { numRuns: 40 },
        )
      }
    })
    it(`${format}: fromWebVtt then toWebVtt of the real WebVTT files`, async () => {
      if (!sharedAvailable('real WebVTT files', 'corpus-formats')) return
      const dist = await load()
      const files = sharedFiles('corpus-formats', /\.vtt$/)
      expect(files.length).toBeGreaterThan(0)
      for (const name of files) {
        const text = readShared('corpus-formats', name)
        const read = src.fromWebVtt(text, { file: name })
        expect(JSON.stringify(dist.fromWebVtt(text, { file: name })), name).toBe(JSON.stringify(read))
        expect(write(dist, read.transcript, {}), name).toEqual(write(src, read.transcript, {}))
      }
    })
  }
})
