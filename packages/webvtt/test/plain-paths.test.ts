/**
 * The reader's plain paths (cues without markup or markers read straight into the turn builder,
 * style and timestamp tags removed without the cue text tree) give what the general path gives:
 * each test compares a shortcut with the code it stands in for, on generated input.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { removePositions } from '@verbatim/core'
import { fromWebVtt } from '../src/read/from-webvtt.js'
import { scanCue, scanEach } from '../src/read/cue-scan.js'
import { cueRuns, cueText, treeRuns } from '../src/read/cue-lines.js'
import { collapseJsWhitespace } from '../src/whitespace.js'
import { trimmedLines, NOT_PLAIN } from '../src/read/cue-scan.js'
import { timestampAt, timestampEnd, timestampStepByStep } from '../src/parse/timestamp.js'

/** What matters to the shortcuts: whitespace of every kind, markup, markers, brackets, isolates, private use. */
const TRICKY = [' ', '  ', '\n', '\t', '\u00a0', '\u3000', '\u2066', '\u2068', '\u2069', '\ue05b', '\ue100', '<', '>', '>>', '&', '&amp;', '&#91;', '[', ']', '(', ')', ':', '-', '- ', 'Ann: ', '[Alba] ', 'a', 'É', '北京', '🙂']
const TAGS = ['<i>', '</i>', '<b.x>', '</b>', '<c.colorE5E5E5>', '</c>', '<u>', '<00:00:01.260>', '<00:01.5>', '<1:00.000>', '<i foo>', '<ib>', '<ruby>', '<rt>', '</ruby>', '<v Ann>', '</v>', '<lang fr>']
const part = fc.oneof(fc.constantFrom(...TRICKY), fc.constantFrom(...TAGS), fc.string({ maxLength: 4 }))
const cueTextArb = fc.array(part, { maxLength: 12 }).map((parts) => parts.join(''))
const plainish = fc.array(fc.oneof(fc.constantFrom('Ann: ', 'Bob Lee: ', 'hello', 'world', ' ', '\n', '- ', '>> ', '[laughter]', '(Laughter.)', '[Alba] ', '<i>', '</i>', '<00:00:01.000>', '<c>', '</c>', '日本', '語'), fc.constantFrom(...TRICKY)), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''))

describe('scanCue', () => {
  it('gives the flags of the loop over every character (scanEach)', () => {
    fc.assert(
      fc.property(cueTextArb, (text) => {
        expect(scanCue(text)).toBe(scanEach(text))
      }),
      { numRuns: 3000 },
    )
  })

  it('plain text (no NOT_PLAIN flag): its trimmed lines are its lines collapsed, empty ones left out', () => {
    fc.assert(
      fc.property(cueTextArb, (text) => {
        const flags = scanCue(text)
        fc.pre((flags & NOT_PLAIN) === 0)
        const expected = text.split('\n').map(collapseJsWhitespace).filter((line) => line !== '')
        expect(trimmedLines(text, flags) ?? []).toEqual(expected)
      }),
      { numRuns: 3000 },
    )
  })
})

describe('timestamps in their common forms', () => {
  it('timestampAt gives the value and end of the algorithm step by step', () => {
    const digits = (n: number) => fc.array(fc.constantFrom('0', '1', '5', '6', '9'), { minLength: n, maxLength: n }).map((d) => d.join(''))
    const piece = fc.oneof(digits(1), digits(2), digits(3), digits(4), fc.constantFrom(':', '.', ' ', '-->', 'x', ''))
    const stamp = fc.oneof(
      fc.tuple(digits(2), digits(2), digits(2), digits(3)).map(([h, m, s, t]) => `${h}:${m}:${s}.${t}`),
      fc.tuple(digits(2), digits(2), digits(3)).map(([m, s, t]) => `${m}:${s}.${t}`),
      fc.array(piece, { maxLength: 8 }).map((parts) => parts.join('')),
    )
    fc.assert(
      fc.property(fc.string({ maxLength: 2 }), stamp, fc.constantFrom('', ' ', '0', '.', ':', ' --> '), (before, text, after) => {
        const input = before + text + after
        const expected = timestampStepByStep(input, before.length)
        const expectedEnd = timestampEnd.end
        const value = timestampAt(input, before.length)
        expect(value).toBe(expected)
        if (!Number.isNaN(expected)) expect(timestampEnd.end).toBe(expectedEnd)
      }),
      { numRuns: 5000 },
    )
  })
})

describe('style and timestamp tags without the cue text tree', () => {
  it('cueRuns gives the runs (and stamps) of the cue text tree', () => {
    fc.assert(
      fc.property(cueTextArb, (text) => {
        const fast: number[] = []
        const slow: number[] = []
        // Runs without text say nothing (readers skip them); the no-markup shortcut keeps one.
        const spoken = (runs: ReturnType<typeof cueRuns>) => runs.filter((run) => run.text !== '')
        expect(spoken(cueRuns(text, fast))).toEqual(spoken(treeRuns(text, slow)))
        expect(fast).toEqual(slow)
      }),
      { numRuns: 3000 },
    )
  })

  it('character references without tags: the runs and text of the tree', () => {
    const untagged = fc.array(fc.oneof(fc.constantFrom(...TRICKY.filter((part) => !part.includes('<'))), fc.constantFrom('&gt;&gt; ', '&lt;', '&lsqb;', '&rpar;', '&#x5D;', '&nbsp;', '&amp', '&bogus;', '&#0;', '&#xe100;', '&')), { minLength: 1, maxLength: 10 }).map((parts) => parts.join(''))
    fc.assert(
      fc.property(untagged, (text) => {
        // As above: the no-markup shortcut keeps a run without text, which readers skip.
        const spoken = (runs: ReturnType<typeof cueRuns>) => runs.filter((run) => run.text !== '')
        expect(spoken(cueRuns(text))).toEqual(spoken(treeRuns(text)))
        expect(cueText(text)).toBe(treeRuns(text).map((run) => run.text).join(''))
      }),
      { numRuns: 3000 },
    )
  })

  it('cueText is the text of the tree runs', () => {
    fc.assert(
      fc.property(cueTextArb, (text) => {
        expect(cueText(text)).toBe(treeRuns(text).map((run) => run.text).join(''))
      }),
      { numRuns: 3000 },
    )
  })
})

describe('fromWebVtt without voices', () => {
  it('reads plain, prefixed, style-tagged and rolling cues as the general path does (forced by an empty <ruby> first)', () => {
    // `Name: ` prefixes often enough that names repeat (two make a speaker), plain text often enough that the plain path runs.
    const body = fc.oneof(fc.constantFrom('hello there', 'yes, we will.', 'ok\nfine', '日本語', 'Note: this'), plainish)
    const text = fc.tuple(fc.constantFrom('', 'Ann: ', 'Ann: ', 'Bob Lee: ', ' Ann: '), body).map(([prefix, rest]) => prefix + rest)
    const cueArb = fc.record({ text, id: fc.boolean(), gap: fc.constantFrom(0, 0.5, 3) })
    const options = fc.record({ dedupe: fc.boolean(), mergeCues: fc.boolean(), namePrefixes: fc.boolean() })
    fc.assert(
      fc.property(fc.array(cueArb, { minLength: 1, maxLength: 6 }), options, (cues, opts) => {
        const file = (inner: (text: string) => string) => {
          let time = 0
          return (
            'WEBVTT\n\n' +
            cues
              .map((cue, i) => {
                const start = time
                time += 1 + cue.gap
                const text = cue.text.replace(/\r/g, ' ').replace(/\n(?=\s*\n)|\n$|^\n/g, ' ')
                const seconds = Math.floor(start)
                const stamp = `00:00:${String(seconds).padStart(2, '0')}.${String(Math.round((start - seconds) * 1000)).padStart(3, '0')}`
                return `${cue.id ? `${i + 1}\n` : ''}${stamp} --> 00:01:00.000\n${inner(text.trim() === '' ? 'x' : text)}\n`
              })
              .join('\n')
          )
        }
        const fast = fromWebVtt(file((text) => text), opts)
        // `<ruby></ruby>` shows nothing and is markup no shortcut takes.
        const full = fromWebVtt(file((text) => `<ruby></ruby>${text}`), opts)
        expect(fast.transcript.speakers).toEqual(full.transcript.speakers)
        expect(removePositions(fast.transcript.children)).toEqual(removePositions(full.transcript.children))
        expect(fast.messages.map((message) => message.ruleId)).toEqual(full.messages.map((message) => message.ruleId))
      }),
      { numRuns: 1000 },
    )
  })
})
