/**
 * What XML 1.0 allows in a document and how each character is written. Escaping is data
 * (two tables) so the rules can be read, tested and changed in one place.
 */

/** Characters XML 1.0 forbids: C0 controls except tab/LF/CR, lone surrogates, U+FFFE and U+FFFF. */
export const FORBIDDEN_CHARACTER =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** The same, for replacing every occurrence. */
const FORBIDDEN_CHARACTERS = new RegExp(FORBIDDEN_CHARACTER.source, 'g')

/** What a forbidden character is replaced with. */
export const REPLACEMENT_CHARACTER = '\uFFFD'

/** In text: `&` and `<` must be escaped; `>` too (for `]]>`); CR as a reference, or parsers turn it into LF. */
export const TEXT_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '\r': '&#13;',
}

/** In a double-quoted attribute: also `"`, and tab/LF/CR, which attribute-value normalisation would turn into spaces. */
export const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
}

const TEXT_SPECIAL = /[&<>\r]/
const TEXT_SPECIAL_GLOBAL = /[&<>\r]/g
const ATTRIBUTE_SPECIAL = /[&<>"\t\n\r]/
const ATTRIBUTE_SPECIAL_GLOBAL = /[&<>"\t\n\r]/g

const replaceText = (character: string): string => TEXT_ESCAPES[character]!
const replaceAttribute = (character: string): string => ATTRIBUTE_ESCAPES[character]!

/** Escape a string for element content (assumes forbidden characters are already gone). */
export function escapeText(value: string): string {
  return TEXT_SPECIAL.test(value) ? value.replace(TEXT_SPECIAL_GLOBAL, replaceText) : value
}

/** Escape a string for a double-quoted attribute value. */
export function escapeAttribute(value: string): string {
  return ATTRIBUTE_SPECIAL.test(value) ? value.replace(ATTRIBUTE_SPECIAL_GLOBAL, replaceAttribute) : value
}

/** A quick first test without lookarounds: any control, any surrogate (paired ones included), U+FFFE/FFFF. */
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/

/** Anything in text that needs escaping or might be forbidden: one scan decides the fast path. */
const TEXT_WORK = /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/

/** True when a text can be written as it is (no escaping, nothing forbidden). */
export function isPlainText(value: string): boolean {
  return !TEXT_WORK.test(value)
}

/** True when the string holds no character XML forbids (the common case, one cheap regex test). */
export function isClean(value: string): boolean {
  if (!SUSPECT.test(value)) return true
  return !FORBIDDEN_CHARACTER.test(value)
}

/** How many forbidden characters a string holds. */
export function countForbidden(value: string): number {
  if (isClean(value)) return 0
  return value.match(FORBIDDEN_CHARACTERS)?.length ?? 0
}

/** Escape every forbidden character with a replacer (JSON: `\\uFFFE`). */
export function replaceForbiddenWith(value: string, replacer: (character: string) => string): string {
  return value.replace(FORBIDDEN_CHARACTERS, replacer)
}

/** The string with every forbidden character replaced by U+FFFD. */
export function replaceForbidden(value: string): string {
  return value.replace(FORBIDDEN_CHARACTERS, REPLACEMENT_CHARACTER)
}

/** Describe a forbidden character for a message (`U+0001`). */
export function describeCodeUnit(character: string): string {
  return 'U+' + character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')
}

/**
 * A value TEI types as a list of `teidata.word` tokens (`@rend`, `@mimeType`): tokens of
 * characters that are neither controls nor separators, joined by single spaces, so that the
 * attribute validates and reads back exactly.
 */
export function isTokenList(value: string): boolean {
  return /^[^\p{C}\p{Z}]+(?: [^\p{C}\p{Z}]+)*$/u.test(value)
}

/** A value `xsd:anyURI` (as jing checks it) accepts: no spaces, valid `%` escapes, a valid scheme if any. */
export function isSafeUri(value: string): boolean {
  if (!/^(?:[^\s%[\]<>"{}|\\^`]|%[0-9A-Fa-f]{2})+$/u.test(value)) return false
  const colon = value.indexOf(':')
  if (colon === -1) return true
  const head = value.slice(0, colon)
  if (/[/?#]/.test(head)) return true
  return /^[A-Za-z][A-Za-z0-9+.-]*$/.test(head)
}
