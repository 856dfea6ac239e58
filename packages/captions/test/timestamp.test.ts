import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { timestampFormatter } from '../src/index.js'

/** The plain arithmetic, for comparison: every field computed from the rounded milliseconds. */
function reference(seconds: number, separator: string): string {
  const total = Math.round(Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0)
  const pad = (value: number, width: number) => String(value).padStart(width, '0')
  return `${pad(Math.floor(total / 3600000), 2)}:${pad(Math.floor(total / 60000) % 60, 2)}:${pad(Math.floor(total / 1000) % 60, 2)}${separator}${pad(total % 1000, 3)}`
}

describe('timestampFormatter', () => {
  it('writes WebVTT and SubRip timestamps', () => {
    const vtt = timestampFormatter('.')
    const srt = timestampFormatter(',')
    expect(vtt(0)).toBe('00:00:00.000')
    expect(vtt(59.9996)).toBe('00:01:00.000')
    expect(vtt(25 * 3600 + 1.5)).toBe('25:00:01.500')
    expect(vtt(100 * 3600)).toBe('100:00:00.000')
    expect(vtt(-3)).toBe('00:00:00.000')
    expect(vtt(Number.NaN)).toBe('00:00:00.000')
    expect(srt(3723.004)).toBe('01:02:03,004')
    expect(srt(Infinity)).toBe('00:00:00,000')
  })

  it('gives the plain arithmetic for any sequence of times (its cached second never leaks)', () => {
    const time = fc.oneof(fc.double({ min: -10, max: 400 * 3600, noNaN: true }), fc.integer({ min: 0, max: 400 * 3600 }), fc.constantFrom(0.0005, 0.9995, 59.9995, 3599.9996, 1e-9))
    fc.assert(
      fc.property(fc.array(time, { minLength: 1, maxLength: 30 }), fc.constantFrom<'.' | ','>('.', ','), (times, separator) => {
        const format = timestampFormatter(separator)
        for (const seconds of times) expect(format(seconds)).toBe(reference(seconds, separator))
      }),
      { numRuns: 500 },
    )
  })
})
