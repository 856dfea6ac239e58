/**
 * The read option `positions: false` (core's `ReadOptions`): the transcript is the one
 * `removePositions` makes of the default read, and the messages are the same (they keep their
 * places). Both readers, on our own output (arbitrary transcripts, timed and untimed, both
 * @context forms), the real JSON-LD files, the hand-written document with a message, and
 * mutations of them.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { fuzzReader, positionsOptionProblem, positionsOptionProblemAsync, readShared, sharedFiles, transcriptArb } from '@verbatim/test-utils'
import { suiteNeedsShared } from '@verbatim/test-utils/suite'
import { fromJsonLd, fromJsonLdSync, toJsonLdString } from '../src/index.js'
import { anyTimedArb } from './timed.js'

const problemSync = (text: string) => positionsOptionProblem(() => fromJsonLdSync(text, { file: 'x.jsonld' }), () => fromJsonLdSync(text, { file: 'x.jsonld', positions: false }))
const problemAsync = (text: string) => positionsOptionProblemAsync(() => fromJsonLd(text, { file: 'x.jsonld' }), () => fromJsonLd(text, { file: 'x.jsonld', positions: false }))

/** A document whose sender is not in the registry: one message, placed at the sender. */
const WITH_MESSAGE = JSON.stringify({
  '@context': ['https://schema.org/', 'https://verbatim.dev/ns/context-v1.jsonld'],
  '@id': 'urn:x',
  '@type': 'Conversation',
  modelVersion: '1.0',
  speakers: [{ '@id': 'urn:x#speaker-a', '@type': 'Person', identifier: 'a', name: 'A', role: 'official' }],
  hasPart: [{ '@id': 'urn:x#turn-1', '@type': 'Message', position: 1, sender: { '@id': 'urn:x#speaker-b' }, text: 'Hello.' }],
}, null, 1)

const ownArb = fc
  .tuple(fc.oneof(transcriptArb({ data: true, maxTurns: 3 }), anyTimedArb({ data: true, maxTurns: 2 })), fc.boolean(), fc.constantFrom(0, 1))
  .map(([t, embed, space]) => toJsonLdString(t, { embedContext: embed, space }))

describe('fromJsonLd and fromJsonLdSync with positions: false', () => {
  it('keep the messages\' places, and give no node a position', async () => {
    const lean = fromJsonLdSync(WITH_MESSAGE, { positions: false })
    expect(lean.messages).toHaveLength(1)
    expect(lean.messages[0]!.place).toEqual(fromJsonLdSync(WITH_MESSAGE).messages[0]!.place)
    expect(lean.messages[0]!.place).toBeDefined()
    expect(JSON.stringify(lean.transcript)).not.toContain('"position"')
    expect(problemSync(WITH_MESSAGE)).toBeUndefined()
    expect(await problemAsync(WITH_MESSAGE)).toBeUndefined()
    // Refusals are the same, placed the same.
    expect(problemSync('{"@context": [1,')).toBeUndefined()
  })

  it('read our own output as the default read does, without positions', async () => {
    await fc.assert(
      fc.asyncProperty(ownArb, async (text) => {
        expect(problemSync(text)).toBeUndefined()
        expect(await problemAsync(text)).toBeUndefined()
      }),
      { numRuns: 60, seed: 15 },
    )
  })

  describe('on the real files and mutations of them', () => {
    if (!suiteNeedsShared('JSON-LD files', 'corpus-formats')) return
    const seeds = sharedFiles('corpus-formats', /^jsonld-.*\.jsonld$/).map((name) => ({ name, text: readShared('corpus-formats', name) }))
    it('the real files, both readers', async () => {
      for (const { name, text } of seeds) expect(await problemAsync(text), name).toBeUndefined()
    })
    it('the same rule on mutations of them and of our own documents (fromJsonLdSync)', () => {
      const own = fc.sample(ownArb, { numRuns: 6, seed: 3 }).map((text, i) => ({ name: `own ${i}`, text }))
      const report = fuzzReader((input) => input, [...seeds, ...own, { name: 'with a message', text: WITH_MESSAGE }], { check: (input) => problemSync(input as string), budgetMs: 3000, tokens: ['"sender": {"@id": "urn:x#nobody"}', '"position": 0', '"role": "Not A Role"', '{', '}', '[', ']', ',', '"'] })
      expect(report.runs).toBeGreaterThan(seeds.length)
    })
  })
})
