import { describe, expect, it } from 'vitest'
import { corpusFiles, readReferenceDocument, readShared } from '@verbatim/test-utils'
import { suiteNeedsShared } from '@verbatim/test-utils/suite'
import { fromText } from '@verbatim/text'
import { toWebVtt } from '../src/write/to-webvtt.js'
import { fromWebVtt } from '../src/read/from-webvtt.js'
import { parseWebVtt } from '../src/parse/parse-webvtt.js'
import { cueNodesToText, parseCueText } from '../src/parse/cue-text.js'
import { validateWebVtt } from './validator.js'
import { wordStream } from './word-stream.js'

/** Write, validate with webvtt-parser, read back: nothing of the speech may be lost. */
function check(text: string, name: string): void {
  const { transcript } = fromText(text, { file: name })
  const vtt = toWebVtt(transcript)
  const { errors, cues } = validateWebVtt(vtt)
  expect(errors, name).toEqual([])
  if (transcript.children.some((block) => block.type !== 'break')) expect(cues, name).toBeGreaterThan(0)
  // At most 2 lines of at most 42 characters as shown (a single word longer than a line gets a line of its own).
  for (const cue of parseWebVtt(vtt).cues) {
    const shown = cueNodesToText(parseCueText(cue.text)).replace(/[\u2068\u2069]/g, '').split('\n')
    // Exception: an event longer than a cue (84 characters) is written whole, in a cue of its own with more lines.
    if (shown.length > 2) expect(/^\[[^\]]{84,}\]$/.test(shown.join(' ')), `${name}: ${shown.join(' ')}`).toBe(true)
    for (const line of shown) if (line.includes(' ')) expect(line.length, `${name}: ${line}`).toBeLessThanOrEqual(42)
  }
  expect(wordStream(fromWebVtt(vtt).transcript), name).toEqual(wordStream(transcript))
}

describe('toWebVtt on transcripts read by fromText', () => {
  it('writes the reference document as valid WebVTT that reads back the same', () => {
    check(readReferenceDocument(), 'reference document')
  })

  describe('every corpus transcript', () => {
    if (!suiteNeedsShared('transcript corpus', 'corpus')) return
    for (const name of corpusFiles()) {
      it(name, () => check(readShared('corpus', name), name))
    }
  })
})
