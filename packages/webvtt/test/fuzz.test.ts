// Fuzzing with real files: every mutated input reads into a valid transcript or throws a
// VerbatimError, in well under 5 s (see fuzzReader in @verbatim/test-utils).
import { describe, expect, it } from 'vitest'
import { fuzzReader, readShared, sharedFiles, type FuzzSeed } from '@verbatim/test-utils'
import { suiteNeedsShared } from '@verbatim/test-utils/suite'
import { fromWebVtt } from '../src/read/from-webvtt.js'
import { parseWebVtt } from '../src/parse/parse-webvtt.js'

const TOKENS = ['WEBVTT', 'WEBVTT\n\n', 'NOTE ', 'NOTE\n', 'STYLE\n', 'REGION\nid:r\n', '00:00.000 --> 00:01.000', ' --> ', '-->', '00:', '.000', ',000', '\n\n00:01.000 --> 00:00.500\n', '<v ', '<v Ann>', '</v>', '<v.interpreted A>', '<lang ', '<lang>', '</lang>', '<c.', '<b>', '</b>', '<i>', '<u>', '<ruby>', '<rt>', '</ruby>', '<00:00.500>', '<99:99.999>', '&lt;', '&amp;', '&#91;', '&#x5b;', '[', '(inaudible)', '>> ', 'SPEAKER: ', '- ', 'Speaker: A | Not A Role', 'Date: x', 'Duration: -1', 'Languages: , ', '\u2066', '\u2069', 'line:0 position:50% align:start', 'region:r']

function seeds(): FuzzSeed[] {
  const vtt = sharedFiles('corpus-formats', /^vtt-.*\.vtt$/).map((name) => ({ name, text: readShared('corpus-formats', name) }))
  const wpt = sharedFiles('webvtt-wpt/files', /\.vtt$/).map((name) => ({ name: `webvtt-wpt/${name}`, text: readShared('webvtt-wpt', 'files', name) }))
  const cueText = sharedFiles('webvtt-wpt/files/cue-text-parsing', /\.vtt$/).map((name) => ({ name: `webvtt-wpt/cue-text-parsing/${name}`, text: readShared('webvtt-wpt', 'files', 'cue-text-parsing', name) }))
  return [...vtt, ...wpt, ...cueText]
}

describe('fuzzing the WebVTT reader with real files', () => {
  if (!suiteNeedsShared('WebVTT fuzz seeds', 'corpus-formats')) return
  const all = seeds()

  it('fromWebVtt: a valid transcript or a VerbatimError, under 5 s each', () => {
    const report = fuzzReader((input) => fromWebVtt(input), all, { tokens: TOKENS, keepFirstLine: true, budgetMs: 6000 })
    expect(report.runs).toBeGreaterThan(all.length)
    expect(report.read).toBeGreaterThan(0)
  })

  it('fromWebVtt, strict and without merging or dedupe: the same rule', () => {
    const report = fuzzReader((input) => fromWebVtt(input, { tolerant: false, mergeCues: false, dedupe: false, namePrefixes: false }), all, { tokens: TOKENS, keepFirstLine: true, budgetMs: 3000 })
    expect(report.runs).toBeGreaterThan(all.length)
  })

  it('parseWebVtt: cues with finite times and strings, or a VerbatimError', () => {
    const check = (result: unknown) => {
      const parsed = result as ReturnType<typeof parseWebVtt>
      for (const cue of parsed.cues) {
        if (!Number.isFinite(cue.start) || !Number.isFinite(cue.end) || cue.start < 0) return `cue ${JSON.stringify(cue.id)} has times ${cue.start} --> ${cue.end}`
        if (typeof cue.text !== 'string') return `cue ${JSON.stringify(cue.id)} has no text`
      }
      return undefined
    }
    const report = fuzzReader((input) => parseWebVtt(input, { tolerant: true }), all, { tokens: TOKENS, keepFirstLine: true, budgetMs: 3000, check })
    expect(report.runs).toBeGreaterThan(all.length)
  })
})
