/**
 * The fast path of parseXml (scan-xml.ts) against the general path (fast-xml-parser's XMLParser,
 * fxp-tree.ts): on every document the validator accepts, the scanner gives the same tree and the
 * same reference problems, or declines. The tests also check that it does not decline what it is
 * meant to handle, so that a comparison can never pass by falling back.
 */
import fc from 'fast-check'
import { XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { readShared, sharedAvailable, sharedFiles, transcriptArb } from '@verbatim/test-utils'
import { MAX_DEPTH } from '../src/constants.js'
import { fxpTree } from '../src/fxp-tree.js'
import { parseXml } from '../src/parse-xml.js'
import { scanXml } from '../src/scan-xml.js'
import type { OffsetProblem } from '../src/tree-problems.js'
import { fromTei, toTei } from '../src/index.js'

/** Both paths on a document without a byte order mark (parseXml strips it and shifts offsets by 1). */
function bothPaths(xml: string, shift = 0) {
  expect(XMLValidator.validate(xml)).toBe(true)
  const fastProblems: OffsetProblem[] = []
  const generalProblems: OffsetProblem[] = []
  const fast = scanXml(xml, shift, fastProblems)
  const general = fxpTree(xml, shift, generalProblems)
  return { fast, general, fastProblems, generalProblems }
}

function expectSameTree(xml: string): void {
  const { fast, general, fastProblems, generalProblems } = bothPaths(xml)
  expect(fast).toBeDefined()
  expect(fast).toEqual(general)
  expect(fastProblems).toEqual(generalProblems)
}

/** Variations every XML reader must take alike: line ends, quotes, spacing in tags, markup inside text. */
const VARIANTS: ReadonlyArray<readonly [string, (xml: string) => string]> = [
  ['as written', (xml) => xml],
  ['CR LF line ends', (xml) => xml.replace(/\n/g, '\r\n')],
  ['CR line ends', (xml) => xml.replace(/\n/g, '\r')],
  // Inside tags only: text content (the JSON of data bags) may hold `="` too.
  ['single quotes', (xml) => xml.replace(/<[^<>]*>/g, (tag) => tag.replace(/="([^"']*)"/g, "='$1'"))],
  ['spaces, tabs and line breaks around = and before />', (xml) => xml.replace(/<[^<>]*>/g, (tag) => tag.replace(/ (\w+(?::\w+)?)="/g, '\t$1 =\n "').replace(/\/>$/, ' />'))],
  ['comments, PIs and CDATA inside text', (xml) => xml.replace(/<seg>([^<&]{0,4})/g, '<seg><!-- a --><?pi b="c"?>$1<![CDATA[<&>]]>').replace(/<\/seg>/g, '<!---->&#x41;</seg >')],
  ['references and a > in an attribute', (xml) => xml.replace(/<seg>/g, '<seg n="a&amp;b&#10;c>d">&lt;&foo;&#0;')],
  ['prefixed names, comment and PI after the root', (xml) => xml.replace(/<seg>/, '<seg><t:hi xmlns:t="urn:x">q</t:hi>').replace(/<\/TEI>\s*$/, '</TEI>\n<!-- end -->\n<?end?>\n')],
]

describe('the fast tree equals fast-xml-parser\'s tree', () => {
  for (const [name, change] of VARIANTS) {
    it(`generated transcripts, ${name}`, () => {
      fc.assert(
        fc.property(transcriptArb({ strings: 'unicode', data: true }), fc.boolean(), (transcript, pretty) => {
          expectSameTree(change(toTei(transcript, { pretty })))
        }),
        { numRuns: 40 },
      )
    })
  }

  it('with a byte order mark, offsets shifted by one in both', () => {
    const xml = toTei(fc.sample(transcriptArb({ data: true }), { numRuns: 1, seed: 7 })[0]!)
    const { fast, general } = bothPaths(xml, 1)
    expect(fast).toEqual(general)
    expect(parseXml('\ufeff' + xml, undefined, 'fast')).toEqual(parseXml('\ufeff' + xml, undefined, 'general'))
  })

  const available = sharedAvailable('TEI files of the format corpus', 'corpus-formats')
  it.skipIf(!available)('the TEI files of the format corpus, as they are and with CR LF line ends', () => {
    const names = sharedFiles('corpus-formats', /^tei-.*\.xml$/)
    expect(names.length).toBeGreaterThanOrEqual(4)
    for (const name of names) {
      const xml = readShared('corpus-formats', name).replace(/^\ufeff/, '')
      expectSameTree(xml)
      expectSameTree(xml.replace(/\n/g, '\r\n'))
    }
  })
})

describe('the scanner declines what it does not read exactly like fast-xml-parser', () => {
  const wrap = (inner: string) => `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><text><body><div><u>${inner}</u></div></body></text></TEI>`

  it('names fast-xml-parser refuses or renames, and nesting past MAX_DEPTH', () => {
    for (const xml of [wrap('<constructor>x</constructor>'), wrap('<seg toString="x">y</seg>'), wrap('<?pi\n__proto__="x"?>'), wrap('<hi>'.repeat(MAX_DEPTH + 1) + '</hi>'.repeat(MAX_DEPTH + 1))]) {
      expect(XMLValidator.validate(xml)).toBe(true)
      expect(scanXml(xml, 0, [])).toBeUndefined()
    }
  })

  it('a declined document reads exactly as on the general path', () => {
    const deep = wrap('<hi>'.repeat(MAX_DEPTH + 1) + 'x' + '</hi>'.repeat(MAX_DEPTH + 1))
    expect(() => fromTei(deep)).toThrow(/nested at most/)
    const renamed = wrap('<seg>a<valueOf>b</valueOf></seg>')
    expect(parseXml(renamed, undefined, 'fast')).toEqual(parseXml(renamed, undefined, 'general'))
  })
})
