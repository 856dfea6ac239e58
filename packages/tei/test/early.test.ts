/**
 * Reading Verbatim's own timed TEI while it is scanned (read-early.ts) gives exactly what reading
 * the whole tree gives: transcript, positions and messages, on generated documents and on
 * documents changed in every way that makes the early path give up or start again.
 */
import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { syntheticTimedTranscript } from '@verbatim/test-utils'
import { fromTei, toTei } from '../src/index.js'
import { fromTeiWhole } from '../src/from-tei.js'
import { BodyReader } from '../src/read-body.js'
import { timedTranscriptArb } from './timed-arb.js'

/** The result, or the error thrown (its class, message and diagnostic). */
function outcome(read: () => unknown): unknown {
  try {
    return read()
  } catch (error) {
    return { thrown: error instanceof Error ? [error.constructor.name, error.message, (error as { diagnostic?: unknown }).diagnostic] : error }
  }
}

const same = (xml: string, options: { idPrefix?: string } = {}): void => {
  expect(outcome(() => fromTei(xml, options))).toEqual(outcome(() => fromTeiWhole(xml, options)))
}

/** How many utterances the early path read while scanning `xml` (0: it gave up or started again). */
function earlyUtterances(xml: string): number {
  const spy = vi.spyOn(BodyReader.prototype, 'prepare')
  fromTei(xml)
  const taken = spy.mock.results.filter((result) => result.value === true).length
  spy.mockRestore()
  return taken
}

afterEach(() => vi.restoreAllMocks())

const timed = toTei(syntheticTimedTranscript(400))

/** One change of the document each: the early path must give the whole tree's result anyway. */
const CHANGES: Record<string, (xml: string) => string> = {
  'as written': (xml) => xml,
  'a when without a time (interpolated)': (xml) => xml.replace(/(<when xml:id="T5") interval="[^"]*"/, '$1'),
  'two whens with one id': (xml) => xml.replace(/(<when xml:id="T7"[^>]*\/>)/, '$1<when xml:id="T3" interval="0.5" since="#T0"/>'),
  'ids that are not T0, T1...': (xml) => xml.replace(/T5"/g, 'x5"').replace(/#T5\b/g, '#x5'),
  'an element inside the timeline': (xml) => xml.replace(/(<when xml:id="T9"[^>]*)\/>/, '$1><label>nine</label></when>'),
  'an element before the first when': (xml) => xml.replace('<when xml:id="T0"', '<label>start</label><when xml:id="T0"'),
  'a speaker no person declares': (xml) => xml.replace(/(<u xml:id="u2" who=")[^"]*"/, '$1#nobody"'),
  'an utterance inside an unknown element': (xml) => xml.replace(/(<u xml:id="u3"[\s\S]*?<\/u>)/, '<block>$1</block>'),
  'an utterance inside an annotationBlock': (xml) => xml.replace(/(<u xml:id="u2"[\s\S]*?<\/u>)/, '<annotationBlock>$1</annotationBlock>'),
  'an annotation inside an utterance': (xml) => xml.replace(/(<u xml:id="u2"[^>]*>)/, '$1<spanGrp/>'),
  'a pointer to no point': (xml) => xml.replace(/synch="#T12 /, 'synch="#T999999 '),
  'a standOff after the text': (xml) => xml.replace('</text>', '</text><standOff><listPerson><person xml:id="late"><persName>Late</persName></person></listPerson></standOff>'),
  'not Verbatim\'s own': (xml) => xml.replace('ident="verbatim"', 'ident="other"'),
  'an undefined entity in a word': (xml) => xml.replace(/(<w synch="#T2 #T3"[^>]*>)/, '$1&nbsp;'),
  'a nested timeline': (xml) => xml.replace('<when xml:id="T0"', '<timeline><when xml:id="Z0" absolute="00:00:00"/></timeline><when xml:id="T0"'),
  'a second text element': (xml) => xml.replace('</text>', '</text><text><body><div><u xml:id="v1"><seg>more</seg></u></div></body></text>'),
  'a body after the first one': (xml) => xml.replace('</body>', '</body><body><div><u who="#journalists"><seg>late</seg></u></div></body>'),
  'not well-formed after the timeline': (xml) => xml.replace(/<\/u>/, '</w>'),
}

describe('reading early', () => {
  it('takes the early path on the TEI toTei writes (so the comparisons below test it)', () => {
    expect(earlyUtterances(timed)).toBe(timed.split('<u ').length - 1)
    expect(timed.split('<u ').length - 1).toBeGreaterThan(3)
    expect(earlyUtterances(toTei(syntheticTimedTranscript(400)).replace('ident="verbatim"', 'ident="other"'))).toBe(0)
  })

  for (const [name, change] of Object.entries(CHANGES)) {
    it(`gives what the whole tree gives: ${name}`, () => {
      const xml = change(timed)
      expect(xml === timed).toBe(name === 'as written')
      same(xml)
    })
  }

  it('gives what the whole tree gives on generated timed transcripts, pretty and compact, with an id prefix', () => {
    fc.assert(
      fc.property(timedTranscriptArb(), fc.boolean(), fc.constantFrom('', 'p-'), (transcript, pretty, idPrefix) => {
        same(toTei(transcript, { pretty, idPrefix }), { idPrefix })
      }),
      { numRuns: 150 },
    )
  })
})
