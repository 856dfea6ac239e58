/**
 * Bracketed events in caption text (`[inaudible]`, `(Laughter.)`, `[MUSIC PLAYING]`) and how the
 * writer renders event nodes. The vocabulary is data: each kind with the word stems that name
 * it, in English and in the other languages of the format corpus (Spanish: `risas`, `aplausos`).
 */
import type { EventKind } from '@verbatim/core'

/** Word stems per event kind, tried in this order on the lower-cased bracket content. */
export const EVENT_STEMS: ReadonlyArray<readonly [EventKind, RegExp]> = [
  ['inaudible', /\binaudible|\binaudib/],
  ['unintelligible', /\bunintelligible|\bindiscernible|\bininteligible/],
  ['crosstalk', /\bcross-?talk|\boverlapping|\btalking over/],
  ['laughter', /\blaugh|\bchuckl|\bgiggl|\brisa|\brisita|\bríe|\briendo|\bríen/],
  ['applause', /\bapplau|\baplau|\bclapping|\bcheer|\bvítores/],
  ['off-mic', /\boff[- ]?mic/],
  ['pause', /\bpause|\bsilence|\bsilencio/],
  ['music', /\bmusic|\bmúsica|\bmusical|\bsinging|\bsong|♪/],
  ['noise', /\bnoise|\bruido|\bstatic|\bbeep/],
]

/** The kind of an event from its content (without brackets); `other` when no stem matches. */
export function eventKind(content: string): EventKind {
  const lower = content.toLowerCase()
  for (const [kind, stem] of EVENT_STEMS) if (stem.test(lower)) return kind
  return 'other'
}

/**
 * Whether bracketed content reads as an event. Square brackets in captions hold sound
 * descriptions, so any content counts; parentheses also hold ordinary asides, so they count only
 * when a stem matches, when the content is in capitals (`(CROSSTALK)`), or when it is a short
 * stage direction (`(Speaks French.)`, `(Coughs.)`).
 */
export function isEventContent(content: string, bracket: '[' | '('): boolean {
  const trimmed = content.trim()
  if (trimmed === '') return false
  if (bracket === '[') return true
  if (eventKind(trimmed) !== 'other') return true
  if (/\p{L}/u.test(trimmed) && trimmed === trimmed.toUpperCase() && trimmed.length > 2) return true
  return /^\p{Lu}[^()]{0,40}\.$/u.test(trimmed) && trimmed.split(/\s+/).length <= 5
}

/**
 * An event as captions show it: in square brackets, without the closing full stop of transcript
 * style (`(Off-mic.)` -> `[Off-mic]`); wording already in square brackets is kept as it is.
 */
export function renderEvent(value: string): string {
  const trimmed = value.trim()
  if (/^\[[^\]]*\]$/.test(trimmed)) return trimmed
  let inner = trimmed
  if (/^\(.*\)$/s.test(inner)) inner = inner.slice(1, -1)
  inner = inner.replace(/\.\s*$/, '').trim()
  return `[${inner.replace(/[[\]]/g, '')}]`
}

/**
 * Brackets that are speech, not events (`[the] coalition`, an aside in parentheses that reads like
 * a stage direction): the writer writes them as character references (`&#91;`, `&#40;`), which
 * browsers show as the bracket, and the reader treats only literal brackets as event brackets.
 * While text passes through the writer and reader, such brackets are held as these private-use
 * characters.
 */
export const TEXT_BRACKETS: Readonly<Record<string, string>> = { '[': '\ue05b', ']': '\ue05d', '(': '\ue028', ')': '\ue029' }
export const TEXT_BRACKET_REFERENCES: Readonly<Record<string, string>> = { '\ue05b': '&#91;', '\ue05d': '&#93;', '\ue028': '&#40;', '\ue029': '&#41;' }
const HELD = /[\ue05b\ue05d\ue028\ue029]/g
const HELD_TEST = /[\ue05b\ue05d\ue028\ue029]/
const RELEASED: Readonly<Record<string, string>> = { '\ue05b': '[', '\ue05d': ']', '\ue028': '(', '\ue029': ')' }
const EVENT_LIKE = /\[[^[\]\n]*\]|\([^()\n]*\)/g

/** Hold the brackets of speech that a reader would take for an event. */
export function holdTextBrackets(text: string): string {
  if (text.indexOf('[') === -1 && text.indexOf('(') === -1) return text
  return text.replace(EVENT_LIKE, (match) =>
    isEventContent(match.slice(1, -1), match[0] as '[' | '(') ? TEXT_BRACKETS[match[0]!]! + match.slice(1, -1) + TEXT_BRACKETS[match[match.length - 1]!]! : match,
  )
}

/** Write held brackets as character references (after escaping). */
export function writeHeldBrackets(text: string): string {
  return HELD_TEST.test(text) ? text.replace(HELD, (char) => TEXT_BRACKET_REFERENCES[char]!) : text
}

/** Back to ordinary brackets. */
export function releaseTextBrackets(text: string): string {
  return HELD_TEST.test(text) ? text.replace(HELD, (char) => RELEASED[char]!) : text
}

const BRACKET_REFERENCE = /&(?:#91;|#x5[bB];|lsqb;|lbrack;|#93;|#x5[dD];|rsqb;|rbrack;|#40;|#x28;|lpar;|#41;|#x29;|rpar;)/g
const REFERENCE_HELD: Readonly<Record<string, string>> = {
  '#91;': '\ue05b', '#x5b;': '\ue05b', 'lsqb;': '\ue05b', 'lbrack;': '\ue05b',
  '#93;': '\ue05d', '#x5d;': '\ue05d', 'rsqb;': '\ue05d', 'rbrack;': '\ue05d',
  '#40;': '\ue028', '#x28;': '\ue028', 'lpar;': '\ue028',
  '#41;': '\ue029', '#x29;': '\ue029', 'rpar;': '\ue029',
}

/** Reader side: brackets written as character references are held as speech before decoding. */
export function holdBracketReferences(cueText: string): string {
  return cueText.indexOf('&') === -1 ? cueText : cueText.replace(BRACKET_REFERENCE, (reference) => REFERENCE_HELD[reference.slice(1).toLowerCase()]!)
}
