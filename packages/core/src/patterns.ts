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
