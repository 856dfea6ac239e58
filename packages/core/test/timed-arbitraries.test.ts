// The shared timed arbitraries and synthetic transcripts (packages/test-utils) make what model
// 1.1 readers make: valid, canonical, with no time warnings; and they round-trip through JSON.
import fc from 'fast-check'
import { syntheticTimedTranscript, transcriptArb } from '@verbatim/test-utils'
import { describe, expect, it } from 'vitest'
import { fromJson, toJson } from '../src/json.js'
import { estimateTimes } from '../src/timing.js'
import type { Inline, Phrasing, Transcript } from '../src/types.js'
import { validateTranscript } from '../src/validate.js'
import { visit } from '../src/visit.js'

/** Problems with the canonical form of SPEC.md, as readable strings. */
function canonicalProblems(transcript: Transcript): string[] {
  const problems: string[] = []
  const checkChildren = (children: readonly (Inline | Phrasing)[], where: string) => {
    children.forEach((child, index) => {
      if (child.type === 'text' && child.value === '') problems.push(`${where}: empty text`)
      if (child.type === 'text' && children[index - 1]?.type === 'text') problems.push(`${where}: adjacent text`)
    })
  }
  visit(transcript, (node) => {
    if (node.type === 'paragraph') checkChildren(node.children, 'paragraph')
    if (node.type === 'segment') {
      if (node.children.length === 0) problems.push('empty segment')
      checkChildren(node.children, 'segment')
    }
    if (node.type === 'word' && (node.value === '' || /\s/u.test(node.value))) problems.push(`word ${JSON.stringify(node.value)}`)
  })
  return problems
}

describe('transcriptArb({ timed: true })', () => {
  it('makes valid canonical timed transcripts, without warnings, that round-trip through JSON', () => {
    fc.assert(
      fc.property(transcriptArb({ timed: true }), (transcript) => {
        const result = validateTranscript(transcript)
        expect(result.messages).toEqual([])
        expect(canonicalProblems(transcript)).toEqual([])
        expect(fromJson(toJson(transcript)).transcript).toEqual(transcript)
      }),
      { numRuns: 200 },
    )
  })

  it('times every turn and makes segments, words with and without confidence, and timed events', () => {
    const seen = new Set<string>()
    for (const transcript of fc.sample(transcriptArb({ timed: true }), 100)) {
      visit(transcript, (node) => {
        if (node.type === 'turn') expect(node.time?.source).toBe('source')
        if (node.type === 'word') seen.add(node.confidence === undefined ? 'word' : 'word+confidence')
        if (node.type === 'word' && node.time.end === undefined) seen.add('start-only word')
        if (node.type === 'event' && node.time) seen.add('timed event')
        if (node.type === 'segment') seen.add('segment')
      })
    }
    expect([...seen].sort()).toEqual(['segment', 'start-only word', 'timed event', 'word', 'word+confidence'])
  })

  it('keeps the default untimed: no segments, words or timed events', () => {
    for (const transcript of fc.sample(transcriptArb(), 100)) {
      visit(transcript, (node) => {
        expect(node.type).not.toBe('segment')
        expect(node.type).not.toBe('word')
        if (node.type === 'event') expect(node.time).toBeUndefined()
      })
    }
  })
})

describe('syntheticTimedTranscript', () => {
  it('has exactly the words asked for, each timed, and is valid without warnings', () => {
    const transcript = syntheticTimedTranscript(5000)
    let words = 0
    visit(transcript, (node) => {
      if (node.type === 'word') {
        words++
        expect(node.time.end).toBeGreaterThan(node.time.start)
      }
    })
    expect(words).toBe(5000)
    expect(validateTranscript(transcript).messages).toEqual([])
    expect(canonicalProblems(transcript)).toEqual([])
    expect(syntheticTimedTranscript(5000)).toEqual(transcript)
    // Every word is timed by the source, so the estimate keeps every word time as it is.
    const times = estimateTimes(transcript)
    visit(transcript, (node) => {
      if (node.type === 'word') expect(times.get(node)).toMatchObject({ start: node.time.start, end: node.time.end, source: 'source' })
    })
  })
})
