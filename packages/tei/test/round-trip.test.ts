/** fromTei(toTei(t)) gives t back, apart from positions: every field of the model survives. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createEvent, createParagraph, createSpeaker, createText, createTranscript, createTurn, removePositions, type Transcript, type VerbatimMessage } from '@verbatim/core'
import { fromText } from '@verbatim/text'
import { corpusFiles, readReferenceDocument, readShared, sharedAvailable, sharedFiles, transcriptArb } from '@verbatim/test-utils'
import { fromTei, toTei, type ToTeiOptions } from '../src/index.js'
import { timedTranscriptArb } from './timed-arb.js'

/**
 * Write, read back, strip positions. Data bags travel as JSON, so a value JSON cannot hold (the
 * arbitraries' fc.jsonValue() can make -0) is reported by toTei (`data-not-json`) and compared
 * after a JSON round trip of its own.
 */
function roundTrip(transcript: Transcript, options: ToTeiOptions = {}): Transcript {
  const written: VerbatimMessage[] = []
  const xml = toTei(transcript, { ...options, onMessage: (message) => written.push(message) })
  const { transcript: back, messages } = fromTei(xml, { idPrefix: options.idPrefix ?? '' })
  expect(messages.filter((message) => message.severity !== 'info')).toEqual([])
  expect(written.filter((message) => message.ruleId !== 'data-not-json')).toEqual([])
  return removePositions(back)
}

/** The transcript with every data bag as JSON gives it back (-0 -> 0). */
function jsonData(transcript: Transcript): Transcript {
  return JSON.parse(JSON.stringify(transcript, (key, value: unknown) => (key === 'data' ? JSON.parse(JSON.stringify(value)) : value))) as Transcript
}

describe('lossless round trip', () => {
  it('generated transcripts with data bags, plain strings', () => {
    fc.assert(
      fc.property(transcriptArb({ strings: 'plain', data: true }), (transcript) => {
        expect(roundTrip(transcript)).toEqual(jsonData(transcript))
      }),
      { numRuns: 300 },
    )
  })

  it('generated transcripts with data bags, unicode and markup characters', () => {
    fc.assert(
      fc.property(transcriptArb({ strings: 'unicode', data: true }), (transcript) => {
        expect(roundTrip(transcript)).toEqual(jsonData(transcript))
      }),
      { numRuns: 300 },
    )
  })

  it('compact output and an id prefix, every turn timed', () => {
    fc.assert(
      fc.property(transcriptArb({ strings: 'unicode', data: true, times: 'always' }), (transcript) => {
        expect(roundTrip(transcript, { pretty: false, idPrefix: 'doc1-' })).toEqual(jsonData(transcript))
      }),
      { numRuns: 150 },
    )
  })

  it('the shared timed transcripts (model 1.1): timed segments of timed words, timed events in and between turns', () => {
    fc.assert(
      fc.property(transcriptArb({ strings: 'unicode', data: true, timed: true }), fc.boolean(), (transcript, pretty) => {
        expect(roundTrip(transcript, { pretty, idPrefix: pretty ? '' : 'd.' })).toEqual(jsonData(transcript))
      }),
      { numRuns: 200 },
    )
  })

  it('transcripts timed below the turn in every mix (timed-arb.ts): segments without an end, words beside text, estimated times', () => {
    fc.assert(
      fc.property(timedTranscriptArb({ strings: 'unicode', data: true }), fc.boolean(), (transcript, pretty) => {
        expect(roundTrip(transcript, { pretty })).toEqual(jsonData(transcript))
      }),
      { numRuns: 200 },
    )
  })

  it('what the arbitraries rarely make: empty strings, estimated times, turn language, odd wordings, whitespace', () => {
    const transcript = createTranscript({
      meta: {
        title: '',
        subtitle: '  spaced  out  ',
        description: 'line one\nline two\r\nwith CR\tand tab',
        place: '',
        date: '2016-10-25T14:30+02:00',
        languages: [],
        extra: {},
        notes: [],
        source: {},
        media: { type: 'audio/mpeg' },
      },
      speakers: [
        createSpeaker('T0', '', { role: 'senator', aliases: [], title: '' }),
        createSpeaker('u1', 'Group of "people" & <others>', { group: true, role: 'unknown', aliases: ['Q:', 'A  B'], affiliation: '' }),
        createSpeaker('interpreted', 'Named like a category', { aliases: [] }),
      ],
      children: [
        { type: 'break' },
        createTurn('T0', [createParagraph([]), createParagraph('  leading and trailing  ')], {
          label: '',
          interpreted: true,
          time: { start: 0, end: 1e-7, source: 'estimated' },
          language: 'fr-CA',
          data: { nested: { deep: [1, 'two', null] } },
        }),
        createTurn('u1', [], { label: 'Q:', time: { start: 12.5, source: 'source' } }),
        createTurn('interpreted', [
          createParagraph([createEvent('pause', '(long   pause)'), createEvent('pause', 'pause\u00a0nbsp'), createEvent('pause', ''), createEvent('laughter', ''), createText(']]> & <')]),
        ]),
        { type: 'event', kind: 'pause', value: '[pause]', data: { x: 1 } },
        { type: 'break', title: '' },
        { type: 'break', title: 'Section\nwith a line break' },
        createTurn(null, [createParagraph('unattributed')], { time: { start: 1e21, end: 1.5e21, source: 'source' } }),
      ],
      data: { root: true, odd: '\uFFFE \uFFFF \u0000 \uD800 🙂' },
    })
    transcript.meta.media = { url: 'not a valid uri', duration: 0.25 }
    expect(roundTrip(transcript)).toEqual(transcript)
    expect(roundTrip(transcript, { pretty: false })).toEqual(transcript)
  })

  it('data that JSON cannot hold (-0) is reported, not silently changed', () => {
    const messages: VerbatimMessage[] = []
    toTei(createTranscript({ data: { zero: -0 } }), { onMessage: (message) => messages.push(message) })
    expect(messages.map((message) => [message.ruleId, message.path])).toEqual([['data-not-json', 'data']])
  })

  it('the reference document read by fromText', () => {
    const { transcript } = fromText(readReferenceDocument())
    expect(transcript.children.length).toBeGreaterThan(10)
    expect(roundTrip(transcript)).toEqual(removePositions(transcript))
  })

  it.skipIf(!sharedAvailable('round trip of the corpus', 'corpus'))('every corpus transcript read by fromText', () => {
    const files = corpusFiles()
    expect(files.length).toBeGreaterThan(0)
    for (const file of files) {
      const { transcript } = fromText(readShared('corpus', file), { file })
      expect(roundTrip(transcript), file).toEqual(removePositions(transcript))
    }
  })

  it.skipIf(!sharedAvailable('round trip of the format corpus', 'corpus-formats'))('the TEI files of the format corpus, read by fromTei, with their times', () => {
    for (const file of sharedFiles('corpus-formats', /^tei-.*\.xml$/)) {
      const { transcript } = fromTei(readShared('corpus-formats', file), { file })
      expect(roundTrip(transcript), file).toEqual(removePositions(transcript))
    }
  })
})
