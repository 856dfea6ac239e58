import type { EventKind, KnownRole } from './types.js'

/** Every event kind, in the order of the specification. */
export const EVENT_KINDS = [
  'inaudible',
  'unintelligible',
  'crosstalk',
  'laughter',
  'applause',
  'off-mic',
  'pause',
  'music',
  'noise',
  'other',
] as const satisfies readonly EventKind[]

/** Every known role, in the order of the specification. */
export const KNOWN_ROLES = [
  'official',
  'journalist',
  'moderator',
  'staff',
  'interpreter',
  'host',
  'guest',
  'operator',
  'judge',
  'attorney',
  'witness',
  'unknown',
] as const satisfies readonly KnownRole[]

export function isEventKind(value: unknown): value is EventKind {
  return typeof value === 'string' && (EVENT_KINDS as readonly string[]).includes(value)
}

export function isKnownRole(value: unknown): value is KnownRole {
  return typeof value === 'string' && (KNOWN_ROLES as readonly string[]).includes(value)
}
