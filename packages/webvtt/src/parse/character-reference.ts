/**
 * HTML's "consume a character reference", as the WebVTT cue text tokenizer uses it: named
 * references by longest match (legacy names such as `&amp` also without `;`), decimal and
 * hexadecimal references with HTML's replacements. Not "as part of an attribute".
 */
import { LEGACY, NAMED } from './entities.js'

let table: Map<string, string> | undefined
let longest = 0

/** The named references, built on first use (most cue text has no `&`). */
function namedTable(): Map<string, string> {
  if (table) return table
  table = new Map()
  for (const entry of NAMED.split(',')) {
    const equals = entry.indexOf('=')
    const name = entry.slice(0, equals)
    const value = String.fromCodePoint(...entry.slice(equals + 1).split('.').map((code) => parseInt(code, 36)))
    table.set(name + ';', value)
    longest = Math.max(longest, name.length + 1)
  }
  for (const name of LEGACY.split(',')) table.set(name, table.get(name + ';')!)
  return table
}

/** HTML's replacements for numeric references to C1 controls (windows-1252 code points). */
const C1_REPLACEMENTS: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
  0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018,
  0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc,
  0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
}

export interface CharacterReference {
  value: string
  /** Index just past the reference. */
  end: number
}

const isAlphanumeric = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
const isHex = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102)

/**
 * `position` points just after the `&`. Returns the characters and where the reference ends, or
 * null when "nothing is returned" (the caller then keeps the `&` and goes on after it).
 */
export function consumeCharacterReference(input: string, position: number, additionalAllowed?: number): CharacterReference | null {
  if (position >= input.length) return null
  const first = input.charCodeAt(position)
  // tab, LF, FF, space, <, &, and the additional allowed character: not a character reference.
  if (first === 9 || first === 10 || first === 12 || first === 32 || first === 60 || first === 38 || first === additionalAllowed) return null
  if (first === 35 /* # */) return numericReference(input, position + 1)
  let runEnd = position
  while (runEnd < input.length && isAlphanumeric(input.charCodeAt(runEnd))) runEnd++
  if (runEnd === position) return null
  if (input.charCodeAt(runEnd) === 59 /* ; */) runEnd++
  const names = namedTable()
  for (let end = Math.min(runEnd, position + longest); end > position; end--) {
    const value = names.get(input.slice(position, end))
    if (value !== undefined) return { value, end }
  }
  return null
}

function numericReference(input: string, position: number): CharacterReference | null {
  let hex = false
  let i = position
  const marker = input.charCodeAt(i)
  if (marker === 120 || marker === 88 /* x X */) {
    hex = true
    i++
  }
  const digitsStart = i
  let number = 0
  while (i < input.length) {
    const code = input.charCodeAt(i)
    if (hex ? !isHex(code) : !(code >= 48 && code <= 57)) break
    // Past 0x10FFFF the result is U+FFFD anyway; stop growing to stay exact.
    if (number <= 0x10ffff) number = number * (hex ? 16 : 10) + parseInt(input[i]!, 16)
    i++
  }
  if (i === digitsStart) return null // unconsume the # (and x): nothing returned
  if (input.charCodeAt(i) === 59) i++
  let code = number
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) code = 0xfffd
  else if (C1_REPLACEMENTS[code] !== undefined) code = C1_REPLACEMENTS[code]!
  return { value: String.fromCodePoint(code), end: i }
}
