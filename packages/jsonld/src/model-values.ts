/**
 * The value rules of the model's schema (core's `schema.ts`) that the readers check before
 * copying a value into a field, in one place for both readers (`read-compact.ts` gives up on a
 * value that fails, `read-meta.ts`/`read-verbatim.ts` report it). Core does not export them as
 * predicates yet; when it does, these should be its.
 */
import { isKnownRole, MODEL_MAJOR } from '@verbatim/core'

const VERSION = /^\d+\.\d+$/
const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?)?)?$/
const SPEAKER_ID = /^[A-Za-z_][\w.-]*$/
const ROLE = /^[a-z][a-z0-9-]*$/

/** A model version such as `1.0` (the schema's rule). */
export const isVersion = (value: string): boolean => VERSION.test(value)

/** A version of the major version this release reads (`checkTranscript`'s rule). */
export const isReadableVersion = (value: string): boolean => VERSION.test(value) && Number.parseInt(value, 10) === MODEL_MAJOR

/** An ISO 8601 date or date-time as the schema accepts it. */
export const isIsoDate = (value: string): boolean => ISO_DATE.test(value)

/** A speaker id as the schema accepts it. */
export const isSpeakerId = (value: string): boolean => SPEAKER_ID.test(value)

/** A known role or a lowercase extension. */
export const isRole = (value: string): boolean => isKnownRole(value) || ROLE.test(value)

/** Seconds as the schema accepts them: finite and not negative. */
export const isSeconds = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0

/** A word's confidence: from 0 to 1. */
export const isConfidence = (value: unknown): value is number => typeof value === 'number' && value >= 0 && value <= 1
