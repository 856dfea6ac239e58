/**
 * "Collect a WebVTT timestamp" (WebVTT section 6.3), step by step, plus the tolerant variant that
 * real files need and the writer's formatter.
 */
import { timestampFormatter } from '@verbatim/captions'

export interface CollectedTimestamp {
  /** Seconds. */
  value: number
  /** Index just past the timestamp. */
  end: number
}

export interface TolerantTimestamp extends CollectedTimestamp {
  /** What was not WebVTT about it, for the warning. */
  deviation: string
}

const isDigit = (code: number) => code >= 48 && code <= 57

/** Collect ASCII digits from `start`; returns the index after the last digit. */
function digitsEnd(input: string, start: number): number {
  let i = start
  while (i < input.length && isDigit(input.charCodeAt(i))) i++
  return i
}

/**
 * The spec algorithm: `input` and `position` as in the caller; returns the time and the new
 * position, or null for "return an error".
 */
export function collectTimestamp(input: string, position: number): CollectedTimestamp | null {
  const value = timestampAt(input, position)
  return Number.isNaN(value) ? null : { value, end: timestampEnd.end }
}

/** Where the last successful `timestampAt` ended (a shared record, so the parser's hot path makes no object per timestamp). */
export const timestampEnd = { end: 0 }

/** `collectTimestamp` as a number: the time in seconds, or NaN for an error; the end goes to `timestampEnd`. */
export function timestampAt(input: string, position: number): number {
  const common = commonTimestampAt(input, position)
  return common >= 0 ? common : timestampStepByStep(input, position)
}

/** `timestampAt` by the algorithm's steps alone (what `commonTimestampAt` stands in for). */
export function timestampStepByStep(input: string, position: number): number {
  // Digits are read as numbers in place (no substrings): this runs twice for every cue.
  let hoursFirst = false // "most significant units" is minutes until proven hours
  if (position >= input.length || !isDigit(input.charCodeAt(position))) return NaN
  let end = digitsEnd(input, position)
  let value1 = digitsValue(input, position, end)
  if (end - position !== 2 || value1 > 59) hoursFirst = true
  position = end
  if (position >= input.length || input.charCodeAt(position) !== 58 /* : */) return NaN
  position++
  end = digitsEnd(input, position)
  if (end - position !== 2) return NaN
  let value2 = digitsValue(input, position, end)
  position = end
  let value3: number
  if (hoursFirst || (position < input.length && input.charCodeAt(position) === 58)) {
    if (position >= input.length || input.charCodeAt(position) !== 58) return NaN
    position++
    end = digitsEnd(input, position)
    if (end - position !== 2) return NaN
    value3 = digitsValue(input, position, end)
    position = end
  } else {
    value3 = value2
    value2 = value1
    value1 = 0
  }
  if (position >= input.length || input.charCodeAt(position) !== 46 /* . */) return NaN
  position++
  end = digitsEnd(input, position)
  if (end - position !== 3) return NaN
  const value4 = digitsValue(input, position, end)
  position = end
  if (value2 > 59 || value3 > 59) return NaN
  timestampEnd.end = position
  // Integer milliseconds first so that 1.1 s is exactly 1.1, as browsers report it.
  return (value1 * 3600000 + value2 * 60000 + value3 * 1000 + value4) / 1000
}

/** The value of the ASCII digit at `index`, or -1. */
function digitAt(input: string, index: number): number {
  const value = input.charCodeAt(index) - 48
  return value >= 0 && value <= 9 ? value : -1
}

/**
 * The forms nearly every file writes, `hh:mm:ss.ttt` and `mm:ss.ttt` (two-digit hours, two-digit
 * minutes and seconds up to 59, three-digit fraction, no digit after), read at fixed places; -1
 * for anything else, which the algorithm then reads step by step (with the same result for these).
 */
function commonTimestampAt(input: string, position: number): number {
  const a = digitAt(input, position)
  const b = digitAt(input, position + 1)
  if (a < 0 || b < 0 || input.charCodeAt(position + 2) !== 58 /* : */) return -1
  const c = digitAt(input, position + 3)
  const d = digitAt(input, position + 4)
  if (c < 0 || d < 0) return -1
  const separator = input.charCodeAt(position + 5)
  let hours = 0
  let minutes = a * 10 + b
  let seconds = c * 10 + d
  let at = position + 5
  if (separator === 58 /* : */) {
    const e = digitAt(input, position + 6)
    const f = digitAt(input, position + 7)
    if (e < 0 || f < 0) return -1
    hours = minutes
    minutes = seconds
    seconds = e * 10 + f
    at = position + 8
  }
  if (input.charCodeAt(at) !== 46 /* . */) return -1
  const g = digitAt(input, at + 1)
  const h = digitAt(input, at + 2)
  const i = digitAt(input, at + 3)
  if (g < 0 || h < 0 || i < 0 || digitAt(input, at + 4) >= 0 || minutes > 59 || seconds > 59) return -1
  timestampEnd.end = at + 4
  return (hours * 3600000 + minutes * 60000 + seconds * 1000 + g * 100 + h * 10 + i) / 1000
}

/** The base-ten value of the digits in [start, end) (exact up to 2^53; longer runs are parsed as a whole). */
function digitsValue(input: string, start: number, end: number): number {
  if (end - start > 15) return Number(input.slice(start, end))
  let value = 0
  for (let i = start; i < end; i++) value = value * 10 + (input.charCodeAt(i) - 48)
  return value
}

/**
 * The deviations of real files: one-digit minutes or seconds (`0:0:0.570`, Teams), `,` before the
 * fraction (SRT), one to three fraction digits or none (`00:01`, `0:0:0.0`). Minutes and seconds
 * still must be below 60. Used only when `collectTimestamp` fails.
 */
export function collectTolerantTimestamp(input: string, position: number): TolerantTimestamp | null {
  const groups: string[] = []
  let i = position
  for (;;) {
    const end = digitsEnd(input, i)
    if (end === i) return null
    groups.push(input.slice(i, end))
    i = end
    if (groups.length < 3 && input.charCodeAt(i) === 58 && isDigit(input.charCodeAt(i + 1))) {
      i++
      continue
    }
    break
  }
  if (groups.length < 2) return null
  const deviations: string[] = []
  let fraction = 0
  const separator = input.charCodeAt(i)
  if ((separator === 46 || separator === 44) && isDigit(input.charCodeAt(i + 1))) {
    const end = digitsEnd(input, i + 1)
    const digits = input.slice(i + 1, end)
    if (digits.length > 3) return null
    if (separator === 44) deviations.push('a comma before the fraction')
    if (digits.length !== 3) deviations.push(`${digits.length} fraction digit${digits.length > 1 ? 's' : ''}`)
    fraction = Number(digits.padEnd(3, '0'))
    i = end
  } else {
    deviations.push('no fraction')
  }
  const [a, b, c] = groups as [string, string, string | undefined]
  const hours = c === undefined ? 0 : Number(a)
  const minutesText = c === undefined ? a : b
  const secondsText = c === undefined ? b : c
  const minutes = Number(minutesText)
  const seconds = Number(secondsText)
  if (minutes > 59 || seconds > 59 || minutesText.length > 2 || secondsText.length > 2) return null
  if (minutesText.length !== 2 || secondsText.length !== 2) deviations.push('one-digit minutes or seconds')
  if (deviations.length === 0) return null // only reachable for inputs collectTimestamp accepts
  return { value: (hours * 3600000 + minutes * 60000 + seconds * 1000 + fraction) / 1000, end: i, deviation: deviations.join(', ') }
}

const formatWebVtt = /* @__PURE__ */ timestampFormatter('.')

/**
 * `hh:mm:ss.ttt` with at least two hour digits and no wrap at 24 hours (`25:00:00.000`,
 * `100:00:00.000`). Negative or non-finite times are clamped to 0. (The captions package's
 * formatter, shared with SubRip.)
 */
export function formatTimestamp(seconds: number): string {
  return formatWebVtt(seconds)
}
