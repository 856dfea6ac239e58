/**
 * The event vocabulary as data: the wordings transcribers put in brackets, normalised (lower
 * case, no trailing period, no timestamp, hyphens as spaces), mapped to an event kind. Users add
 * their own through the `events` option.
 */
import { EVENT_VOCABULARY, eventWordingMap, normaliseEventWording, type EventKind } from '@verbatim/core'

/** The event vocabulary lives in core (one for every format); text re-exports it. */
export { EVENT_VOCABULARY }

/** Normalise a bracketed wording for lookup: `(Off-mic.)` -> `off mic` (core's `normaliseEventWording`). */
export const normaliseWording = normaliseEventWording

/** Wordings that say the turn was interpreted, when they follow a label. */
export const INTERPRETATION_WORDINGS: readonly string[] = ['as interpreted', 'as translated', 'through translator', 'through interpreter', 'via interpreter', 'via translator', 'through an interpreter', 'through a translator', 'interpreted', 'translated']

/** The vocabulary; without `extra` wordings core's built-in map every call (callers only read it). */
export function buildVocabulary(extra: Record<string, EventKind> = {}): ReadonlyMap<string, EventKind> {
  const builtIn = eventWordingMap()
  const entries = Object.entries(extra)
  if (entries.length === 0) return builtIn
  const map = new Map(builtIn)
  for (const [wording, kind] of entries) {
    map.set(normaliseWording(wording.replace(/^[([]+|[)\]]+$/g, '')), kind)
  }
  return map
}

const interpretationCache = new Map<string, boolean>()

/** True for a bracketed wording that says the speech was interpreted (`(As interpreted.)`); cached. */
export function isInterpretationWording(bracketed: string): boolean {
  let known = interpretationCache.get(bracketed)
  if (known === undefined) {
    known = INTERPRETATION_WORDINGS.includes(normaliseWording(bracketed.slice(1, -1)))
    if (interpretationCache.size > 1000) interpretationCache.clear()
    interpretationCache.set(bracketed, known)
  }
  return known
}
