import { describe, expect, it } from 'vitest'
import { removePositions, toString, turnsOf, validateTranscript, type Paragraph, type Phrasing, type Turn } from '@verbatim/core'
import { fromTei, toTei } from '../src/index.js'

const TEI = 'xmlns="http://www.tei-c.org/ns/1.0"'

/** A small ParlaMint-style document written for these tests. */
const parlamint = `<?xml version="1.0" encoding="UTF-8"?>
<TEI ${TEI} xml:lang="en">
  <teiHeader>
    <fileDesc>
      <titleStmt>
        <title type="main" xml:lang="en">Minutes of   the Sitting</title>
        <title type="sub">Session 12</title>
      </titleStmt>
      <publicationStmt><p>Test</p></publicationStmt>
      <sourceDesc>
        <bibl><title>Hansard</title><idno type="URI">https://example.org/h?a=1&amp;b=2</idno><date when="2020-03-04">4 March</date></bibl>
      </sourceDesc>
    </fileDesc>
    <profileDesc>
      <settingDesc><setting><name type="city">Ljubljana</name><name type="country">Slovenia</name><date when="2020-03-04"/></setting></settingDesc>
      <particDesc>
        <listPerson>
          <person xml:id="SmithJane" role="chair">
            <persName><surname>Smith</surname><forename>Jane</forename><roleName>Speaker</roleName></persName>
            <affiliation role="member" ref="#party"/>
            <affiliation>Green Party</affiliation>
          </person>
          <personGrp xml:id="mps" role="member"><persName>Members</persName></personGrp>
        </listPerson>
      </particDesc>
    </profileDesc>
  </teiHeader>
  <text>
    <body>
      <div type="debateSection">
        <head>Item 1</head>
        <note type="speaker">THE SPEAKER:</note>
        <u who="#SmithJane" xml:id="u1">
          <seg>Order,   order!</seg>
          <seg>The sitting is <vocal type="laughter"><desc>laughter</desc></vocal> open.</seg>
          <kinesic type="applause"/>
          <seg>Thank you.</seg>
        </u>
        <incident type="noise"><desc>Noise in the chamber</desc></incident>
        <u who="#mps"><seg>Hear, hear! <gap reason="inaudible"/></seg></u>
      </div>
    </body>
  </text>
</TEI>
`

describe('fromTei on ParlaMint-style TEI', () => {
  const { transcript, messages } = fromTei(parlamint, { file: 'sitting.xml' })
  const turns = turnsOf(transcript)

  it('reads the header', () => {
    expect(transcript.meta).toMatchObject({
      title: 'Minutes of the Sitting',
      subtitle: 'Session 12',
      date: '2020-03-04',
      place: 'Ljubljana, Slovenia',
      languages: ['en'],
      source: { title: 'Hansard', url: 'https://example.org/h?a=1&b=2', date: '2020-03-04' },
    })
  })

  it('reads participants: person and personGrp, names from forename/surname, roleName as title, role, affiliation', () => {
    expect(removePositions(transcript.speakers)).toEqual([
      { id: 'SmithJane', name: 'Smith Jane', role: 'chair', title: 'Speaker', affiliation: 'Green Party', aliases: ['THE SPEAKER'], group: false },
      { id: 'mps', name: 'Members', role: 'member', aliases: [], group: true },
    ])
  })

  it('reads turns with labels, paragraphs from seg, events inside and between utterances, and the head as a break', () => {
    expect(transcript.children.map((block) => block.type)).toEqual(['break', 'turn', 'event', 'turn'])
    expect(transcript.children[0]).toMatchObject({ type: 'break', title: 'Item 1' })
    expect(turns[0]).toMatchObject({ speaker: 'SmithJane', label: 'THE SPEAKER', interpreted: false })
    expect(turns[0]!.children.map((paragraph) => toString(paragraph))).toEqual(['Order, order!', 'The sitting is [laughter] open.', '[applause]', 'Thank you.'])
    expect(turns[0]!.children[1]!.children).toMatchObject([
      { type: 'text', value: 'The sitting is ' },
      { type: 'event', kind: 'laughter', value: '[laughter]' },
      { type: 'text', value: ' open.' },
    ])
    expect(turns[0]!.children[2]!.children).toMatchObject([{ type: 'event', kind: 'applause', value: '[applause]' }])
    expect(transcript.children[2]).toMatchObject({ type: 'event', kind: 'noise', value: '[Noise in the chamber]' })
    expect(turns[1]).toMatchObject({ speaker: 'mps', label: null })
    expect(turns[1]!.children[0]!.children).toMatchObject([{ type: 'text', value: 'Hear, hear! ' }, { type: 'event', kind: 'inaudible', value: '[inaudible]' }])
    expect(messages).toEqual([])
    expect(validateTranscript(transcript).valid).toBe(true)
  })

  it('gives every node a position that points into the source', () => {
    const lines = parlamint.split('\n')
    const at = (position: { start: { line: number; column: number } } | undefined) => lines[position!.start.line - 1]!.slice(position!.start.column - 1)
    expect(at(turns[0]!.position)).toMatch(/^<u who="#SmithJane"/)
    expect(at(turns[0]!.children[0]!.position)).toMatch(/^<seg>Order/)
    expect(at(turns[0]!.children[0]!.children[0]!.position)).toMatch(/^Order,/)
    expect(at(turns[0]!.children[1]!.children[1]!.position)).toMatch(/^<vocal/)
    expect(at(transcript.speakers[0]!.position)).toMatch(/^<person xml:id="SmithJane"/)
    expect(at(transcript.children[2]!.position)).toMatch(/^<incident/)
    const offset = turns[0]!.position!.start.offset!
    expect(parlamint.slice(offset, turns[0]!.position!.end.offset)).toMatch(/^<u[\s\S]*<\/u>$/)
    expect(transcript.position!.end.offset).toBe(parlamint.length)
  })
})

/** A paragraph's content with segments opened (model 1.1: anchors make segments). */
function phrasing(paragraph: Paragraph): Phrasing[] {
  return paragraph.children.flatMap((inline) => (inline.type === 'segment' ? inline.children : [inline]))
}

function wrap(body: string, header = ''): string {
  return `<TEI ${TEI}><teiHeader>${header}</teiHeader><text><body>${body}</body></text></TEI>`
}

function onlyTurn(xml: string): Turn {
  const turns = turnsOf(fromTei(xml).transcript)
  expect(turns).toHaveLength(1)
  return turns[0]!
}

describe('fromTei on other spoken TEI', () => {
  it('reports unknown elements with their position and keeps their text as speech', () => {
    const xml = wrap('<u><seg>one <fancy>two</fancy> three</seg></u>\n<mystery>loose words</mystery>')
    const { transcript, messages } = fromTei(xml)
    expect(turnsOf(transcript).map((turn) => toString(turn))).toEqual(['one two three', 'loose words'])
    expect(messages.map((message) => [message.ruleId, message.severity])).toEqual([
      ['unknown-element', 'warning'],
      ['unknown-element', 'warning'],
    ])
    expect(messages[0]!.place).toMatchObject({ start: { line: 1, column: xml.indexOf('<fancy>') + 1 } })
    expect(messages[1]!.place).toMatchObject({ start: { line: 2, column: 1 } })
  })

  it('ISO 24624: who and times on annotationBlock, timeline with interval and since, w and pc joined, spanGrp not speech', () => {
    const xml = `<TEI ${TEI}><teiHeader><profileDesc><particDesc><person xml:id="SPK0"><persName><forename>?</forename><abbr>PAR</abbr></persName></person></particDesc></profileDesc></teiHeader>
<text><timeline unit="s"><when xml:id="T0" interval="0.0" since="T0"/><when xml:id="T2" interval="2.5" since="T1"/><when xml:id="T1" interval="1.5" since="T0"/></timeline><body>
<annotationBlock who="SPK0" start="T1" end="T2"><u><seg type="contribution"><anchor synch="T1"/><seg type="utterance">
  <w>I</w> <pc>'</pc> <w>m</w> <w>fine</w> <pc>,</pc> <pc>"</pc> <w>really</w> <pc>"</pc> <pc>(</pc><w>yes</w><pc>)</pc> <pause rend="((0,4s))"/> <w>xxx</w> <pc>.</pc>
</seg></seg></u><spanGrp type="de"><span from="T1" to="T2">Mir geht es gut</span></spanGrp></annotationBlock></body></text></TEI>`
    const { transcript, messages } = fromTei(xml)
    const turn = turnsOf(transcript)[0]!
    expect(turn.speaker).toBe('SPK0')
    expect(transcript.speakers[0]).toMatchObject({ name: 'PAR', aliases: ['PAR'] })
    expect(turn.time).toEqual({ start: 1.5, end: 4, source: 'source' })
    expect(toString(turn)).toBe('I\'m fine, "really" (yes) ((0,4s)) xxx.')
    expect(phrasing(turn.children[0]!).filter((inline) => inline.type === 'event').map((event) => event.type === 'event' && event.kind)).toEqual(['pause', 'unintelligible'])
    // The anchor starts a segment that ends with the utterance.
    expect(turn.children[0]!.children).toMatchObject([{ type: 'segment', time: { start: 1.5, end: 4, source: 'source' } }])
    expect(messages.map((message) => message.ruleId)).toEqual(['ignored-element'])
  })

  it('LaBB-CAT: times through synch on u, missing when values interpolated and marked estimated', () => {
    const xml = wrap(`<timeline unit="s"><when xml:id="a" absolute="10"/><when xml:id="b"/><when xml:id="c" absolute="14"/><when xml:id="d"/></timeline>
<div><u synch="#a #c" who="#p"><w synch="#a #b">one</w><w synch="#b #c">two</w></u></div><div><u synch="#c #b"><w>three</w></u></div>`)
    const { transcript, messages } = fromTei(xml)
    const turns = turnsOf(transcript)
    expect(turns[0]!.time).toEqual({ start: 10, end: 14, source: 'source' })
    // An end before the start is reported and left out (the model has no room for it).
    expect(turns[1]!.time).toEqual({ start: 14, source: 'estimated' })
    expect(messages.map((message) => message.ruleId)).toEqual(['interpolated-time', 'unresolved-speaker', 'end-before-start'])
    // Words with synch are words of the model, with their times; the interpolated point makes them estimated.
    expect(removePositions(turns[0]!).children[0]!.children).toEqual([
      { type: 'word', value: 'one', time: { start: 10, end: 12, source: 'estimated' } },
      { type: 'text', value: ' ' },
      { type: 'word', value: 'two', time: { start: 12, end: 14, source: 'estimated' } },
    ])
  })

  it('GOS: an utterance with two speakers is split at anchor type="who"; the norm layer repeating the orth layer is skipped', () => {
    const xml = wrap(`<timeline unit="s"><when xml:id="w1" interval="1"/><when xml:id="w2" interval="2"/><when xml:id="w3" interval="3"/></timeline>
<div type="orth"><u who="#a #b" start="#w1" end="#w3"><anchor synch="#w1"/><anchor type="who" corresp="#a"/> first? <anchor synch="#w2"/><anchor type="who" corresp="#b"/> second <gap reason="unclear"/></u></div>
<div type="norm"><u who="#a #b"><anchor type="who" corresp="#a"/> First?</u></div>`, '<profileDesc><particDesc><listPerson><person xml:id="a"/><person xml:id="b"/></listPerson></particDesc></profileDesc>')
    const { transcript, messages } = fromTei(xml)
    const turns = turnsOf(transcript)
    expect(turns.map((turn) => [turn.speaker, toString(turn), turn.time])).toEqual([
      ['a', 'first?', { start: 1, end: 2, source: 'source' }],
      ['b', 'second [unclear]', { start: 2, end: 3, source: 'source' }],
    ])
    expect(phrasing(turns[1]!.children[0]!)[1]).toMatchObject({ kind: 'unintelligible' })
    expect(turns.map((turn) => turn.children[0]!.children.map((inline) => inline.type === 'segment' && inline.time))).toEqual([
      [{ start: 1, end: 2, source: 'source' }],
      [{ start: 2, end: 3, source: 'source' }],
    ])
    expect(messages.map((message) => message.ruleId)).toEqual(['duplicate-layer'])
  })

  it('an unattributed utterance has no speaker; who with several speakers and no anchors goes to the first, with a warning', () => {
    expect(onlyTurn(wrap('<u>nobody</u>')).speaker).toBeNull()
    const { transcript, messages } = fromTei(wrap('<u who="#a #b">both</u>', '<profileDesc><particDesc><person xml:id="a"/><person xml:id="b"/></particDesc></profileDesc>'))
    expect(turnsOf(transcript)[0]!.speaker).toBe('a')
    expect(messages.map((message) => message.ruleId)).toEqual(['multiple-speakers'])
  })

  it('decodes character references, keeps CDATA as is, keeps undefined entities with a warning', () => {
    const { transcript, messages } = fromTei(wrap('<u><seg>caf&#233; &#x1F642; &lt;b&gt; &quot;&apos; <![CDATA[&amp; <raw>]]> &nbsp; &#0;</seg></u>'))
    expect(toString(turnsOf(transcript)[0]!)).toBe('café 🙂 <b> "\' &amp; <raw> &nbsp; \uFFFD')
    expect(messages.map((message) => message.ruleId)).toEqual(['undefined-entity', 'forbidden-character'])
  })

  it('reads a byte order mark and CRLF line endings, with positions in the original text', () => {
    const xml = '\uFEFF' + wrap('\r\n<u>\r\n<seg>a</seg>\r\n</u>').replace('<TEI', '<TEI')
    const turn = onlyTurn(xml)
    expect(toString(turn)).toBe('a')
    expect(turn.position!.start).toMatchObject({ line: 2, column: 1 })
    expect(xml.slice(turn.position!.start.offset!, turn.position!.end.offset)).toBe('<u>\r\n<seg>a</seg>\r\n</u>')
  })

  it('reads the first TEI of a teiCorpus, and refuses what is not TEI', () => {
    expect(toString(onlyTurn(`<teiCorpus ${TEI}><teiHeader/>${wrap('<u>x</u>')}</teiCorpus>`))).toBe('x')
    expect(() => fromTei('<html><body>x</body></html>')).toThrow(expect.objectContaining({ name: 'VerbatimError', ruleId: 'not-tei' }))
  })

  it('puts the file name into messages', () => {
    const { messages } = fromTei(wrap('<u><odd/>x</u>'), { file: 'a.xml' })
    expect(messages[0]).toMatchObject({ file: 'a.xml', source: 'verbatim-tei' })
  })

  it("reads Verbatim's own TEI exactly (whitespace kept) and other TEI normalised", () => {
    const own = toTei({ type: 'transcript', version: '1.0', meta: {}, speakers: [], children: [{ type: 'turn', speaker: null, label: '  L  ', interpreted: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: '  two  spaces ' }] }] }] })
    expect(turnsOf(fromTei(own).transcript)[0]).toMatchObject({ label: '  L  ', children: [{ children: [{ value: '  two  spaces ' }] }] })
    const other = own.replace(/<appInfo>[\s\S]*<\/appInfo>/, '')
    expect(turnsOf(fromTei(other).transcript)[0]).toMatchObject({ label: 'L', children: [{ children: [{ value: 'two spaces' }] }] })
  })
})
