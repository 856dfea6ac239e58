/**
 * Dates: the model holds ISO 8601 (`2016`, `2016-10-25`, `2016-10-25T14:30+02:00`). TEI's
 * `@when` takes only the W3C (XML Schema) forms, so anything else goes to `@when-iso`.
 */

import { ISO_DATE_PATTERN } from '@verbatim/core'

/** The model's date pattern (defined once, in @verbatim/core). */
export const MODEL_DATE = ISO_DATE_PATTERN

const W3C_DATE =
  /^(?!0000)\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01])(?:T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:0\d|1[0-3]):[0-5]\d|[+-]14:00)?)?)?)?$/

/** The attribute a date is written in: `when` when XML Schema accepts it, `when-iso` otherwise. */
export function dateAttribute(date: string): 'when' | 'when-iso' {
  const match = W3C_DATE.exec(date)
  if (!match) return 'when-iso'
  const [, month, day] = match
  if (month && day) {
    const days = new Date(Date.UTC(2000 + (Number(date.slice(0, 4)) % 400), Number(month), 0)).getUTCDate()
    if (Number(day) > days) return 'when-iso'
  }
  return 'when'
}

/** A model date from a TEI date attribute value, or undefined when it is not one. */
export function modelDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  const text = value.trim()
  return MODEL_DATE.test(text) ? text : undefined
}
