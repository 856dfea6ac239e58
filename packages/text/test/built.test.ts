// The built package reads as the sources do. The build shortens internal property names
// (`mangleProps` in tsup.config.ts) and every other test imports the sources, so a public or
// core name caught by the mangling would change only what users run: this compares the whole
// result (transcript, messages, positions) of dist (ESM and CommonJS) with src, on every fixture,
// the reference document, every forced grammar and, with ../shared/, every corpus file; and the
// basic entry (dist/basic.js and dist/basic.cjs) with its sources.
import { describe, expect, it } from 'vitest'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { corpusFiles, readShared, requireShared, sharedAvailable, sharedFiles } from '@verbatim/test-utils'
import { fromText, toText } from '../src/index.js'
import { fromText as basicText } from '../src/basic.js'
import type { FromTextOptions } from '../src/index.js'
import { localInputs } from './local-inputs.js'

type Text = { fromText: typeof fromText; toText: typeof toText }

const esmPath = fileURLToPath(new URL('../dist/index.js', import.meta.url))
const cjsPath = fileURLToPath(new URL('../dist/index.cjs', import.meta.url))
const basicEsm = fileURLToPath(new URL('../dist/basic.js', import.meta.url))
const basicCjs = fileURLToPath(new URL('../dist/basic.cjs', import.meta.url))
const built = existsSync(esmPath) && existsSync(cjsPath) && existsSync(basicEsm) && existsSync(basicCjs)
if (!built && requireShared) throw new Error(`${esmPath} is missing: build the package first (turbo's test task does)`)

const inputs = localInputs

function same(dist: Text, name: string, text: string, options: FromTextOptions = {}): void {
  const expected = fromText(text, { file: name, ...options })
  // A difference after editing src without building is a stale dist: `npm run build` first.
  expect(JSON.stringify(dist.fromText(text, { file: name, ...options })), `${name} ${JSON.stringify(options)} (dist built before the last change to src? npm run build)`).toBe(JSON.stringify(expected))
  expect(dist.toText(expected.transcript), `${name}: toText`).toBe(toText(expected.transcript))
}

describe('the built package reads as the sources do (dist/index.js and dist/index.cjs)', () => {
  if (!built) {
    it.skip(`SKIPPED: ${esmPath} is missing: build the package first (npm run build)`, () => {})
    return
  }
  const formats: [string, () => Promise<Text>][] = [
    ['ESM', async () => (await import(/* @vite-ignore */ esmPath)) as Text],
    ['CommonJS', async () => createRequire(import.meta.url)(cjsPath) as Text],
  ]
  for (const [format, load] of formats) {
    it(`${format}: the fixtures and the reference document, as read and with every grammar forced`, async () => {
      const dist = await load()
      for (const [name, text] of inputs) {
        same(dist, name, text)
        for (const grammar of ['caps', 'mixed', 'markdown', 'timed', 'court'] as const) same(dist, name, text, { grammar })
        same(dist, name, text, { labelsAt: 'line' })
      }
    })
  }
  // The basic entry (`@verbatim/text/basic`): its own file in both builds, sharing a chunk with the full entry in ESM.
  for (const [format, path] of [
    ['ESM', basicEsm],
    ['CommonJS', basicCjs],
  ] as const) {
    it(`${format}: the basic entry (${path.replace(/.*\/dist\//, 'dist/')}) reads the fixtures and the reference document as its sources do`, async () => {
      const dist = (format === 'ESM' ? await import(/* @vite-ignore */ path) : createRequire(import.meta.url)(path)) as { fromText: typeof basicText }
      for (const [name, text] of inputs) {
        for (const options of [{}, { grammar: 'caps' as const }, { labelsAt: 'line' as const }]) {
          expect(JSON.stringify(dist.fromText(text, { file: name, ...options })), `${name} ${JSON.stringify(options)} (dist built before the last change to src? npm run build)`).toBe(JSON.stringify(basicText(text, { file: name, ...options })))
        }
      }
    })
  }
  it('shortens every internal name: no property or class field of the build ends with `_`', () => {
    // A parameter property (`constructor(private readonly limit_ ...)`) is declared by esbuild
    // under its unmangled name too; a quoted or computed key is not mangled at all.
    for (const path of [esmPath, cjsPath, basicEsm, basicCjs, ...readdirSync(dirname(esmPath)).filter((name) => /^chunk-.*\.js$/.test(name)).map((name) => `${dirname(esmPath)}/${name}`)]) {
      const code = readFileSync(path, 'utf8')
      const left = code.match(/\.[A-Za-z$][\w$]*[^_]_\b|^\s+(?:static\s+)?[A-Za-z$][\w$]*[^_]_\s*[;=(]|[{,]\s*[A-Za-z$][\w$]*[^_]_\s*:|\[\s*["'][\w$]*[^_]_["']\s*\]/gm)
      expect(left, path).toBeNull()
    }
  })
  it('ESM: the corpus and corpus-more transcripts', async () => {
    if (!sharedAvailable('built package on the corpus', 'corpus')) return
    const dist = (await import(/* @vite-ignore */ esmPath)) as Text
    const files = [...corpusFiles().map((name) => ['corpus', name]), ...sharedFiles('corpus-more', /\.txt$/).map((name) => ['corpus-more', name])]
    expect(files.length).toBeGreaterThan(10)
    for (const [folder, name] of files) same(dist, name!, readShared(folder!, name!))
  })
})
