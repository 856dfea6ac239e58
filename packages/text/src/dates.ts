/**
 * Dates and clock times as transcripts print them in their headers: `October 25, 2016`,
 * `(October 30, 2021)`, `30 de septiembre de 2024`, `May 24, 202 4` (split digits from page
 * layout), `2016-10-25`; and `5:02 P.M. CST`.
 */

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
}

const iso = (year: number, month: number, day: number): string | undefined => {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1000) return undefined
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** An ISO 8601 date found in a short header line, or undefined. */
export function findDate(line: string): string | undefined {
  // Every date form holds a year of four digits: a line with fewer digits holds none (most header lines).
  if (!hasFourDigits(line)) return undefined
  // Page layout sometimes splits a year's digits (`202 4`).
  const text = line.replace(/\b(\d{3}) (\d)\b/g, '$1$2').replace(/\b(\d{2}) (\d{2})\b/g, '$1$2')
  let m = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text)
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]))
  m = /\b([\p{L}]+)\.? (\d{1,2}),? (\d{4})\b/u.exec(text)
  if (m && MONTHS[m[1]!.toLowerCase()]) return iso(Number(m[3]), MONTHS[m[1]!.toLowerCase()]!, Number(m[2]))
  m = /\b(\d{1,2})(?: de)? ([\p{L}]+)\.?,?(?: de| del)? (\d{4})\b/u.exec(text)
  if (m && MONTHS[m[2]!.toLowerCase()]) return iso(Number(m[3]), MONTHS[m[2]!.toLowerCase()]!, Number(m[1]))
  return undefined
}

/** Whether `text` holds at least four ASCII digits (what `\d` matches), anywhere. */
function hasFourDigits(text: string): boolean {
  let digits = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 48 && code <= 57 && ++digits === 4) return true
  }
  return false
}

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
