/**
 * The event vocabulary as data: the wordings transcribers put in brackets, normalised (lower
 * case, no trailing period, no timestamp, hyphens as spaces), mapped to an event kind. Users add
 * their own through the `events` option.
 */
import type { EventKind } from '@verbatim/core'

export const EVENT_VOCABULARY: Readonly<Record<EventKind, readonly string[]>> = {
  inaudible: ['inaudible', 'inaudible response', 'inaudible question', 'inaudible comment', 'audio inaudible', 'inaudible remark', 'inaudible answer', 'partially inaudible', 'inaudible crosstalk', 'inaudible reply', 'ininteligible', 'inaudible audio', 'no audible response', 'inaudible off mic'],
  unintelligible: ['unintelligible', 'indiscernible', 'unclear', 'incomprehensible', 'garbled'],
  crosstalk: ['crosstalk', 'cross talk', 'overlapping voices', 'overlapping speakers', 'simultaneous speech', 'simultaneous conversation', 'talking over each other', 'multiple speakers', 'voces simultáneas'],
  laughter: ['laughter', 'laughs', 'laughing', 'laugh', 'chuckles', 'chuckling', 'general laughter', 'risas', 'ríe', 'rie', 'risa'],
  applause: ['applause', 'applauding', 'clapping', 'aplausos', 'aplauso', 'standing ovation'],
  'off-mic': ['off mic', 'off microphone', 'speaking off mic', 'off the mic', 'mic off', 'microphone off', 'speaks off mic', 'off camera'],
  pause: ['pause', 'long pause', 'brief pause', 'silence', 'pausa', 'silencio'],
  music: ['music', 'music playing', 'music plays', 'musica', 'música', 'pieza musical', 'singing', 'music ends', 'music starts'],
  noise: ['noise', 'background noise', 'static', 'technical difficulty', 'technical difficulties', 'audio interference', 'phone rings', 'ruido'],
  other: ['speaks french', 'speaks english', 'speaks spanish', 'speaks german', 'speaks arabic', 'speaks russian', 'speaks chinese', 'speaks in french', 'speaks in english', 'speaks in spanish', 'as interpreted', 'as translated', 'through translator', 'through interpreter', 'via interpreter', 'via translator', 'coughs', 'coughing', 'sighs', 'sneezes', 'no audio', 'audio gap', 'audio cuts out', 'gavel', 'bell rings', 'video plays', 'video playing', 'proyección de video', 'finaliza video'],
}

/** Normalise a bracketed wording for lookup: `(Off-mic.)` -> `off mic`, `[inaudible 00:32:26]` -> `inaudible`. */
export function normaliseWording(inner: string): string {
  return inner
    .toLowerCase()
    .replace(/\\/g, '')
    .replace(/\b\d{1,2}(?::\d{2}){1,2}(?:[.,]\d+)?\b/g, ' ')
    .replace(/[-_–]/g, ' ')
    .replace(/[.!:;,]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Wordings that say the turn was interpreted, when they follow a label. */
export const INTERPRETATION_WORDINGS: readonly string[] = ['as interpreted', 'as translated', 'through translator', 'through interpreter', 'via interpreter', 'via translator', 'through an interpreter', 'through a translator', 'interpreted', 'translated']

/** The built-in vocabulary, normalised once (read only: a call with extra wordings copies it). */
let builtIn: ReadonlyMap<string, EventKind> | undefined

/** The vocabulary; without `extra` wordings the same built-in map every call (callers only read it). */
export function buildVocabulary(extra: Record<string, EventKind> = {}): ReadonlyMap<string, EventKind> {
  if (!builtIn) {
    const base = new Map<string, EventKind>()
    for (const [kind, wordings] of Object.entries(EVENT_VOCABULARY) as [EventKind, readonly string[]][]) {
      for (const wording of wordings) base.set(normaliseWording(wording), kind)
    }
    builtIn = base
  }
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
