/**
 * The patterns of the model, defined once: the schemas use them, and other packages import them
 * rather than retype them. None has the `g` or `y` flag, so `test` keeps no state between calls.
 */

/** A speaker id: letters, digits, `_`, `-` and `.`, starting with a letter or `_` (also a valid XML id). */
export const SPEAKER_ID_PATTERN = /^[A-Za-z_][\w.-]*$/

/** A role extension: a lowercase word (`senator`, `juror`, `court-clerk`). */
export const ROLE_PATTERN = /^[a-z][a-z0-9-]*$/

/** An ISO 8601 date (`2016`, `2016-10`, `2016-10-25`) or date-time with an optional offset (`2016-10-25T14:30:00+02:00`). */
export const ISO_DATE_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?)?)?$/

/** A model version, `major.minor` (`1.1`). */
export const MODEL_VERSION_PATTERN = /^\d+\.\d+$/

/**
 * Checks for values readers copy from their input into fields the model restricts, without zod
 * (so a reader that checks what it copies does not pull the schemas into its bundle): each answers
 * undefined when the value fits, else what was expected, worded as the schemas word it.
 */
export const MODEL_VALUE_CHECKS = {
  isoDate: (value: unknown): string | undefined =>
    typeof value === 'string' && ISO_DATE_PATTERN.test(value) ? undefined : 'an ISO 8601 date or date-time such as 2016-10-25 or 2016-10-25T14:30:00+02:00',
  speakerId: (value: unknown): string | undefined =>
    typeof value === 'string' && SPEAKER_ID_PATTERN.test(value) ? undefined : 'an id of letters, digits, _, - and . that starts with a letter or _',
  role: (value: unknown): string | undefined => (typeof value === 'string' && ROLE_PATTERN.test(value) ? undefined : 'a lowercase role word'),
  seconds: (value: unknown): string | undefined =>
    typeof value === 'number' && Number.isFinite(value) && value >= 0 ? undefined : 'a non-negative, finite number of seconds',
} as const
