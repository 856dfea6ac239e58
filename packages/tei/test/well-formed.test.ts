/**
 * Well-formedness is checked by the scanner in the pass that builds the tree (scan-xml.ts,
 * xml-syntax.ts), without fast-xml-parser's validator. Each broken rule is a positioned
 * `xml-malformed` error saying what was expected and what was found; and on mutated documents the
 * scanner is at least as strict as the validator: whatever the validator refuses, fromTei refuses.
 */
import fc from 'fast-check'
import { XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { isVerbatimError, type VerbatimError } from '@verbatim/core'
import { fuzzCases, fuzzInput, readShared, sharedAvailable, sharedFiles, transcriptArb, type FuzzSeed } from '@verbatim/test-utils'
import { fromTei, toTei } from '../src/index.js'
import { NAME_PATTERN } from '../src/xml-syntax.js'
import { failure, wrap } from './refusal.js'

describe('each broken rule: line and column, what was expected, what was found', () => {
  /** Name, document, where the error is (the column of a marker's first occurrence, or a column), what the message says. */
  const cases: ReadonlyArray<readonly [string, string, string | number, RegExp]> = [
    ['an end tag that does not match', wrap('<seg>a</hi></seg>'), '</hi>', /expected <\/seg> closing the element \(the element opened at 1:74\), found <\/hi>/],
    ['a reference that is not one', wrap('<seg>salt & pepper</seg>'), '& pepper', /expected a reference .*found "& pepper/],
    ['an unclosed quote', wrap('x', ' who="#a'), '"#a', /expected a closing " for the attribute value, found the end of the input/],
    ['attributes without space between', wrap('x', ' n="1"ana="#b"'), 'ana=', /expected whitespace between two attributes/],
    ['an attribute without a value', wrap('x', ' n'), '>x', /expected = and a quoted value after the attribute name n/],
    ['an unquoted value', wrap('x', ' n=1'), '1>', /expected a value in quotes for the attribute n, found "1/],
    ['a repeated attribute', wrap('x', ' n="1" n="2"'), 'n="2"', /expected each attribute once in a start tag, found n again/],
    ['< in an attribute value', wrap('x', ' n="a<b"'), '<b"', /expected no < in an attribute value/],
    ['& in an attribute value', wrap('x', ' n="a&b"'), '&b"', /expected a reference/],
    ['an invalid element name', wrap('<1seg>x</1seg>'), '1seg', /expected an element name after <, found "1seg"/],
    ['an invalid attribute name', wrap('x', ' 1n="a"'), '1n=', /expected an attribute name, found "1n"/],
    ['an unclosed comment', wrap('<!-- open'), '<!--', /expected --> closing the comment that starts here, found the end of the input/],
    ['an unclosed CDATA section', wrap('<![CDATA[ open'), '<![CDATA[', /expected \]\]> closing the CDATA section that starts here, found the end of the input/],
    ['<! that is neither comment nor CDATA', wrap('<!ELEMENTS>'), '<!ELEMENTS', /expected a comment \(<!--\) or a CDATA section/],
    ['an XML declaration after the start', wrap('<?xml version="1.0"?>'), '<?xml', /expected the XML declaration only at the very start/],
    ['a PI without a target', wrap('<? x?>'), ' x?>', /expected a processing instruction target/],
    ['a second root', '<TEI/><TEI/>', 7, /expected one root element, found a second one, <TEI>/],
    ['text before the root', 'hello <TEI/>', 'hello', /expected only markup and whitespace before the root element, found text "hello/],
    ['an element never closed', '<TEI><teiHeader/>', '<TEI>', /expected <\/TEI> closing this <TEI>, found the end of the input/],
    ['an end tag with nothing open', '</TEI>', '</TEI>', /expected a start tag before any end tag/],
    ['a start tag running into the next tag', wrap('<seg n="1"'), '</u>', /expected > ending the start tag <seg, found "<\/u>/],
  ]
  for (const [name, xml, at, reason] of cases) {
    it(name, () => {
      const error = failure(xml)
      expect(error.ruleId).toBe('xml-malformed')
      expect(error.diagnostic.place).toMatchObject({ line: 1, column: typeof at === 'number' ? at : xml.indexOf(at) + 1 })
      expect(error.message).toMatch(/^1:\d+: expected well-formed XML: expected /)
      expect(error.message).toMatch(reason)
    })
  }

  it('text after the root, on its own line', () => {
    const error = failure('<TEI/>\n more')
    expect(error.diagnostic.place).toMatchObject({ line: 2, column: 2 })
    expect(error.message).toMatch(/expected only markup and whitespace after the root element, found text "more"/)
  })

  it('places on later lines, after a byte order mark, and in CR LF documents', () => {
    const xml = '\ufeff<TEI>\r\n  <teiHeader>\r\n  </text>\r\n</TEI>'
    const error = failure(xml)
    expect(error.diagnostic.place).toMatchObject({ line: 3, column: 3 })
    expect(error.message).toMatch(/the element opened at 2:3/)
    expect(failure('\ufeff<TEI>&x</TEI>').diagnostic.place).toMatchObject({ line: 1, column: 7 })
  })
})

/** fromTei's verdict: read, or the rule of the VerbatimError. */
function verdict(input: string): string {
  try {
    fromTei(input)
    return 'read'
  } catch (error) {
    if (isVerbatimError(error)) return (error as VerbatimError).ruleId
    throw error
  }
}

/**
 * Rules of XML 1.0 the validator does not check and the scanner does (one way the two may
 * disagree). Also where the validator errs: it takes a start tag cut off at the end of the input
 * after a `/` as closed, and after a self-closing root (`<TEI/>`) it accepts text and more elements.
 */
const STRICTER = /no < in an attribute value|a reference \(|--> closing the comment|\]\]> closing the CDATA|a comment \(<!--\) or a CDATA|no CDATA section outside|processing instruction|XML declaration|> ending the start tag, found the end of the input|after the root element|one root element/

/**
 * The other way: what the validator refuses and XML 1.0 allows. Names with a character beyond
 * U+FFFF (NameStartChar includes #x10000-#xEFFFF) and entity references whose name its pattern
 * (`\w`, at most 20) misses; fromTei keeps such a reference as written, with a warning.
 */
function validatorOnly(input: string, error: { msg: string; line: number; col: number }): boolean {
  const name = /^(?:Attribute|Tag) '(.*)' is an invalid name\.$/.exec(error.msg)
  if (name) return /[\u{10000}-\u{EFFFF}]/u.test(name[1]!)
  if (error.msg !== "char '&' is not expected.") return false
  const line = input.split(/\r?\n/)[error.line - 1] ?? ''
  const reference = new RegExp(`^&${NAME_PATTERN};`, 'u').exec(line.slice(error.col - 1))
  return reference !== null && !/^&\w{1,20};$/.test(reference[0])
}
/** Verdicts that refuse the input before well-formedness is judged. */
const REFUSED = new Set(['doctype-refused', 'xml-forbidden-character', 'xml-too-deep', 'not-tei'])

const TOKENS = ['<', '>', '</', '/>', '"', "'", '=', '&', '&amp;', '&#65;', '&x;', '<!--', '-->', '<![CDATA[', ']]>', '<?pi x?>', '<?xml?>', '</u>', '<seg>', '</seg>', ' n="1"', ' n=1', 'n', '<!x>', '<1a>', '\n']

describe('the scanner refuses whatever fast-xml-parser\'s validator refuses', () => {
  const generated: FuzzSeed[] = fc.sample(transcriptArb({ strings: 'unicode', data: true }), { numRuns: 6, seed: 3 }).map((transcript, i) => ({ name: `generated-${i}`, text: toTei(transcript, { pretty: i % 2 === 0 }) }))
  const shared = sharedAvailable('TEI files of the format corpus', 'corpus-formats') ? sharedFiles('corpus-formats', /^tei-.*\.xml$/).map((name) => ({ name, text: readShared('corpus-formats', name) })) : []

  for (const [name, seeds] of [['generated TEI', generated], ['the TEI files of the format corpus', shared]] as const) {
    it.skipIf(seeds.length === 0)(`mutations of ${name}`, () => {
      let refusedByBoth = 0
      fc.assert(
        fc.property(fuzzCases(seeds, TOKENS), (fuzzCase) => {
          const input = fuzzInput(seeds, fuzzCase)
          const ours = verdict(input)
          if (REFUSED.has(ours)) return
          const validator = XMLValidator.validate(input.replace(/^\ufeff/, ''))
          if (validator !== true) {
            if (ours === 'read' && validatorOnly(input.replace(/^\ufeff/, ''), validator.err)) return
            expect(ours, `the validator refuses (${validator.err.msg}) what fromTei reads`).not.toBe('read')
            refusedByBoth++
          } else if (ours === 'xml-malformed') {
            expect(failure(input).message).toMatch(STRICTER)
          }
        }),
        { numRuns: 400, seed: 11 },
      )
      // The comparison means something only if mutations do break documents.
      expect(refusedByBoth).toBeGreaterThan(50)
    })
  }
})
