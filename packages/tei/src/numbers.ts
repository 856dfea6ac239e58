/**
 * Numbers and times as TEI writes them: plain decimals (never `1e-7`, which `xsd:float` and
 * `xsd:duration` reject) that read back to the same JavaScript number, and ISO 8601 durations.
 */

/** `.001` ... `.999` (trailing zeros removed), and `''` for 0: the fractions of times in milliseconds. */
const THOUSANDTHS: readonly string[] = Array.from({ length: 1000 }, (_, i) => (i === 0 ? '' : '.' + String(i).padStart(3, '0').replace(/0+$/, '')))

/** `0`, `0.001` ... `0.999`, made once: every confidence of a speech-to-text word is one of them. */
const BELOW_ONE: readonly string[] = THOUSANDTHS.map((fraction) => '0' + fraction)

/** A finite number as a plain decimal string; `Number(decimal(n)) === n` for every finite n. */
export function decimal(value: number): string {
  // Times in milliseconds and confidences in thousandths (nearly every number a transcript holds):
  // the exact double of k / 1000 prints as k's digits with the point moved, as String() would
  // print it, from integers, several times faster than String() of a double.
  const k = Math.round(value * 1000)
  if (value === k / 1000 && k >= 0 && k < 1e15) return k < 1000 ? BELOW_ONE[k]! : String(Math.floor(k / 1000)) + THOUSANDTHS[k % 1000]!
  const text = String(value)
  const e = text.indexOf('e')
  if (e === -1) return text
  const negative = text.startsWith('-')
  const mantissa = text.slice(negative ? 1 : 0, e)
  const exponent = Number(text.slice(e + 1))
  const dot = mantissa.indexOf('.')
  const digits = dot === -1 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1)
  const pointAt = (dot === -1 ? mantissa.length : dot) + exponent
  let out: string
  if (pointAt <= 0) out = '0.' + '0'.repeat(-pointAt) + digits
  else if (pointAt >= digits.length) out = digits + '0'.repeat(pointAt - digits.length)
  else out = digits.slice(0, pointAt) + '.' + digits.slice(pointAt)
  return (negative ? '-' : '') + out
}

/** Seconds as an `xsd:duration` (`PT12.5S`). */
export function formatDuration(seconds: number): string {
  return `PT${decimal(seconds)}S`
}

/**
 * Seconds from an ISO 8601 duration (`PT1H2M3.5S`, `P1DT2H`), or from a plain number of seconds
 * with an optional `s` (`131.918304s`, as LaBB-CAT writes). Years and months have no fixed length:
 * undefined.
 */
export function parseDuration(value: string): number | undefined {
  const text = value.trim()
  const plain = /^(\d+(?:\.\d+)?)\s*s?$/.exec(text)
  if (plain) return Number(plain[1])
  const iso = /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(text)
  if (!iso || text === 'P' || text.endsWith('T')) return undefined
  const [, weeks, days, hours, minutes, seconds] = iso
  // Keep the exact number written for the common `PT<n>S` form.
  if (!weeks && !days && !hours && !minutes && seconds) return Number(seconds)
  return (
    Number(weeks ?? 0) * 604_800 + Number(days ?? 0) * 86_400 + Number(hours ?? 0) * 3_600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0)
  )
}

/** A time of day (`07:30:00`, `00:01:02.5`) in seconds, or undefined. */
export function parseClockTime(value: string): number | undefined {
  const match = /^(\d{1,2}):(\d{2}):(\d{2}(?:\.\d+)?)(?:Z|[+-]\d{2}:\d{2})?$/.exec(value.trim())
  if (!match) return undefined
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3])
}

/** A plain decimal number of seconds (`12.878`), or undefined. */
export function parseSeconds(value: string): number | undefined {
  if (isPlainDecimal(value)) return Number(value)
  const text = value.trim()
  if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(text)) return undefined
  const number = Number(text)
  return Number.isFinite(number) ? number : undefined
}

/** Digits with at most one `.` between digits (`12.878`, what toTei writes): Number() reads it exactly as the pattern would. */
function isPlainDecimal(value: string): boolean {
  const length = value.length
  if (length === 0 || length > 20) return false
  let dot = -1
  for (let i = 0; i < length; i++) {
    const code = value.charCodeAt(i)
    if (code === 46 /* . */ && dot === -1 && i > 0 && i < length - 1) dot = i
    else if (code < 48 || code > 57) return false
  }
  return true
}

/** Seconds per unit of `timeline/@unit` and `when/@unit`. */
export const TIME_UNITS: Readonly<Record<string, number>> = { ms: 0.001, s: 1, min: 60, h: 3600, d: 86_400 }
