/** Hostile input: declarations refused, malformed XML located, deep nesting and huge values survived. */
import { describe, expect, it } from 'vitest'
import { toString, turnsOf } from '@verbatim/core'
import { fromTei, toTei } from '../src/index.js'
import { failure, wrap } from './refusal.js'

describe('DOCTYPE and entity declarations are refused, never expanded', () => {
  it('an entity-expansion bomb ("billion laughs")', () => {
    const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('\n')
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE TEI [\n<!ENTITY lol0 "lol">\n${levels}\n]>\n${wrap('&lol9;')}`
    const started = performance.now()
    const error = failure(bomb)
    expect(performance.now() - started).toBeLessThan(1000)
    expect(error.ruleId).toBe('doctype-refused')
    expect(error.diagnostic.place).toMatchObject({ line: 2, column: 1 })
    expect(error.message).toMatch(/DOCTYPE/)
  })

  it('an external entity (XXE)', () => {
    const error = failure(`<?xml version="1.0"?><!DOCTYPE TEI [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${wrap('&xxe;')}`)
    expect(error.ruleId).toBe('doctype-refused')
  })

  it('a DOCTYPE without entities, and a stray ENTITY declaration', () => {
    expect(failure(`<!DOCTYPE TEI SYSTEM "tei_all.dtd">${wrap('x')}`).ruleId).toBe('doctype-refused')
    expect(failure(wrap('<!ENTITY x "y">')).ruleId).toBe('doctype-refused')
  })

  it('an undeclared entity reference is kept as text, with a warning, not resolved', () => {
    const { transcript, messages } = fromTei(wrap('<seg>&xxe;</seg>'))
    expect(toString(turnsOf(transcript)[0]!)).toBe('&xxe;')
    expect(messages[0]).toMatchObject({ ruleId: 'undefined-entity', severity: 'warning' })
  })
})

describe('malformed input is a VerbatimError with line and column', () => {
  it('mismatched tags', () => {
    const error = failure('<TEI>\n  <teiHeader>\n  </text>\n</TEI>')
    expect(error.ruleId).toBe('xml-malformed')
    expect(error.diagnostic.place).toMatchObject({ line: 3, column: 3 })
    expect(error.message).toMatch(/^3:3: expected well-formed XML/)
  })

  it('an unclosed attribute quote, text that is not XML, empty input, a control character', () => {
    expect(failure(wrap('x', ' who="#a')).ruleId).toBe('xml-malformed')
    expect(failure('just some words').ruleId).toBe('xml-malformed')
    expect(failure('').diagnostic.place).toMatchObject({ line: 1, column: 1 })
    const binary = failure(wrap('a\u0000b'))
    expect(binary.ruleId).toBe('xml-forbidden-character')
    expect(binary.diagnostic.place).toMatchObject({ line: 1 })
  })
})

describe('resource exhaustion', () => {
  it('10^5 nested elements: refused quickly, no stack overflow', () => {
    const depth = 100_000
    const started = performance.now()
    const error = failure(wrap('<seg>'.repeat(depth) + 'x' + '</seg>'.repeat(depth)))
    expect(performance.now() - started).toBeLessThan(5000)
    expect(error.ruleId).toBe('xml-too-deep')
    // Unbalanced deep nesting is malformed.
    expect(failure(wrap('<seg>'.repeat(depth))).ruleId).toBe('xml-malformed')
  })

  it('toTei of a hostile transcript with segments nested 10^5 deep: written (the nested ones as text, reported), no stack overflow', () => {
    let inline: unknown = { type: 'text', value: 'deep' }
    for (let i = 0; i < 100_000; i++) inline = { type: 'segment', time: { start: 1, source: 'source' }, children: [inline] }
    const transcript = { type: 'transcript', version: '1.1', meta: {}, speakers: [], children: [{ type: 'turn', speaker: null, label: null, interpreted: false, children: [{ type: 'paragraph', children: [inline] }] }] }
    const messages: string[] = []
    const xml = toTei(transcript as never, { onMessage: (message) => messages.push(message.ruleId ?? '') })
    expect(xml).toContain('deep')
    expect(messages).toContain('unknown-node')
  })

  it('toTei of a data bag nested 10^5 deep: reported and not written (JSON.stringify would overflow the stack), no crash', () => {
    let data: Record<string, unknown> = { n: -0 }
    for (let i = 0; i < 100_000; i++) data = { a: data }
    const transcript = { type: 'transcript', version: '1.1', meta: {}, speakers: [], children: [{ type: 'turn', speaker: null, label: null, interpreted: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: 'x' }] }], data }] }
    const messages: string[] = []
    const xml = toTei(transcript as never, { onMessage: (message) => messages.push(message.reason) })
    expect(messages).toEqual([expect.stringMatching(/^expected data at children\[0\]\.data that JSON can hold, found nesting deeper than 1000; not written$/)])
    expect(fromTei(xml).transcript.children[0]).not.toHaveProperty('data')
  })

  it('nesting within the limit is read', () => {
    const turn = turnsOf(fromTei(wrap('<hi>'.repeat(900) + 'deep' + '</hi>'.repeat(900))).transcript)[0]!
    expect(toString(turn)).toBe('deep')
  })

  it('a 10 MB attribute value and 20,000 attributes on one element', () => {
    const huge = 'a'.repeat(10_000_000)
    const started = performance.now()
    const { transcript, messages } = fromTei(wrap('<seg>x</seg>', ` who="#${huge}"`))
    expect(performance.now() - started).toBeLessThan(15_000)
    expect(transcript.speakers[0]!.id).toHaveLength(huge.length)
    expect(messages[0]!.ruleId).toBe('unresolved-speaker')
    const many = Array.from({ length: 20_000 }, (_, i) => ` a${i}="${i}"`).join('')
    expect(toString(turnsOf(fromTei(wrap('<seg>y</seg>', many)).transcript)[0]!)).toBe('y')
  })

  it('a 5 MB text node', () => {
    const text = 'word '.repeat(1_000_000).trim()
    const turn = turnsOf(fromTei(wrap(`<seg>${text}</seg>`)).transcript)[0]!
    expect(toString(turn)).toHaveLength(text.length)
  })
})
