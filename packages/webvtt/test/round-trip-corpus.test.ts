/**
 * Real caption files through the model and back: `toWebVtt(through(fromWebVtt(file)))` has the
 * source's cue timings (start and end of every non-empty cue, in order) and every timestamp tag.
 * `through` is a table: the model as read, and the model through core's JSON, TEI and JSON-LD
 * (each written and read back), so a caption file keeps its times through every lossless format.
 */
import { describe, expect, it } from 'vitest'
import { toJson, type Transcript } from '@verbatim/core'
import { fromJson } from '@verbatim/core/schema'
import { readShared, sharedFiles } from '@verbatim/test-utils'
import { suiteNeedsShared } from '@verbatim/test-utils/suite'
import { fromTei, toTei } from '@verbatim/tei'
import { fromJsonLdSync, toJsonLdString } from '@verbatim/jsonld'
import { fromWebVtt } from '../src/read/from-webvtt.js'
import { toWebVtt } from '../src/write/to-webvtt.js'
import { parseWebVtt } from '../src/parse/parse-webvtt.js'
import { parseCueText, type CueNode } from '../src/parse/cue-text.js'
import { validateWebVtt } from './validator.js'

/** Ways through the model. */
export const THROUGH: Record<string, (transcript: Transcript) => Transcript> = {
  identity: (transcript) => transcript,
  json: (transcript) => fromJson(toJson(transcript)).transcript,
  tei: (transcript) => fromTei(toTei(transcript)).transcript,
  jsonld: (transcript) => fromJsonLdSync(toJsonLdString(transcript)).transcript,
}

/** Start and end of every cue with text, in order (milliseconds). */
function timings(vtt: string): Array<[number, number]> {
  return parseWebVtt(vtt, { tolerant: true })
    .cues.filter((cue) => cue.text.trim() !== '')
    .map((cue) => [Math.round(cue.start * 1000), Math.round(cue.end * 1000)])
}

/** Every timestamp tag of the file, in order (milliseconds). */
function stamps(vtt: string): number[] {
  const out: number[] = []
  const walk = (nodes: readonly CueNode[]) => {
    for (const node of nodes) {
      if (node.type === 'timestamp') out.push(Math.round(node.value * 1000))
      else if (node.type !== 'text') walk(node.children)
    }
  }
  for (const cue of parseWebVtt(vtt, { tolerant: true }).cues) walk(parseCueText(cue.text))
  return out
}

describe('toWebVtt(fromWebVtt(file)) keeps the source times of real files', () => {
  if (!suiteNeedsShared('format corpus', 'corpus-formats')) return
  const files = sharedFiles('corpus-formats', /^vtt-.*\.vtt$/)

  for (const [way, through] of Object.entries(THROUGH)) {
    for (const name of files) {
      it(`${name} (${way})`, () => {
        const source = readShared('corpus-formats', name)
        // Every cue read as it is (no merging of repeated captions): exactly the source's cues.
        const exact = toWebVtt(through(fromWebVtt(source, { dedupe: false }).transcript))
        expect(validateWebVtt(exact).errors, name).toEqual([])
        expect(timings(exact), name).toEqual(timings(source))
        expect(stamps(exact), name).toEqual(stamps(source))
        // Read by default, rolling captions are read once: cues may merge, but no word time is lost.
        const merged = toWebVtt(through(fromWebVtt(source).transcript))
        expect(validateWebVtt(merged).errors, name).toEqual([])
        const kept = new Set(stamps(merged))
        expect(stamps(source).filter((time) => !kept.has(time)), name).toEqual([])
        // The reader's own times come back the same on a second pass.
        expect(timings(toWebVtt(through(fromWebVtt(merged).transcript))), name).toEqual(timings(merged))
      })
    }
  }
})
