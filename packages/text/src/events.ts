/**
 * Inline events: bracketed wordings from the vocabulary become event nodes keeping their
 * wording; every other parenthetical (`(ISIL)`) stays text. Brackets may be `()`, `[]`, `(())`
 * or markdown-escaped `\[...\]`; the search is bounded so no input can make it slow.
 */
import type { EventKind } from '@verbatim/core'
import { normaliseWording } from './vocabulary.js'

/** Longest bracketed wording considered an event (characters between the brackets). */
const MAX_INNER = 80

export interface FoundEvent {
  /** Offsets in the scanned string, end exclusive. */
  start: number
  end: number
  kind: EventKind
  /** Wording as written, brackets kept, markdown escapes removed. */
  value: string
}

/** Match one bracketed group starting at `start` (which holds `(`, `[` or a `\` before `[`). */
export function matchBracket(text: string, start: number, vocabulary: ReadonlyMap<string, EventKind>): FoundEvent | null {
  let open = start
  let escaped = false
  if (text.charCodeAt(open) === 92 /* \ */) {
    if (text.charCodeAt(open + 1) !== 91) return null
    escaped = true
    open++
  }
  const opener = text[open]
  const closer = opener === '(' ? ')' : opener === '[' ? ']' : ''
  if (!closer) return null
  const double = !escaped && text[open + 1] === opener
  const innerStart = open + (double ? 2 : 1)
  const limit = Math.min(text.length, innerStart + MAX_INNER + 2)
  let close = -1
  for (let i = innerStart; i < limit; i++) {
    const char = text[i]
    if (char === opener || char === '\n') return null
    if (char === closer) {
      close = i
      break
    }
  }
  if (close === -1) return null
  let innerEnd = close
  if (escaped && text.charCodeAt(close - 1) === 92) innerEnd = close - 1
  let end = close + 1
  if (double) {
    if (text[end] !== closer) return null
    end++
  }
  const inner = text.slice(innerStart, innerEnd)
  const kind = lookup(inner, vocabulary)
  if (!kind) return null
  const value = escaped ? text.slice(open, innerEnd) + closer : text.slice(start, end)
  return { start, end, kind, value }
}

/** Normalised wordings of recent brackets: transcripts repeat the same few (`(inaudible)`). */
const normalCache = new Map<string, string>()

/** Per vocabulary: whether some wording has no letter (only then can a bracket without letters be an event). */
const letterless = new WeakMap<ReadonlyMap<string, EventKind>, boolean>()
const hasLetter = (text: string): boolean => /\p{L}/u.test(text)

function lookup(inner: string, vocabulary: ReadonlyMap<string, EventKind>): EventKind | undefined {
  let normal = normalCache.get(inner)
  if (normal === undefined && !hasLetter(inner)) {
    // Time stamps the clock grammar does not take (`[100:00:47.875]`) are unique: skip normalising them.
    let anyLetterless = letterless.get(vocabulary)
    if (anyLetterless === undefined) letterless.set(vocabulary, (anyLetterless = [...vocabulary.keys()].some((key) => !hasLetter(key))))
    if (!anyLetterless) return undefined
  }
  if (normal === undefined) {
    normal = normaliseWording(inner)
    if (normalCache.size > 2000) normalCache.clear()
    normalCache.set(inner, normal)
  }
  if (normal === '') return undefined
  const direct = vocabulary.get(normal)
  if (direct) return direct
  // `speaks French`, `speaking in Spanish`: a language note.
  if (/^speak(?:s|ing)(?: in)? [a-z]+$/.test(normal)) return 'other'
  return undefined
}

/** Every vocabulary event in a string, in order. */
export function findEvents(text: string, vocabulary: ReadonlyMap<string, EventKind>): FoundEvent[] {
  const found: FoundEvent[] = []
  let i = 0
  // The next `(` and `[` are each searched again only once passed: a search from every bracket
  // for the other kind would read on to the end of a paragraph that holds none of it.
  let paren = -2
  let square = -2
  for (;;) {
    if (paren !== -1 && paren < i) paren = text.indexOf('(', i)
    if (square !== -1 && square < i) square = text.indexOf('[', i)
    let at = paren === -1 ? square : square === -1 ? paren : Math.min(paren, square)
    if (at === -1) break
    if (text[at] === '[' && at > 0 && text.charCodeAt(at - 1) === 92) at--
    const event = matchBracket(text, at, vocabulary)
    if (event) {
      found.push(event)
      i = event.end
    } else {
      i = Math.max(at + 1, text[at] === '\\' ? at + 2 : at + 1)
    }
  }
  return found
}
