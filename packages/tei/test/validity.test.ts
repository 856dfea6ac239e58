/**
 * toTei output is valid TEI P5 (tei_all.rng 4.12.0, checked by jing): the reference document and
 * every corpus transcript read by fromText, every TEI file of the format corpus read by fromTei,
 * and a few hundred generated transcripts, some timed below the turn (segments, words, events).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fromText } from '@verbatim/text'
import { commandAvailable, corpusFiles, readReferenceDocument, readShared, sharedAvailable, sharedFiles, transcriptArb } from '@verbatim/test-utils'
import { fromTei, toTei } from '../src/index.js'
import { validateWithJing } from './jing.js'
import { timedTranscriptArb } from './timed-arb.js'

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

  it.skipIf(!sharedAvailable('TEI validation of the format corpus', 'corpus-formats'))('the TEI files of the format corpus, read by fromTei and written again (timed segments and words)', () => {
    const documents = new Map<string, string>()
    const files = sharedFiles('corpus-formats', /^tei-.*\.xml$/)
    expect(files).toHaveLength(4)
    for (const file of files) documents.set(file, toTei(fromTei(readShared('corpus-formats', file), { file }).transcript))
    expect(documents.get('tei-labbcat-speech.xml')).toMatch(/<w synch="#T\d+ #T\d+"( ana="#estimated-time")?>not<\/w>/)
    expectValid(documents)
  })

  it('a few hundred generated transcripts: both string styles, with data, timed and untimed, pretty and compact', () => {
    const documents = new Map<string, string>()
    const variants = [
      { name: 'plain', arb: transcriptArb({ strings: 'plain', data: true }), options: {} },
      { name: 'unicode', arb: transcriptArb({ strings: 'unicode', data: true }), options: {} },
      { name: 'timed', arb: transcriptArb({ strings: 'unicode', data: true, times: 'always' }), options: { pretty: false } },
      { name: 'timed below the turn', arb: timedTranscriptArb({ strings: 'unicode', data: true }), options: {} },
      { name: 'shared timed', arb: transcriptArb({ strings: 'unicode', data: true, timed: true }), options: { pretty: false } },
      { name: 'prefixed', arb: transcriptArb({ strings: 'plain', data: true }), options: { idPrefix: 'd1.', publisher: 'Verbatim tests', licence: 'https://creativecommons.org/licenses/by/4.0/', publicationDate: '2024-05-01' } },
    ]
    for (const variant of variants) {
      const samples = fc.sample(variant.arb, { numRuns: variant.name === 'plain' || variant.name === 'unicode' || variant.name === 'timed below the turn' ? 120 : 40, seed: 2016 })
      samples.forEach((transcript, index) => documents.set(`${variant.name} #${index}`, toTei(transcript, variant.options)))
    }
    expect(documents.size).toBe(480)
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
