/**
 * Label grammars as data. Each grammar recognises a speaker label at the start of a line and
 * says where the speech begins. `fromText` counts the candidates of every grammar at paragraph
 * starts and reads the document with the one that fits it, so a phrase with a colon in prose
 * (`On the second point: What...`) is only a label when the document's grammar says so.
 */
import { TITLES, wordSet } from './tables.js'
import { CLOCK, isBlank, parseClock } from './clock.js'
import { HeadCache, labelColon, mayBeTimed } from './label-heads.js'
import { isInterpretationWording } from './vocabulary.js'

export type GrammarId = 'caps' | 'mixed' | 'markdown' | 'timed' | 'court'

export interface LabelMatch {
  grammar: GrammarId
  /** A speaker id written as `(#id)` after the label (how `toText` tells apart speakers sharing a label). */
  id?: string
  /** The label as written, without an interpretation qualifier. */
  label: string
  /** An interpretation qualifier as written (`(THROUGH TRANSLATOR)`), if any. */
  qualifier?: string
  interpreted: boolean
  /** Index in the matched string where the speech starts. */
  content: number
  /** A time stamp that came with the label, in seconds. */
  time?: number
}

export interface Grammar {
  id: GrammarId
  match: (line: string) => LabelMatch | null
}

const SEP = String.raw`[ \t\u00a0]`
/** An ALL-CAPS label: capitals, digits and name punctuation, no lower-case letter. */
const CAPS_LABEL = String.raw`[\p{Lu}\p{Lt}](?:[\p{Lu}\p{Lt}\p{M}\d.,'’&/ \u00a0-]{0,118}[\p{Lu}\p{Lt}\p{M}\d.'’])?`
/** A qualifier in parentheses after a label: `(THROUGH TRANSLATOR)`, `(via video)`, `(Barton—Minister for Indigenous Australians)`. */
const QUALIFIER = String.raw`((?:${SEP}*\([^()\n]{1,60}\)){0,2})`
const PARTICLES = String.raw`(?:of|the|and|de|del|la|las|los|le|les|van|von|der|den|da|di|du|dos|das|do|bin|ibn|al|el|y|e|ten|ter|st\.)`
const NAME_WORD = String.raw`[\p{Lu}\p{Lt}\d][\p{L}\p{M}\d'’.-]*`
/** A mixed-case name: capitalised words (particles allowed inside), at most eight (`The CHIEF WHIP OF THE MAJORITY PARTY`). */
const MIXED_LABEL = String.raw`${NAME_WORD}(?:[ \u00a0]{1,2}(?:${NAME_WORD}|${PARTICLES})){0,7}`

const capsRe = new RegExp(String.raw`^(${CAPS_LABEL})${QUALIFIER}${SEP}*:(?!//)(?!\d)`, 'u')
/** A wire transcript's unknown speaker in parentheses: `(UNKNOWN):`, `(UNIDENTIFIED MALE) (through translator):`. */
const unknownRe = new RegExp(String.raw`^\((UNKNOWN|UNIDENTIFIED(?: (?:MALE|FEMALE|SPEAKERS?))?)\)${QUALIFIER}${SEP}*:(?!//)(?!\d)`, 'u')
const bareQRe = /^(Q)(?:\u00a0|\t| {2}| (?=[^\p{Ll}\s]))[ \t\u00a0]*(?=\S)/u
const mixedRe = new RegExp(String.raw`^(${MIXED_LABEL})${QUALIFIER}${SEP}*:(?=[ \t\u00a0]|$)`, 'u')
const titledRe = new RegExp(String.raw`^(${MIXED_LABEL})${QUALIFIER},${SEP}+['’]?(\p{Lu}[\p{L}\p{M}.-]*(?:${SEP}[\p{L}\p{M}.-]+){0,5})${SEP}*:(?=[ \t\u00a0]|$)`, 'u')
const markdownRe = new RegExp(String.raw`^\*\*([^*\n]{1,80}?)(:?)\*\*(:?)${SEP}*`, 'u')
const timedDashRe = new RegExp(String.raw`^(${MIXED_LABEL}|${CAPS_LABEL})${SEP}+[–—-]${SEP}+(${CLOCK}):?${SEP}*`, 'u')
const timedBracketRe = new RegExp(String.raw`^\[(${CLOCK})\]${SEP}*(${MIXED_LABEL}|${CAPS_LABEL})${QUALIFIER}:${SEP}*`, 'u')
const timedParenRe = new RegExp(String.raw`^(${MIXED_LABEL}|${CAPS_LABEL})${QUALIFIER}:${SEP}*\((${CLOCK})\)${SEP}*`, 'u')
const timedSpacesRe = new RegExp(String.raw`^(${MIXED_LABEL})${SEP}{2,}(${CLOCK})${SEP}*$`, 'u')
/** An Otter export pasted into markdown: the name in bold (`**Emma**  0:00`, doubled `****Name****` too). */
const timedBoldRe = new RegExp(String.raw`^\*{2,4}(${MIXED_LABEL})\*{2,4}${SEP}{2,}(${CLOCK})${SEP}*$`, 'u')
const courtRe = /^([QA])\.[ \t\u00a0]+/

/** The caps label patterns, for tests that check `hasLowerOutsideGroups` never turns one away. */
export const CAPS_PATTERNS: readonly RegExp[] = [capsRe, unknownRe]
/** The mixed-case label patterns, for tests that check `mixedCannotMatch` never turns one away. */
export const MIXED_PATTERNS: readonly RegExp[] = [mixedRe, titledRe]
/** The timed label patterns, for tests that check `mayBeTimed` never turns one away. */
export const TIMED_PATTERNS: readonly RegExp[] = [timedDashRe, timedBracketRe, timedParenRe, timedSpacesRe, timedBoldRe]

function isInterpretation(qualifier: string | undefined): boolean {
  return qualifier ? isInterpretationWording(qualifier) : false
}

/** A clock time in parentheses after a label (`Mr SMITH (Name) (09:31):`, an Australian Hansard): the turn's time, not part of the label. */
const LABEL_CLOCK = /^\((\d{1,2}:\d{2}(?::\d{2})?)\)$/

/** `09:31` (hours and minutes) or `09:31:05`, in seconds from midnight. */
function timeOfDay(clock: string): number {
  const [hours, minutes, seconds] = clock.split(':').map(Number)
  return hours! * 3600 + minutes! * 60 + (seconds ?? 0)
}

function build(grammar: GrammarId, label: string, qualifiers: string | undefined, content: number, time?: number): LabelMatch {
  if (!qualifiers) {
    const plain: LabelMatch = { grammar, label, interpreted: false, content }
    if (time !== undefined) plain.time = time
    return plain
  }
  let interpreted = false
  let id: string | undefined
  let qualifier: string | undefined
  const kept: string[] = []
  for (const group of qualifiers.match(/\([^()\n]{1,60}\)/g) ?? []) {
    const reference = /^\(#([a-z_][a-z0-9_-]*)\)$/.exec(group)
    const clock = reference ? null : LABEL_CLOCK.exec(group)
    if (reference && id === undefined) id = reference[1]
    else if (clock && time === undefined) time = timeOfDay(clock[1]!)
    else if (isInterpretation(group) && !interpreted) {
      interpreted = true
      qualifier = group
    } else kept.push(group)
  }
  const match: LabelMatch = { grammar, label: kept.length === 0 ? label : [label, ...kept].join(' '), interpreted, content }
  if (qualifier) match.qualifier = qualifier
  if (id) match.id = id
  if (time !== undefined) match.time = time
  return match
}

/** Words that end in a colon at a line start but never name a speaker. Among them: enumerations and agenda headings that end in a colon (`Erstens:`, `Zur Geschäftsordnung:`). */
export const NOT_SPEAKERS: ReadonlySet<string> = /* @__PURE__ */ wordSet(
  'also present|appearances|before|by|present|attendees|participants|transcript|subject|date|time|location|place|re|cc|from|to|when|where|url|link|source|note|notes|examination of|title|media|podcast|video|audio|tags|categories|speakers|end|update|editor\'s note|nota|fecha|lugar|hora|final report|telephone number|email|e-mail|phone|fax|website|http|https|ps|p.s|abstract|summary|keywords|warning|disclaimer|important|edit|correction|transcribed by|transcript by|translated by|first|second|third|fourth|firstly|secondly|thirdly|finally|erstens|zweitens|drittens|viertens|fünftens|schließlich|primero|segundo|tercero|premièrement|deuxièmement|zur geschäftsordnung|zur tagesordnung|tagesordnung',
)

const notSpeakerCache = new Map<string, boolean>()

function notSpeaker(label: string): boolean {
  let known = notSpeakerCache.get(label)
  if (known === undefined) {
    const key = label.toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '')
    known = NOT_SPEAKERS.has(key) || key.startsWith('by ')
    if (notSpeakerCache.size > 5000) notSpeakerCache.clear()
    notSpeakerCache.set(label, known)
  }
  return known
}

const squeeze = (label: string): string => (label.indexOf('\u00a0') === -1 && label.indexOf('  ') === -1 ? label : label.replace(/[ \u00a0]+/g, ' '))

/** What a colon-ended label pattern made of a head: the match, its length, or why there is none. */
type HeadResult = { match: LabelMatch; length: number } | 'no-match' | 'rejected'

/**
 * The match for `line` from a cached one, as it is when the speech after the label starts where
 * it starts in the cached head (nearly always: `content` is then read from the head alone), or a
 * copy with this line's `content`. Shared: the reader keeps it but never changes it.
 */
function fromCache(cached: { match: LabelMatch; length: number }, line: string): LabelMatch {
  let content = cached.length
  while (content < line.length && isBlank(line.charCodeAt(content))) content++
  if (content === cached.match.content) return cached.match
  const match = { ...cached.match }
  match.content = content
  return match
}

/** A head's match, with `content` where the speech starts within the head. */
function cachedResult(match: LabelMatch, length: number, head: string): HeadResult {
  let content = length
  while (content < head.length && isBlank(head.charCodeAt(content))) content++
  match.content = content
  return { match, length }
}

const capsHeads = new HeadCache<HeadResult>()
const mixedHeads = new HeadCache<HeadResult>()

function capsHead(head: string): HeadResult {
  const m = head.charCodeAt(0) === 40 ? unknownRe.exec(head) : capsRe.exec(head)
  if (!m) return 'no-match'
  if (notSpeaker(m[1]!) || !/\p{L}/u.test(m[1]!)) return 'rejected'
  return cachedResult(build('caps', squeeze(m[1]!), m[2], 0), m[0].length, head)
}

function mixedHead(head: string): HeadResult {
  const m = mixedRe.exec(head)
  if (!m) return titledHead(head)
  if (notSpeaker(m[1]!)) return 'rejected'
  return cachedResult(build('mixed', squeeze(m[1]!), m[2], 0), m[0].length, head)
}

/** The first words of offices a `Name, Office:` label may give (upper case, no accents). */
const OFFICE_HEADS: ReadonlySet<string> = new Set(
  [...TITLES.map((entry) => entry.words.split(' ')[0]!), 'ANTRAGSTELLER', 'BERICHTERSTATTER', 'SCHRIFTFUHRER', 'SPRECHER', 'MEMBER', 'CHAIR', 'CHAIRMAN', 'CHAIRWOMAN', 'CHAIRPERSON'].map((word) =>
    word.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''),
  ),
)

/**
 * `Name, Office:` (`Schäffer, Bundesminister der Finanzen:`, `Freidhof (SPD), Antragsteller:`):
 * a mixed-case name, an optional qualifier, a comma and an office whose first word is a known
 * office (so `Yes, I think so:` is no label). A stray quote before the office (OCR) is dropped.
 */
function titledHead(head: string): HeadResult {
  const m = titledRe.exec(head)
  if (!m) return 'rejected'
  const office = m[3]!
  const first = office.split(/[ \u00a0]/)[0]!.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toUpperCase()
  if (!OFFICE_HEADS.has(first) || notSpeaker(m[1]!)) return 'rejected'
  const qualifier = m[2] ? m[2].trim() : ''
  return cachedResult(build('mixed', squeeze(`${m[1]!}${qualifier ? ` ${qualifier}` : ''}, ${office}`), undefined, 0), m[0].length, head)
}

/**
 * ALL-CAPS labels and bare `Q`; the match may be shared (see `fromCache`). `colon` is the line's
 * `labelColon`, when the caller has it already (it tries several grammars on one line).
 */
function matchCaps(line: string, colon = labelColon(line)): LabelMatch | null {
  if (colon !== -1) {
    // A lower-case ASCII letter outside parentheses before the colon: no caps head (not cut out, not cached).
    const result = capsHeads.lookup(line, colon, capsHead, hasLowerOutsideGroups, 'no-match')
    if (result === 'rejected') return null
    if (result !== 'no-match') return fromCache(result, line)
  }
  if (line.charCodeAt(0) !== 81 /* Q */) return null
  const q = bareQRe.exec(line)
  return q ? build('caps', 'Q', undefined, q[0].length) : null
}

/**
 * Whether `line[0..colon)` holds a lower-case ASCII letter outside parenthesised groups: then
 * neither caps pattern can match (their labels hold none; only their qualifier groups may).
 */
export function hasLowerOutsideGroups(line: string, colon: number): boolean {
  let depth = 0
  for (let i = 0; i < colon; i++) {
    const code = line.charCodeAt(i)
    if (code === 40) depth++
    else if (code === 41) depth--
    else if (depth === 0 && code >= 97 && code <= 122) return true
  }
  return false
}

/** The particles a mixed-case label may hold (`PARTICLES`), each a word of its own. */
const PARTICLE_WORDS: ReadonlySet<string> = new Set(PARTICLES.slice(3, -1).replace(/\\/g, '').split('|'))

/**
 * Whether no mixed-case (or `Name, Office:`) head can stand before the label colon: a word
 * before the first comma (or the colon) outside parenthesised groups opens with a lower-case
 * ASCII letter and is no particle. Both patterns read that part as capitalised words and particles.
 */
export function mixedCannotMatch(line: string, colon: number): boolean {
  let i = 0
  while (i < colon) {
    const code = line.charCodeAt(i)
    if (code === 44 /* , */) return false
    if (code === 40 /* ( */) {
      while (i < colon && line.charCodeAt(i) !== 41) i++
      i++
      continue
    }
    if (code === 32 || code === 9 || code === 0xa0) {
      i++
      continue
    }
    // A word: up to a blank, a group, a comma or the colon.
    const start = i
    while (i < colon) {
      const next = line.charCodeAt(i)
      if (next === 32 || next === 9 || next === 0xa0 || next === 40 || next === 44) break
      i++
    }
    if (code >= 97 && code <= 122 && (i - start > 4 || !PARTICLE_WORDS.has(line.slice(start, i)))) return true
  }
  return false
}

/** Mixed-case labels; the match may be shared (see `fromCache`); `colon` as for `matchCaps`. */
function matchMixed(line: string, colon = labelColon(line)): LabelMatch | null {
  if (colon === -1) return null
  const result = mixedHeads.lookup(line, colon, mixedHead, mixedCannotMatch, 'rejected')
  return typeof result === 'string' ? null : fromCache(result, line)
}

/** Shared court matches by letter and content offset (`Q.` at even indexes, `A.` at odd ones). */
const courtMatches: LabelMatch[] = []

/**
 * Court `Q.`/`A.` lines, as `courtRe` reads them, without a match array, a label string or a
 * match object per line (every other line of a court transcript is one): the match may be shared.
 */
function matchCourt(line: string): LabelMatch | null {
  const first = line.charCodeAt(0)
  if ((first !== 81 && first !== 65) || line.charCodeAt(1) !== 46) return null
  let content = 2
  while (content < line.length && isBlank(line.charCodeAt(content))) content++
  if (content === 2) return null
  if (content > 64) return build('court', first === 65 ? 'A.' : 'Q.', undefined, content)
  const slot = content * 2 + (first === 65 ? 1 : 0)
  return (courtMatches[slot] ??= build('court', first === 65 ? 'A.' : 'Q.', undefined, content))
}

/** A fresh match: what callers of the public `match` get (they may keep or change it). */
const fresh = (match: LabelMatch | null): LabelMatch | null => (match ? { ...match } : null)

export const GRAMMARS: readonly Grammar[] = [
  {
    id: 'markdown',
    match(line) {
      if (line.charCodeAt(0) !== 42 || line.charCodeAt(1) !== 42) return null
      const m = markdownRe.exec(line)
      if (!m || (m[2] === '') === (m[3] === '')) return null
      let label = m[1]!.trim()
      let qualifier: string | undefined
      const q = /\s*(\([^()]{1,40}\))$/.exec(label)
      if (q && isInterpretation(q[1])) {
        qualifier = q[1]
        label = label.slice(0, q.index)
      }
      if (label === '' || notSpeaker(label)) return null
      return build('markdown', label, qualifier, m[0].length)
    },
  },
  {
    id: 'timed',
    match(line: string, colon?: number) {
      if (!mayBeTimed(line, colon)) return null
      let m = timedDashRe.exec(line)
      if (m) return notSpeaker(m[1]!) ? null : build('timed', m[1]!, undefined, m[0].length, parseClock(m[2]!))
      m = timedBracketRe.exec(line)
      if (m) return notSpeaker(m[2]!) ? null : build('timed', m[2]!, m[3], m[0].length, parseClock(m[1]!))
      m = timedParenRe.exec(line)
      if (m) return notSpeaker(m[1]!) ? null : build('timed', m[1]!, m[2], m[0].length, parseClock(m[3]!))
      m = timedSpacesRe.exec(line) ?? (line.charCodeAt(0) === 42 ? timedBoldRe.exec(line) : null)
      if (m) return notSpeaker(m[1]!) ? null : build('timed', m[1]!, undefined, m[0].length, parseClock(m[2]!))
      return null
    },
  },
  {
    id: 'caps',
    match: (line) => fresh(matchCaps(line)),
  },
  {
    id: 'mixed',
    match: (line) => fresh(matchMixed(line)),
  },
  {
    id: 'court',
    match(line) {
      const first = line.charCodeAt(0)
      if ((first !== 81 && first !== 65) || line.charCodeAt(1) !== 46) return null
      const m = courtRe.exec(line)
      return m ? build('court', `${m[1]}.`, undefined, m[0].length) : null
    },
  },
]

/**
 * Cheap test run before any grammar: every label form has a colon near the start, or is a bare
 * `Q`, a court `Q.`/`A.` line or a markdown `**` label. Most speech paragraphs fail it at once.
 */
export function mayHoldLabel(line: string): boolean {
  const first = line.charCodeAt(0)
  if (first === 81 /* Q */ || first === 65 /* A */ || first === 42 /* * */) return true
  // Lower-case starts are never labels (`on the second point:`); digits only inside `[00:01] Name:`.
  if ((first >= 97 && first <= 122) || first === 32) return false
  // Only the first 160 characters can hold the colon. `indexOf` (memchr, whose cost per call is
  // that of a few characters) beats a character loop even over a whole speech paragraph.
  const colon = line.indexOf(':')
  return colon !== -1 && colon < 160
}

/**
 * `mayHoldLabel` of the line `text[start..end)`, without slicing it out: the first character
 * decides, or a colon among the first 160 characters of the line, found with `cursor`.
 */
export function mayHoldLabelAt(text: string, start: number, end: number, cursor: ColonCursor): boolean {
  if (start >= end) return false
  const first = text.charCodeAt(start)
  if (first === 81 /* Q */ || first === 65 /* A */ || first === 42 /* * */) return true
  if ((first >= 97 && first <= 122) || first === 32) return false
  return cursor.next_(start) < Math.min(end, start + 160)
}

/**
 * The first `:` at or after an offset. Asked for offsets in increasing order (lines in order),
 * the whole text is searched once in all; a colon found is reused until an offset passes it.
 */
export class ColonCursor {
  private from_ = 0
  private at_ = -1
  // A plain field, not a parameter property: esbuild would also declare it under its unmangled name.
  private readonly text_: string
  constructor(text: string) {
    this.text_ = text
  }

  /** The offset of the first `:` at or after `from`, or the text's length when there is none. */
  next_(from: number): number {
    if (from < this.from_ || from > this.at_) {
      const at = this.text_.indexOf(':', from)
      this.at_ = at === -1 ? this.text_.length : at
      this.from_ = from
    }
    return this.at_
  }
}

export const grammarById = (id: GrammarId): Grammar => GRAMMARS.find((grammar) => grammar.id === id)!

/**
 * The reader's own matchers, one per grammar of `GRAMMARS` (same order): the same answers as
 * `match`, but a caps or mixed match may be one object shared by every line with the same label
 * (a big transcript repeats a few labels thousands of times, and the reader keeps every label
 * it reads until it builds the turns: copies would be thousands of objects for the garbage
 * collector to move). Whoever uses these must not change what they return.
 */
export type SharedMatcher = (line: string, colon?: number) => LabelMatch | null
const SHARED: Readonly<Partial<Record<GrammarId, SharedMatcher>>> = { caps: matchCaps, mixed: matchMixed, court: matchCourt }
/** `colon`, when given, must be `labelColon(line)`: callers trying several grammars work it out once. */
export const sharedMatcher = (grammar: Grammar): SharedMatcher => SHARED[grammar.id] ?? grammar.match
