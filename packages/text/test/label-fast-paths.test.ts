/**
 * The cheap label pre-checks and the per-paragraph shortcuts against the straightforward code
 * they replace: a pre-check may answer "maybe" too often, never "no" to a line that is a label;
 * the shortcuts must give the same answer and the same tree.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { Inline, Paragraph, Turn } from '@verbatim/core'
import { fromText } from '../src/index.js'
import { CAPS_PATTERNS, GRAMMARS, hasLowerOutsideGroups, mayHoldLabel, MIXED_PATTERNS, mixedCannotMatch, sharedMatcher, TIMED_PATTERNS } from '../src/grammars.js'
import { HeadCache, hasIdReference, headOf, labelColon, mayBeTimed } from '../src/label-heads.js'
import { onlyEvents } from '../src/inlines.js'

/** Lines made of the pieces labels are made of, so that labels and near-misses are common. */
const labelish = fc
  .array(
    fc.constantFrom(
      'ASH CARTER', 'Ash Carter', 'Q', 'A', 'Q.', 'MIN. LE DRIAN', 'Jean-Yves', 'of', 'hello', 'speech',
      '(THROUGH TRANSLATOR)', '(#ash-carter)', '(#q)', '(As interpreted.)', '(12:35)', '(a:b)', '(', ')', '(#',
      ':', ': ', '::', '00:02:57', '12:35', '0:03', '[00:01:23]', '[', ']', '**', '#',
      ' ', '  ', '\t', '\u00a0', ' – ', ' - ', ' — ', '1', '.', 'x'.repeat(150),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''))

/** `mayHoldLabel` as it was: a colon anywhere in the line, found with `indexOf`, under 160. */
function mayHoldLabelByIndexOf(line: string): boolean {
  const first = line.charCodeAt(0)
  if (first === 81 || first === 65 || first === 42) return true
  if ((first >= 97 && first <= 122) || first === 32) return false
  const colon = line.indexOf(':')
  return colon !== -1 && colon < 160
}

/** `hasIdReference` as it was: a character loop up to the label's colon (the whole line after `[`). */
function hasIdReferenceByLoop(text: string): boolean {
  const limit = text.charCodeAt(0) === 91 ? text.length : labelColon(text)
  for (let at = 1; at < limit; at++) if (text.charCodeAt(at) === 35 && text.charCodeAt(at - 1) === 40) return true
  return false
}

/** `onlyEvents` as it was, with array methods. */
const onlyEventsByMethods = (children: Inline[]): boolean =>
  children.some((child) => child.type === 'event') && children.every((child) => child.type === 'event' || (child.type === 'text' && /^[\s\u00a0.,;]*$/.test(child.value)))

describe('label pre-checks', () => {
  it('mayHoldLabel answers what the indexOf search answered', () => {
    fc.assert(fc.property(fc.oneof(labelish, fc.string({ maxLength: 300 })), (line) => {
      expect(mayHoldLabel(line)).toBe(mayHoldLabelByIndexOf(line))
    }), { numRuns: 20_000 })
    for (const line of [':', ' :', 'X' + ' '.repeat(158) + ':', 'X' + ' '.repeat(159) + ':', 'ASH CARTER: hi', 'Q', '']) expect(mayHoldLabel(line)).toBe(mayHoldLabelByIndexOf(line))
  })

  it('mayBeTimed never turns away a line a timed pattern matches', () => {
    fc.assert(fc.property(labelish, (line) => {
      if (TIMED_PATTERNS.some((pattern) => pattern.test(line))) expect(mayBeTimed(line)).toBe(true)
    }), { numRuns: 50_000 })
    for (const line of ['Ash Carter: (12:35) hi', 'Ash Carter (via video): (12:35) hi', 'ASH CARTER (a:b) (c): \t(0:03)', 'Ash Carter – 00:02:57: hi', '[00:01:23] Ash Carter: hi', 'Ash Carter  0:03']) {
      expect(TIMED_PATTERNS.some((pattern) => pattern.test(line))).toBe(true)
      expect(mayBeTimed(line)).toBe(true)
    }
  })

  it('hasIdReference finds every speaker id a grammar reads', () => {
    fc.assert(fc.property(labelish, (line) => {
      if (GRAMMARS.some((grammar) => grammar.match(line)?.id !== undefined)) expect(hasIdReference(line)).toBe(true)
    }), { numRuns: 50_000 })
    for (const line of ['ASH CARTER (#ash-carter): hi', 'Ash Carter (As interpreted.) (#ash-carter): hi', '[00:01:23] Ash Carter (#ash-carter): hi', 'Ash Carter (#ash-carter): (12:35) hi']) {
      expect(GRAMMARS.some((grammar) => grammar.match(line)?.id === 'ash-carter')).toBe(true)
      expect(hasIdReference(line)).toBe(true)
    }
  })

  it('hasIdReference answers what the character loop answered', () => {
    fc.assert(fc.property(fc.oneof(labelish, fc.string({ maxLength: 300 })), (line) => {
      expect(hasIdReference(line)).toBe(hasIdReferenceByLoop(line))
    }), { numRuns: 50_000 })
    for (const line of ['(#a): x', 'A (#a)(#b): x', 'A: (#a)', 'A (b) (#c: x', '[(#a)', '(#', 'X (#a) y: z']) expect(hasIdReference(line)).toBe(hasIdReferenceByLoop(line))
  })

  it('a label colon handed in gives the answers the checks and grammars find on their own', () => {
    const matchers = GRAMMARS.map(sharedMatcher)
    fc.assert(fc.property(labelish, (line) => {
      const colon = labelColon(line)
      expect(mayBeTimed(line, colon)).toBe(mayBeTimed(line))
      expect(hasIdReference(line, colon)).toBe(hasIdReference(line))
      for (const match of matchers) expect(match(line, colon)).toEqual(match(line))
    }), { numRuns: 20_000 })
  })

  /** Lines a head refusal sees often: caps labels and qualifiers, mixed-case words, particles and near misses. */
  const caps = fc.tuple(labelish, fc.constantFrom('', 'x', 'Ann', 'UNKNOWN', '(UNKNOWN)', '(via video)', '(a)'), fc.constantFrom(':', ': hi', '')).map((parts) => parts.join(''))
  const words = fc.array(fc.constantFrom('Ann', 'de', 'van', 'st.', 'dessert', 'said', 'of', 'Of', 'y', 'e', 'ex', 'McCain', 'Jean-Yves', ' ', '  ', '\t', '\u00a0', '(SPD)', '(via video)', ',', ', Minister', ', minister of', "'", '1'), { maxLength: 8 })
  const mixed = fc.tuple(words, fc.constantFrom(':', ': hi', ':x')).map(([parts, end]) => parts.join('') + end)
  const refusals = [
    { name: 'a lower-case letter outside groups: no caps pattern', refuses: hasLowerOutsideGroups, patterns: CAPS_PATTERNS, lines: fc.oneof(labelish, caps) },
    { name: 'a word no mixed-case label holds before the comma or colon: no mixed-case pattern', refuses: mixedCannotMatch, patterns: MIXED_PATTERNS, lines: fc.oneof(labelish, mixed) },
  ]
  for (const { name, refuses, patterns, lines } of refusals) {
    it(`${name} matches the head`, () => {
      let refused = 0
      fc.assert(fc.property(lines, (line) => {
        const colon = labelColon(line)
        if (colon === -1 || !refuses(line, colon)) return
        refused++
        for (const pattern of patterns) expect(pattern.test(headOf(line, colon))).toBe(false)
      }), { numRuns: 20_000 })
      expect(refused).toBeGreaterThan(100)
    })
  }

  it('the shared matchers answer what the public grammars answer (court lines read without the pattern)', () => {
    const court = fc.tuple(fc.constantFrom('Q.', 'A.', 'Q', 'A', 'q.', 'Q,', ''), fc.constantFrom('', ' ', '  ', '\t', '\u00a0', ' \t', '\u2003', ' '.repeat(70)), labelish).map((parts) => parts.join(''))
    fc.assert(fc.property(fc.oneof(labelish, court), (line) => {
      GRAMMARS.forEach((grammar) => expect(sharedMatcher(grammar)(line)).toEqual(grammar.match(line)))
    }), { numRuns: 20_000 })
  })

  it('the head cache answers, for any sequence of lines, what the pattern makes of each head', () => {
    // Few distinct heads, so the recent-heads check and the map are both hit, and heads that are
    // prefixes of one another (`A:`, `A: b`) test that a recent head matches only its own length.
    const line = fc.array(fc.constantFrom('A', 'AB', ':', ' ', 'b', '(x)', 'ASH CARTER', 'Q'), { maxLength: 8 }).map((parts) => parts.join(''))
    fc.assert(fc.property(fc.array(line, { maxLength: 60 }), fc.integer({ min: 1, max: 12 }), (lines, limit) => {
      const cache = new HeadCache<string>(limit)
      for (const text of lines) {
        const colon = labelColon(text)
        if (colon === -1) continue
        expect(cache.lookup(text, colon, (head) => `<${head}>`)).toBe(`<${headOf(text, colon)}>`)
      }
    }), { numRuns: 5_000 })
  })
})

describe('paragraph shortcuts', () => {
  it('onlyEvents answers what the array-method version answered', () => {
    const child = fc.oneof(
      fc.constantFrom(' ', '. ', ', ', ';', '\u00a0', 'said', ' -- ').map((value): Inline => ({ type: 'text', value })),
      fc.constantFrom('(inaudible)', '(Laughter.)').map((value): Inline => ({ type: 'event', kind: 'other', value })),
    )
    fc.assert(fc.property(fc.array(child, { maxLength: 6 }), (children) => {
      expect(onlyEvents(children)).toBe(onlyEventsByMethods(children))
    }), { numRuns: 5_000 })
  })

  it('a paragraph with one text node: the text spans the paragraph; moving its start leaves the paragraph where it was', () => {
    // One line of speech, and an unattributed turn that opens with a time stamp and a qualifier.
    const input = 'ASH CARTER: Hello there.\n\n\n[00:01:02] (As interpreted.) \\Q: not a label.\n'
    const { transcript } = fromText(input)
    const [first, second] = transcript.children as Turn[]
    const plain = first!.children[0] as Paragraph
    expect(plain.children).toEqual([{ type: 'text', value: 'Hello there.', position: { start: { line: 1, column: 13, offset: 12 }, end: { line: 1, column: 25, offset: 24 } } }])
    expect(plain.position).toEqual(plain.children[0]!.position)
    expect(second!.time).toEqual({ start: 62, source: 'source' })
    expect(second!.interpreted).toBe(true)
    const moved = second!.children[0] as Paragraph
    const at = input.indexOf('[00:01:02]')
    const textAt = input.indexOf('Q: not')
    expect(moved.position).toEqual({ start: { line: 4, column: 1, offset: at }, end: { line: 4, column: input.length - at, offset: input.length - 1 } })
    expect(moved.children).toEqual([{ type: 'text', value: 'Q: not a label.', position: { start: { line: 4, column: textAt - at + 1, offset: textAt }, end: moved.position!.end } }])
  })

  it('a time stamp taken off the only text node of a paragraph leaves the paragraph where it was', () => {
    const input = 'ASH CARTER: Hello there.\n\n\n[00:01:02] Plain words.'
    const [, turn] = fromText(input).transcript.children as Turn[]
    expect(turn!.time).toEqual({ start: 62, source: 'source' })
    const paragraph = turn!.children[0] as Paragraph
    const at = input.indexOf('[')
    const end = { line: 4, column: input.length - at + 1, offset: input.length }
    expect(paragraph.position).toEqual({ start: { line: 4, column: 1, offset: at }, end })
    expect(turn!.position).toEqual({ start: { line: 4, column: 1, offset: at }, end })
    expect(paragraph.children).toEqual([{ type: 'text', value: 'Plain words.', position: { start: { line: 4, column: 12, offset: at + 11 }, end } }])
  })
})
