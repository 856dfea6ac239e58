/**
 * Events <-> TEI elements, as data. The writer uses WRITE_EVENT; the reader uses the exact
 * element + type pairs first (what toTei writes), then keyword rules for other projects' TEI.
 */
import type { EventKind } from '@verbatim/core'

export type EventElement = 'gap' | 'vocal' | 'kinesic' | 'incident' | 'pause'

export interface EventMapping {
  element: EventElement
  /** Attribute holding the kind: `gap` has `@reason`, the others `@type`. */
  attribute: 'reason' | 'type'
  value: string
}

/** How toTei writes each kind (TEI Guidelines 8.3: gap, vocal, kinesic, incident, pause). */
export const WRITE_EVENT: Readonly<Record<EventKind, EventMapping>> = {
  inaudible: { element: 'gap', attribute: 'reason', value: 'inaudible' },
  unintelligible: { element: 'gap', attribute: 'reason', value: 'unintelligible' },
  crosstalk: { element: 'incident', attribute: 'type', value: 'crosstalk' },
  laughter: { element: 'vocal', attribute: 'type', value: 'laughter' },
  applause: { element: 'kinesic', attribute: 'type', value: 'applause' },
  'off-mic': { element: 'incident', attribute: 'type', value: 'off-mic' },
  pause: { element: 'pause', attribute: 'type', value: 'pause' },
  music: { element: 'incident', attribute: 'type', value: 'music' },
  noise: { element: 'incident', attribute: 'type', value: 'noise' },
  other: { element: 'incident', attribute: 'type', value: 'other' },
}

/** Elements read as events, anywhere in the body. */
export const EVENT_ELEMENTS: ReadonlySet<string> = new Set(['gap', 'vocal', 'kinesic', 'incident', 'pause', 'writing'])

const EXACT = new Map<string, EventKind>()
for (const [kind, mapping] of Object.entries(WRITE_EVENT) as [EventKind, EventMapping][]) {
  EXACT.set(`${mapping.element} ${mapping.value}`, kind)
}
// toTei writes a pause whose wording @rend cannot hold as an incident.
EXACT.set('incident pause', 'pause')

/** Keywords in `@type`, `@reason` or the description, tried in order, for other projects' TEI. */
export const EVENT_KEYWORDS: ReadonlyArray<readonly [RegExp, EventKind]> = [
  [/laugh|smeh|lach|rire|risa/i, 'laughter'],
  [/applau|clap|aplavz|beifall/i, 'applause'],
  [/cross-?talk|overlap|interrupt/i, 'crosstalk'],
  [/off[- ]?mic/i, 'off-mic'],
  [/music|glasba|musik/i, 'music'],
  [/inaudible|neslišno/i, 'inaudible'],
  [/unintelligible|unclear|illegible|incomprehensible|nerazumljivo/i, 'unintelligible'],
  [/pause|silence|premor/i, 'pause'],
  [/noise|sound|breath|cough|zvok|šum/i, 'noise'],
]

/** The kind an element with no recognisable keyword stands for. */
const ELEMENT_DEFAULT: Readonly<Record<string, EventKind>> = {
  gap: 'other',
  vocal: 'other',
  kinesic: 'other',
  incident: 'noise',
  pause: 'pause',
  writing: 'other',
  note: 'other',
}

/** The kind of an event element: exact toTei pairs first, then keywords, then the element's default. */
export function classifyEvent(element: string, typeOrReason: string | undefined, description: string): EventKind {
  if (typeOrReason !== undefined) {
    const exact = EXACT.get(`${element} ${typeOrReason}`)
    if (exact) return exact
  }
  if (element === 'gap' && typeOrReason && /inaudible/i.test(typeOrReason)) return 'inaudible'
  for (const text of [typeOrReason, description]) {
    if (!text) continue
    for (const [pattern, kind] of EVENT_KEYWORDS) if (pattern.test(text)) return kind
  }
  return ELEMENT_DEFAULT[element] ?? 'other'
}
