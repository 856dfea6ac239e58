/**
 * Labels whose speaker depends on the kind of document, as data. `QUESTION:` is the press in a
 * press briefing (the role table's reading), but in a court record it is a member of the court
 * whom the record does not name (US Supreme Court transcripts before October 2004).
 */
import type { Speaker } from '@verbatim/core'
import type { RoleLabel } from './tables.js'

export interface KindLabelRule {
  id: string
  /** The document kind the rule applies to. */
  kind: 'court'
  /** Labels (upper case, no colon) whose role-table speaker the rule replaces. */
  labels: readonly string[]
  speaker: RoleLabel
}

export const DOCUMENT_KIND_RULES = [
  {
    id: 'court-by-judge',
  },
] as const

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
]

/** Whether the speakers show a court record (see `DOCUMENT_KIND_RULES`): a judge, or examination lines. */
export const isCourtRecord = (speakers: readonly Speaker[], examination: boolean): boolean =>
  examination || speakers.some((speaker) => speaker.role === 'judge' && !speaker.group)

/**
 * Give the speakers of kind-keyed labels their reading in a court record: a role-table speaker
 * all of whose labels a rule lists becomes the rule's speaker. Returns what changed (old id ->
 * the speaker and the rule), for the turns and for a message.
 */
export function applyKindRules(speakers: Speaker[], keyOf: (label: string) => string): Map<string, { speaker: Speaker; rule: KindLabelRule }> {
  const changed = new Map<string, { speaker: Speaker; rule: KindLabelRule }>()
  for (const rule of KIND_LABEL_RULES) {
    if (speakers.some((speaker) => speaker.id === rule.speaker.id)) continue
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
