/**
 * ISO 8601 durations for schema:duration. Verbatim writes seconds only (`PT754.2S`), which is
 * valid ISO 8601 and turns back into exactly the same number; it reads the general form
 * (`P1DT2H3M4.5S`) from other documents.
 */

export function secondsToDuration(seconds: number): string {
  return `PT${String(seconds)}S`
}

const DURATION = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?(?:e[+-]?\d+)?)S)?)?$/i

/** Seconds in an ISO 8601 duration without years, months or weeks; undefined when it is not one. */
export function durationToSeconds(text: string): number | undefined {
  const match = DURATION.exec(text.trim())
  if (!match || text.trim() === 'P' || /T$/i.test(text.trim())) return undefined
  const [, days, hours, minutes, seconds] = match
  const part = (value: string | undefined) => (value === undefined ? 0 : Number(value))
  // Only the seconds part: return the exact number written, so PT0.1S reads back as 0.1.
  if (days === undefined && hours === undefined && minutes === undefined) return part(seconds)
  return part(days) * 86400 + part(hours) * 3600 + part(minutes) * 60 + part(seconds)
}
