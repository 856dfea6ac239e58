/**
 * The node tables of `fields.ts` are used both ways: toJsonLd writes every entry under its term,
 * in the table's order, and the fast reader (read-compact.ts) takes it back from that term. A
 * transcript with every table field set is written, checked key by key against the tables, and
 * read back by the fast path to the same tree.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { removePositions, type Transcript } from '@verbatim/core'
import { transcriptArb } from '@verbatim/test-utils'
import { BREAK_FIELDS, EVENT_FIELDS, NOTE_FIELDS, SEGMENT_FIELDS, TEXT_SPAN_FIELDS, TURN_FIELDS, WORD_FIELDS, type NodeField } from '../src/fields.js'
import { readCompact, TURN_SWITCH_TERMS } from '../src/read-compact.js'
import { toJsonLd } from '../src/index.js'

const time = { start: 1.5, end: 2.25, source: 'estimated' as const }
const everything: Transcript = {
  type: 'transcript',
  version: '1.1',
  meta: { title: 'All fields', notes: [{ kind: 'editorial', value: 'A note.', data: { n: 1 } }] },
  speakers: [{ id: 'ada', name: 'Ada', role: 'host', aliases: [], group: false }],
  children: [
    {
      type: 'turn', speaker: 'ada', label: 'ADA', interpreted: true, language: 'fr', time: { start: 1, end: 9, source: 'estimated' },
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', value: 'Span ', data: { span: true } },
            { type: 'event', kind: 'laughter', value: '(Laughter.)', time },
            { type: 'segment', time, children: [{ type: 'word', value: 'Hello', time, confidence: 0.75 }] },
          ],
        },
      ],
    },
    { type: 'event', kind: 'applause', value: '[Applause]', time },
    { type: 'break', title: 'Part two' },
  ],
}

/** The keys a table puts on a node, in its order (a time entry as its three terms). */
function termsOf<T>(fields: readonly NodeField<T>[]): string[] {
  return fields.flatMap((field) => (field.value === 'time' ? ['startOffset', 'endOffset', 'timeSource'] : [field.term]))
}

/** The node's keys that come from the table, in the order written. */
function tableKeys<T>(node: object, fields: readonly NodeField<T>[]): string[] {
  const terms = termsOf(fields)
  return Object.keys(node).filter((key) => terms.includes(key))
}

describe('the node tables are used both ways', () => {
  it('writes every entry under its term, in the order of the table', () => {
    const doc = toJsonLd(everything) as unknown as Record<string, any>
    const turn = doc.hasPart[0]
    expect(tableKeys(turn, TURN_FIELDS)).toEqual(termsOf(TURN_FIELDS))
    expect([turn.label, turn.interpreted, turn.inLanguage, turn.startOffset, turn.endOffset]).toEqual(['ADA', true, 'fr', 1, 9])
    const [span, event, segment] = turn.paragraphs[0].inline
    expect(tableKeys(span, TEXT_SPAN_FIELDS)).toEqual(['wording'])
    expect(tableKeys(event, EVENT_FIELDS)).toEqual(termsOf(EVENT_FIELDS))
    expect([event.kind, event.wording, event.timeSource]).toEqual(['laughter', '(Laughter.)', 'estimated'])
    expect(tableKeys(segment, SEGMENT_FIELDS)).toEqual(termsOf(SEGMENT_FIELDS))
    const word = segment.inline[0]
    expect(tableKeys(word, WORD_FIELDS)).toEqual(termsOf(WORD_FIELDS))
    expect([word.wording, word.confidence]).toEqual(['Hello', 0.75])
    expect(tableKeys(doc.hasEvent[0], EVENT_FIELDS)).toEqual(termsOf(EVENT_FIELDS))
    expect(doc.hasSectionBreak[0].name).toBe('Part two')
    expect(tableKeys(doc.hasSectionBreak[0], BREAK_FIELDS)).toEqual(['name'])
    expect(tableKeys(doc.notes[0], NOTE_FIELDS)).toEqual(['kind', 'wording'])
  })

  it('reads every entry back by the fast path', () => {
    const read = readCompact(toJsonLd(everything) as unknown as Record<string, unknown>)
    expect(read).toBeDefined()
    expect(read).toStrictEqual(everything)
  })

  it('gives back what it wrote, by the fast path, for generated transcripts', () => {
    fc.assert(
      fc.property(transcriptArb({ times: 'mixed', maxTurns: 6, data: true }), (transcript) => {
        const read = readCompact(JSON.parse(JSON.stringify(toJsonLd(transcript))) as Record<string, unknown>)
        expect(read).toBeDefined()
        expect(removePositions(read!)).toEqual(removePositions(transcript))
      }),
      { numRuns: 150 },
    )
  })
})

/**
 * Turns are read by a switch of their own (`turnKey`, for speed), not by a lookup in
 * `TURN_FIELDS`: these tests hold that switch to the table, so that an entry added, renamed or
 * removed there fails here until the switch follows.
 */
describe("the turn reader's switch follows TURN_FIELDS", () => {
  const written = () => toJsonLd(everything) as unknown as Record<string, any>

  it('lists exactly the terms of the table', () => {
    expect([...TURN_SWITCH_TERMS]).toEqual(termsOf(TURN_FIELDS))
  })

  it('reads each term of the table into its field', () => {
    const read = readCompact(written())!
    const turn = read.children[0] as unknown as Record<string, unknown>
    for (const field of TURN_FIELDS) expect(turn[field.field]).toEqual((everything.children[0] as unknown as Record<string, unknown>)[field.field])
  })

  it('takes each term of the table and checks its kind of value (a wrong one gives up)', () => {
    const wrong: Record<string, unknown> = { text: 5, flag: 'yes', language: '', time: 'soon' }
    for (const field of TURN_FIELDS) {
      for (const term of termsOf([field])) {
        const doc = written()
        doc.hasPart[0][term] = term === 'timeSource' ? 'guessed' : wrong[field.value]
        expect(readCompact(doc), term).toBeUndefined()
      }
    }
  })

  it('gives up on a plain property that is not in the table', () => {
    for (const term of ['wording', 'kind', 'confidence', 'name']) {
      const doc = written()
      doc.hasPart[0][term] = 'x'
      expect(readCompact(doc), term).toBeUndefined()
    }
  })
})
