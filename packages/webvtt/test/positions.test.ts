/**
 * The read option `positions: false`: the transcript is the one `removePositions` makes of the
 * default one, and the messages are the same (they keep their places). With and without voices,
 * deduplicated or not, on the real files, the wpt inputs and mutations of them.
 */
import { describe, expect, it } from 'vitest'
import { fuzzReader, positionsOptionProblem, readShared, sharedFiles, syntheticTranscript } from '@verbatim/test-utils'
import { suiteNeedsShared } from '@verbatim/test-utils/suite'
import { fromWebVtt, type FromWebVttOptions } from '../src/read/from-webvtt.js'
import { toWebVtt } from '../src/write/to-webvtt.js'

const OPTIONS: FromWebVttOptions[] = [{}, { dedupe: false, mergeCues: false }, { tolerant: false, namePrefixes: false }]

/** A problem when reading without positions differs from the default read with its positions removed. */
function differs(vtt: string): string | undefined {
  for (const options of OPTIONS) {
    // One rule for every reader (test-utils).
    const problem = positionsOptionProblem(() => fromWebVtt(vtt, options), () => fromWebVtt(vtt, { ...options, positions: false }))
    if (problem) return `${problem} (${JSON.stringify(options)})`
  }
  return undefined
}

const SHAPES = [
  'WEBVTT\n\nNOTE\nTitle: T\n\nSTYLE\n::cue {}\n\n00:00.000 --> 00:01.000\n<v Ann>Hello <00:00.500>there [laughs]</v>\n\nNOTE Section break: Two\n\n00:01.000 --> 00:02.000\n(applause)\n\n00:02.000 --> 00:03.000\nno voice <00:02.500>\n',
  'WEBVTT\n\n00:00.000 --> 00:01.000\nAnn: hi\n\n00:01.000 --> 00:02.000\nAnn: again\n- dash\n- two\n\n00:02.000 --> 00:03.000\n>> BOB: yes [music]\n\n00:03.000 --> 00:04.000\n<i>styled</i> 你好\n\n00:04.000 --> 00:05.000\n[Ann] named\n',
]

describe('fromWebVtt with positions: false', () => {
  it('reads what the default read holds, without positions, with the same messages', () => {
    const synthetic = syntheticTranscript(20_000)
    for (const vtt of [...SHAPES, toWebVtt(synthetic), toWebVtt(synthetic, { voice: 'none' })]) expect(differs(vtt)).toBeUndefined()
  })

  describe('on the real files, the wpt inputs and mutations of them', () => {
    if (!suiteNeedsShared('WebVTT files', 'corpus-formats')) return
    const seeds = [
      ...sharedFiles('corpus-formats', /^vtt-.*\.vtt$/).map((name) => ({ name, text: readShared('corpus-formats', name) })),
      ...sharedFiles('webvtt-wpt/files', /\.vtt$/).map((name) => ({ name, text: readShared('webvtt-wpt', 'files', name) })),
    ]
    it('the same rule on every input', () => {
      const report = fuzzReader((input) => input, seeds, { check: (input) => differs(input as string), keepFirstLine: true, budgetMs: 2000, tokens: ['<v Ann>', '</v>', '<00:00.500>', '[music]', '>> ', '- ', 'Ann: ', 'NOTE Section break\n\n', '\n\n'] })
      expect(report.runs).toBeGreaterThan(seeds.length)
    })
  })
})
