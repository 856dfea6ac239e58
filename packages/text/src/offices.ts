/**
 * Offices in a record's labels (a Hansard's typography), read in the speakers' pass:
 *
 * - `The DEPUTY SPEAKER:`, `The MINISTER OF EDUCATION:`: the office is the speaker's name and
 *   title, without the article (the name search would otherwise find `the Deputy Speaker` in the
 *   text); a presiding office (Speaker, Chairperson, President of a house...) is the chair, role
 *   `moderator` (as `CHAIR:`), any other office `official`. `The HOUSE CHAIRPERSON (Mr G Q M
 *   Doidge):` names the holder in parentheses: the holder is the name.
 * - `Mr ALBANESE (Grayndler—Prime Minister):`: a seat and an office in parentheses after a name,
 *   joined by a dash, are the affiliation and the title (role `official`, or `moderator` for a
 *   presiding office), never part of the name.
 *
 * Each speaker's labels are looked at once: linear in the labels.
 */
import type { Speaker } from '@verbatim/core'
import type { ReadContext } from './read-context.js'
import { titleCase } from './tables.js'

export const OFFICE_RULES = {
  /** `The` and an office in capitals, and the holder's name in parentheses (optional). */
  officeLabel: { id: 'office-label', pattern: /^The ((?:[\p{Lu}][\p{Lu}'’-]*|OF|THE|AND|FOR|IN|ON)(?: (?:[\p{Lu}][\p{Lu}'’-]*|OF|THE|AND|FOR|IN|ON)){0,9})(?: \((?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Adv|Rev|Mnr|Mev|Me|Dr\.|Mr\.|Ms\.|Mrs\.) )?([^()]{2,60})\))?$/u },
  /** A seat and an office after a name: `(Grayndler—Prime Minister)`. */
  seatOffice: { id: 'seat-office', pattern: /\(([\p{L}][\p{L} .'’-]{1,40}?) ?[—–] ?([\p{L}][^()]{1,80})\)/u },
  /** A party in the label's last parentheses in mixed case or with spaces (`Stephan Brandner (AfD)`, `(BÜNDNIS 90/DIE GRÜNEN)`, `(Die Linke)`): the affiliation. */
  party: { id: 'party-label', pattern: /\(([\p{Lu}][\p{L}\d/&.-]*(?: [\p{L}\d/&.-]+){0,3})\)$/u },
  /** `Dr. Philipp Rösler, Bundesminister für Wirtschaft und Technologie`: a name (a party perhaps), a comma and a government office. */
  namedOffice: { id: 'named-office', pattern: /^([^,()]{2,60}?)(?: \([^()]{1,40}\))*, ((?:Parl\. |Parlamentarische[rn]? )?(?:Bundesminister|Bundeskanzler|Staatsminister|Staatssekretär|Ministerpräsident|Minister|Senator|Bundesratsminister)(?:in)?\b[^,:()]{0,100})$/u },
  /** The German chair before its holder's name: `Präsident Dr. Norbert Lammert`, `Vizepräsidentin Petra Pau`. */
  germanChair: { id: 'german-chair', pattern: /^(?:Alters|Vize)?[Pp]räsident(?:in)? \p{Lu}/u },
  /** Two or more holders of one office label (`The HOUSE CHAIRPERSON (Mr A Smith)`, `(Ms B Jones)`): one speaker each. */
  officeHolders: { id: 'office-holders' },
  /** Offices that preside over a house or a committee: the chair. */
  presiding: /^(?:(?:Deputy|Acting|Temporary|Assistant) )?(?:(?:House|Deputy) )?(?:Speaker|Chair(?:person|man|woman)?|President)$/,
} as const

/** Reads whose chair was read from a German office (`german-chair`): a record, so roles by turn-taking must not run. */
export const CHAIRED_RECORDS = new WeakSet<ReadContext>()

const roleOf = (office: string): 'moderator' | 'official' => (OFFICE_RULES.presiding.test(office) ? 'moderator' : 'official')

/** The speakers' pass: offices in record labels (see above). */
export function readOffices(ctx: ReadContext): void {
  const registry = ctx.registry_
  splitOfficeHolders(ctx)
  for (const speaker of registry.speakers_) {
    if (speaker.group || registry.isFixed_(speaker) || speaker.role !== 'unknown') continue
    readOfficeLabel(speaker) || readSeatOffice(speaker) || readNamedOffice(ctx, speaker)
  }
  for (const speaker of registry.speakers_) readGermanChair(ctx, speaker)
  for (const speaker of registry.speakers_) if (!speaker.affiliation && !speaker.group && !registry.isFixed_(speaker)) readParty(speaker)
}

function readOfficeLabel(speaker: Speaker): boolean {
  const match = speaker.aliases.length === 1 ? OFFICE_RULES.officeLabel.pattern.exec(speaker.aliases[0]!) : null
  if (!match) return false
  const office = titleCase(match[1]!)
  speaker.title = office
  speaker.role = roleOf(office)
  speaker.name = match[2] ? match[2].trim() : office
  // The holder in parentheses is the name, never a party (the label's analysis took it for one).
  if (match[2] && speaker.affiliation === match[2].trim()) delete speaker.affiliation
  return true
}

/** Words of a qualifier, never a party (`(through translator)`, `(continuing)`, `(Frankfurt)` is a place but is never last before a party). */
const NOT_PARTY = /^(?:through|via|as|continuing|cont|interpreted|translated|in|on|by|off|via|speaking|Übersetzung)\b|^\d/i

/** A party in the last parentheses of a label (only the forms the label grammar leaves to the name: mixed case, spaces). */
function readParty(speaker: Speaker): void {
  for (const alias of speaker.aliases) {
    const match = OFFICE_RULES.party.pattern.exec(alias)
    if (!match || holderOf(alias) || NOT_PARTY.test(match[1]!) || match[1]!.length > 30 || !/\p{Lu}.*\p{Lu}|^\p{Lu}\p{Ll}{0,2}\p{Lu}/u.test(match[1]!)) continue
    speaker.affiliation = match[1]!
    return
  }
}

function readSeatOffice(speaker: Speaker): boolean {
  for (const alias of speaker.aliases) {
    const match = OFFICE_RULES.seatOffice.pattern.exec(alias)
    if (!match) continue
    speaker.affiliation ??= match[1]!.trim()
    speaker.title ??= match[2]!.trim()
    speaker.role = roleOf(speaker.title)
    return true
  }
  return false
}

/**
 * `Dr. Philipp Rösler, Bundesminister für Wirtschaft und Technologie:` (a Bundestag record): the
 * office is the title and the role `official`; the name is the words before the comma, its
 * honorific kept (as `Präsident Dr. Norbert Lammert` keeps it when the title holds the office).
 * The role is a guess from the office's first word: an info message says so.
 */
function readNamedOffice(ctx: ReadContext, speaker: Speaker): boolean {
  const match = speaker.aliases.length === 1 ? OFFICE_RULES.namedOffice.pattern.exec(speaker.aliases[0]!) : null
  if (!match) return false
  speaker.name = match[1]!.trim()
  speaker.title = match[2]!.trim()
  speaker.role = 'official'
  ctx.report_(`Speaker "${speaker.name}": "${speaker.title}" after the comma read as the title, role official (a government office)`, OFFICE_RULES.namedOffice.id, undefined, 'info')
  return true
}

// The parties of the Bundestag's labels (`Name (SPD):`), the sign of a German record beside its structure.
const GERMAN_PARTY = /^(?:CDU\/CSU|CDU|CSU|SPD|FDP|AfD|BÜNDNIS 90\/DIE GRÜNEN|DIE LINKE|Die Linke|BSW|KPD|DP|BP|Zentrum|WAV|GB\/BHE|fraktionslos)$/u

/** `Präsident Name:` / `Vizepräsidentin Name:` in a record: the chair of the sitting, role `moderator` (a guess, said). */
function readGermanChair(ctx: ReadContext, speaker: Speaker): void {
  if (speaker.role !== 'official' || !speaker.title || !/^(?:Alters|Vize)?[Pp]räsident(?:in)?$/u.test(speaker.title)) return
  if (!speaker.aliases.every((alias) => OFFICE_RULES.germanChair.pattern.test(alias))) return
  // Only in a record (its structure or a German party label read): a `Präsident Name:` at a press conference is a guest.
  if (ctx.structureCounts_.size === 0 && !ctx.registry_.speakers_.some((other) => other.affiliation !== undefined && GERMAN_PARTY.test(other.affiliation))) return
  speaker.role = 'moderator'
  CHAIRED_RECORDS.add(ctx)
  ctx.report_(`Speaker "${speaker.name}": "${speaker.title}" before the name read as the chair of the sitting (role moderator)`, OFFICE_RULES.germanChair.id, undefined, 'info')
}

/** The holder named in an office label (`Mr A Smith` of `The HOUSE CHAIRPERSON (Mr A Smith)`), as its key. */
function holderOf(alias: string): string | undefined {
  const match = OFFICE_RULES.officeLabel.pattern.exec(alias)
  return match?.[2] ? `${match[1]}\u0000${match[2].trim().toLowerCase()}` : undefined
}

/**
 * One speaker whose aliases are one office with different holders in parentheses (the label's
 * analysis linked them by the office's words) is one speaker per holder; their turns follow
 * their labels. The split is reported (info): the holder, not the office, tells who spoke.
 */
function splitOfficeHolders(ctx: ReadContext): void {
  const registry = ctx.registry_
  const speakers = registry.speakers_
  // Built once, and the turns moved in one pass at the end: linear in the speakers and the blocks.
  const taken = new Set(speakers.map((other) => other.id))
  const moved = new Map<string, Map<string, Speaker>>()
  for (let index = 0; index < speakers.length; index++) {
    const speaker = speakers[index]!
    if (speaker.aliases.length < 2 || speaker.group || registry.isFixed_(speaker) || speaker.role !== 'unknown') continue
    const lists = holderGroups(speaker.aliases)
    if (!lists) continue
    speaker.aliases = lists[0]!
    const byLabel = new Map<string, Speaker>()
    lists.slice(1).forEach((aliases, k) => {
      let id = `${speaker.id}-${k + 2}`
      while (taken.has(id)) id += '-'
      taken.add(id)
      const holder: Speaker = { id, name: speaker.name, role: 'unknown', aliases, group: false }
      speakers.splice(index + k + 1, 0, holder)
      for (const alias of aliases) byLabel.set(alias, holder)
    })
    moved.set(speaker.id, byLabel)
    ctx.report_(`"${speaker.aliases[0]}" and ${lists.length - 1} other holder(s) of the same office read as ${lists.length} speakers, one per holder named in parentheses`, OFFICE_RULES.officeHolders.id, undefined, 'info')
    index += lists.length - 1
  }
  if (moved.size === 0) return
  for (const block of ctx.blocks_) {
    if (block.type !== 'turn' || block.speaker === null || block.label == null) continue
    const holder = moved.get(block.speaker)?.get(block.label.replace(/[\s\u00a0]+/g, ' ').trim())
    if (holder) block.speaker = holder.id
  }
}

/** The aliases by holder, when every alias is an office label with a holder and there are two holders or more. */
function holderGroups(aliases: readonly string[]): string[][] | undefined {
  const groups = new Map<string, string[]>()
  for (const alias of aliases) {
    const holder = holderOf(alias)
    if (!holder) return undefined
    const list = groups.get(holder)
    if (list) list.push(alias)
    else groups.set(holder, [alias])
  }
  return groups.size < 2 ? undefined : [...groups.values()]
}
