import { describe, it, expect } from 'vitest'
import { fromText } from '@verbatim/text'
import { formatMessage, removePositions, visit, type Position, type Transcript } from '@verbatim/core'
import { readReferenceDocument } from '@verbatim/test-utils'
import { fromJsonLd, fromJsonLdSync, toJsonLd, toJsonLdString } from '../src/index.js'
import { fromJsonLdSyncByExpansion } from '../src/from-jsonld.js'

const DOCUMENT = [
  '{',
  '  "@context": ["https://schema.org/", "https://verbatim.dev/ns/context-v1.jsonld"],',
  '  "@id": "urn:x",',
  '  "@type": "Conversation",',
  '  "modelVersion": "1.0",',
  '  "speakers": [{"@id": "urn:x#speaker-a", "@type": "Person", "identifier": "a", "name": "A", "role": "official"}],',
  '  "hasPart": [',
  '    {"@id": "urn:x#turn-1", "@type": "Message", "position": 1, "sender": {"@id": "urn:x#speaker-b"}, "text": "Hello."},',
  '    {"@id": "urn:x#turn-3", "@type": "Message", "position": 3, "text": "Hi (laughs)",',
  '      "paragraphs": [{"inline": ["Hi ", {"@type": "TranscriptEvent", "kind": "laughter", "wording": "(laughs)"}]}]}',
  '  ],',
  '  "hasSectionBreak": [{"@id": "urn:x#break-2", "@type": "SectionBreak", "position": 2, "name": "Q&A"}]',
  '}',
  '',
].join('\n')

/** A position from [line, column, offset] of its start and end. */
const at = (start: [number, number, number], end: [number, number, number]): Position => ({
  start: { line: start[0], column: start[1], offset: start[2] },
  end: { line: end[0], column: end[1], offset: end[2] },
})

function expectHandWrittenPositions(transcript: Transcript) {
  expect(transcript.position).toEqual(at([1, 1, 0], [13, 2, 717]))
  expect(transcript.speakers[0]!.position).toEqual(at([6, 16, 171], [6, 113, 268]))
  const [first, sectionBreak, second] = transcript.children
  expect(first!.position).toEqual(at([8, 5, 290], [8, 119, 404]))
  // A plain turn's paragraph and text both come from its "text" string.
  const plain = first!.type === 'turn' ? first!.children[0]! : undefined
  expect(plain?.position).toEqual(at([8, 110, 395], [8, 118, 403]))
  expect(plain?.children[0]!.position).toEqual(at([8, 110, 395], [8, 118, 403]))
  expect(sectionBreak!.position).toEqual(at([12, 23, 635], [12, 102, 714]))
  expect(second!.position).toEqual(at([9, 5, 410], [10, 116, 607]))
  const paragraph = second!.type === 'turn' ? second!.children[0]! : undefined
  expect(paragraph?.position).toEqual(at([10, 22, 513], [10, 114, 605]))
  expect(paragraph?.children[0]!.position).toEqual(at([10, 34, 525], [10, 39, 530]))
  expect(paragraph?.children[1]!.position).toEqual(at([10, 41, 532], [10, 112, 603]))
}

describe('positions', () => {
  it('are those of the JSON values the nodes came from (line and column 1-based, offset 0-based, end exclusive)', () => {
    const { transcript, messages } = fromJsonLdSync(DOCUMENT, { file: 'talk.jsonld' })
    expectHandWrittenPositions(transcript)
    // The sender is not in the registry: the reader says so at the sender's place, and the turn is unattributed.
    expect(messages.map((message) => formatMessage(message))).toEqual([
      'talk.jsonld:8:74: warning: the sender at hasPart[0].sender (urn:x#speaker-b) is not a speaker of the registry (verbatim:speakers) and says nothing about itself; the turn was read as unattributed, its label kept [unknown-sender]',
    ])
    expect(transcript.children[0]).toMatchObject({ type: 'turn', speaker: null })
  })

  it('are given to the model\'s own checks, at the node they name', () => {
    const outOfOrder = DOCUMENT.replace('"sender": {"@id": "urn:x#speaker-b"}', '"sender": {"@id": "urn:x#speaker-a"}')
      .replace('"position": 1, "sender"', '"position": 1, "startOffset": 5, "sender"')
      .replace('"position": 3, "text"', '"position": 3, "startOffset": 2, "text"')
    const { messages } = fromJsonLdSync(outOfOrder, { file: 'talk.jsonld' })
    expect(messages.map((message) => formatMessage(message).replace(/: warning: .*\[/, ' ['))).toEqual(['talk.jsonld:9:5 [time-out-of-order]'])
  })

  it('are the same through the reference path (built-in expansion) and through fromJsonLd', async () => {
    expectHandWrittenPositions(fromJsonLdSyncByExpansion(DOCUMENT).transcript)
    expectHandWrittenPositions((await fromJsonLd(DOCUMENT)).transcript)
  })

  it('count offsets in the text given, after a byte order mark, and lines after \\r\\n', () => {
    const crlf = '\uFEFF' + DOCUMENT.replace(/\n/g, '\r\n')
    const speaker = fromJsonLdSync(crlf).transcript.speakers[0]!
    // Line 6, column 16 as before; the offset counts the mark and one more character per line break.
    expect(speaker.position).toEqual(at([6, 16, 171 + 1 + 5], [6, 113, 268 + 1 + 5]))
  })

  it('are left out with positions: false, and for objects', () => {
    const hasPosition = (transcript: Transcript) => JSON.stringify(transcript).includes('"position"')
    expect(hasPosition(fromJsonLdSync(DOCUMENT).transcript)).toBe(true)
    expect(hasPosition(fromJsonLdSync(DOCUMENT, { positions: false }).transcript)).toBe(false)
    expect(hasPosition(fromJsonLdSync(JSON.parse(DOCUMENT) as object).transcript)).toBe(false)
    // Messages keep their places (core's read option; until 0.x they lost them too).
    const message = fromJsonLdSync(DOCUMENT, { positions: false }).messages[0]!
    expect(message.place).toEqual(fromJsonLdSync(DOCUMENT).messages[0]!.place)
    expect(removePositions(fromJsonLdSync(DOCUMENT).transcript)).toEqual(fromJsonLdSync(DOCUMENT, { positions: false }).transcript)
  })

  it('keep __proto__ keys of data bags when positions are on too', () => {
    const t = JSON.parse(
      '{"type":"transcript","version":"1.0","meta":{"extra":{"__proto__":"x"}},"speakers":[],"children":[{"type":"break","data":{"__proto__":{"a":1}}}]}',
    ) as Transcript
    const read = fromJsonLdSync(toJsonLdString(t)).transcript
    expect(read.children[0]!.position).toBeDefined()
    expect(removePositions(read)).toEqual(t)
    expect(Object.keys(read.children[0]!.data!)).toEqual(['__proto__'])
  })

  it('are on every node of the reference document, and slicing the text at a text node gives JSON that holds its text', () => {
    const text = toJsonLdString(fromText(readReferenceDocument()).transcript)
    const { transcript } = fromJsonLdSync(text)
    let texts = 0
    visit(transcript, (node) => {
      expect(node.position, node.type).toBeDefined()
      const { start, end } = node.position!
      expect(start.offset! < end.offset!).toBe(true)
      // Line and column agree with the offset.
      const before = text.slice(0, start.offset)
      expect(start.line).toBe(before.split('\n').length)
      expect(start.column).toBe(start.offset! - (before.lastIndexOf('\n') + 1) + 1)
      if (node.type === 'text') {
        texts++
        const value = JSON.parse(text.slice(start.offset, end.offset)) as unknown
        expect(typeof value === 'string' ? value : JSON.stringify(value)).toContain(node.value)
      }
    })
    expect(texts).toBeGreaterThan(50)
    for (const speaker of transcript.speakers) expect(speaker.position).toBeDefined()
  })

  it('are found by @id in a flattened Verbatim document (reference path)', () => {
    const doc = toJsonLd(fromText('SEC. CARTER: Thank you. (Laughter.)\n\nQ: Mr. Secretary --\n').transcript)
    const { '@context': context, hasPart, ...root } = doc
    const flattened = { '@context': context, '@graph': [{ ...root, hasPart: hasPart!.map((message) => ({ '@id': message['@id'] })) }, ...hasPart!] }
    const text = JSON.stringify(flattened, null, 2)
    const { transcript } = fromJsonLdSync(text)
    const turn = transcript.children[0]!
    const sliced = JSON.parse(text.slice(turn.position!.start.offset, turn.position!.end.offset)) as { '@id': string; text: string }
    expect(sliced['@id']).toBe(hasPart![0]!['@id'])
    expect(sliced.text).toBe('Thank you. (Laughter.)')
  })

  it('are given to turns, paragraphs and messages of documents from elsewhere', async () => {
    const text = [
      '{"@context": {"@vocab": "http://schema.org/"}, "@type": "Conversation", "name": "Chat",',
      ' "hasPart": [{"@type": "Message", "sender": {"@type": "Person", "name": "Ann", "email": "a@b"},',
      '   "text": "Hi [MUSIC]\\n\\nBye"}]}',
    ].join('\n')
    const { transcript, messages } = await fromJsonLd(text)
    const turn = transcript.children[0]!
    expect(turn.position).toEqual(at([2, 14, 101], [3, 32, 215]))
    if (turn.type !== 'turn') throw new Error('expected a turn')
    expect(turn.children).toHaveLength(2)
    for (const paragraph of turn.children) {
      expect(paragraph.position).toEqual(at([3, 12, 195], [3, 31, 214]))
      for (const inline of paragraph.children) expect(inline.position).toEqual(paragraph.position)
    }
    expect(transcript.speakers[0]!.position).toEqual(at([2, 45, 132], [2, 95, 182]))
    const email = messages.find((message) => message.ruleId === 'unsupported-property')
    expect(email?.path).toBe('hasPart[0].sender.email')
    expect(email?.place).toEqual(at([2, 89, 176], [2, 94, 181]))
  })
})
