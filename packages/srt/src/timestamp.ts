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

/** The times of a timing line, or null when the line is not one. */
export function matchTiming(line: string): TimingMatch | null {
  const match = TIMING_LINE.exec(line)
  if (!match) return null
  const odd: string[] = []
  if (match[4] !== ',') odd.push(match[4] ?? '')
  if (match[9] !== ',') odd.push(match[9] ?? '')
  return {
    start: seconds(match[1]!, match[2]!, match[3]!, match[5]),
    end: seconds(match[6]!, match[7]!, match[8]!, match[10]),
    oddSeparators: odd,
    rest: match[11]!.trim(),
  }
}

const formatSubRip = timestampFormatter(',')

/** `HH:MM:SS,mmm`, rounded to the millisecond (hours grow past 99 when they must; negative or non-finite times are 0). */
export function formatSrtTimestamp(time: number): string {
  return formatSubRip(time)
}
