// Every library package must work in browsers. This bundles each built package for the browser
// platform (any Node built-in it needs fails the bundle), then runs a conversion of the reference
// document through every reader and writer in a bare JavaScript context that has only what
// browsers have (no process, require, Buffer, fs).
import { readdirSync, readFileSync } from 'node:fs'
import { createContext, runInContext } from 'node:vm'
import { build } from 'esbuild'
import { checkBudgets } from './browser-budgets.mjs'

// Sizes and budgets of every library entry point (packages from the workspace), and of what
// users bundle; any Node built-in an entry needs fails its bundle.
let failed = (await checkBudgets()) > 0

const smoke = `
  import { fromText, toText } from '@verbatim/text'
  import { toTei, fromTei } from '@verbatim/tei'
  import { toWebVtt, fromWebVtt } from '@verbatim/webvtt'
  import { toJsonLdString, fromJsonLd } from '@verbatim/jsonld'
  import { summarize, toJson } from '@verbatim/core'
  import { fromJson } from '@verbatim/core/schema'
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
