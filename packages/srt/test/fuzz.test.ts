// Fuzzing the SubRip reader (#12): every mutated input reads into a transcript validateTranscript
// accepts or throws a VerbatimError, in well under 5 s (see fuzzReader in @verbatim/test-utils).
// Seeds: the real SubRip files of ../shared/corpus-stt and toSrt's output of a synthetic press
// conference (speaker labels, events, dialogue dashes: the reader's deep paths).
import { describe, expect, it } from 'vitest'
import { isVerbatimError } from '@verbatim/core'
import { validateTranscript } from '@verbatim/core/schema'
import { fuzzReader, readShared, sharedFiles, syntheticTranscript, type FuzzSeed } from '@verbatim/test-utils'
import { suiteNeedsShared } from '@verbatim/test-utils/suite'
import { fromSrt, toSrt } from '../src/index.js'

const TOKENS = ['1\n', '00:00:01,000 --> 00:00:02,000\n', ' --> ', '-->', '00:', ',000', '.5', '99:99:99,999', '-00:00:01,000', '\n\n', '\r\n', '\r', '<i>', '</i>', '<b>', '<font color="red">', '</font>', '{\\an8}', '{\\i1}', '\\N', '\\h', '>> ', '>> BOB: ', '- ', 'Ann: ', 'SPEAKER 1: ', '[music]', '(Coughs.)', '[', '(', '♪', '\ufeff', '\u0000', '\ud800']

describe('fuzzing the SubRip reader', () => {
  if (!suiteNeedsShared('SubRip fuzz seeds', 'corpus-stt')) return
  const seeds: FuzzSeed[] = [
    ...sharedFiles('corpus-stt', /\.srt$/).map((name) => ({ name, text: readShared('corpus-stt', name) })),
    { name: 'toSrt of a synthetic press conference', text: toSrt(syntheticTranscript(4000)) },
  ]

  it('fromSrt: a valid transcript or a VerbatimError, under 5 s each', () => {
    const report = fuzzReader((input) => fromSrt(input), seeds, { tokens: TOKENS, budgetMs: 6000 })
    expect(report.runs).toBeGreaterThan(seeds.length)
    expect(report.read).toBeGreaterThan(0)
  })

  it('fromSrt with positions: false: the same rule', () => {
    const report = fuzzReader((input) => fromSrt(input, { positions: false }), seeds, { tokens: TOKENS, budgetMs: 3000 })
    expect(report.read).toBeGreaterThan(0)
  })
})

describe('SubRip nested 100,000 deep (no recursion where the input controls depth)', () => {
  const DEPTH = 100_000
  const cue = (text: string) => `1\n00:00:00,000 --> 00:00:01,000\n${text}\n\n2\n00:00:01,000 --> 00:00:02,000\nAnn: after\n`
  const read = (srt: string) => {
    try {
      const { transcript } = fromSrt(srt)
      expect(validateTranscript(transcript).messages.filter((message) => message.severity === 'error')).toEqual([])
      return transcript
    } catch (error) {
      if (!isVerbatimError(error)) throw error
      return undefined
    }
  }

  it.each([
    ['<i>', '</i>'],
    ['<font color="red">', '</font>'],
    ['[', ']'],
    ['(', ')'],
    ['{\\i1}', '{\\i0}'],
  ])('%s ... %s nested 100,000 deep, closed and unclosed', (open, close) => {
    const closed = read(cue(open.repeat(DEPTH) + 'deep' + close.repeat(DEPTH)))
    const unclosed = read(cue(open.repeat(DEPTH) + 'deep'))
    for (const transcript of [closed, unclosed]) expect(JSON.stringify(transcript)).toContain('after')
  })
})
