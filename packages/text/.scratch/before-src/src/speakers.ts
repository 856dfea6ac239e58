/**
 * The speaker registry: one entry per person or group, built from labels. Titles are parsed
 * out of labels, abbreviations expanded, short forms linked to full forms by surname, initials
 * resolved through the front matter, typos matched by edit distance (with a warning), and
 * role labels (`Q`, `STAFF`, `THE COURT`) mapped to their roles. User seeds win over all that.
 */
import { slugifyId, type Speaker } from '@verbatim/core'
import { recoverCasing } from './casing.js'
import { editDistance, typoAllowance } from './distance.js'
import { ABBREVIATIONS, HONORIFICS, ROLE_LABELS, TITLES, titleCase, type RoleLabel } from './tables.js'

/** What the user (or front matter) says about a speaker. */
export interface SpeakerInit {
  id?: string
  name: string
  role?: string
  title?: string
  affiliation?: string
  group?: boolean
  aliases?: string[]
}

export interface LabelAnalysis {
  /** Upper-case, accent-free name words used for matching. */
  keys: string[]
  /** Name words as written. */
  words: string[]
  title?: string
  role?: string
  /** The label had a courtesy title only (`MR. KIRBY`). */
  honorific?: string
}

const stripAccents = (text: string): string => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
const keyCache = new Map<string, string>()

/** The form labels are compared in: no accents, upper case, single spaces, no final period or colon (cached). */
export function labelKey(label: string): string {
  let key = keyCache.get(label)
  if (key === undefined) {
    key = stripAccents(label).toUpperCase().replace(/[\s\u00a0]+/g, ' ').replace(/[.:]+$/, '').trim()
    if (keyCache.size > 10_000) keyCache.clear()
    keyCache.set(label, key)
  }
  return key
}
const isCaps = (text: string): boolean => !/\p{Ll}/u.test(text)

/** Titles longest first, with their words and their words without accents worked out once (normalising is slow). */
const TITLE_WORDS = [...TITLES]
  .sort((a, b) => b.words.length - a.words.length)
  .map((entry) => ({ ...entry, tokens: entry.words.split(' '), plainTokens: entry.words.split(' ').map(stripAccents), plainWords: stripAccents(entry.words) }))

/** Split a label into title, courtesy title and name. */
export function analyseLabel(label: string): LabelAnalysis {
  const withoutAsides = label.replace(/\s*\([^()]*\)\s*/g, ' ').trim()
  const comma = withoutAsides.indexOf(',')
  const namePart = comma === -1 ? withoutAsides : withoutAsides.slice(0, comma)
  const afterComma = comma === -1 ? '' : withoutAsides.slice(comma + 1).trim()
  let words = namePart.split(/[ \u00a0]+/).filter(Boolean)
  const analysis: LabelAnalysis = { keys: [], words: [] }
  // Expand abbreviations and honorifics at the front (`SEC.`, `MIN.`, `MR.`).
  const expanded = words.map((word, index) => (index < 3 ? ABBREVIATIONS[word.toUpperCase()] ?? word : word))
  const upper = expanded.map((word) => stripAccents(word).toUpperCase())
  let skip = 0
  if (HONORIFICS.has(upper[0] ?? '')) {
    analysis.honorific = titleCase(words[0]!)
    skip = 1
  } else {
    for (const entry of TITLE_WORDS) {
      const tokens = entry.plainTokens
      if (tokens.every((token, i) => upper[i] === token) && upper.length >= tokens.length) {
        analysis.title = entry.title
        analysis.role = entry.role
        skip = tokens.length
        break
      }
    }
  }
  if (skip >= words.length) skip = 0 // `PRESIDENT` alone: the title is the name.
  if (analysis.title === undefined && afterComma) {
    analysis.title = isCaps(afterComma) ? titleCase(afterComma) : afterComma
    analysis.role = TITLE_WORDS.find((entry) => labelKey(afterComma).startsWith(entry.plainWords))?.role ?? 'official'
  }
  words = words.slice(skip)
  analysis.words = words
  analysis.keys = words.map((word) => labelKey(word).replace(/[.’']/g, ''))
  return analysis
}

export interface Resolution {
  speaker: Speaker
  /** Set when the label was matched to another form by edit distance. */
  typoOf?: Speaker
}

/** Initials of a name (`Matthew Mezinskis` -> `MM`). */
const initialsOf = (name: string): string =>
  name
    .split(/[\s-]+/)
    .filter((word) => word !== '' && /\p{Lu}/u.test(word[0]!))
    .map((word) => stripAccents(word[0]!).toUpperCase())
    .join('')

export class SpeakerRegistry {
  readonly speakers: Speaker[] = []
  private readonly taken = new Set<string>()
  private readonly byLabel = new Map<string, Speaker>()
  private readonly keysOf = new Map<Speaker, string[]>()
  private readonly seeds = new Map<string, SpeakerInit>()
  private readonly knownNames: SpeakerInit[] = []
  /** Speakers whose names were written in capitals, to recase at the end. */
  private readonly capsNames = new Set<Speaker>()
  private readonly fromRole = new Map<string, Speaker>()
  /** Name keys seen in labels, with counts, for typo matching. */
  labelCounts = new Map<string, number>()

  /** User or front-matter seeds: matched by alias or name before any inference. */
  seed(key: string, init: SpeakerInit): void {
    this.seeds.set(labelKey(key), init)
    this.seeds.set(labelKey(init.name), init)
    for (const alias of init.aliases ?? []) this.seeds.set(labelKey(alias), init)
  }

  /** Names from front matter (`speakers: [...]`), for initials and surname matching. */
  knowName(init: SpeakerInit): void {
    this.knownNames.push(init)
  }

  /** True when the user or the front matter named this label. */
  isSeeded(label: string): boolean {
    return this.seeds.has(labelKey(label))
  }

  /** The witness named before `called as a witness`: a person with the witness role. */
  witness(name: string): Speaker {
    const { speaker } = this.resolve(name, { allowTypo: false })
    if (speaker.role === 'unknown') speaker.role = 'witness'
    return speaker
  }

  /** Stand-ins for court lines when no examiner or witness is known yet. */
  anonymous(kind: 'questioner' | 'witness'): Speaker {
    return this.fromRoleLabel(
      kind === 'questioner'
        ? { id: 'questioner', name: 'Questioner', role: 'attorney', group: true }
        : { id: 'witness', name: 'Witness', role: 'witness', group: true },
    )
  }

  addAlias(speaker: Speaker, label: string): void {
    if (!speaker.aliases.includes(label)) speaker.aliases.push(label)
  }

  /** Known only by a courtesy title and surname (`MR. FINKEL`). */
  isHonorific(speaker: Speaker): boolean {
    return this.honorificOnly.has(speaker)
  }

  private readonly honorificOnly = new Set<Speaker>()

  get(label: string): Speaker | undefined {
    return this.byLabel.get(labelKey(label))
  }

  private create(init: SpeakerInit, caps: boolean): Speaker {
    const id = init.id && !this.taken.has(init.id) ? init.id : slugifyId(init.name, this.taken)
    this.taken.add(id)
    const speaker: Speaker = { id, name: init.name, role: init.role ?? 'unknown', aliases: [], group: init.group ?? false }
    if (init.title) speaker.title = init.title
    if (init.affiliation) speaker.affiliation = init.affiliation
    for (const alias of init.aliases ?? []) if (!speaker.aliases.includes(alias)) speaker.aliases.push(alias)
    this.speakers.push(speaker)
    if (caps) this.capsNames.add(speaker)
    return speaker
  }

  /** Put a front-matter speaker (with its id) into the registry now, in document order. */
  register(init: SpeakerInit): Speaker {
    return this.fromSeed(init)
  }

  /** A speaker by id, when the label names one (`(#chris-le-drian)`). */
  byId(id: string): Speaker | undefined {
    return this.speakers.find((speaker) => speaker.id === id)
  }

  private fromSeed(init: SpeakerInit): Speaker {
    const existing = this.speakers.find((speaker) => speaker.name === init.name && (init.id === undefined || speaker.id === init.id))
    if (existing) return existing
    const speaker = this.create(init, false)
    this.seeded.add(speaker)
    if (init.id) this.fixedIds.add(speaker)
    const analysis = analyseLabel(init.name)
    this.keysOf.set(speaker, analysis.keys)
    return speaker
  }

  private fromRoleLabel(entry: RoleLabel): Speaker {
    const existing = this.fromRole.get(entry.id)
    if (existing) return existing
    const speaker = this.create({ id: entry.id, name: entry.name, role: entry.role, group: entry.group }, false)
    this.fixedIds.add(speaker)
    this.fromRole.set(entry.id, speaker)
    return speaker
  }

  private remember(label: string, speaker: Speaker): Speaker {
    this.byLabel.set(labelKey(label), speaker)
    const written = label.replace(/[\s\u00a0]+/g, ' ').trim()
    if (!speaker.aliases.includes(written)) speaker.aliases.push(written)
    return speaker
  }

  /** The speaker a label stands for, creating it when new. */
  resolve(label: string, options: { allowTypo?: boolean; witness?: Speaker } = {}): Resolution {
    const key = labelKey(label)
    const known = this.byLabel.get(key)
    if (known) return { speaker: this.remember(label, known) }
    const seed = this.seeds.get(key)
    if (seed) return { speaker: this.remember(label, this.fromSeed(seed)) }
    const role = ROLE_LABELS[key]
    if (role) {
      if (role.currentWitness && options.witness) return { speaker: this.remember(label, options.witness) }
      return { speaker: this.remember(label, this.fromRoleLabel(role)) }
    }
    const analysis = analyseLabel(label)
    if (analysis.keys.length === 0) {
      return { speaker: this.remember(label, this.create({ name: titleCase(label), role: 'unknown' }, false)) }
    }
    const linked = this.link(analysis)
    if (linked) return { speaker: this.remember(label, this.improve(linked, analysis)) }
    const fromFrontMatter = this.matchKnownName(analysis)
    if (fromFrontMatter) {
      const before = this.speakers.length
      const speaker = this.fromSeed(fromFrontMatter)
      // A bare name from the front matter fixes the name, not the role: roles may still be inferred.
      if (this.speakers.length > before) this.listed.add(speaker)
      return { speaker: this.remember(label, this.improve(speaker, analysis)) }
    }
    if (options.allowTypo !== false) {
      const typo = this.matchTypo(analysis)
      if (typo) return { speaker: this.remember(label, typo), typoOf: typo }
    }
    const caps = analysis.words.some((word) => isCaps(word) && /\p{L}{2}/u.test(word))
    const init: SpeakerInit = { name: analysis.words.join(' '), role: analysis.role ?? 'unknown' }
    if (analysis.honorific && analysis.keys.length === 1) init.name = `${analysis.honorific} ${caps ? titleCase(init.name) : init.name}`
    if (analysis.title) init.title = analysis.title
    const speaker = this.create(init, caps && !analysis.honorific)
    if (analysis.honorific) this.honorificOnly.add(speaker)
    this.keysOf.set(speaker, analysis.keys)
    return { speaker: this.remember(label, speaker) }
  }

  /** A full form or short form already in the registry: same words, or a surname suffix. */
  private link(analysis: LabelAnalysis): Speaker | undefined {
    const keys = analysis.keys
    const candidates: Speaker[] = []
    for (const [speaker, other] of this.keysOf) {
      if (speaker.group) continue
      if (sameWords(keys, other) || isSuffix(keys, other) || isSuffix(other, keys)) candidates.push(speaker)
    }
    // Prefer an exact match, then the first speaker seen.
    return candidates.find((speaker) => sameWords(keys, this.keysOf.get(speaker)!)) ?? candidates[0]
  }

  /** Upgrade a short-form speaker when the full form shows up later, and pick up a title. */
  private improve(speaker: Speaker, analysis: LabelAnalysis): Speaker {
    const keys = this.keysOf.get(speaker) ?? []
    if (analysis.keys.length > keys.length && isSuffix(keys, analysis.keys)) {
      speaker.name = analysis.words.join(' ')
      this.keysOf.set(speaker, analysis.keys)
      if (isCaps(speaker.name)) this.capsNames.add(speaker)
    }
    if (!speaker.title && analysis.title) speaker.title = analysis.title
    if (speaker.role === 'unknown' && analysis.role) speaker.role = analysis.role
    return speaker
  }

  private matchKnownName(analysis: LabelAnalysis): SpeakerInit | undefined {
    const joined = analysis.keys.join('')
    for (const init of this.knownNames) {
      const keys = analyseLabel(init.name).keys
      if (sameWords(analysis.keys, keys) || (analysis.keys.length >= 1 && isSuffix(analysis.keys, keys))) return init
      if (analysis.keys.length === 1 && joined.length >= 2 && joined.length <= 4 && /^[A-Z]+$/.test(joined) && initialsOf(init.name) === joined) return init
    }
    return undefined
  }

  /** A speaker whose name (or surname) is within a typo's distance of the label's name. */
  private matchTypo(analysis: LabelAnalysis): Speaker | undefined {
    const name = analysis.keys.join(' ')
    const allowance = typoAllowance(name.length)
    // Numbered names (`Selection 1`, `Selection 2`) are different speakers, not typos.
    if (allowance === 0 || /\d/.test(name)) return undefined
    let best: Speaker | undefined
    let bestDistance = allowance + 1
    for (const [speaker, keys] of this.keysOf) {
      if (speaker.group) continue
      for (let start = 0; start < keys.length; start++) {
        const candidate = keys.slice(start).join(' ')
        const distance = editDistance(name, candidate, allowance)
        if (distance > 0 && distance < bestDistance) {
          best = speaker
          bestDistance = distance
        }
      }
    }
    return best
  }

  /** Ids made from the final names (`ms-leavitt` -> `karoline-leavitt`); returns old -> new. */
  finishIds(): Map<string, string> {
    const renamed = new Map<string, string>()
    const taken = new Set<string>()
    for (const speaker of this.speakers) {
      if (this.fixedIds.has(speaker)) {
        taken.add(speaker.id)
        continue
      }
    }
    for (const speaker of this.speakers) {
      if (this.fixedIds.has(speaker)) continue
      const id = slugifyId(speaker.name, taken)
      taken.add(id)
      if (id !== speaker.id) renamed.set(speaker.id, id)
      speaker.id = id
    }
    return renamed
  }

  isFixed(speaker: Speaker): boolean {
    return this.fixedIds.has(speaker) || this.seeded.has(speaker)
  }

  /** Speakers that came from user or front-matter seeds: their names and roles are not inferred. */
  private readonly seeded = new Set<Speaker>()

  /** Seeded speakers that came from a bare front-matter name (`speakers: ['Greg Sanders']`). */
  private readonly listed = new Set<Speaker>()

  /** True when the front matter lists this speaker by a bare name. */
  isListed(speaker: Speaker): boolean {
    return this.listed.has(speaker)
  }

  /**
   * Whether `inferRoles` may give this speaker a role (or a fuller name): nobody, not even the
   * front matter, said what it is. Role-table speakers (`NARRATOR`) and full seeds are excluded.
   */
  isInferable(speaker: Speaker): boolean {
    return speaker.role === 'unknown' && !speaker.group && (this.listed.has(speaker) || !this.isFixed(speaker))
  }

  /** Speakers whose id the user, the front matter or a role table chose. */
  private readonly fixedIds = new Set<Speaker>()

  /** Recover proper casing of names written in capitals, from the text. */
  finishNames(text: string): void {
    for (const speaker of this.capsNames) speaker.name = recoverCasing(speaker.name, text)
  }

  /**
   * Give first names to speakers known by surname only, when the texts name them (`Karoline
   * Leavitt`): the title, then the input, the first 1,000,000 characters in all. They are searched
   * one by one: joining them would copy the whole input.
   */
  completeNames(texts: readonly string[]): void {
    for (const speaker of this.speakers) {
      if (this.seeded.has(speaker)) continue
      const match = /^(?:Mr\.|Ms\.|Mrs\.|Miss|Mx\.) (\p{Lu}[\p{L}'’-]+)$/u.exec(speaker.name)
      if (!match) continue
      const surname = match[1]!
      const pattern = new RegExp(`(?<![\\p{L}])(\\p{Lu}\\p{Ll}+)[ \\u00a0]+${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu')
      const counts = new Map<string, number>()
      let budget = 1_000_000
      for (const text of texts) {
        if (budget <= 0) break
        const haystack = text.length > budget ? text.slice(0, budget) : text
        budget -= haystack.length + 1
        for (const found of haystack.matchAll(pattern)) {
          const first = found[1]!
          const plain = stripAccents(first).toUpperCase()
          if (NOT_FIRST_NAMES.has(first.toUpperCase()) || TITLE_WORDS.some((entry) => entry.tokens.includes(plain))) continue
          counts.set(first, (counts.get(first) ?? 0) + 1)
        }
      }
      const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]
      if (best) speaker.name = `${best[0]} ${surname}`
    }
  }
}

const NOT_FIRST_NAMES = new Set(['MR', 'MS', 'MRS', 'MISS', 'DR', 'THE', 'AND', 'BY', 'TO', 'WITH', 'FROM', 'OF', 'FOR', 'THANK', 'THANKS', 'DEAR', 'HI', 'HELLO', 'YES', 'NO', 'SO', 'BUT', 'SAID', 'ASK', 'ASKED', 'CALL', 'CALLS', 'LEADER', 'DEPUTY', 'CHIEF', 'AGENT', 'SPECIAL', 'OFFICER', 'COUNSEL'])

const sameWords = (a: string[], b: string[]): boolean => a.length === b.length && a.every((word, i) => word === b[i])

/** `short` is the last words of `long` (`LE DRIAN` of `JEAN-YVES LE DRIAN`); single letters never link. */
function isSuffix(short: string[], long: string[]): boolean {
  if (short.length === 0 || short.length >= long.length) return false
  if (short.join('').length < 3) return false
  const offset = long.length - short.length
  return short.every((word, i) => word === long[offset + i])
}
