/**
 * toTei output is valid TEI P5 (tei_all.rng 4.12.0, checked by jing): the reference document and
 * every corpus transcript read by fromText, and a few hundred generated transcripts.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fromText } from '@verbatim/text'
import { commandAvailable, corpusFiles, readReferenceDocument, readShared, sharedAvailable, transcriptArb } from '@verbatim/test-utils'
import { toTei } from '../src/index.js'
import { validateWithJing } from './jing.js'

const canValidate = commandAvailable('TEI validation', 'jing') && sharedAvailable('TEI validation', 'tei', 'tei_all.rng')

function expectValid(documents: Map<string, string>): void {
  const result = validateWithJing(documents)
  const report = [...result.errors].map(([name, lines]) => `${name}:\n  ${lines.slice(0, 5).join('\n  ')}`).join('\n')
  expect(report).toBe('')
  expect(result.status, result.output).toBe(0)
}

describe.skipIf(!canValidate)('toTei output validates against tei_all.rng', () => {
  it('the reference document and every corpus transcript, read by fromText', () => {
    const documents = new Map<string, string>()
    documents.set('reference document', toTei(fromText(readReferenceDocument()).transcript))
    if (sharedAvailable('TEI validation of the corpus', 'corpus')) {
      const files = corpusFiles()
      expect(files.length).toBeGreaterThan(0)
      for (const file of files) documents.set(file, toTei(fromText(readShared('corpus', file), { file }).transcript))
    }
    expectValid(documents)
  })

  it('a few hundred generated transcripts: both string styles, with data, timed and untimed, pretty and compact', () => {
    const documents = new Map<string, string>()
    const variants = [
      { name: 'plain', arb: transcriptArb({ strings: 'plain', data: true }), options: {} },
      { name: 'unicode', arb: transcriptArb({ strings: 'unicode', data: true }), options: {} },
      { name: 'timed', arb: transcriptArb({ strings: 'unicode', data: true, times: 'always' }), options: { pretty: false } },
      { name: 'prefixed', arb: transcriptArb({ strings: 'plain', data: true }), options: { idPrefix: 'd1.', publisher: 'Verbatim tests', licence: 'https://creativecommons.org/licenses/by/4.0/', publicationDate: '2024-05-01' } },
    ]
    for (const variant of variants) {
      const samples = fc.sample(variant.arb, { numRuns: variant.name === 'plain' || variant.name === 'unicode' ? 120 : 40, seed: 2016 })
      samples.forEach((transcript, index) => documents.set(`${variant.name} #${index}`, toTei(transcript, variant.options)))
    }
    expect(documents.size).toBe(320)
    expectValid(documents)
  })

  it('jing really rejects invalid TEI (the check can fail)', () => {
    const valid = toTei(fromText(readReferenceDocument()).transcript)
    const invalid = valid.replace('<seg>', '<seg><bogus/>')
    const result = validateWithJing(new Map([['broken', invalid]]))
    expect(result.status).not.toBe(0)
    expect(result.errors.get('broken')?.[0]).toMatch(/bogus/)
  })
})
