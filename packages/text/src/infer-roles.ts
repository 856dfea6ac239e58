/**
 * Roles by context, for speakers whose labels say nothing about them (`Stephan Livera`, `MM`,
 * `AA`): phrases that show a host, a guest or a moderator, played recordings, the turn-taking of
 * hearings (a witness answers legislators) and panels (a moderator asks, panelists answer), and
 * fuller names from self-introductions. The rules are data in `role-rules.ts`. Only speakers the
 * registry calls inferable are changed; a role the evidence does not support stays `unknown`.
 */
import type { Block, Speaker, Turn } from '@verbatim/core'
import {
  CONTEXT_THRESHOLDS as T,
  COURT_ROLES,
  PHRASE_RULES,
  PLAY_CUES,
  QUESTIONING_ROLES,
  RECORDING_ROLE,
  RECORDING_WORDS,
  SELF_INTRODUCTIONS,
  type PhraseRule,
} from './role-rules.js'
import { labelKey, type SpeakerRegistry } from './speakers.js'

interface Tally {
  turns: number[]
  host: number
  guest: number
  moderator: number
  /** Panel-opening phrases: support for the questioning rule only. */
  moderatorSupport: number
}

/** The text of a turn (events left out), at most `limit` characters. */
function turnText(turn: Turn, limit: number): string {
  let out = ''
  for (const paragraph of turn.children) {
    for (const child of paragraph.children) {
      if (child.type !== 'text') continue
      out += child.value
      if (out.length >= limit) return out.slice(0, limit)
    }
    out += '\n'
  }
  return out
}

/** Whether a turn asks a question (a `?` anywhere in its text; Spanish closes `¿...?` too). */
function asks(turn: Turn): boolean {
  for (const paragraph of turn.children) {
    for (const child of paragraph.children) {
      if (child.type === 'text' && child.value.includes('?')) return true
    }
  }
  return false
}

/** Whether a turn has no spoken words: no letter or digit in its text (time stamps and events only). */
function wordless(turn: Turn): boolean {
  for (const paragraph of turn.children) {
    for (const child of paragraph.children) {
      if (child.type === 'text' && /[\p{L}\p{N}]/u.test(child.value.replace(/\\?\[\d{1,2}(?::\d{2}){1,2}(?:\.\d+)?\\?\]/g, ''))) return false
    }
  }
  return true
}

const initialsOf = (name: string): string =>
  name
    .split(/[\s-]+/)
    .filter((word) => word !== '')
    .map((word) => labelKey(word[0]!))
    .join('')

/** What the steps of `inferRoles` share: the speakers, their turns in document order and their tallies. */
interface RoleContext {
  registry_: SpeakerRegistry
  /** Speakers the registry lets this pass give a role. */
  candidates_: Speaker[]
  candidateSet_: Set<Speaker>
  /** Untitled, unknown speakers with a one-word name: a fuller name from the text may replace it. */
  nameable_: Speaker[]
  /** Speakers with at least one turn, in registry order. */
  speaking_: Speaker[]
  turns_: Turn[]
  /** The speaker of each of `turns`. */
  speakerOf_: (Speaker | undefined)[]
  tallies_: Map<Speaker, Tally>
  /** Whether turn `index` asks a question, computed once per turn (0: not yet, 1: no, 2: yes). */
  asked_: Uint8Array
}

export function inferRoles(blocks: readonly Block[], registry: SpeakerRegistry): void {
  const candidates = registry.speakers_.filter((speaker) => isInferable(registry, speaker))
  // A surname from a title (`Senator Hale` -> `Hale`) is not a first name: only untitled, unknown speakers are renamed.
  const nameable = registry.speakers_.filter((speaker) => speaker.role === 'unknown' && !speaker.title && !speaker.group && !registry.isFixed_(speaker) && isShortName(speaker.name))
  if (candidates.length === 0 && nameable.length === 0) return
  const ctx = roleContext(blocks, registry, candidates, nameable)
  scanPhrases(ctx)
  // 1. Played recordings.
  markRecordings(ctx)
  // 2. Phrases: the role with the most votes, when there is one.
  applyVotes(ctx)
  const hasHost = ctx.speaking_.some((speaker) => speaker.role === 'host')
  const legislators = ctx.speaking_.some((speaker) => QUESTIONING_ROLES.has(speaker.role))
  // 3. A show: speakers the front matter lists by name are its guests.
  if (hasHost) {
    for (const speaker of candidates) if (speaker.role === 'unknown' && registry.listed_.has(speaker)) speaker.role = 'guest'
    return
  }
  // 4. A hearing: whoever answers the legislators' questions is a witness.
  if (legislators) {
    markWitnesses(ctx)
    return
  }
  // 5. A panel: the one speaker who asks the questions moderates; those who answer are panelists.
  if (ctx.speaking_.some((speaker) => COURT_ROLES.has(speaker.role))) return
  markPanel(ctx)
}

/** The turns of known speakers, in order, and a tally per speaker. */
function roleContext(blocks: readonly Block[], registry: SpeakerRegistry, candidates: Speaker[], nameable: Speaker[]): RoleContext {
  const byId = new Map(registry.speakers_.map((speaker) => [speaker.id, speaker]))
  const turns: Turn[] = []
  const speakerOf: (Speaker | undefined)[] = []
  const tallies = new Map<Speaker, Tally>()
  for (const block of blocks) {
    if (block.type !== 'turn' || block.speaker === null) continue
    const speaker = byId.get(block.speaker)
    if (!speaker) continue
    let tally = tallies.get(speaker)
    if (!tally) tallies.set(speaker, (tally = { turns: [], host: 0, guest: 0, moderator: 0, moderatorSupport: 0 }))
    tally.turns.push(turns.length)
    turns.push(block)
    speakerOf.push(speaker)
  }
  const speaking = registry.speakers_.filter((speaker) => tallies.has(speaker))
  return { registry_: registry, candidates_: candidates, candidateSet_: new Set(candidates), nameable_: nameable, speaking_: speaking, turns_: turns, speakerOf_: speakerOf, tallies_: tallies, asked_: new Uint8Array(turns.length) }
}

/** The turns the turn-taking rules look at: each speaker's first `sampleTurns` (bounds the cost on long files). */
function sample(ctx: RoleContext, speaker: Speaker): number[] {
  const list = ctx.tallies_.get(speaker)!.turns
  return list.length > T.sampleTurns_ ? list.slice(0, T.sampleTurns_) : list
}

function isCandidate(ctx: RoleContext, speaker: Speaker | undefined): speaker is Speaker {
  return speaker !== undefined && speaker.role === 'unknown' && ctx.candidateSet_.has(speaker)
}

/** The distinct keywords of `PHRASE_RULES` (rules share them), and each rule's as indexes into it. */
const KEYWORDS: readonly string[] = /* @__PURE__ */ ((): string[] => [...new Set(PHRASE_RULES.flatMap((rule) => rule.keywords))])()
const RULE_KEYWORDS: readonly (readonly number[])[] = /* @__PURE__ */ ((): number[][] => PHRASE_RULES.map((rule) => rule.keywords.map((keyword) => KEYWORDS.indexOf(keyword))))()
/** Which keywords the text being scanned holds: 1 yes, 2 no, 0 not looked for yet (reused). */
const keywordSeen = /* @__PURE__ */ ((): Uint8Array => new Uint8Array(KEYWORDS.length))()

/** Whether the lower-cased `lower` holds a keyword of rule `r` (each keyword searched at most once per text, see `keywordSeen`). */
function holdsKeyword(lower: string, r: number): boolean {
  const indexes = RULE_KEYWORDS[r]!
  for (let i = 0; i < indexes.length; i++) {
    const k = indexes[i]!
    if (keywordSeen[k] === 0) keywordSeen[k] = lower.includes(KEYWORDS[k]!) ? 1 : 2
    if (keywordSeen[k] === 1) return true
  }
  return false
}


/** Phrases: each speaker's first turns and the document's last turns (greetings and sign-offs) vote for roles and give fuller names. */
function scanPhrases(ctx: RoleContext): void {
  const { turns_: turns, speakerOf_: speakerOf, tallies_: tallies } = ctx
  const scanned = new Set<number>()
  for (const tally of tallies.values()) for (const index of tally.turns.slice(0, T.phraseTurns_)) scanned.add(index)
  for (let index = Math.max(0, turns.length - 2 * T.phraseTurns_); index < turns.length; index++) scanned.add(index)
  for (const index of [...scanned].sort((a, b) => a - b)) {
    const speaker = speakerOf[index]!
    const text = turnText(turns[index]!, T.phraseChars_)
    const lower = text.toLowerCase()
    keywordSeen.fill(0)
    for (let r = 0; r < PHRASE_RULES.length; r++) {
      const rule = PHRASE_RULES[r]!
      if (!holdsKeyword(lower, r)) continue
      const anchors = rule.anchors_
      if (anchors !== undefined && !anchors.some((anchor) => lower.includes(anchor))) continue
      const match = rule.pattern.exec(text)
      if (!match) continue
      const target = rule.gives_ === 'speaker' ? speaker : findNamed(ctx, match.groups?.name ?? '', speaker)
      if (isCandidate(ctx, target)) vote(tallies.get(target)!, rule)
    }
    const rank = tallies.get(speaker)!.turns.indexOf(index)
    if (rank >= 0 && rank < T.phraseTurns_ && ctx.nameable_.includes(speaker)) introduce(ctx, speaker, text)
  }
}

/** Played recordings: two of a recording's name, silence and announcements by the turn before. */
function markRecordings(ctx: RoleContext): void {
  const { turns_: turns, speakerOf_: speakerOf } = ctx
  for (const speaker of ctx.candidates_) {
    const tally = ctx.tallies_.get(speaker)
    if (!tally) continue
    const named = isRecordingName(speaker.name)
    const turnsSeen = tally.turns.length > T.recordingTurns_ ? tally.turns.slice(0, T.recordingTurns_) : tally.turns
    const silent = turnsSeen.every((index) => wordless(turns[index]!))
    // Two of three signals: without the name or the silence, the announcements cannot decide (and are not searched).
    if (!named && !silent) continue
    const announced = turnsSeen.filter((index) => index > 0 && speakerOf[index - 1] !== speaker && PLAY_CUES.some((cue) => cue.test(lastWords(turns[index - 1]!)))).length * 2 >= turnsSeen.length
    if (Number(named) + Number(silent) + Number(announced) >= 2) speaker.role = RECORDING_ROLE
  }
}

/** The role with the most phrase votes, when there is one. */
function applyVotes(ctx: RoleContext): void {
  for (const speaker of ctx.candidates_) {
    const tally = ctx.tallies_.get(speaker)
    if (!tally || speaker.role !== 'unknown') continue
    const ranked = (['host', 'guest', 'moderator'] as const).map((role) => [role, tally[role]] as const).sort((a, b) => b[1] - a[1])
    if (ranked[0]![1] > 0 && ranked[0]![1] > ranked[1]![1]) speaker.role = ranked[0]![0]
  }
}

function asksAt(ctx: RoleContext, index: number): boolean {
  const { asked_: asked } = ctx
  if (asked[index] === 0) asked[index] = asks(ctx.turns_[index]!) ? 2 : 1
  return asked[index] === 2
}

/** How many of the speaker's sampled turns answer a question from a speaker `asker` accepts. */
function answers(ctx: RoleContext, speaker: Speaker, asker: (other: Speaker) => boolean): number {
  return sample(ctx, speaker).filter((index) => {
    const before = ctx.speakerOf_[index - 1]
    return index > 0 && before !== undefined && before !== speaker && asker(before) && asksAt(ctx, index - 1)
  }).length
}

/** A hearing: whoever answers the legislators' questions is a witness. */
function markWitnesses(ctx: RoleContext): void {
  for (const speaker of ctx.candidates_) {
    const tally = ctx.tallies_.get(speaker)
    if (!tally || speaker.role !== 'unknown') continue
    const answered = answers(ctx, speaker, (other) => QUESTIONING_ROLES.has(other.role))
    if (answered >= T.minAnswers_ && answered >= T.witnessAnswers_ * sample(ctx, speaker).length) speaker.role = 'witness'
  }
}

/** The share of the speaker's sampled turns that ask a question. */
function questionShare(ctx: RoleContext, speaker: Speaker): number {
  const list = sample(ctx, speaker)
  return list.filter((index) => asksAt(ctx, index)).length / list.length
}

/** A panel: the one speaker who asks the questions moderates; those who answer the moderators are guests. */
function markPanel(ctx: RoleContext): void {
  const individuals = ctx.speaking_.filter((speaker) => !speaker.group && speaker.role !== RECORDING_ROLE)
  let moderators = individuals.filter((speaker) => speaker.role === 'moderator' && speaker.id !== 'chair')
  if (moderators.length === 0) {
    const asker = soleAsker(ctx, individuals)
    if (asker) {
      asker.role = 'moderator'
      moderators = [asker]
    }
  }
  if (moderators.length === 0) return
  for (const speaker of ctx.candidates_) {
    if (speaker.role !== 'unknown' || !ctx.tallies_.has(speaker)) continue
    if (answers(ctx, speaker, (other) => moderators.includes(other)) >= 1) speaker.role = 'guest'
  }
}

/** The one candidate who mostly asks, when at least two other individuals mostly do not; else undefined. */
function soleAsker(ctx: RoleContext, individuals: Speaker[]): Speaker | undefined {
  const { tallies_: tallies } = ctx
  const askers = ctx.candidates_.filter((speaker) => {
    const tally = tallies.get(speaker)
    if (!tally || speaker.role !== 'unknown' || tally.turns.length < T.minTurns_) return false
    return questionShare(ctx, speaker) >= (tally.moderatorSupport > 0 ? T.moderatorQuestionsWithPhrase_ : T.moderatorQuestions_)
  })
  const asker = askers[0]
  const others = individuals.filter((speaker) => speaker !== asker)
  if (askers.length === 1 && asker && others.length >= 2 && others.every((speaker) => tallies.get(speaker)!.turns.length < 2 || questionShare(ctx, speaker) <= T.panelistQuestions_)) return asker
  return undefined
}

function vote(tally: Tally, rule: PhraseRule): void {
  if (rule.role === 'moderator' && rule.strength_ === 'with-questions') tally.moderatorSupport++
  else tally[rule.role]++
}

/** The speaker a phrase names: by full name or alias, else by a unique first name; never the one who says it. */
function findNamed(ctx: RoleContext, written: string, by: Speaker): Speaker | undefined {
  const words = nameWords(written)
  if (words.length === 0) return undefined
  const { speaking_: speaking } = ctx
  let found: Speaker | undefined
  for (let length = words.length; length >= 1 && !found; length--) {
    const key = labelKey(words.slice(0, length).join(' '))
    found = speaking.find((speaker) => labelKey(speaker.name) === key || speaker.aliases.some((alias) => labelKey(alias) === key))
  }
  if (!found) {
    const first = labelKey(words[0]!)
    const byFirst = speaking.filter((speaker) => !speaker.group && labelKey(speaker.name.split(' ')[0] ?? '') === first)
    if (byFirst.length === 1) found = byFirst[0]
  }
  if (!found || found === by) return undefined
  // `Lee` named as `Lee Park`: the text gives the fuller name.
  if (ctx.nameable_.includes(found) && words.length > 1 && labelKey(words[0]!) === labelKey(found.name)) rename(ctx, found, words.join(' '))
  return found
}

/** `I'm Daniel Whitenack` from a speaker known as `Daniel` (or `DW`). */
function introduce(ctx: RoleContext, speaker: Speaker, text: string): void {
  if (!isShortName(speaker.name)) return
  for (const pattern of SELF_INTRODUCTIONS) {
    const match = pattern.exec(text)
    const words = nameWords(match?.groups?.name ?? '')
    if (words.length < 2) continue
    const current = labelKey(speaker.name)
    for (let length = words.length; length >= 2; length--) {
      const full = words.slice(0, length).join(' ')
      if (labelKey(words[0]!) === current || initialsOf(full) === current) {
        rename(ctx, speaker, full)
        return
      }
    }
  }
}

function rename(ctx: RoleContext, speaker: Speaker, name: string): void {
  if (ctx.registry_.speakers_.some((other) => other !== speaker && labelKey(other.name) === labelKey(name))) return
  speaker.name = name
}

/**
 * The words of a name a phrase captured, up to the end of its sentence (`Greg Sanders. Greg`
 * -> `Greg Sanders`; an initial such as `J.` does not end it), at most three.
 */
function nameWords(written: string): string[] {
  const words: string[] = []
  for (const word of written.split(/[ \u00a0]+/)) {
    if (word === '') continue
    const ends = word.endsWith('.') && word.length > 2
    words.push(ends ? word.slice(0, -1) : word)
    if (ends || words.length === 3) break
  }
  return words
}

/** A name of one word (`Daniel`, `TV`): a fuller name from the text may replace it. */
const isShortName = (name: string): boolean => !/[\s\u00a0]/.test(name.trim()) && name.length >= 2

function isRecordingName(name: string): boolean {
  const key = labelKey(name)
  if (/\d$/.test(key) && /^\p{L}/u.test(key)) return true
  const words = key.split(' ')
  return words.some((word, i) => RECORDING_WORDS.has(word) || (i > 0 && RECORDING_WORDS.has(`${words[i - 1]} ${word}`)))
}

/** The end of a turn, where a recording is announced. */
function lastWords(turn: Turn): string {
  const last = turn.children[turn.children.length - 1]
  if (!last) return ''
  let text = ''
  for (const child of last.children) if (child.type === 'text') text += child.value
  return text.length > 400 ? text.slice(-400) : text
}

/**
 * Whether `inferRoles` may give this speaker a role (or a fuller name): nobody, not even the
 * front matter, said what it is. Role-table speakers (`NARRATOR`) and full seeds are excluded;
 * a speaker the front matter lists by a bare name is not.
 */
function isInferable(registry: SpeakerRegistry, speaker: Speaker): boolean {
  return speaker.role === 'unknown' && !speaker.group && (registry.listed_.has(speaker) || !registry.isFixed_(speaker))
}
