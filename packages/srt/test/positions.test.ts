/**
 * The read option `positions: false`: the transcript is the one `removePositions` makes of the
 * default one, and the messages are the same (they keep their places). On the real files, the
 * test inputs of every shape the reader meets, and mutated real files.
 */
import { describe, expect, it } from 'vitest'
import { fuzzReader, positionsOptionProblem, readShared, sharedFiles, syntheticTranscript } from '@verbatim/test-utils'
import { suiteNeedsShared } from '@verbatim/test-utils/suite'
import { fromSrt, toSrt } from '../src/index.js'

/** A problem when reading without positions differs from the default read with its positions removed (one rule for every reader). */
const differs = (srt: string) => positionsOptionProblem(() => fromSrt(srt), () => fromSrt(srt, { positions: false }))

const SHAPES = [
  '1\n00:00:01,000 --> 00:00:02,000\nHello\n',
  '\ufeff1\r\n00:00:01.5 --> 00:00:02,000 X1:40\r\n<i>Ann:</i> hi\r\n{\\an8}there\\Nfriend\r\n\r\nstray text\r\n\r\n2\r\n00:00:03,000 --> 00:00:01,000\r\n>> BOB: yes\r\n- no\r\n- (Coughs.) [music]\r\n',
  'lead\n\n00:00:01,000 --> 00:00:01,000\nSpeaker 1: a\n00:00:01,000 --> 00:00:02,000\nSpeaker 1: b\n\n7\n00:00:00,500 --> 00:00:04,000\n',
  '',
]

describe('fromSrt with positions: false', () => {
  it('reads what the default read holds, without positions, with the same messages', () => {
    for (const srt of [...SHAPES, toSrt(syntheticTranscript(20_000))]) expect(differs(srt)).toBeUndefined()
  })

  describe('on the real files and mutations of them', () => {
    if (!suiteNeedsShared('SubRip files', 'corpus-stt')) return
    const seeds = sharedFiles('corpus-stt', /\.srt$/).map((name) => ({ name, text: readShared('corpus-stt', name) }))
    it('the same rule on every input', () => {
      const report = fuzzReader((input) => input, seeds, { check: (input) => differs(input as string), budgetMs: 2000, tokens: ['<i>', '{\\an8}', '\\N', '-->', '00:00:01,000 --> 00:00:02,000\n', '>> ', '- ', 'Ann: ', '[music]', '\n\n', '\r'] })
      expect(report.runs).toBeGreaterThan(seeds.length)
    })
  })
})
