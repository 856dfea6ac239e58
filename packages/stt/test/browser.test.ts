/**
 * The browser check of #15: a podcaster's page turns a Deepgram response into the Podcasting 2.0
 * JSON, SubRip and WebVTT files their feed links to, with `@verbatim/stt`, `@verbatim/srt` and
 * `@verbatim/webvtt` bundled for browsers by esbuild (`platform: 'browser'`: a Node built-in
 * would fail the bundle) and run in a bare V8 context, without `require`, `process`, `Buffer`
 * or any other Node global; and the HTML form read back.
 */
import { runInNewContext } from 'node:vm'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { fromStt, toPodcastJson } from '../src/index.js'
import { toSrt } from '@verbatim/srt'
import { toWebVtt } from '@verbatim/webvtt'
import { deepgramResponse } from '../bench/responses.js'

const src = new URL('../src/', import.meta.url).pathname

async function bundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { fromStt, fromPodcast, toPodcastJson } from './index.ts'
import { fromSrt, toSrt } from '@verbatim/srt'
import { toWebVtt } from '@verbatim/webvtt'
globalThis.convert = (json) => { const { transcript, messages } = fromStt(json); return { podcast: toPodcastJson(transcript), srt: toSrt(transcript), vtt: toWebVtt(transcript), messages: messages.length, back: fromSrt(toSrt(transcript)).transcript.children.length } }
globalThis.html = (page) => fromPodcast(page).transcript.speakers.map((speaker) => speaker.name)`,
      resolveDir: src,
      loader: 'ts',
    },
    bundle: true,
    platform: 'browser',
    format: 'iife',
    write: false,
    logLevel: 'silent',
  })
  return result.outputFiles[0]!.text
}

describe('in a browser', () => {
  it('converts a Deepgram response to Podcasting 2.0 JSON, SubRip and WebVTT as in Node, and reads the HTML form', async () => {
    const code = await bundle()
    expect(code).not.toMatch(/\brequire\(["']node:/)
    const json = JSON.stringify(deepgramResponse(300))
    const context: Record<string, any> = { TextDecoder, console }
    runInNewContext(code, context)
    const out = context.convert(json)
    const { transcript } = fromStt(json)
    expect(out.podcast).toBe(toPodcastJson(transcript))
    expect(out.srt).toBe(toSrt(transcript))
    expect(out.vtt).toBe(toWebVtt(transcript))
    expect(out.back).toBeGreaterThan(0)
    expect([...context.html('<cite>Kevin:</cite><time>0:01</time><p>Hi.</p><cite>Dana:</cite><time>0:02</time><p>Hello.</p>')]).toEqual(['Kevin', 'Dana'])
  })
})
