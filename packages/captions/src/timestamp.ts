/**
 * Cue timestamps as caption formats write them: `hh:mm:ss.ttt` (WebVTT) and `hh:mm:ss,ttt`
 * (SubRip), at least two hour digits, no wrap at 24 hours. Writers format two timestamps per cue
 * and, for timed words, one per word, mostly increasing: the `hh:mm:ss` part is kept for the last
 * whole second formatted, so most calls are one table look-up and one concatenation.
 */

const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, n) => (n < 10 ? '0' : '') + n)
const THREE_DIGITS: readonly string[] = Array.from({ length: 1000 }, (_, n) => (n < 10 ? '00' : n < 100 ? '0' : '') + n)

/** Formats seconds as a cue timestamp with `separator` before the milliseconds. */
export type TimestampFormatter = (seconds: number) => string

/**
 * A formatter of cue timestamps with its own cache of the last second (one per writer call, or
 * shared: it holds no more than one string). Rounded to the millisecond; negative, NaN or infinite
 * times are written as 0.
 */
export function timestampFormatter(separator: '.' | ','): TimestampFormatter {
  let cachedSecond = -1
  let cachedPrefix = ''
  return (seconds) => {
    const total = Math.round(Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0)
    const millis = total % 1000
    const second = (total - millis) / 1000
    if (second !== cachedSecond) {
      const hours = Math.floor(second / 3600)
      const rest = second - hours * 3600
      const minutes = Math.floor(rest / 60)
      cachedPrefix = (hours < 100 ? TWO_DIGITS[hours]! : String(hours)) + ':' + TWO_DIGITS[minutes]! + ':' + TWO_DIGITS[rest - minutes * 60]! + separator
      cachedSecond = second
    }
    return cachedPrefix + THREE_DIGITS[millis]!
  }
}
