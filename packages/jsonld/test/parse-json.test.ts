import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { parseJsonWithSpans } from '../src/parse-json.js'

/** The same value as JSON.parse, or undefined exactly when JSON.parse throws. */
function expectLikeJsonParse(text: string) {
  let expected: { value: unknown } | undefined
  try {
    expected = { value: JSON.parse(text) }
  } catch {
    expected = undefined
  }
  const parsed = parseJsonWithSpans(text)
  if (expected === undefined) expect(parsed).toBeUndefined()
  else {
    expect(parsed).toBeDefined()
    expect(parsed!.value).toStrictEqual(expected.value)
    expect(Object.is(parsed!.value, expected.value) || typeof expected.value === 'object').toBe(true)
  }
}

/** JSON-ish text: valid JSON, then sometimes cut, or with one character replaced or inserted. */
const jsonText = fc
  .tuple(fc.oneof(fc.jsonValue(), fc.jsonValue({ stringUnit: 'binary' })), fc.constantFrom(0, 1, '\t', ' \r\n '))
  .map(([value, space]) => JSON.stringify(value, null, space) ?? 'null')
const damaged = fc
  .tuple(jsonText, fc.nat(), fc.constantFrom('', '"', '\\', ',', '}', ']', '{', '[', ':', '\u0001', '\n', 'x', '-', '0', 'e', '.', '\\u12', '\\x'), fc.boolean())
  .map(([text, at, insert, replace]) => {
    const index = text.length === 0 ? 0 : at % text.length
    return text.slice(0, index) + insert + text.slice(replace ? index + 1 : index)
  })

describe('parseJsonWithSpans', () => {
  it('builds what JSON.parse builds', () => {
    fc.assert(fc.property(jsonText, expectLikeJsonParse), { numRuns: 500 })
  })

  it('refuses exactly what JSON.parse refuses', () => {
    fc.assert(fc.property(damaged, expectLikeJsonParse), { numRuns: 3000 })
  })

  it('agrees with JSON.parse on edge cases', () => {
    const cases = [
      '', ' ', '1', '-0', '-', '01', '1.', '.5', '1e', '1e+', '1E-7', '1e999', '-1e999', '123456789012345678901234567890',
      'true', 'tru', 'nul', 'null ', ' [] ', '[1,]', '[,1]', '{"a":1,}', '{"a" 1}', '{a:1}', '{"a":1}x', '[1 2]',
      '"\\u00e9\\ud83d\\ude00"', '"\\ud800"', '"\\uZZZZ"', '"\\u12"', '"a\\/b\\"c\\\\"', '"\t"', '"a', '"\\', '[', '{', '{"a":',
      '{"__proto__":{"polluted":1},"constructor":2}', '{"a":1,"a":2,"1":3,"b":{"a":[]}}', '\u00a0{}', '{}\u0000', '[1]\r\n',
    ]
    for (const text of cases) expectLikeJsonParse(text)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.keys(parseJsonWithSpans('{"__proto__":1}')!.value as object)).toEqual(['__proto__'])
  })

  it('does not recurse: 100,000 levels of nesting', () => {
    const text = '['.repeat(100_000) + ']'.repeat(100_000)
    expect(parseJsonWithSpans(text)).toBeDefined()
  })
})
