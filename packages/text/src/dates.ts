/**
 * Dates and clock times as transcripts print them in their headers: `October 25, 2016`,
 * `(October 30, 2021)`, `30 de septiembre de 2024`, `9. Juni 2022` (German month names in the full entry), `May 24, 202 4` (split digits from page
 * layout), `2016-10-25`; and `5:02 P.M. CST`.
 */

/** Month names (English, Spanish, French; abbreviations), month by month, to their numbers. */
export const MONTHS: ReadonlyMap<string, number> = /* @__PURE__ */ new Map(
  'january jan enero janvier|february feb febrero février fevrier|march mar marzo mars|april apr abril avril|may mayo mai|june jun junio juin|july jul julio juillet|august aug agosto août aout|september sep sept septiembre setiembre septembre|october oct octubre octobre|november nov noviembre novembre|december dec diciembre décembre decembre'
    .split('|')
    .flatMap((names, index) => names.split(' ').map((name): [string, number] => [name, index + 1])),
)

const iso = (year: number, month: number, day: number): string | undefined => {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1000) return undefined
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** An ISO 8601 date found in a short header line, or undefined; `months` may name more months (the full entry's German ones). */
export function findDate(line: string, months = MONTHS): string | undefined {
  // Every date form holds a year of four digits: a line with fewer digits holds none (most header lines).
  if (!hasFourDigits(line)) return undefined
  // Page layout sometimes splits a year's digits (`202 4`).
  const text = line.replace(/\b(\d{3}) (\d)\b/g, '$1$2').replace(/\b(\d{2}) (\d{2})\b/g, '$1$2')
  let m = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text)
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]))
  m = /\b([\p{L}]+)\.? (\d{1,2}),? (\d{4})\b/u.exec(text)
  let month = m && months.get(m[1]!.toLowerCase())
  if (month) return iso(Number(m![3]), month, Number(m![2]))
  m = /\b(\d{1,2})\.?(?: de)? ([\p{L}]+)\.?,?(?: de| del)? (\d{4})\b/u.exec(text)
  month = m && months.get(m[2]!.toLowerCase())
  if (month) return iso(Number(m![3]), month, Number(m![1]))
  return undefined
}

/**
 * Whether `text` holds at least four ASCII digits (what `\d` matches), anywhere. Linear: it fails only
 * where there are fewer than four digits, so it is tried from three digits at most.
 */
const hasFourDigits = (text: string): boolean => /\d(?:\D*\d){3}/.test(text)

/** A line that is only a date (optionally in parentheses or after a weekday). */
export function isDateLine(line: string): boolean {
  const trimmed = line.trim().replace(/^\((.*)\)$/, '$1')
  if (trimmed.length > 40 || !findDate(trimmed)) return false
  return /^(?:[\p{L}]+,? )?(?:[\p{L}]+\.? \d{1,2},? \d{3} ?\d|\d{1,2}(?: de)? [\p{L}]+\.?,?(?: de| del)? \d{4}|\d{4}-\d{2}-\d{2})$/u.test(trimmed)
}

/** `5:02 P.M. CST`, `10:15 a.m.`, `14:30 h`: a clock time line. */
export const TIME_LINE = /^(?:\d{1,2}:\d{2}|\d{1,2})[ \u00a0]*(?:[AaPp]\.?[ \u00a0]?[Mm]\.?|h|hrs\.?)?(?:[ \u00a0]+[A-Z]{2,5})?\.?$/

export function isTimeLine(line: string): boolean {
  if (line.length > 60) return false
  const trimmed = line.trim()
  return trimmed.length <= 24 && /\d:\d\d|[AaPp]\.?[ ]?[Mm]\./.test(trimmed) && TIME_LINE.test(trimmed)
}
