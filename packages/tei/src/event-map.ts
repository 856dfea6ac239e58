/**
 * Events <-> TEI elements, as data. The writer uses WRITE_EVENT; the reader uses the exact
 * element + type pairs first (what toTei writes), then core's event vocabulary (wordings, then
 * stems) on `@type`, `@reason` and the description for other projects' TEI.
 */
import { matchEventKind, type EventKind } from '@verbatim/core'

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
    const kind = matchEventKind(text)
    if (kind) return kind
  }
  return ELEMENT_DEFAULT[element] ?? 'other'
}
