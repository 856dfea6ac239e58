/**
 * The fast paths give what the general algorithms give: each test compares a shortcut with the
 * slower code (or the regular expression) it stands in for, on generated input.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { removePositions } from '@verbatim/core'
import { isJsWhitespace, collapseJsWhitespace } from '../src/whitespace.js'
import { collapseWhitespace } from '../src/parse/cue-text.js'
import { breakCost, DEFAULT_BREAK_RULES, gapCosts, type BreakRules } from '@verbatim/captions'
import { fromWebVtt } from '../src/read/from-webvtt.js'
import { parseWebVtt } from '../src/parse/parse-webvtt.js'

/** Characters that matter to the shortcuts: every kind of whitespace, markup, isolates, capitals. */
const TRICKY = [' ', '  ', '\n', '\t', '\f', '\r', '\v', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b', '\u2066', '\u2068', '\u2069', '<', '>', '&', '&amp;', '.', '-', 'A', 'a', 'É', 'é', 'İ', 'ß', '北京', '🙂']
const trickyString = fc.array(fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 4 })), { maxLength: 12 }).map((parts) => parts.join(''))

describe('whitespace shortcuts', () => {
  it('isJsWhitespace agrees with /\\s/ on every UTF-16 code unit', () => {
    for (let code = 0; code <= 0xffff; code++) expect(isJsWhitespace(code), code.toString(16)).toBe(/\s/.test(String.fromCharCode(code)))
  })

  it('collapseJsWhitespace is replace(/\\s+/g, " ").trim()', () => {
    fc.assert(fc.property(trickyString, (text) => {
        expect(collapseJsWhitespace(text)).toBe(text.replace(/\s+/g, ' ').trim())
      }), { numRuns: 2000 })
  })

  it('collapseWhitespace (cue text rules) collapses ASCII whitespace only, as the regex did', () => {
    fc.assert(
      fc.property(trickyString, (text) => {
        expect(collapseWhitespace(text)).toBe(text.replace(/[\t\n\f\r ]+/g, ' ').replace(/^ | $/g, ''))
      }),
      { numRuns: 2000 },
    )
  })
})

describe('break costs per word', () => {
  it('lower-casing never makes a string shorter (gapCosts skips it for words longer than every rule word)', () => {
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const char = String.fromCodePoint(code)
      if (char.toLowerCase().length < char.length) expect.fail(`U+${code.toString(16)} gets shorter in lower case`)
    }
  })

  it('gapCosts gives breakCost of each neighbouring pair, with the default and with custom rules', () => {
    const custom: BreakRules = {
      ...DEFAULT_BREAK_RULES,
      beforeWords: new Set(['and', 'é', 'i̇', 'straße']),
      neverAfterWords: new Set(['the', 'à']),
      avoidAfterWords: new Set(['of', 'Mr.']),
    }
    const word = fc.oneof(
      fc.constantFrom('The', 'the', 'AND', 'and', 'Of', 'of', 'İ', 'É', 'À', 'STRASSE', 'Straße', 'Ash', 'Carter', 'said,', 'done.', '--', 'Mr.', 'mr.', '[laughter]', 'a'),
      fc.string({ minLength: 1, maxLength: 12 }).filter((text) => !/\s/.test(text)),
    )
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 20 }), fc.boolean(), (words, useCustom) => {
        const rules = useCustom ? custom : DEFAULT_BREAK_RULES
        const costs = gapCosts(words, rules)
        expect(costs[0]).toBe(0)
        for (let k = 1; k < words.length; k++) expect(costs[k]).toBe(breakCost(words[k - 1]!, words[k]!, rules))
      }),
      { numRuns: 1000 },
    )
  })
})

describe('fromWebVtt on plain voiced cues', () => {
  it('reads `<v Name>text</v>` (fast path) as it reads the same cue with an empty tag inside (full cue text parser)', () => {
    const name = fc.constantFrom('Ann', 'Ann Lee', ' Ann  Lee ', 'A&amp;B', 'Zoë', 'A\u2068B')
    const classes = fc.constantFrom('', '.interpreted', '.a.interpreted', '..', '.loud')
    const cueArb = fc.record({ name, classes, text: trickyString, close: fc.boolean() })
    fc.assert(
      fc.property(fc.array(cueArb, { minLength: 1, maxLength: 5 }), (cues) => {
        const file = (inner: (text: string) => string) =>
          'WEBVTT\n\n' +
          cues
            .map((cue, i) => `${i + 1}\n00:00:0${i}.000 --> 00:00:0${i + 1}.000\n<v${cue.classes} ${cue.name}>${inner(cue.text.replace(/\r|\n\n/g, ' '))}${cue.close ? '</v>' : ''}\n`)
            .join('\n')
        const fast = fromWebVtt(file((text) => text))
        // `<c></c>` shows nothing but forces the full cue text parser (it only moves where the cue text ends).
        const full = fromWebVtt(file((text) => `<c></c>${text}`))
        expect(fast.transcript.speakers).toEqual(full.transcript.speakers)
        expect(removePositions(fast.transcript.children)).toEqual(removePositions(full.transcript.children))
      }),
      { numRuns: 1000 },
    )
  })

  it('reads a file whose first cue has no voice (read once parsed) as one whose first cue has one (read while parsed)', () => {
    const body = '\n\n2\n00:00:02.000 --> 00:00:03.000\n<v Ann>Hello there\nfriend</v>\n\nNOTE Section break: Part two\n\n3\n00:00:03.000 --> 00:00:04.000\n<v Bob>[laughter] yes</v>\n'
    const unvoicedFirst = fromWebVtt('WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nno voice, really!!' + body).transcript
    const voicedFirst = fromWebVtt('WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\n<v Cy>no voice</v>' + body).transcript
    expect(unvoicedFirst.children.slice(1)).toEqual(voicedFirst.children.slice(1))
    expect(voicedFirst.children.map((block) => block.type)).toEqual(['turn', 'turn', 'break', 'turn'])
  })
})

describe('parseWebVtt line reading', () => {
  it('gives the same cues for LF, CRLF and CR line breaks (offsets aside)', () => {
    const lines = ['WEBVTT', '', '1', '00:00.000 --> 00:01.000 align:start', '<v Ann>one', 'two</v>', '', 'NOTE a', 'b', '', '00:01.000 --> 00:02.000', 'three', '']
    const strip = (vtt: string) => parseWebVtt(vtt).cues.map(({ id, start, end, text, voice, settings }) => ({ id, start, end, text, voice, settings }))
    const lf = strip(lines.join('\n'))
    expect(strip(lines.join('\r\n'))).toEqual(lf)
    expect(strip(lines.join('\r'))).toEqual(lf)
    expect(lf.map((cue) => cue.text)).toEqual(['<v Ann>one\ntwo</v>', 'three'])
  })
})
