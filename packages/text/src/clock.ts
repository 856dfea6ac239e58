/**
 * Clock readings in transcripts: `07:18`, `00:02:57`, `1:02:03.5`, `00:07:38.13`. Read by hand
 * rather than by regular expression: every turn of a timed transcript opens with one or two, and
 * a match array, `trim` and `Number('0.' + digits)` per reading showed up in profiles.
 */

export const CLOCK = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`

/** An ASCII digit (the text reader's one copy). */
export const isDigit = (code: number): boolean => code >= 48 && code <= 57

/** A speaker's name alone on the line above a clock-led line (an Otter export): one to four capitalised words (`Emma`, `Speaker 1`). */
export const CLOCK_NAME_LINE = /^[\p{Lu}][\p{L}\p{M}'’.-]*(?:[ \u00a0][\p{Lu}\d][\p{L}\p{M}\d'’.-]*){0,3}$/u

/**
 * The clock reading `\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?` at `start` (greedy; no backtracking
 * is ever needed because what may follow a reading is never a digit, `:`, `.` or `,`). Leaves its
 * value in `clock.seconds` and returns the index after it, or -1.
 */
export function readClock(text: string, start: number, clock: { seconds: number }): number {
  let i = start
  if (!isDigit(text.charCodeAt(i))) return -1
  let a = text.charCodeAt(i++) - 48
  if (isDigit(text.charCodeAt(i))) a = a * 10 + text.charCodeAt(i++) - 48
  if (text.charCodeAt(i) !== 58 || !isDigit(text.charCodeAt(i + 1)) || !isDigit(text.charCodeAt(i + 2))) return -1
  const b = (text.charCodeAt(i + 1) - 48) * 10 + text.charCodeAt(i + 2) - 48
  i += 3
  let seconds = a * 60 + b
  if (text.charCodeAt(i) === 58 && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2))) {
    seconds = a * 3600 + b * 60 + (text.charCodeAt(i + 1) - 48) * 10 + text.charCodeAt(i + 2) - 48
    i += 3
  }
  let fractional = 0
  const mark = text.charCodeAt(i)
  if ((mark === 46 || mark === 44) && isDigit(text.charCodeAt(i + 1))) {
    let digits = 0
    let scale = 1
    i++
    while (scale < 1000 && isDigit(text.charCodeAt(i))) {
      digits = digits * 10 + text.charCodeAt(i++) - 48
      scale *= 10
    }
    // An exact quotient of two exact doubles rounds like `Number('0.' + digits)`.
    fractional = digits / scale
  }
  clock.seconds = Math.round((seconds + fractional) * 1000) / 1000
  return i
}

const scratch = { seconds: 0 }

/** Seconds from a clock reading, or undefined when it is not one. */
export function parseClock(text: string): number | undefined {
  const trimmed = text.trim()
  return readClock(trimmed, 0, scratch) === trimmed.length && trimmed.length > 0 ? scratch.seconds : undefined
}

/** `h:mm:ss.mmm` (hours always written, milliseconds only when not zero). */
export function formatClock(seconds: number): string {
  const totalMs = Math.round(seconds * 1000)
  const ms = totalMs % 1000
  const total = Math.floor(totalMs / 1000)
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  const base = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`
  return ms === 0 ? base : `${base}.${String(ms).padStart(3, '0')}`
}

const isTabOrSpace = (code: number): boolean => code === 32 || code === 9

/** What `readTimestamp` found: seconds, and the end of a range (NaN when there is none). */
export interface Timestamp {
  seconds: number
  end: number
}

/**
 * A leading `[00:12]`, `[00:12 --> 00:15]`, `\[07:18\]` or `(12:35)` at `start` of `text`, read
 * no further than `limit`: the index after it and the blanks that follow (at most `limit`), or -1.
 * The same language as `^(?:\\\[R\\\]|\[R\]|\(R\))[ \t\u00a0]*` with
 * `R = (CLOCK)(?:[ \t]*(?:-->|–|-)[ \t]*(CLOCK))?`, read left to right. The reader calls it on
 * the input itself, with a reused `into`: no slice and no result object per turn.
 */
export function readTimestamp(text: string, start: number, limit: number, into: Timestamp): number {
  let i = start
  let closer: number
  const first = text.charCodeAt(i)
  if (first === 92 /* \ */) {
    if (text.charCodeAt(i + 1) !== 91) return -1
    closer = 92
    i += 2
  } else if (first === 91 /* [ */) {
    closer = 93
    i++
  } else if (first === 40 /* ( */) {
    closer = 41
    i++
  } else return -1
  i = readClock(text, i, scratch)
  if (i === -1 || i > limit) return -1
  into.seconds = scratch.seconds
  into.end = NaN
  let j = i
  while (j < limit && isTabOrSpace(text.charCodeAt(j))) j++
  const dash = text.charCodeAt(j)
  const arrow = dash === 45 && text.charCodeAt(j + 1) === 45 && text.charCodeAt(j + 2) === 62 ? 3 : dash === 45 || dash === 0x2013 ? 1 : 0
  if (arrow > 0 && j < limit) {
    j += arrow
    while (j < limit && isTabOrSpace(text.charCodeAt(j))) j++
    j = j < limit ? readClock(text, j, scratch) : -1
    // After a range separator only a second reading may follow (the closer is never a space or dash).
    if (j === -1 || j > limit) return -1
    into.end = scratch.seconds
    i = j
  }
  if (closer === 92) {
    if (i + 2 > limit || text.charCodeAt(i) !== 92 || text.charCodeAt(i + 1) !== 93) return -1
    i += 2
  } else {
    if (i + 1 > limit || text.charCodeAt(i) !== closer) return -1
    i++
  }
  while (i < limit && isBlank(text.charCodeAt(i))) i++
  return i
}

/** Space, tab or no-break space: blank inside a line (the text reader's one copy). */
export const isBlank = (code: number): boolean => code === 32 || code === 9 || code === 0xa0
const found: Timestamp = { seconds: 0, end: NaN }

/** `readTimestamp` on a whole string: seconds, end of range and length, or undefined. */
export function leadingTimestamp(text: string): { seconds: number; end?: number; length: number } | undefined {
  const length = readTimestamp(text, 0, text.length, found)
  if (length === -1) return undefined
  return Number.isNaN(found.end) ? { seconds: found.seconds, length } : { seconds: found.seconds, end: found.end, length }
}
