/**
 * SubRip timestamps: `HH:MM:SS,mmm`. Readers meet `.` before the milliseconds, one- or
 * three-digit hours, one- or two-digit fields and fractions of one to three digits; the writer
 * always writes the canonical form.
 */
import { timestampFormatter } from '@verbatim/captions'

/** `00:00:01,500 --> 00:00:04,500` with whatever follows (coordinates `X1:...`). */
export const TIMING_LINE = /^[ \t]*(\d+):(\d{1,2}):(\d{1,2})(?:([,.:;])(\d{1,3}))?[ \t]*-->[ \t]*(\d+):(\d{1,2}):(\d{1,2})(?:([,.:;])(\d{1,3}))?(.*)$/

export interface TimingMatch {
  start: number
  end: number
  /** The separators before the milliseconds that are not `,` (`.`), or a missing fraction (`''`). */
  oddSeparators: string[]
  /** What follows the end time, trimmed (`X1:000 X2:000 Y1:050 Y2:100`). */
  rest: string
}

function seconds(hours: string, minutes: string, secs: string, fraction: string | undefined): number {
  const whole = Number(hours) * 3600 + Number(minutes) * 60 + Number(secs)
  if (fraction === undefined) return whole
  // `1,5` is 500 ms: the digits are a decimal fraction, as players read them.
  const millis = Number(fraction.padEnd(3, '0'))
  return (whole * 1000 + millis) / 1000
}

/** No odd separators (shared: never changed). */
const NONE: string[] = []

const digit = (text: string, index: number): number => {
  const code = text.charCodeAt(index) - 48
  return code >= 0 && code <= 9 ? code : -1
}

/** `DD:DD:DD,DDD` at `at`, as the number `hhmmssmmm`, or -1. */
function canonicalMillis(text: string, at: number): number {
  if (text.charCodeAt(at + 2) !== 58 || text.charCodeAt(at + 5) !== 58 || text.charCodeAt(at + 8) !== 44) return -1
  const h1 = digit(text, at)
  const h2 = digit(text, at + 1)
  const m1 = digit(text, at + 3)
  const m2 = digit(text, at + 4)
  const s1 = digit(text, at + 6)
  const s2 = digit(text, at + 7)
  const f1 = digit(text, at + 9)
  const f2 = digit(text, at + 10)
  const f3 = digit(text, at + 11)
  if ((h1 | h2 | m1 | m2 | s1 | s2 | f1 | f2 | f3) < 0) return -1
  return (((h1 * 10 + h2) * 100 + m1 * 10 + m2) * 100 + s1 * 10 + s2) * 1000 + f1 * 100 + f2 * 10 + f3
}

/**
 * The canonical timing line `HH:MM:SS,mmm --> HH:MM:SS,mmm` (nothing before or after) read by
 * character codes, or null for any other line; `TIMING_LINE` takes the rest. Same numbers as
 * `seconds` makes of the regex's groups.
 */
function canonicalTiming(text: string, start: number, stop: number): TimingMatch | null {
  if (stop - start !== 29 || text.charCodeAt(start + 12) !== 32 || text.charCodeAt(start + 16) !== 32 || !text.startsWith('-->', start + 13)) return null
  const from = canonicalMillis(text, start)
  const to = from < 0 ? -1 : canonicalMillis(text, start + 17)
  if (to < 0) return null
  return { start: fromDigits(from), end: fromDigits(to), oddSeparators: NONE, rest: '' }
}

/** `hhmmssmmm` as one number -> seconds, by the same arithmetic as `seconds`. */
function fromDigits(packed: number): number {
  const millis = packed % 1000
  const secs = Math.floor(packed / 1000) % 100
  const minutes = Math.floor(packed / 100000) % 100
  const hours = Math.floor(packed / 10000000)
  return ((hours * 3600 + minutes * 60 + secs) * 1000 + millis) / 1000
}

/** Whether `-->` is in `text.slice(start, stop)`, looked for in place. */
function hasArrow(text: string, start: number, stop: number): boolean {
  for (let index = start; index + 2 < stop; index++) {
    if (text.charCodeAt(index) === 45 && text.charCodeAt(index + 1) === 45 && text.charCodeAt(index + 2) === 62) return true
  }
  return false
}

/** The times of the timing line `text.slice(start, stop)`, or null when the line is not one. */
export function matchTiming(text: string, start = 0, stop = text.length): TimingMatch | null {
  const first = text.charCodeAt(start)
  // The pattern starts with spaces, tabs or a digit: any other line is not a timing line.
  if (first !== 32 && first !== 9 && (first < 48 || first > 57)) return null
  const canonical = canonicalTiming(text, start, stop)
  if (canonical) return canonical
  // Cue numbers start with digits too: no `-->`, no regex (and no slice).
  if (!hasArrow(text, start, stop)) return null
  const match = TIMING_LINE.exec(start === 0 && stop === text.length ? text : text.slice(start, stop))
  if (!match) return null
  const odd: string[] = []
  if (match[4] !== ',') odd.push(match[4] ?? '')
  if (match[9] !== ',') odd.push(match[9] ?? '')
  return {
    start: seconds(match[1]!, match[2]!, match[3]!, match[5]),
    end: seconds(match[6]!, match[7]!, match[8]!, match[10]),
    oddSeparators: odd.length === 0 ? NONE : odd,
    rest: match[11]!.trim(),
  }
}

const formatSubRip = timestampFormatter(',')

/** `HH:MM:SS,mmm`, rounded to the millisecond (hours grow past 99 when they must; negative or non-finite times are 0). */
export function formatSrtTimestamp(time: number): string {
  return formatSubRip(time)
}
