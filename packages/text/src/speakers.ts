/**
 * The speaker registry: one entry per person or group, built from labels. Titles are parsed
 * out of labels, abbreviations expanded, short forms linked to full forms by surname, initials
 * resolved through the front matter, typos matched by edit distance (with a warning), and
 * role labels (`Q`, `STAFF`, `THE COURT`) mapped to their roles. User seeds win over all that.
 */
import { slugifyId, type Speaker } from '@verbatim/core'
import { NameForms } from './casing.js'
import { NameIndex } from './name-index.js'
import { ABBREVIATIONS, HONORIFICS, ROLE_LABELS, TITLES, titleCase, type RoleLabel, wordSet } from './tables.js'

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
  keys_: string[]
  /** Name words as written. */
  words_: string[]
  title_?: string
  role_?: string
  /** The label had a courtesy title only (`MR. KIRBY`). */
  honorific_?: string
  /** A party or group in the label's last parentheses (`Renner (KPD)`, `Dr. Bertram (Z)`). */
  affiliation_?: string
}

/** A party or group abbreviation in parentheses: capitals (and `/`, `-`, digits), up to 12 characters. */
const AFFILIATION = /\(([\p{Lu}][\p{Lu}\d/&.-]{0,11})\)\s*(?:,[^()]*)?$/u

export const stripAccents = (text: string): string => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
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
/** Every word of every title (as written): a first name is never one. */
const TITLE_TOKENS: ReadonlySet<string> = new Set(TITLE_WORDS.flatMap((entry) => entry.tokens))
type TitleWord = (typeof TITLE_WORDS)[number]
/** `TITLE_WORDS` by their first plain token, longest first as there: a label's first word picks the few titles it can start. */
const TITLES_BY_FIRST = new Map<string, TitleWord[]>()
for (const entry of TITLE_WORDS) {
  const list = TITLES_BY_FIRST.get(entry.plainTokens[0]!)
  if (list) list.push(entry)
  else TITLES_BY_FIRST.set(entry.plainTokens[0]!, [entry])
}

/** Split a label into title, courtesy title and name. */
export function analyseLabel(label: string): LabelAnalysis {
  const party = AFFILIATION.exec(label)
  const withoutAsides = label.replace(/\s*\([^()]*\)\s*/g, ' ').trim()
  const comma = withoutAsides.indexOf(',')
  const namePart = comma === -1 ? withoutAsides : withoutAsides.slice(0, comma)
  const afterComma = comma === -1 ? '' : withoutAsides.slice(comma + 1).trim()
  let words = namePart.split(/[ \u00a0]+/).filter(Boolean)
  const analysis: LabelAnalysis = { keys_: [], words_: [] }
  // Not interpretation qualifiers or `(#id)` references: those never reach here with capitals only.
  if (party && !/^(?:THROUGH|VIA|AS)\b/.test(party[1]!)) analysis.affiliation_ = party[1]
  // Expand abbreviations and honorifics at the front (`SEC.`, `MIN.`, `MR.`).
  const expanded = words.map((word, index) => (index < 3 ? ABBREVIATIONS[word.toUpperCase()] ?? word : word))
  const upper = expanded.map((word) => stripAccents(word).toUpperCase())
  let skip = 0
  if (HONORIFICS.has(upper[0] ?? '')) {
    analysis.honorific_ = titleCase(words[0]!)
    skip = 1
  } else {
    for (const entry of TITLES_BY_FIRST.get(upper[0] ?? '') ?? []) {
      const tokens = entry.plainTokens
      if (tokens.every((token, i) => upper[i] === token) && upper.length >= tokens.length) {
        analysis.title_ = entry.title
        analysis.role_ = entry.role
        skip = tokens.length
        break
      }
    }
  }
  if (skip >= words.length) skip = 0 // `PRESIDENT` alone: the title is the name.
  if (analysis.title_ === undefined && afterComma) {
    analysis.title_ = isCaps(afterComma) ? titleCase(afterComma) : afterComma
    analysis.role_ = TITLE_WORDS.find((entry) => labelKey(afterComma).startsWith(entry.plainWords))?.role ?? 'official'
  }
  words = words.slice(skip)
  analysis.words_ = words
  analysis.keys_ = words.map((word) => labelKey(word).replace(/[.’']/g, ''))
  return analysis
}

export interface Resolution {
  speaker_: Speaker
  /** Set when the label was matched to another form by edit distance. */
  typoOf_?: Speaker
  /** Set when a first name alone was read as the one speaker of that first name (a guess). */
  firstNameOf_?: Speaker
  /** Set when the label stands for whoever holds a place now (`THE WITNESS`: the witness last called): not to be kept. */
  current_?: boolean
}

/** Initials of a name (`Matthew Mezinskis` -> `MM`). */
export class SpeakerRegistry {
  readonly speakers_: Speaker[] = []
  private readonly taken_ = new Set<string>()
  private readonly byLabel_ = new Map<string, Speaker>()
  private readonly names_ = new NameIndex()
  private readonly seeds_ = new Map<string, SpeakerInit>()
  /**
   * The name from front matter (`speakers: [...]`) a label's name stands for (same words, surname,
   * initials): set by `read-front-matter.ts` (the full entry's YAML front matter), none otherwise.
   */
  knownName_: ((analysis: LabelAnalysis) => SpeakerInit | undefined) | undefined = undefined
  /** Speakers whose names were written in capitals, to recase at the end. */
  private readonly capsNames_ = new Set<Speaker>()
  private readonly fromRole_ = new Map<string, Speaker>()

  /** User or front-matter seeds: matched by alias or name before any inference. */
  seed_(key: string, init: SpeakerInit): void {
    this.seeds_.set(labelKey(key), init)
    this.seeds_.set(labelKey(init.name), init)
    for (const alias of init.aliases ?? []) this.seeds_.set(labelKey(alias), init)
  }

  /** Whether the user or the front matter named any speaker (all seeds are in before the units are built). */
  hasSeeds_(): boolean {
    return this.seeds_.size > 0
  }

  /** True when the user or the front matter named this label. */
  isSeeded_(label: string): boolean {
    return this.seeds_.has(labelKey(label))
  }

  /** Stand-ins for court lines when no examiner or witness is known yet. */
  anonymous_(kind: 'questioner' | 'witness'): Speaker {
    return this.fromRoleLabel_(
      kind === 'questioner'
        ? { id: 'questioner', name: 'Questioner', role: 'attorney', group: true }
        : { id: 'witness', name: 'Witness', role: 'witness', group: true },
    )
  }

  addAlias_(speaker: Speaker, label: string): void {
    if (!speaker.aliases.includes(label)) speaker.aliases.push(label)
  }

  /** Known only by a courtesy title and surname (`MR. FINKEL`). */
  isHonorific_(speaker: Speaker): boolean {
    return this.honorificOnly_.has(speaker)
  }

  private readonly honorificOnly_ = new Set<Speaker>()

  get_(label: string): Speaker | undefined {
    return this.byLabel_.get(labelKey(label))
  }

  private create_(init: SpeakerInit, caps: boolean): Speaker {
    const id = init.id && !this.taken_.has(init.id) ? init.id : slugifyId(init.name, this.taken_)
    this.taken_.add(id)
    const speaker: Speaker = { id, name: init.name, role: init.role ?? 'unknown', aliases: [], group: init.group ?? false }
    if (init.title) speaker.title = init.title
    if (init.affiliation) speaker.affiliation = init.affiliation
    for (const alias of init.aliases ?? []) if (!speaker.aliases.includes(alias)) speaker.aliases.push(alias)
    this.speakers_.push(speaker)
    if (caps) this.capsNames_.add(speaker)
    return speaker
  }

  /** A speaker by id, when the label names one (`(#chris-le-drian)`). */
  byId_(id: string): Speaker | undefined {
    return this.speakers_.find((speaker) => speaker.id === id)
  }

  /** A seeded speaker, created now when new (a front-matter speaker with its id is put in the registry in document order). */
  fromSeed_(init: SpeakerInit): Speaker {
    const existing = this.speakers_.find((speaker) => speaker.name === init.name && (init.id === undefined || speaker.id === init.id))
    if (existing) return existing
    const speaker = this.create_(init, false)
    this.seeded_.add(speaker)
    if (init.id) this.fixedIds_.add(speaker)
    const analysis = analyseLabel(init.name)
    this.names_.set_(speaker, analysis.keys_)
    return speaker
  }

  private fromRoleLabel_(entry: RoleLabel): Speaker {
    const existing = this.fromRole_.get(entry.id)
    if (existing) return existing
    const speaker = this.create_({ id: entry.id, name: entry.name, role: entry.role, group: entry.group }, false)
    this.fixedIds_.add(speaker)
    this.fromRole_.set(entry.id, speaker)
    return speaker
  }

  private remember_(label: string, speaker: Speaker): Speaker {
    this.byLabel_.set(labelKey(label), speaker)
    const written = label.replace(/[\s\u00a0]+/g, ' ').trim()
    if (!speaker.aliases.includes(written)) speaker.aliases.push(written)
    return speaker
  }

  /** The speaker a label stands for, creating it when new. */
  resolve_(label: string, options: { allowTypo?: boolean; witness?: Speaker } = {}): Resolution {
    const key = labelKey(label)
    const role = ROLE_LABELS[key]
    // `THE WITNESS` is the witness called last, whoever answered to the label before (unless the user named it).
    if (role?.currentWitness && options.witness && !this.seeds_.has(key)) {
      this.addAlias_(options.witness, label.replace(/[\s\u00a0]+/g, ' ').trim())
      return { speaker_: options.witness, current_: true }
    }
    const known = this.byLabel_.get(key)
    if (known) return { speaker_: this.remember_(label, known) }
    const seed = this.seeds_.get(key)
    if (seed) return { speaker_: this.remember_(label, this.fromSeed_(seed)) }
    if (role) {
      return { speaker_: this.remember_(label, this.fromRoleLabel_(role)) }
    }
    const analysis = analyseLabel(label)
    if (analysis.keys_.length === 0) {
      return { speaker_: this.remember_(label, this.create_({ name: titleCase(label), role: 'unknown' }, false)) }
    }
    const linked = this.link_(analysis)
    if (linked) return { speaker_: this.remember_(label, this.improve_(linked, analysis)) }
    const fromFrontMatter = this.knownName_?.(analysis)
    if (fromFrontMatter) {
      const before = this.speakers_.length
      const speaker = this.fromSeed_(fromFrontMatter)
      // A bare name from the front matter fixes the name, not the role: roles may still be inferred.
      if (this.speakers_.length > before) this.listed_.add(speaker)
      return { speaker_: this.remember_(label, this.improve_(speaker, analysis)) }
    }
    const byFirst = analysis.title_ || analysis.honorific_ ? undefined : this.names_.firstName_(analysis.keys_)
    if (byFirst) return { speaker_: this.remember_(label, this.improve_(byFirst, analysis)), firstNameOf_: byFirst }
    if (options.allowTypo !== false) {
      const typo = this.matchTypo_(analysis)
      if (typo) return { speaker_: this.remember_(label, typo), typoOf_: typo }
    }
    const caps = analysis.words_.some((word) => isCaps(word) && /\p{L}{2}/u.test(word))
    const init: SpeakerInit = { name: analysis.words_.join(' '), role: analysis.role_ ?? 'unknown' }
    if (analysis.honorific_ && analysis.keys_.length === 1) init.name = `${analysis.honorific_} ${caps ? titleCase(init.name) : init.name}`
    if (analysis.title_) init.title = analysis.title_
    if (analysis.affiliation_) init.affiliation = analysis.affiliation_
    // `MR. KIRBY` is named `Mr. Kirby` already; `Mr S B FARROW` (a Hansard) still needs its casing: `S B Farrow`.
    const speaker = this.create_(init, caps && !(analysis.honorific_ && analysis.keys_.length === 1))
    if (analysis.honorific_) this.honorificOnly_.add(speaker)
    this.names_.set_(speaker, analysis.keys_)
    return { speaker_: this.remember_(label, speaker) }
  }

  /** A full form or short form already in the registry: same words, or a surname suffix. */
  private link_(analysis: LabelAnalysis): Speaker | undefined {
    return this.names_.link_(analysis.keys_)
  }

  /** Upgrade a short-form speaker when the full form shows up later, and pick up a title. */
  private improve_(speaker: Speaker, analysis: LabelAnalysis): Speaker {
    const keys = this.names_.keys_(speaker) ?? []
    if (analysis.keys_.length > keys.length && (isSuffix(keys, analysis.keys_) || (keys.length === 1 && analysis.keys_[0] === keys[0]))) {
      speaker.name = analysis.words_.join(' ')
      this.names_.set_(speaker, analysis.keys_)
      if (isCaps(speaker.name)) this.capsNames_.add(speaker)
    }
    if (!speaker.title && analysis.title_) speaker.title = analysis.title_
    if (!speaker.affiliation && analysis.affiliation_) speaker.affiliation = analysis.affiliation_
    if (speaker.role === 'unknown' && analysis.role_) speaker.role = analysis.role_
    return speaker
  }

  /** A speaker whose name (or surname) is within a typo's distance of the label's name. */
  private matchTypo_(analysis: LabelAnalysis): Speaker | undefined {
    return this.names_.typo_(analysis.keys_.join(' '))
  }

  /** Ids made from the final names (`ms-leavitt` -> `karoline-leavitt`); returns old -> new. */
  finishIds_(): Map<string, string> {
    const renamed = new Map<string, string>()
    const taken = new Set<string>()
    for (const speaker of this.speakers_) {
      if (this.fixedIds_.has(speaker)) {
        taken.add(speaker.id)
        continue
      }
    }
    for (const speaker of this.speakers_) {
      if (this.fixedIds_.has(speaker)) continue
      const id = slugifyId(speaker.name, taken)
      taken.add(id)
      if (id !== speaker.id) renamed.set(speaker.id, id)
      speaker.id = id
    }
    return renamed
  }

  isFixed_(speaker: Speaker): boolean {
    return this.fixedIds_.has(speaker) || this.seeded_.has(speaker)
  }

  /** Speakers that came from user or front-matter seeds: their names and roles are not inferred. */
  private readonly seeded_ = new Set<Speaker>()

  /** Seeded speakers that came from a bare front-matter name (`speakers: ['Greg Sanders']`); `inferRoles` reads them (`isInferable`). */
  readonly listed_ = new Set<Speaker>()

  /** Speakers whose id the user, the front matter or a role table chose. */
  private readonly fixedIds_ = new Set<Speaker>()

  /** Recover proper casing of names written in capitals, from the text. */
  finishNames_(text: string): void {
    if (this.capsNames_.size === 0) return
    const forms = new NameForms(text, [...this.capsNames_].map((speaker) => speaker.name))
    for (const speaker of this.capsNames_) speaker.name = forms.recover_(speaker.name)
  }

  /**
   * Give first names to speakers known by surname only, when the texts name them (`Karoline
   * Leavitt`): the title, then the input, the first 1,000,000 characters in all. One pass over
   * the texts gathers every capitalised pair of words (`Karoline Leavitt`) whose second word is a
   * wanted surname; the texts are searched one by one: joining them would copy the whole input.
   */
  completeNames_(texts: readonly string[]): void {
    const wanted = new Map<string, { speakers: Speaker[]; counts: Map<string, number>; lastEnd: number }>()
    for (const speaker of this.speakers_) {
      if (this.seeded_.has(speaker)) continue
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
      if (NOT_FIRST_NAMES.has(first.toUpperCase()) || TITLE_TOKENS.has(plain)) continue
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
    if (NOT_FIRST_NAMES.has(first.toUpperCase()) || TITLE_TOKENS.has(plain)) continue
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

const NOT_FIRST_NAMES: ReadonlySet<string> = /* @__PURE__ */ wordSet(
  'MR|MS|MRS|MISS|DR|THE|AND|BY|TO|WITH|FROM|OF|FOR|THANK|THANKS|DEAR|HI|HELLO|YES|NO|SO|BUT|SAID|ASK|ASKED|CALL|CALLS|LEADER|DEPUTY|CHIEF|AGENT|SPECIAL|OFFICER|COUNSEL',
)

/** `short` is the last words of `long` (`LE DRIAN` of `JEAN-YVES LE DRIAN`); single letters never link. */
export function isSuffix(short: string[], long: string[]): boolean {
  if (short.length === 0 || short.length >= long.length) return false
  if (short.join('').length < 3) return false
  const offset = long.length - short.length
  return short.every((word, i) => word === long[offset + i])
}
