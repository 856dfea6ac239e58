/**
 * Brackets in speech that a reader would take for an event (`[the] coalition`): WebVTT writes them
 * as character references, which browsers show as brackets, and the reader treats only literal
 * brackets as event brackets. Which brackets are events is captions' business (`isEventContent`).
 */
import { isEventContent } from '@verbatim/captions'

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
