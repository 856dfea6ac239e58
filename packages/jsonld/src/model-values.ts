/**
 * The value rules of the model's schema that the readers check before copying a value into a
 * field, as predicates over core's patterns (the model defines them once, in core), for both
 * readers: `read-compact.ts` gives up on a value that fails, `read-meta.ts`/`read-verbatim.ts`
 * report it.
 */
import { ISO_DATE_PATTERN, isKnownRole, MODEL_MAJOR, MODEL_VERSION_PATTERN, ROLE_PATTERN, SPEAKER_ID_PATTERN } from '@verbatim/core'

const VERSION = MODEL_VERSION_PATTERN
const ISO_DATE = ISO_DATE_PATTERN
const SPEAKER_ID = SPEAKER_ID_PATTERN
const ROLE = ROLE_PATTERN

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
