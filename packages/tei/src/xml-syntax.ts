/**
 * The well-formedness rules of XML 1.0 (fifth edition) that the scanner of `scan-xml.ts` checks
 * as it reads: names, references, whitespace, and the error it throws when a rule is broken
 * (what was expected, what was found, where). Data and small predicates, so the rules can be read
 * and tested in one place.
 */

/** NameStartChar of XML 1.0 fifth edition (production [4]), as a character class body for a `u` pattern. */
const NAME_START = ':A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}'
/** NameChar (production [4a]). */
const NAME_CHAR = NAME_START + '\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040'

/** A Name (production [5]), for patterns with the `u` flag. */
export const NAME_PATTERN = `[${NAME_START}][${NAME_CHAR}]*`

const NAME = new RegExp(`^${NAME_PATTERN}$`, 'u')

/** An entity or character reference starting exactly at `lastIndex` (productions [66], [68]). */
const REFERENCE_AT = new RegExp(`&(?:#x[0-9A-Fa-f]+|#[0-9]+|${NAME_PATTERN});`, 'uy')

export function isXmlName(value: string): boolean {
  return NAME.test(value)
}

/** XML's whitespace (production [3]): space, tab, LF, CR. Not JavaScript's `\s`. */
export function isXmlSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13
}

/** The first offset in `[from, to)` that is not XML whitespace, or -1. */
export function firstNonSpace(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (!isXmlSpace(text.charCodeAt(i))) return i
  return -1
}

/**
 * A broken well-formedness rule: `offset` into the scanned text (without a byte order mark),
 * `expected` and `found` in words, and `opened`, the offset of the start tag an error refers to.
 */
export class Malformed extends Error {
  constructor(
    readonly offset: number,
    readonly expected: string,
    readonly found: string,
    readonly opened?: number,
  ) {
    super(`expected ${expected}, found ${found}`)
  }
}

/**
 * Every `&` of `value` (which starts at `offset` in the document) must begin a reference: `&name;`,
 * `&#digits;` or `&#xhex;`. Whether the entity is one XML predefines is decided when decoding
 * (an unknown one is kept, with a warning).
 */
export function checkReferences(value: string, offset: number): void {
  for (let at = value.indexOf('&'); at !== -1; at = value.indexOf('&', at + 1)) {
    REFERENCE_AT.lastIndex = at
    if (!REFERENCE_AT.test(value)) {
      throw new Malformed(offset + at, 'a reference (&name; or &#number;) after &, or &amp; for the character itself', quote(value, at))
    }
  }
}

/** A short quotation of the text at `at` for a message (`"&foo bar"`), or `the end of the input`. */
export function quote(text: string, at: number, max = 24): string {
  if (at >= text.length) return 'the end of the input'
  const lineEnd = text.slice(at, at + max).search(/[\r\n]/)
  const excerpt = text.slice(at, lineEnd === -1 ? at + max : at + lineEnd)
  return JSON.stringify(excerpt.length === max && at + max < text.length ? excerpt + '…' : excerpt)
}
