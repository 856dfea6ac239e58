/**
 * References in text and attribute values. Only XML's five predefined entities and character
 * references exist in a document without DOCTYPE (fromTei refuses DOCTYPE), so this is all the
 * decoding there is: no user-defined entity is ever expanded.
 */
import { FORBIDDEN_CHARACTER, REPLACEMENT_CHARACTER } from './xml-chars.js'
import { NAME_PATTERN } from './xml-syntax.js'

export const PREDEFINED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

export type ReferenceProblem = { kind: 'undefined-entity' | 'forbidden-reference'; reference: string }

/** A reference; entity names are XML names (the scanner has checked every `&` begins one). */
const REFERENCE = new RegExp(`&(#x[0-9A-Fa-f]+|#[0-9]+|${NAME_PATTERN});`, 'gu')

/** Decode references; an unknown entity is kept as written, a reference to a forbidden character becomes U+FFFD. */
export function decodeReferences(value: string, onProblem?: (problem: ReferenceProblem) => void): string {
  if (value.indexOf('&') === -1) return value
  return value.replace(REFERENCE, (reference: string, body: string) => {
    if (body.charCodeAt(0) === 35 /* # */) {
      const code = body.charCodeAt(1) === 120 /* x */ ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10)
      const character = code <= 0x10ffff ? String.fromCodePoint(code) : ''
      if (character === '' || code === 0 || FORBIDDEN_CHARACTER.test(character)) {
        onProblem?.({ kind: 'forbidden-reference', reference })
        return REPLACEMENT_CHARACTER
      }
      return character
    }
    const predefined = PREDEFINED_ENTITIES[body]
    if (predefined !== undefined) return predefined
    onProblem?.({ kind: 'undefined-entity', reference })
    return reference
  })
}

/** Attribute values: literal tab, LF and CR become spaces (XML attribute-value normalisation), then references are decoded. */
export function decodeAttribute(value: string, onProblem?: (problem: ReferenceProblem) => void): string {
  return decodeReferences(/[\t\n\r]/.test(value) ? value.replace(/[\t\n\r]/g, ' ') : value, onProblem)
}
