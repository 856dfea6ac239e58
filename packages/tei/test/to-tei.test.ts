import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createEvent, createParagraph, createSpeaker, createText, createTranscript, createTurn, type Transcript, type VerbatimMessage } from '@verbatim/core'
import { fromText } from '@verbatim/text'
import { expectedOrUpdate, fixturePairs, readReferenceDocument, transcriptArb } from '@verbatim/test-utils'
import { fromTei, toTei } from '../src/index.js'
import { decimal } from '../src/numbers.js'
import { escapeAttribute, escapeText } from '../src/xml-chars.js'

const fixtures = fileURLToPath(new URL('./fixtures/to-tei/', import.meta.url))

function collect(transcript: Transcript, options = {}): { xml: string; messages: VerbatimMessage[] } {
  const messages: VerbatimMessage[] = []
  const xml = toTei(transcript, { ...options, onMessage: (message) => messages.push(message) })
  return { xml, messages }
}

describe('toTei fixtures (input JSON -> reviewed TEI)', () => {
  const pairs = fixturePairs(fixtures, '.json', '.xml')
  it('has fixtures', () => expect(pairs.length).toBeGreaterThanOrEqual(3))
  for (const pair of pairs) {
    it(pair.name, () => {
      const actual = toTei(JSON.parse(pair.input) as Transcript)
      expect(actual).toBe(expectedOrUpdate(pair, actual))
    })
  }
})

describe('toTei on the reference document', () => {
  const { transcript } = fromText(readReferenceDocument())
  const xml = toTei(transcript)

  it('writes the ParlaMint-style structure', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"')).toBe(true)
    expect(xml).toContain('<title type="main">Joint Press Conference by Secretary Carter and Minister Le Drian in Paris, France</title>')
    expect(xml).toMatch(/<person xml:id="ash-carter" role="official">\s*<persName><roleName>Secretary of Defense<\/roleName> <name>Ash Carter<\/name><\/persName>/)
    expect(xml).toMatch(/<personGrp xml:id="journalists" role="journalist">/)
    expect(xml).toMatch(/<note type="speaker">SEC. CARTER<\/note>\s*<u xml:id="u\d+" who="#ash-carter">/)
    expect(xml).toMatch(/<u xml:id="u1" who="#jean-yves-le-drian" ana="#interpreted">/)
    expect(xml).toContain('near -- <gap reason="inaudible"><desc>(inaudible)</desc></gap> -- for')
    expect(xml).toContain('<category xml:id="interpreted" n="interpreted">')
  })

  it('numbers utterances u1, u2... in document order and points every who at a participant', () => {
    const ids = [...xml.matchAll(/<u xml:id="(u\d+)"/g)].map((match) => match[1])
    expect(ids).toEqual(ids.map((_, index) => `u${index + 1}`))
    const people = new Set([...xml.matchAll(/<person(?:Grp)? xml:id="([^"]+)"/g)].map((match) => match[1]))
    for (const match of xml.matchAll(/ who="#([^"]+)"/g)) expect(people.has(match[1])).toBe(true)
  })

  it('is deterministic', () => {
    expect(toTei(transcript)).toBe(xml)
    expect(toTei(fromText(readReferenceDocument()).transcript)).toBe(xml)
  })
})

describe('toTei escaping', () => {
  it('escapes text and attributes with the rules tables', () => {
    expect(escapeText('a & b < c > d ]]> \r x')).toBe('a &amp; b &lt; c &gt; d ]]&gt; &#13; x')
    expect(escapeAttribute('a & "b" <c>\t\n\r')).toBe('a &amp; &quot;b&quot; &lt;c&gt;&#9;&#10;&#13;')
    expect(escapeText('plain')).toBe('plain')
  })

  it('keeps every markup character of the text, read back exactly', () => {
    const value = `x<y & a>b ]]> <!--c--> <?pi?> &amp; "q" 'a' \r\n tab\there`
    const transcript = createTranscript({ children: [createTurn(null, [createParagraph(value)])] })
    const xml = toTei(transcript)
    expect(xml).toContain('x&lt;y &amp; a&gt;b ]]&gt; &lt;!--c--&gt; &lt;?pi?&gt; &amp;amp; "q" \'a\' &#13;\n tab\there')
    const back = fromTei(xml).transcript.children[0]
    expect(back?.type === 'turn' && back.children[0]?.children[0]).toMatchObject({ type: 'text', value })
  })

  it('replaces characters XML 1.0 forbids with U+FFFD and reports each string', () => {
    const transcript = createTranscript({
      meta: { title: 'bell\u0007' },
      speakers: [createSpeaker('x', 'nul\u0000name')],
      children: [createTurn('x', [createParagraph([createText('lone \uD800 high, lone \uDC00 low, \uFFFE\uFFFF, ok 🙂'), createEvent('other', '(\u001b)')])], { label: 'X\u000b' })],
    })
    const { xml, messages } = collect(transcript)
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/)
    expect(xml).toContain('lone \uFFFD high, lone \uFFFD low, \uFFFD\uFFFD, ok 🙂')
    expect(xml).toContain('<title type="main">bell\uFFFD</title>')
    expect(messages.map((message) => [message.ruleId, message.path])).toEqual([
      ['forbidden-character', 'meta.title'],
      ['forbidden-character', 'speakers[0].name'],
      ['forbidden-character', 'children[0].label'],
      ['forbidden-character', 'children[0].children[0].children[0].value'],
      ['forbidden-character', 'children[0].children[0].children[1].value'],
    ])
    expect(messages[3]!.reason).toMatch(/4 forbidden characters/)
    expect(messages.every((message) => message.source === 'verbatim-tei' && message.severity === 'warning')).toBe(true)
    // The output is well-formed: fromTei (which refuses forbidden characters) reads it.
    expect(() => fromTei(xml)).not.toThrow()
  })

  it('never writes a forbidden character, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const transcript = createTranscript({ meta: { title: value }, children: [createTurn(null, [createParagraph([createText(value)])], { label: value })] })
        const xml = toTei(transcript)
        expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(xml)).toBe(false)
        expect(() => fromTei(xml)).not.toThrow()
      }),
      { numRuns: 300 },
    )
  })
})

describe('toTei options', () => {
  const transcript = createTranscript({
    speakers: [createSpeaker('ash-carter', 'Ash Carter')],
    children: [createTurn('ash-carter', [createParagraph('Hello.')], { time: { start: 1, end: 2, source: 'source' } })],
  })

  it('idPrefix prefixes every xml:id and pointer', () => {
    const xml = toTei(transcript, { idPrefix: 'doc1.' })
    const ids = [...xml.matchAll(/xml:id="([^"]+)"/g)].map((match) => match[1])
    expect(ids.length).toBeGreaterThan(3)
    expect(ids.every((id) => id!.startsWith('doc1.'))).toBe(true)
    expect(xml).toContain('who="#doc1.ash-carter"')
    expect(xml).toContain('start="#doc1.T1" end="#doc1.T2"')
    expect(fromTei(xml, { idPrefix: 'doc1.' }).transcript.speakers[0]!.id).toBe('ash-carter')
  })

  it('header fields: publisher, publication date, licence, status, availability text', () => {
    const xml = toTei(transcript, {
      publisher: 'Example Archive',
      publicationDate: '2024-05-01',
      licence: 'https://creativecommons.org/licenses/by/4.0/',
      availabilityStatus: 'free',
      availability: 'Free to reuse with attribution.',
    })
    expect(xml).toContain('<publisher>Example Archive</publisher>')
    expect(xml).toContain('<date when="2024-05-01">2024-05-01</date>')
    expect(xml).toContain('<availability status="free">')
    expect(xml).toContain('<licence target="https://creativecommons.org/licenses/by/4.0/">https://creativecommons.org/licenses/by/4.0/</licence>')
    expect(xml).toContain('<p>Free to reuse with attribution.</p>')
  })

  it('defaults: publisher Unknown, status unknown, no publication date (output does not depend on the clock)', () => {
    const xml = toTei(transcript)
    expect(xml).toContain('<publisher>Unknown</publisher>')
    expect(xml).toContain('<availability status="unknown">')
    expect(xml).not.toMatch(/<publicationStmt>[\s\S]*<date[\s\S]*<\/publicationStmt>/)
  })

  it('pretty (default) and compact differ only in layout whitespace', () => {
    const pretty = toTei(transcript)
    const compact = toTei(transcript, { pretty: false })
    expect(pretty.split('\n').length).toBeGreaterThan(30)
    expect(compact.split('\n')).toHaveLength(2)
    expect(compact.trimEnd()).toBe(pretty.replace(/\n\s*/g, ''))
    expect(toTei(transcript, { indent: '\t' })).toContain('\n\t<teiHeader>')
  })

  it('writes a timeline with when points and start/end on u', () => {
    const xml = toTei(transcript)
    expect(xml).toMatch(/<timeline unit="s" origin="#T0">\s*<when xml:id="T0" absolute="00:00:00"\/>\s*<when xml:id="T1" interval="1" since="#T0"\/>\s*<when xml:id="T2" interval="2" since="#T0"\/>/)
    expect(xml).toContain('<u xml:id="u1" who="#ash-carter" start="#T1" end="#T2">')
  })

  it('maps every event kind to its TEI element', () => {
    const kinds = ['inaudible', 'unintelligible', 'crosstalk', 'laughter', 'applause', 'off-mic', 'pause', 'music', 'noise', 'other'] as const
    const xml = toTei(createTranscript({ children: kinds.map((kind) => createEvent(kind, `(${kind})`)) }))
    expect(xml).toContain('<gap reason="inaudible"><desc>(inaudible)</desc></gap>')
    expect(xml).toContain('<gap reason="unintelligible"><desc>(unintelligible)</desc></gap>')
    expect(xml).toContain('<incident type="crosstalk"><desc>(crosstalk)</desc></incident>')
    expect(xml).toContain('<vocal type="laughter"><desc>(laughter)</desc></vocal>')
    expect(xml).toContain('<kinesic type="applause"><desc>(applause)</desc></kinesic>')
    expect(xml).toContain('<incident type="off-mic"><desc>(off-mic)</desc></incident>')
    expect(xml).toContain('<pause type="pause" rend="(pause)"/>')
    expect(xml).toContain('<incident type="music"><desc>(music)</desc></incident>')
    expect(xml).toContain('<incident type="noise"><desc>(noise)</desc></incident>')
    expect(xml).toContain('<incident type="other"><desc>(other)</desc></incident>')
  })

  it('reports a turn whose speaker is not in the registry, and speaker ids that are not valid xml:ids', () => {
    const broken = createTranscript({
      speakers: [createSpeaker('has space', 'A'), createSpeaker('ok', 'B'), createSpeaker('ok', 'C')],
      children: [createTurn('nobody', [createParagraph('x')])],
    })
    const { messages } = collect(broken)
    expect(messages.map((message) => message.ruleId).sort()).toEqual(['invalid-id', 'invalid-id', 'unknown-speaker'])
    expect(collect(createTranscript(), { idPrefix: '1-' }).messages.map((message) => message.path)).toEqual(['options.idPrefix'])
  })

  it('writes valid numbers for any time (no exponent notation)', () => {
    expect(decimal(1e-7)).toBe('0.0000001')
    expect(decimal(1.5e21)).toBe('1500000000000000000000')
    expect(decimal(123.456)).toBe('123.456')
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
      const text = decimal(value)
      expect(text).toMatch(/^-?\d+(\.\d+)?$/)
      expect(Number(text)).toBe(value === 0 ? 0 : value)
    }))
  })

  it('writes times in milliseconds and confidences in thousandths as String() does, by the fast path', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 40 }), fc.constantFrom(1, 10, 100, 1000), (k, scale) => {
      const value = k / scale
      expect(decimal(value)).toBe(String(value)) // below 1e21 and from 0.001 up, String() writes no exponent
      expect(Number(decimal(value))).toBe(value)
    }), { numRuns: 2000 })
    expect([0, 0.001, 0.1, 0.25, 1, 59.999, 360000.5, 1e12 + 0.001].map(decimal)).toEqual(['0', '0.001', '0.1', '0.25', '1', '59.999', '360000.5', '1000000000000.001'])
  })
})

describe('toTei is deterministic for generated transcripts', () => {
  it('same input, same output', () => {
    fc.assert(fc.property(transcriptArb({ data: true }), (transcript) => {
      expect(toTei(structuredClone(transcript))).toBe(toTei(transcript))
    }), { numRuns: 50 })
  })
})
