/**
 * Labels whose speaker depends on the kind of document, as data. `QUESTION:` is the press in a
 * press briefing (the role table's reading), but in a court record it is a member of the court
 * whom the record does not name (US Supreme Court transcripts before October 2004).
 */
import type { Speaker } from '@verbatim/core'
import type { RoleLabel } from './tables.js'

export type DocumentKind = 'court' | 'oral-history'

export interface KindLabelRule {
  id: string
  /** The document kind the rule applies to. */
  kind: DocumentKind
  /** Labels (upper case, no colon) whose role-table speaker the rule replaces. */
  labels: readonly string[]
  speaker: RoleLabel
}

export const DOCUMENT_KIND_RULES = [
  {
    id: 'court-by-judge',
  },
  {
    id: 'oral-history-by-header',
    /** Words of the header (what stands before the first turn) that make a document an oral history or a research interview. */
    pattern: /\boral[ -]histor(?:y|ies)\b|\bhistoria oral\b|\binterviewer\b|\bentrevistador(?:a)?\b|\binterviewee\b/i,
  },
] as const

/** How much of the header is searched for an oral history's words. */
const HEADER_LIMIT = 4_000

/** Whether the header (`text` up to `end`, the first turn) shows an oral history (see `DOCUMENT_KIND_RULES`). */
export const isOralHistory = (text: string, end: number): boolean => DOCUMENT_KIND_RULES[1].pattern.test(text.slice(0, Math.min(end, HEADER_LIMIT)))

/**
 * Counsel in a court record, as data: a speaker whose label gives only an office title that
 * counsel are addressed by (`GENERAL OLSON`: the Solicitor General arguing) or a courtesy title
 * (`MR. LESSIG`), with no role of their own from the label, argues for a party.
 */
export const COURT_COUNSEL_RULE = {
  id: 'court-counsel',
  /** Titles (as the label analysis gives them) under which a court record's speaker is counsel. */
  titles: ['General'],
} as const

/** Whether a speaker of a court record is counsel by `COURT_COUNSEL_RULE` (the title check; courtesy titles are the caller's). */
export const isCounselTitle = (speaker: Speaker): boolean => speaker.title !== undefined && (COURT_COUNSEL_RULE.titles as readonly string[]).includes(speaker.title)

export const KIND_LABEL_RULES: readonly KindLabelRule[] = [
  {
    id: 'court-question',
    kind: 'court',
    labels: ['QUESTION'],
    speaker: { id: 'justices', name: 'Justices', role: 'judge', group: true },
  },
  {
    id: 'oral-history-question',
    kind: 'oral-history',
    labels: ['Q', 'QUESTION'],
    speaker: { id: 'interviewer', name: 'Interviewer', role: 'interviewer', group: false },
  },
]

/** Whether the speakers show a court record (see `DOCUMENT_KIND_RULES`): a judge, or examination lines. */
export const isCourtRecord = (speakers: readonly Speaker[], examination: boolean): boolean =>
  examination || speakers.some((speaker) => speaker.role === 'judge' && !speaker.group)

/**
 * Give the speakers of kind-keyed labels their reading in a court record: a role-table speaker
 * all of whose labels a rule lists becomes the rule's speaker. Returns what changed (old id ->
 * the speaker and the rule), for the turns and for a message.
 */
export function applyKindRules(speakers: Speaker[], keyOf: (label: string) => string, kind: DocumentKind): Map<string, { speaker: Speaker; rule: KindLabelRule }> {
  const changed = new Map<string, { speaker: Speaker; rule: KindLabelRule }>()
  for (const rule of KIND_LABEL_RULES) {
    if (rule.kind !== kind || speakers.some((speaker) => speaker.id === rule.speaker.id)) continue
    for (const speaker of speakers) {
      if (speaker.aliases.length === 0 || !speaker.aliases.every((alias) => rule.labels.includes(keyOf(alias)))) continue
      const old = speaker.id
      Object.assign(speaker, { id: rule.speaker.id, name: rule.speaker.name, role: rule.speaker.role, group: rule.speaker.group })
      changed.set(old, { speaker, rule })
      break
    }
  }
  return changed
}
