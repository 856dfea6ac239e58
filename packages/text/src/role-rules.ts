/**
 * Role inference by context, as data: the phrases that show who hosts a show, who is its guest
 * and who moderates a panel, the cues that announce a played recording, self-introductions that
 * give a fuller name, and the thresholds of the turn-taking rules. `inferRoles` applies them only
 * to speakers whose role nothing else decided (no title, no role label, no user or front-matter
 * role), in documents that are not court transcripts or press conferences.
 */
import { wordSet } from './tables.js'
import { RULE_DESCRIPTIONS } from './rule-descriptions.js'

/** A phrase that gives a role: to the speaker who says it, or to the person it names. */
export interface PhraseRule {
  id: string
  role: 'host' | 'guest' | 'moderator'
  /** `speaker`: the one who says it; `named`: the speaker named by the `name` group. */
  gives_: 'speaker' | 'named'
  /** `alone`: enough by itself; `with-questions`: only with the questioning rule's support. */
  strength_: 'alone' | 'with-questions'
  pattern: RegExp
  /**
   * Lower-case words of which the text must hold at least one for `pattern` to match: each turn
   * is lower-cased once and searched natively for them, and only then is the pattern run.
   */
  keywords: readonly string[]
  /**
   * Narrower words, for a rule whose keywords most turns hold (`thank`): every match of the
   * pattern holds one of them, lower-cased, so a turn that holds none is not searched with
   * the pattern (a pattern with the `iu` flags is tried at every offset of up to 3,000 characters).
   * They have no `s`: under `iu` the long s `ſ` matches it, and lower-cases to itself (the one
   * other character that folds to an ASCII letter, the Kelvin sign, lower-cases to `k`), so what
   * the pattern matches lower-cases to an anchor.
   */
  anchors_?: readonly string[]
}

/** One to four capitalised words: a person's name as the text writes it. */
const NAME = "(?<name>\\p{Lu}[\\p{L}'’.-]*(?:[ \\u00a0]\\p{Lu}[\\p{L}'’.-]*){0,3})"
const APOSTROPHE = `['’]`

/**
 * One phrase rule, written as a row (`keywords` as `a|b`): fourteen object literals would keep
 * every field name in a minified bundle.
 */
function phrase(id: string, keywords: string, role: PhraseRule['role'], gives: PhraseRule['gives_'], pattern: RegExp, strength: PhraseRule['strength_'] = 'alone', anchors?: string): PhraseRule {
  const rule: PhraseRule = { id, keywords: keywords.split('|'), role, gives_: gives, strength_: strength, pattern }
  if (anchors !== undefined) rule.anchors_ = anchors.split('|')
  return rule
}

// Pure calls (here and below): a bundle of the basic entry, which never infers roles, drops the tables.
export const PHRASE_RULES: readonly PhraseRule[] = /* @__PURE__ */ ((): PhraseRule[] => [
  phrase('welcome-to-episode', 'welcome', 'host', 'speaker', /\bwelcome (?:back )?to (?:another|this|the|today's|today’s|our|episode)\b[^.!?\n]{0,60}?\b(?:episode|show|podcast|edition|programme|program)\b/iu),
  phrase('bienvenidos-al-programa', 'bienvenid', 'host', 'speaker', /\bbienvenid[oa]s? (?:a|al) (?:otro |este |nuestro |un nuevo )?(?:episodio|programa|podcast)\b/iu),
  phrase('i-am-host', 'host', 'host', 'speaker', new RegExp(String.raw`\bI(?:${APOSTROPHE}m| am) (?:[^,.!?\n]{1,40}, )?(?:your|the|one of your) (?:co-?)?host\b`, 'iu')),
  phrase('joined-by-co-host', 'host', 'host', 'speaker', /\b(?:joined|here) (?:as always |again |today )?(?:by|with) my co-?hosts?\b/iu),
  phrase('my-co-host', 'host', 'host', 'named', new RegExp(String.raw`\b[Mm]y co-?host,? ${NAME}`, 'u')),
  phrase('my-guest', 'guest|joining me|joining us|with me|with us', 'host', 'speaker', /\b(?:my|our) guests? (?:today |this week |on the show )?(?:is|are)\b|\b(?:joining|with) (?:me|us) (?:today|this week|on the show)(?: is| are)?\b/iu),
  phrase('named-guest', 'guest', 'guest', 'named', new RegExp(String.raw`\b(?:[Mm]y|[Oo]ur) guests? (?:today |this week |on the show )?(?:is|are) ${NAME}`, 'u')),
  phrase('joining-me-named', 'joining me|joining us|with me|with us', 'guest', 'named', new RegExp(String.raw`\b(?:[Jj]oining|[Ww]ith) (?:me|us) (?:today|this week|on the show)(?: is| are)?,? ${NAME}`, 'u')),
  phrase('mi-invitado', 'invitad', 'host', 'speaker', /\b(?:mi|nuestr[oa]) invitad[oa]s? (?:de hoy |de esta semana )?(?:es|son)\b/iu),
  phrase('thanks-for-joining-me', 'thank', 'host', 'speaker', /\bthanks? (?:you )?(?:so much |very much )?for (?:joining me|joining us on the (?:show|podcast)|coming on (?:the|my|our) (?:show|podcast)|being on (?:the|my|our) (?:show|podcast))\b/iu, 'alone', 'for joining|for coming on|for being on'),
  phrase('thanks-for-listening', 'thank|gracias', 'host', 'speaker', /\bthanks? (?:you )?(?:so much |all )?for (?:listening|tuning in)\b|\bgracias por (?:escuchar|escucharnos)\b/iu, 'alone', 'for li|for tuning in|por e'),
  phrase('thanks-for-having-me', 'thank|to be |gracias', 'guest', 'speaker', /\bthanks? (?:you )?(?:so much |very much )?for (?:having me|inviting me|the invitation)\b|\b(?:glad|happy|great|good|pleased|excited|delighted) to be (?:here|on the show|on the podcast|back)\b|\bgracias por (?:invitarme|tenerme|la invitación)\b/iu, 'alone', 'for having me|for inviting me|for the invitation|to be here|to be on the |to be bac|por invitarme|por tenerme|por la invitaci'),
  phrase('i-am-moderator', 'moderat', 'moderator', 'speaker', new RegExp(String.raw`\bI(?:${APOSTROPHE}m| am|${APOSTROPHE}ll be| will be) (?:your |the )?moderat(?:or|ing)\b|\bsoy (?:el|la|su) moderador(?:a)?\b|\bvoy a moderar\b`, 'iu')),
  phrase('introduce-yourselves', 'introduce|presentamos|ntense|panel', 'moderator', 'speaker', /\b(?:why don't we|why don’t we|let's|let’s|let us|could you|can you|please) (?:all |each |quickly )?(?:go around and )?introduce (?:ourselves|yourselves)\b|\bpor qué no nos presentamos\b|\bpres[eé]ntense\b|\b(?:our|the) panel(?:ists)?\b|\bthis panel\b/iu, 'with-questions'),
])()

/** Words that name a played recording rather than a person (`Song of Arrakis`, `Selection 1`, `Clip 2`). */
export const RECORDING_WORDS: ReadonlySet<string> = /* @__PURE__ */ wordSet(
  'SONG|TRACK|CLIP|SELECTION|RECORDING|AUDIO|VIDEO|EXCERPT|SAMPLE|SOUNDBITE|SOUND BITE|JINGLE|TRAILER|PROMO|CANCIÓN|CANCION|GRABACIÓN|GRABACION|FRAGMENTO|SELECCIÓN|SELECCION|PISTA|CORTE',
)

/** Cues, in the turn before a recording, that it is about to be played. */
export const PLAY_CUES: readonly RegExp[] = [
  /\b(?:let's|let’s|let us|we'll|we’ll|I'll|I’ll) (?:take a |have a )?(?:listen|hear|play)\b/iu,
  /\bhere(?:'s|’s| is) (?:the |a |one |another )?(?:first|second|third|next|last|one|clip|song|track|it|number \w+)\b/iu,
  /\b(?:listen to|play you|playing|roll (?:the )?(?:clip|tape|video))\b/iu,
  /\b(?:escuchemos|vamos a escuchar|veamos el video|escuchamos)\b/iu,
]

/** The role given to played recordings (a Verbatim role extension). */
export const RECORDING_ROLE = 'recording'

/** Self-introductions that give a speaker known by a first name or initials a fuller name. */
export const SELF_INTRODUCTIONS: readonly RegExp[] = /* @__PURE__ */ ((): RegExp[] => [
  new RegExp(String.raw`(?:^|[.!?] |, )(?:I${APOSTROPHE}m|I am|[Mm]y name is|[Mm]y name${APOSTROPHE}s|[Mm]i nombre es|[Mm]e llamo) ${NAME}`, 'u'),
])()

/** Roles of people who question witnesses in a hearing. */
export const QUESTIONING_ROLES: ReadonlySet<string> = new Set(['senator', 'representative', 'congressman', 'congresswoman', 'legislator', 'commissioner'])

/** Roles that make a document a court record, never a panel (its questioner is no moderator). */
export const COURT_ROLES: ReadonlySet<string> = new Set(['judge', 'attorney', 'witness', 'juror'])

/** Thresholds of the turn-taking rules. */
export const CONTEXT_THRESHOLDS = {
  /** Turns of each speaker, and of the document's end, searched for phrases (bounds the cost). */
  phraseTurns_: 3,
  /** Turns of each speaker the turn-taking rules (recordings, questions, answers) look at: the first ones. */
  sampleTurns_: 200,
  /** Turns of a possible recording looked at (a clip is played a few times at most). */
  recordingTurns_: 10,
  /** Characters of a turn searched for phrases. */
  phraseChars_: 3000,
  /** A moderator asks questions in at least this share of turns (at least `minTurns` turns). */
  moderatorQuestions_: 2 / 3,
  /** ... or this share, with a panel-opening phrase. */
  moderatorQuestionsWithPhrase_: 1 / 2,
  /** Panelists ask questions in at most this share of their turns. */
  panelistQuestions_: 1 / 3,
  minTurns_: 3,
  /** A witness answers legislators: this share of their turns follow a legislator's question. */
  witnessAnswers_: 1 / 2,
  minAnswers_: 2,
} as const

/**
 * Every rule, with its description, for documentation and tools. Built on first import by a pure
 * call, so a bundle that only reads (and never names `ROLE_RULES`) carries none of the texts.
 */
export const ROLE_RULES: readonly { id: string; role: string; description: string }[] = /* @__PURE__ */ roleRules()

function roleRules(): { id: string; role: string; description: string }[] {
  return [
    ...PHRASE_RULES.map(({ id, role }) => ({ id, role, description: RULE_DESCRIPTIONS[id]! })),
    { id: 'listed-guest', role: 'guest', description: 'In a show with a host, a speaker listed by bare name in the front matter `speakers:` (and not a host) is a guest.' },
    { id: 'recording', role: RECORDING_ROLE, description: 'A pseudo-speaker that is a played recording: two of (1) no spoken words in any turn, (2) a name with a recording word or a number (`Song of Arrakis`, `Selection 1`), (3) announced by a play cue in the turn before ("let\'s listen to", "here\'s the first").' },
    { id: 'witness', role: 'witness', description: 'With legislators (`senator` ...) speaking, a person who answers them: at least half of their turns (and at least 2) directly follow a legislator\'s turn that asks a question.' },
    { id: 'moderator-questions', role: 'moderator', description: 'With no host, no legislator, no court role (judge, attorney, witness, juror) and at least two other speakers, the one speaker who asks questions in at least 2/3 of at least 3 turns (1/2 with a panel-opening phrase), while the others ask in at most 1/3 of theirs.' },
    { id: 'panelist', role: 'guest', description: 'With a moderator (inferred, or a `MODERATOR` label), a speaker who answers a moderator\'s question is a guest (panelist).' },
    { id: 'self-introduction', role: '(name)', description: 'A speaker known by a first name or initials who introduces themselves ("I\'m Daniel Whitenack", "Mi nombre es Tone Vays") takes that fuller name.' },
  ]
}
