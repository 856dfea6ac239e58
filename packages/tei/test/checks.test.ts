/**
 * fromTei always returns a transcript the model accepts (or throws a VerbatimError): values from
 * TEI that a field of the model does not allow are reported and kept elsewhere.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createSpeaker, createTranscript, createTurn, createParagraph, isVerbatimError, MODEL_VERSION, validateTranscript } from '@verbatim/core'
import { transcriptArb } from '@verbatim/test-utils'
import { fromTei, toTei } from '../src/index.js'
import { timedTranscriptArb } from './timed-arb.js'

const own = toTei(
  createTranscript({
    meta: { date: '2016-10-25', languages: ['en'], source: { url: 'https://example.org/', date: '2016-10-26' }, media: { url: 'https://example.org/a.mp3', type: 'audio/mpeg' }, notes: [{ kind: 'footer', value: 'x' }] },
    speakers: [createSpeaker('ash', 'Ash', { role: 'official' })],
    children: [createTurn('ash', [createParagraph('Hello.')], { language: 'fr' })],
  }),
)

describe('values the model does not allow', () => {
  it('a model version that is not 1.x: read as the current version, with a warning', () => {
    for (const version of ['x', '2.0', '1', '1.1.0', '']) {
      const { transcript, messages } = fromTei(own.replace(/(<application ident="verbatim" version=")[^"]*"/, `$1${version}"`))
      expect(transcript.version).toBe(MODEL_VERSION)
      expect(messages.map((message) => message.ruleId)).toEqual(['invalid-version'])
      expect(validateTranscript(transcript).valid).toBe(true)
    }
    expect(fromTei(own.replace(/(<application ident="verbatim" version=")[^"]*"/, '$11.0"')).transcript.version).toBe('1.0')
  })

  it('dates, roles, languages, URLs and note kinds: reported, kept where the model has room', () => {
    const broken = own
      .replace('<date when="2016-10-25">', '<date when-iso="yesterday">')
      .replace('<date when="2016-10-26">', '<date when="26/10/2016">')
      .replace('role="official"', 'role="Senior Official"')
      .replace('<language ident="en"', '<language ident=""')
      .replace('xml:lang="fr"', 'xml:lang=""')
      .replace('n="footer"', 'n=""')
      .replace('<idno type="URI">https://example.org/</idno>', '<idno type="URI"></idno>')
    const { transcript, messages } = fromTei(broken)
    expect(validateTranscript(transcript).messages).toEqual([])
    expect(messages.map((message) => message.ruleId).sort()).toEqual(['empty-value', 'empty-value', 'invalid-date', 'invalid-date', 'invalid-language', 'invalid-language', 'invalid-role'])
    expect(transcript.meta.notes).toEqual([{ kind: 'note', value: 'x', position: expect.anything() }, { kind: 'tei-date', value: 'yesterday' }, { kind: 'tei-source-date', value: '26/10/2016' }])
    expect(transcript.speakers[0]).toMatchObject({ role: 'unknown', data: { teiRole: 'Senior Official' } })
    expect(transcript.meta.languages).toEqual([])
    expect(transcript.children[0]).not.toHaveProperty('language')
  })

  it('any attribute of a Verbatim document replaced by a hostile value: a valid transcript or a VerbatimError, never a crash', () => {
    const hostile = ['', ' ', '-1', 'NaN', '1e400', '#', '#nowhere', 'x y z', '2.0', 'Ünïcode', '99999999999', '0', '#T1 #T0', 'P', 'PT-1S', '&amp;']
    fc.assert(
      fc.property(fc.oneof(transcriptArb({ strings: 'plain', data: true, maxTurns: 4 }), timedTranscriptArb({ strings: 'plain', maxTurns: 4 })), fc.nat(), fc.constantFrom(...hostile), (transcript, pick, value) => {
        const written = toTei(transcript)
        const attributes = [...written.matchAll(/ [\w:-]+="([^"]*)"/g)]
        const match = attributes[pick % attributes.length]!
        const start = match.index + match[0].indexOf('"') + 1
        const xml = written.slice(0, start) + value + written.slice(start + match[1]!.length)
        try {
          const { transcript: back } = fromTei(xml)
          const check = validateTranscript(back)
          expect(check.messages.filter((message) => message.severity === 'error')).toEqual([])
        } catch (error) {
          expect(isVerbatimError(error), String(error)).toBe(true)
        }
      }),
      { numRuns: 600 },
    )
  })
})
