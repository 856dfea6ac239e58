/**
 * The speaker registry: one entry per person or group, built from labels. Titles are parsed
 * out of labels, abbreviations expanded, short forms linked to full forms by surname, initials
 * resolved through the front matter, typos matched by edit distance (with a warning), and
 * role labels (`Q`, `STAFF`, `THE COURT`) mapped to their roles. User seeds win over all that.
 */
import { slugifyId, type Speaker } from '@verbatim/core'
import { NameForms } from './casing.js'
import { NameIndex } from './name-index.js'
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
  /** A party or group in the label's last parentheses (`Renner (KPD)`, `Dr. Bertram (Z)`). */
  affiliation?: string
}

/** A party or group abbreviation in parentheses: capitals (and `/`, `-`, digits), up to 12 characters. */
const AFFILIATION = /\(([\p{Lu}][\p{Lu}\d/&.-]{0,11})\)\s*(?:,[^()]*)?$/u

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
  const party = AFFILIATION.exec(label)
  const withoutAsides = label.replace(/\s*\([^()]*\)\s*/g, ' ').trim()
  const comma = withoutAsides.indexOf(',')
  const namePart = comma === -1 ? withoutAsides : withoutAsides.slice(0, comma)
  const afterComma = comma === -1 ? '' : withoutAsides.slice(comma + 1).trim()
  let words = namePart.split(/[ \u00a0]+/).filter(Boolean)
  const analysis: LabelAnalysis = { keys: [], words: [] }
  // Not interpretation qualifiers or `(#id)` references: those never reach here with capitals only.
  if (party && !/^(?:THROUGH|VIA|AS)\b/.test(party[1]!)) analysis.affiliation = party[1]
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
  /** Set when a first name alone was read as the one speaker of that first name (a guess). */
  firstNameOf?: Speaker
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
  private readonly names = new NameIndex()
  private readonly seeds = new Map<string, SpeakerInit>()
  private readonly knownNames: SpeakerInit[] = []
  /** The name keys of each front-matter name, worked out once. */
  private readonly knownKeys = new Map<SpeakerInit, string[]>()
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
    this.names.set(speaker, analysis.keys)
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
    const byFirst = analysis.title || analysis.honorific ? undefined : this.names.firstName(analysis.keys)
    if (byFirst) return { speaker: this.remember(label, this.improve(byFirst, analysis)), firstNameOf: byFirst }
    if (options.allowTypo !== false) {
      const typo = this.matchTypo(analysis)
      if (typo) return { speaker: this.remember(label, typo), typoOf: typo }
    }
    const caps = analysis.words.some((word) => isCaps(word) && /\p{L}{2}/u.test(word))
    const init: SpeakerInit = { name: analysis.words.join(' '), role: analysis.role ?? 'unknown' }
    if (analysis.honorific && analysis.keys.length === 1) init.name = `${analysis.honorific} ${caps ? titleCase(init.name) : init.name}`
    if (analysis.title) init.title = analysis.title
    if (analysis.affiliation) init.affiliation = analysis.affiliation
    const speaker = this.create(init, caps && !analysis.honorific)
    if (analysis.honorific) this.honorificOnly.add(speaker)
    this.names.set(speaker, analysis.keys)
    return { speaker: this.remember(label, speaker) }
  }

  /** A full form or short form already in the registry: same words, or a surname suffix. */
  private link(analysis: LabelAnalysis): Speaker | undefined {
    return this.names.link(analysis.keys)
  }

  /** Upgrade a short-form speaker when the full form shows up later, and pick up a title. */
  private improve(speaker: Speaker, analysis: LabelAnalysis): Speaker {
    const keys = this.names.keys(speaker) ?? []
    if (analysis.keys.length > keys.length && (isSuffix(keys, analysis.keys) || (keys.length === 1 && analysis.keys[0] === keys[0]))) {
      speaker.name = analysis.words.join(' ')
      this.names.set(speaker, analysis.keys)
      if (isCaps(speaker.name)) this.capsNames.add(speaker)
    }
    if (!speaker.title && analysis.title) speaker.title = analysis.title
    if (!speaker.affiliation && analysis.affiliation) speaker.affiliation = analysis.affiliation
    if (speaker.role === 'unknown' && analysis.role) speaker.role = analysis.role
    return speaker
  }

  private matchKnownName(analysis: LabelAnalysis): SpeakerInit | undefined {
    const joined = analysis.keys.join('')
    for (const init of this.knownNames) {
      let keys = this.knownKeys.get(init)
      if (!keys) this.knownKeys.set(init, (keys = analyseLabel(init.name).keys))
      if (sameWords(analysis.keys, keys) || (analysis.keys.length >= 1 && isSuffix(analysis.keys, keys))) return init
      if (analysis.keys.length === 1 && joined.length >= 2 && joined.length <= 4 && /^[A-Z]+$/.test(joined) && initialsOf(init.name) === joined) return init
    }
    return undefined
  }

  /** A speaker whose name (or surname) is within a typo's distance of the label's name. */
  private matchTypo(analysis: LabelAnalysis): Speaker | undefined {
    return this.names.typo(analysis.keys.join(' '))
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
    if (this.capsNames.size === 0) return
    const forms = new NameForms(text, [...this.capsNames].map((speaker) => speaker.name))
    for (const speaker of this.capsNames) speaker.name = forms.recover(speaker.name)
  }

  /**
   * Give first names to speakers known by surname only, when the texts name them (`Karoline
   * Leavitt`): the title, then the input, the first 1,000,000 characters in all. One pass over
   * the texts gathers every capitalised pair of words (`Karoline Leavitt`) whose second word is a
   * wanted surname; the texts are searched one by one: joining them would copy the whole input.
   */
  completeNames(texts: readonly string[]): void {
    const wanted = new Map<string, { speakers: Speaker[]; counts: Map<string, number>; lastEnd: number }>()
    for (const speaker of this.speakers) {
      if (this.seeded.has(speaker)) continue
      const match = /^(?:Mr\.|Ms\.|Mrs\.|Miss|Mx\.) (\p{Lu}[\p{L}'’-]+)$/u.exec(speaker.name)
      if (!match) continue
      const surname = match[1]!
      const entry = wanted.get(surname)
      if (entry) entry.speakers.push(speaker)
      else wanted.set(surname, { speakers: [speaker], counts: new Map(), lastEnd: -1 })
    }
    if (wanted.size === 0) return
    let budget = 1_000_000
    let base = 0
    for (const text of texts) {
      if (budget <= 0) break
      const length = Math.min(text.length, budget)
      budget -= length + 1
      if (wanted.size <= FEW_SURNAMES) for (const [surname, entry] of wanted) findFirstNames(text, length, base, surname, entry)
      else gatherNamePairs(text, length, base, wanted)
      base += length + 1
    }
    for (const [surname, entry] of wanted) {
      let best: string | undefined
      let bestCount = 0
      for (const [first, count] of entry.counts) {
        if (count > bestCount) {
          best = first
          bestCount = count
        }
      }
      if (best !== undefined) for (const speaker of entry.speakers) speaker.name = `${best} ${surname}`
    }
  }
}

/**
 * A capitalised word (`Karoline`: a capital, then lower-case letters, no letter before it),
 * spaces, and a capitalised word that may be a surname. Sticky-free global scan; each match
 * resumes at its second word, so `Anne Marie Smith` yields both pairs.
 */
const NAME_PAIR = /(?<![\p{L}])(\p{Lu}\p{Ll}+)[ \u00a0]+(\p{Lu}[\p{L}'’-]*)/gu
const LETTER = /\p{L}/u

/**
 * Count, for every wanted surname, the first names written before it in `text[0, length)`.
 * A surname matches a prefix of the second word that no letter follows (`Smith` in `Smith-Jones`);
 * as with one search per surname, matches of one surname never overlap.
 */
function gatherNamePairs(text: string, length: number, base: number, wanted: Map<string, { counts: Map<string, number>; lastEnd: number }>): void {
  const haystack = text.length > length ? text.slice(0, length) : text
  NAME_PAIR.lastIndex = 0
  for (let found = NAME_PAIR.exec(haystack); found !== null; found = NAME_PAIR.exec(haystack)) {
    const first = found[1]!
    const word = found[2]!
    const wordStart = found.index + found[0].length - word.length
    NAME_PAIR.lastIndex = wordStart
    for (let end = word.length; end > 1; end = previousBreak(word, end)) {
      if (end < word.length && LETTER.test(word[end]!)) continue
      const entry = wanted.get(end === word.length ? word : word.slice(0, end))
      if (!entry || base + found.index < entry.lastEnd) continue
      entry.lastEnd = base + wordStart + end
      const plain = stripAccents(first).toUpperCase()
      if (NOT_FIRST_NAMES.has(first.toUpperCase()) || TITLE_WORDS.some((title) => title.tokens.includes(plain))) continue
      entry.counts.set(first, (entry.counts.get(first) ?? 0) + 1)
    }
  }
}

/** Up to this many surnames are searched one by one (native `indexOf`); more, in one pass over capitalised pairs. */
const FEW_SURNAMES = 24
const UPPER = /^\p{Lu}$/u
const LOWER = /^\p{Ll}$/u

/**
 * The first names written before `surname` in `text[0, length)`, found by the surname: the same
 * pairs as `NAME_PAIR` (a capitalised word with no letter before it, spaces, the surname with no
 * letter after it), in order and without overlap.
 */
function findFirstNames(text: string, length: number, base: number, surname: string, entry: { counts: Map<string, number>; lastEnd: number }): void {
  for (let at = text.indexOf(surname); at !== -1 && at + surname.length <= length; at = text.indexOf(surname, at + 1)) {
    const end = at + surname.length
    if (end < length && isLetterAt(text, end)) continue
    let i = at
    while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 0xa0)) i--
    if (i === at) continue
    const wordEnd = i
    while (i > 0 && LOWER.test(text[i - 1]!)) i--
    if (i === wordEnd || i === 0 || !UPPER.test(text[i - 1]!)) continue
    i--
    if (i > 0 && isLetterBefore(text, i)) continue
    if (base + i < entry.lastEnd) continue
    entry.lastEnd = base + end
    const first = text.slice(i, wordEnd)
    const plain = stripAccents(first).toUpperCase()
    if (NOT_FIRST_NAMES.has(first.toUpperCase()) || TITLE_WORDS.some((title) => title.tokens.includes(plain))) continue
    entry.counts.set(first, (entry.counts.get(first) ?? 0) + 1)
  }
}

const isLetterAt = (text: string, index: number): boolean => LETTER.test(String.fromCodePoint(text.codePointAt(index)!))
function isLetterBefore(text: string, index: number): boolean {
  const code = text.charCodeAt(index - 1)
  if (code >= 0xdc00 && code <= 0xdfff && index >= 2) return LETTER.test(text.slice(index - 2, index))
  return LETTER.test(text[index - 1]!)
}

/** The last position before `end` where an apostrophe or hyphen ends a shorter prefix (0 when none). */
function previousBreak(word: string, end: number): number {
  for (let i = end - 1; i > 0; i--) {
    const code = word.charCodeAt(i)
    if (code === 39 || code === 0x2019 || code === 45) return i
  }
  return 0
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
