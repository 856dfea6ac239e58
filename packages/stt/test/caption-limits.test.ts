/**
 * Captions from speech-to-text words against the peer, `@deepgram/captions`, on the same
 * responses: the SubRip both write is read back and its cues counted against the caption limits
 * (42 characters x 2 lines, 5/6 s to 7 s, 17 characters per second) the same way for both. Ours
 * may break a limit no more often than the peer on any count, and never the 2-line or 42-character
 * limits where a cut is possible (a line of one word longer than 42 characters cannot be cut).
 */
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { readShared, sharedFiles } from '@verbatim/test-utils'
import { suiteNeedsShared } from '@verbatim/test-utils/suite'
import { CAPTION_LIMITS } from '@verbatim/captions'
import { toSrt } from '@verbatim/srt'
import { fromStt } from '../src/index.js'
import { deepgramResponse } from '../bench/responses.js'

const require = createRequire(import.meta.url)
const peer = require('@deepgram/captions') as { srt: (data: unknown) => string; AssemblyAiConverter: new (data: unknown) => unknown }

interface Counts {
  cues: number
  lines: number
  lineLength: number
  short: number
  long: number
  cps: number
}

const TIMING = /^(\d+):(\d\d):(\d\d)[,.](\d{3}) --> (\d+):(\d\d):(\d\d)[,.](\d{3})/
/** The peer marks a speaker with a line of its own (`[Speaker 0]`): not counted as a line of text (its characters are read, and counted for reading speed). */
const PEER_SPEAKER_LINE = /^\[Speaker \d+\]$/

const seconds = (h: string, m: string, s: string, ms: string) => Number(h) * 3600 + Number(m) * 60 + Number(s) + Number(ms) / 1000

/** Counts the cues of a SubRip text that break each limit. */
export function countViolations(srt: string): Counts {
  const counts: Counts = { cues: 0, lines: 0, lineLength: 0, short: 0, long: 0, cps: 0 }
  for (const block of srt.replace(/\r\n/g, '\n').split(/\n{2,}/)) {
    const rows = block.split('\n').filter((row) => row !== '')
    const at = rows.findIndex((row) => TIMING.test(row))
    if (at < 0) continue
    const m = TIMING.exec(rows[at]!)!
    const duration = seconds(m[5]!, m[6]!, m[7]!, m[8]!) - seconds(m[1]!, m[2]!, m[3]!, m[4]!)
    const shown = rows.slice(at + 1)
    const lines = shown.filter((row) => !PEER_SPEAKER_LINE.test(row))
    // Every character shown is read, a speaker label too (ours in front of the first line, the peer's on a line of its own).
    const chars = shown.reduce((sum, line) => sum + line.length, 0)
    counts.cues++
    if (lines.length > CAPTION_LIMITS.maxLines) counts.lines++
    if (lines.some((line) => line.length > CAPTION_LIMITS.maxLineLength && line.includes(' '))) counts.lineLength++
    if (duration < CAPTION_LIMITS.minDuration - 1e-6) counts.short++
    if (duration > CAPTION_LIMITS.maxDuration + 1e-6) counts.long++
    if (chars / duration > CAPTION_LIMITS.maxCps + 1e-6) counts.cps++
  }
  return counts
}

const ours = (response: unknown) => countViolations(toSrt(fromStt(response).transcript))

/** Ours breaks no limit more often than the peer, and the 2-line and 42-character limits never. */
function expectNoWorse(mine: Counts, theirs: Counts) {
  // CAPTION_COUNTS=1 prints the figures.
  if (process.env.CAPTION_COUNTS) console.log(JSON.stringify({ ours: mine, peer: theirs }))
  expect(mine.lines).toBe(0)
  expect(mine.lineLength).toBe(0)
  for (const rule of ['short', 'long', 'cps'] as const) expect(mine[rule], rule).toBeLessThanOrEqual(theirs[rule])
}

describe('captions from speech-to-text words, against @deepgram/captions (real files)', () => {
  if (!suiteNeedsShared('speech-to-text responses', 'corpus-stt')) return

  it('the real Deepgram response: no limit broken more often than the peer', () => {
    const response = JSON.parse(readShared('corpus-stt', 'deepgram-nova2-diarize-utterances.json'))
    const mine = ours(response)
    const theirs = countViolations(peer.srt(response))
    expect(mine.cues).toBeGreaterThan(20)
    expectNoWorse(mine, theirs)
  })

  it('the real AssemblyAI response: no limit broken more often than the peer', () => {
    const response = JSON.parse(readShared('corpus-stt', 'assemblyai-spacewalk-one-speaker.json'))
    const mine = ours(response)
    const theirs = countViolations(peer.srt(new peer.AssemblyAiConverter(response)))
    expect(mine.cues).toBeGreaterThanOrEqual(5)
    expectNoWorse(mine, theirs)
  })

  it('every other response with words (the peer cannot read them): never over 2 lines or 42 characters, never over 7 s', () => {
    const others = sharedFiles('corpus-stt', /\.json$/).filter((name) => !/deepgram|assemblyai|podcast/.test(name))
    expect(others.length).toBeGreaterThan(0)
    for (const name of others) {
      const mine = ours(readShared('corpus-stt', name))
      expect([name, mine.lines, mine.lineLength, mine.long]).toEqual([name, 0, 0, 0])
    }
  })
})

describe('captions from speech-to-text words, against @deepgram/captions (synthetic)', () => {
  it('a 20,000-word Deepgram response: no limit broken more often than the peer', () => {
    const response = deepgramResponse(20_000)
    const mine = ours(response)
    const theirs = countViolations(peer.srt(response))
    expect(mine.cues).toBeGreaterThan(1000)
    expectNoWorse(mine, theirs)
  })

  it('a 20,000-word Deepgram response without utterances or paragraphs (words only): within 2 lines of 42 characters and 7 s', () => {
    const response = deepgramResponse(20_000) as { results: { utterances?: unknown; channels: Array<{ alternatives: Array<{ paragraphs?: unknown }> }> } }
    delete response.results.utterances
    delete response.results.channels[0]!.alternatives[0]!.paragraphs
    const mine = ours(response)
    const theirs = countViolations(peer.srt(response))
    expectNoWorse(mine, theirs)
    expect(mine.long).toBe(0)
  })

  it('a 20,000-word Deepgram response of words without punctuation (no sentences): no limit broken more often than the peer', () => {
    const response = deepgramResponse(20_000) as { results: { utterances?: unknown; channels: Array<{ alternatives: Array<{ paragraphs?: unknown; words: Array<{ punctuated_word?: string }> }> }> } }
    const alternative = response.results.channels[0]!.alternatives[0]!
    delete response.results.utterances
    delete alternative.paragraphs
    for (const word of alternative.words) delete word.punctuated_word
    const mine = ours(response)
    expectNoWorse(mine, countViolations(peer.srt(response)))
    expect(mine.long).toBe(0)
  })

  it('the counter sees each limit broken', () => {
    const srt = '1\n00:00:00,000 --> 00:00:00,500\none\ntwo\nthree\n\n2\n00:00:01,000 --> 00:00:09,000\n' + 'word '.repeat(8).trim() + '\n\n3\n00:00:09,000 --> 00:00:10,000\n' + 'a'.repeat(20) + ' ' + 'b'.repeat(30) + '\n'
    expect(countViolations(srt)).toEqual({ cues: 3, lines: 1, lineLength: 1, short: 1, long: 1, cps: 2 })
  })
})
