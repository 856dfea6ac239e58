/** Clock readings in transcripts: `07:18`, `00:02:57`, `1:02:03.5`, `00:07:38.13`. */

export const CLOCK = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`

/** Seconds from a clock reading, or undefined when it is not one. */
export function parseClock(text: string): number | undefined {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,](\d{1,3}))?$/.exec(text.trim())
  if (!match) return undefined
  const [, a, b, c, fraction] = match
  const seconds = c === undefined ? Number(a) * 60 + Number(b) : Number(a) * 3600 + Number(b) * 60 + Number(c)
  const fractional = fraction ? Number(`0.${fraction}`) : 0
  return Math.round((seconds + fractional) * 1000) / 1000
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

const RANGE = String.raw`(${CLOCK})(?:[ \t]*(?:-->|–|-)[ \t]*(${CLOCK}))?`
const LEADING = new RegExp(String.raw`^(?:\\\[${RANGE}\\\]|\[${RANGE}\]|\(${RANGE}\))[ \t\u00a0]*`)

/** A leading `[00:12]`, `[00:12 --> 00:15]`, `\[07:18\]` or `(12:35)` at the start of speech: seconds and length. */
export function leadingTimestamp(text: string): { seconds: number; end?: number; length: number } | undefined {
  const match = LEADING.exec(text)
  if (!match) return undefined
  const seconds = parseClock(match[1] ?? match[3] ?? match[5] ?? '')
  if (seconds === undefined) return undefined
  const endText = match[2] ?? match[4] ?? match[6]
  const end = endText === undefined ? undefined : parseClock(endText)
  return end === undefined ? { seconds, length: match[0].length } : { seconds, end, length: match[0].length }
}
