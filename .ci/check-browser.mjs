// Every library package must work in browsers. This bundles each built package for the browser
// platform (any Node built-in it needs fails the bundle), then runs a conversion of the reference
// document through every reader and writer in a bare JavaScript context that has only what
// browsers have (no process, require, Buffer, fs).
import { readdirSync, readFileSync } from 'node:fs'
import { createContext, runInContext } from 'node:vm'
import { build } from 'esbuild'

// The library packages, from the workspace's package.json files: every published package that is
// not a command-line tool (no "bin"). A new format package is checked without editing this list.
const packages = readdirSync('packages', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .filter((name) => {
    try {
      const manifest = JSON.parse(readFileSync(`packages/${name}/package.json`, 'utf8'))
      return !manifest.private && !manifest.bin
    } catch {
      return false
    }
  })
  .sort()
let failed = false

for (const name of packages) {
  try {
    const result = await build({
      entryPoints: [`packages/${name}/dist/index.js`],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    })
    const size = result.outputFiles.reduce((total, file) => total + file.contents.length, 0)
    console.log(`@verbatim/${name}: browser bundle ${(size / 1024).toFixed(0)} KiB`)
  } catch (error) {
    failed = true
    console.error(`@verbatim/${name}: cannot be bundled for browsers:\n${error.errors?.map((e) => `  ${e.text}`).join('\n') ?? error}`)
  }
}

const smoke = `
  import { fromText, toText } from './packages/text/dist/index.js'
  import { toTei, fromTei } from './packages/tei/dist/index.js'
  import { toWebVtt, fromWebVtt } from './packages/webvtt/dist/index.js'
  import { toJsonLdString, fromJsonLd } from './packages/jsonld/dist/index.js'
  import { summarize, toJson, fromJson } from './packages/core/dist/index.js'
  globalThis.runSmoke = async (source) => {
    const { transcript } = fromText(source)
    const turns = summarize(transcript).turns.length
    const back = {
      text: fromText(toText(transcript)).transcript,
      tei: fromTei(toTei(transcript)).transcript,
      webvtt: fromWebVtt(toWebVtt(transcript)).transcript,
      jsonld: (await fromJsonLd(toJsonLdString(transcript))).transcript,
      json: fromJson(toJson(transcript)).transcript,
    }
    return { turns, back: Object.fromEntries(Object.entries(back).map(([k, t]) => [k, summarize(t).speakers.map((s) => s.name).sort().join(', ')])) }
  }
`
try {
  const bundle = await build({
    stdin: { contents: smoke, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    platform: 'browser',
    format: 'iife',
    write: false,
    logLevel: 'silent',
  })
  // What a browser page has, and nothing of Node's.
  const context = createContext({
    console, URL, URLSearchParams, TextEncoder, TextDecoder, setTimeout, clearTimeout, queueMicrotask,
    structuredClone, crypto: globalThis.crypto, performance, fetch: undefined,
  })
  runInContext(bundle.outputFiles[0].text, context)
  const source = readFileSync('examples/dod-carter-le-drian-paris-2016-10-25.txt', 'utf8')
  const result = await context.runSmoke(source)
  const expected = 'Ash Carter, Jean-Yves Le Drian, Journalists, Staff'
  console.log(`browser context: ${result.turns} turns; speakers read back: ${JSON.stringify(result.back)}`)
  if (result.turns !== 21) throw new Error(`expected 21 turns, found ${result.turns}`)
  for (const [format, speakers] of Object.entries(result.back)) {
    if (speakers !== expected) throw new Error(`${format}: expected speakers ${expected}, found ${speakers}`)
  }
} catch (error) {
  failed = true
  console.error('browser smoke test failed:', error.errors?.map((e) => e.text).join('\n') ?? error)
}

if (failed) process.exit(1)
console.log('every library package runs in a browser context')
