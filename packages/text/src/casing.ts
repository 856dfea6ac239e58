/**
 * Proper casing for names written in capitals: the text itself usually writes them properly
 * (`Le Drian`, `Jean-Yves`, `López Obrador`), so search it, case-insensitively, for the name or
 * its longest runs of words, and fall back to title case.
 *
 * A run of words is found by its first word (a native search while few names are wanted, a
 * word index built in one pass when many are); runs of ASCII words (nearly all) are searched and
 * compared in the text itself, the others in the text lower-cased once, on demand,
 * then checked word by word in place, at most `MAX_TRIES` places per run, and each distinct run is
 * searched once (names share runs). Work is linear in the text whatever the number of names.
 */
import { ownCopy } from './label-heads.js'
import { titleCase } from './tables.js'

/** How much of a long input is searched for name forms (keeps huge inputs fast). */
const SEARCH_LIMIT = 1_000_000
const MAX_MATCHES = 200
/** Places looked at per run of words, matched or not. */
const MAX_TRIES = 2_000
/** Above this many searched runs, one pass builds a word index instead of one `indexOf` scan per run. */
const INDEX_ABOVE = 48

const hasLower = (text: string): boolean => /\p{Ll}/u.test(text)
const hasUpper = (text: string): boolean => /\p{Lu}/u.test(text)
const WORD_CHAR = /[\p{L}\p{M}\d]/u
const SPACE = /[\s\u00a0]/u
const LEADING_RUN = /^[\p{L}\p{M}\d]+/u

const isWordChar = (text: string, index: number): boolean => {
  const code = text.charCodeAt(index)
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122)
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(index)!))
}
const isWordCharBefore = (text: string, index: number): boolean => {
  if (index <= 0) return false
  const code = text.charCodeAt(index - 1)
  // A low surrogate: look at the whole code point.
  return code >= 0xdc00 && code <= 0xdfff && index >= 2 ? WORD_CHAR.test(text.slice(index - 2, index)) : isWordChar(text, index - 1)
}
const ASCII = /^[\x00-\x7f]*$/
/** A pattern scan costs about half of lower-casing the text, and a search in the lowered text next to nothing. */
const PATTERN_SCANS = 2
/** Whether the character `code` lower-cases to the ASCII character `lower` (the Kelvin sign is the one non-ASCII letter that does). */
const lowersTo = (code: number, lower: number): boolean => code === lower || (lower >= 97 && lower <= 122 && (code === lower - 32 || (lower === 107 && code === 0x212a)))
/** Whether `text` lower-cased holds the ASCII `word` at `at`, without lower-casing it. */
export function startsWithLowered(text: string, word: string, at: number): boolean {
  if (at + word.length > text.length) return false
  for (let i = 0; i < word.length; i++) if (!lowersTo(text.charCodeAt(at + i), word.charCodeAt(i))) return false
  return true
}
/** A pattern matching what lower-cases to the ASCII `char`. */
const escapePattern = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')
const caseless = (char: string): string => (char === 'k' ? '[kK\u212a]' : char >= 'a' && char <= 'z' ? `[${char}${char.toUpperCase()}]` : escapePattern(char))
/** A global pattern finding where the lower-cased text holds the ASCII `word`. */
export const caselessPattern = (word: string): RegExp =>
  // Without the `u` flag, `i` matches ASCII letters in both cases only; the Kelvin sign, which lower-cases to `k`, needs a class.
  word.includes('k') ? new RegExp(Array.from(word, caseless).join(''), 'g') : new RegExp(escapePattern(word), 'gi')
/** `caselessPattern`s already made (a pattern costs more to make than a short text costs to search), bounded like the reader's other caches. */
const patterns = new Map<string, RegExp>()
function cachedPattern(word: string): RegExp {
  let pattern = patterns.get(word)
  if (pattern === undefined) {
    if (patterns.size >= 1000) patterns.clear()
    // A private copy as the key: a slice of the input would keep the whole input alive in the cache.
    patterns.set(ownCopy(word), (pattern = caselessPattern(word)))
  }
  pattern.lastIndex = 0
  return pattern
}
const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || (code > 127 && SPACE.test(String.fromCharCode(code)))

/**
 * Where each of the `wanted` words stands in `text` as a whole run of word characters (what
 * `/[\p{L}\p{M}\d]+/gu` finds), walked once without a match object per word: a run is only
 * copied out when its length and first character are those of a wanted word.
 */
export function wordIndex(text: string, wanted: ReadonlySet<string>): Map<string, number[]> {
  const index = new Map<string, number[]>()
  const lengths = new Set<number>()
  const firsts = new Set<number>()
  for (const word of wanted) {
    lengths.add(word.length)
    firsts.add(word.charCodeAt(0))
  }
  const length = text.length
  let at = 0
  while (at < length) {
    while (at < length && !isWordChar(text, at)) at += codeUnits(text, at)
    const start = at
    while (at < length && isWordChar(text, at)) at += codeUnits(text, at)
    if (at === start || !lengths.has(at - start) || !firsts.has(text.charCodeAt(start))) continue
    const word = text.slice(start, at)
    if (!wanted.has(word)) continue
    const list = index.get(word)
    if (list) list.push(start)
    else index.set(word, [start])
  }
  return index
}

/** 2 for a surrogate pair at `at`, else 1. */
function codeUnits(text: string, at: number): number {
  const code = text.charCodeAt(at)
  if (code < 0xd800 || code > 0xdbff) return 1
  const next = text.charCodeAt(at + 1)
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1
}

/** How far the places of one first word have been searched (see `NameForms.scanStarts_`). */
interface StartScan {
  /** Where the word starts a word, in order. */
  starts_: number[]
  /** Where the search goes on, and how many places of the word (word starts or not) it has met. */
  from_: number
  tried_: number
  done_: boolean
  /** The caseless pattern searched in the text, or undefined for a search of the lowered text. */
  pattern_: RegExp | undefined
}

/** The text searched for name forms, lower-cased once, with a word index built on demand. */
export class NameForms {
  private readonly text_: string
  /** Lower-casing keeps every offset (no `İ`, the one letter whose lower case is two characters). */
  private readonly searchable_: boolean
  private loweredText_: string | undefined
  /** Runs left to search with a pattern: with more names than `PATTERN_SCANS`, lower-casing the text once costs less. */
  private patternScans_: number
  private index_: Map<string, number[]> | undefined
  private readonly useIndex_: boolean
  /** Runs already searched (many names share runs: `CHIEF JUSTICE`, `MR.`), by their lowered words. */
  private readonly found_ = new Map<string, string | undefined>()
  /** The lowered leading letter runs of the names' words: the only words the index keeps. */
  private readonly wanted_ = new Set<string>()
  /** The places found so far where each first word searched starts a word (see `scanStarts_`). */
  private readonly scans_ = new Map<string, StartScan>()

  constructor(text: string, names: readonly string[]) {
    this.text_ = text.length > SEARCH_LIMIT ? text.slice(0, SEARCH_LIMIT) : text
    // Lower-casing that changes lengths (`İ`) would shift positions: then nothing is found, as a plain title case.
    this.searchable_ = this.text_.indexOf('\u0130') === -1
    let runs = 0
    for (const name of names) {
      const words = name.split(/[ \u00a0]+/)
      runs += (words.length * (words.length + 1)) / 2
      // Any word of a name may start a run: only those words' places are indexed.
      for (const word of words) {
        const lead = LEADING_RUN.exec(word.toLowerCase())
        if (lead) this.wanted_.add(lead[0])
      }
    }
    this.useIndex_ = runs > INDEX_ABOVE
    this.patternScans_ = names.length > PATTERN_SCANS ? 0 : PATTERN_SCANS
  }

  /** The text lower-cased (same length: only used when `searchable`). */
  private get lowered_(): string {
    return (this.loweredText_ ??= this.text_.toLowerCase())
  }

  /** Positions of words starting with `run` (a leading letter run, lower case), from the word index. */
  private positions_(first: string): number[] {
    this.index_ ??= wordIndex(this.lowered_, this.wanted_)
    return this.index_.get(first) ?? []
  }

  /** Where the lowered words of a run end when they stand at `at` (whitespace between), or -1. */
  private matchAt_(words: readonly string[], at: number, ascii: boolean): number {
    // Lower-casing keeps spaces, letters and word characters as they are: only the words' letters are compared lowered.
    const text = this.text_
    let position = at
    for (let w = 0; w < words.length; w++) {
      if (w > 0) {
        const start = position
        while (position < text.length && isSpace(text.charCodeAt(position))) position++
        if (position === start) return -1
      }
      if (!(ascii ? startsWithLowered(text, words[w]!, position) : this.lowered_.startsWith(words[w]!, position))) return -1
      position += words[w]!.length
    }
    return position < text.length && isWordChar(text, position) ? -1 : position
  }

  /** The most frequent mixed-case writing of `words` (a run of words) in the text. */
  findForm_(words: readonly string[]): string | undefined {
    if (!this.searchable_) return undefined
    const lowerWords = words.map((word) => word.toLowerCase())
    const key = lowerWords.join(' ')
    if (this.found_.has(key)) return this.found_.get(key)
    const form = this.searchForm_(lowerWords)
    this.found_.set(key, form)
    return form
  }

  private searchForm_(lowerWords: readonly string[]): string | undefined {
    let tried = 0
    const counts = new Map<string, number>()
    let seen = 0
    const ascii = lowerWords.every((word) => ASCII.test(word))
    const consider = (at: number): boolean => {
      // Bounded work per run, whatever the text: a common first word is not searched to the end.
      if (++tried > MAX_TRIES) return true
      return !isWordCharBefore(this.text_, at) && this.count_(lowerWords, at, ascii, counts) && ++seen >= MAX_MATCHES
    }
    const first = lowerWords[0]!
    if (this.useIndex_) {
      const lead = LEADING_RUN.exec(first)
      if (lead && lead.index === 0) {
        for (const at of this.positions_(lead[0])) if (consider(at)) break
      } else this.scanStarts_(lowerWords, ascii, counts)
    } else this.scanStarts_(lowerWords, ascii, counts)
    let best: string | undefined
    let bestCount = 0
    for (const [form, count] of counts) {
      if (count > bestCount) {
        best = form
        bestCount = count
      }
    }
    return best
  }

  /** Counts the form of the run `lowerWords` standing at `at` (when it stands there): whether it does. */
  private count_(lowerWords: readonly string[], at: number, ascii: boolean, counts: Map<string, number>): boolean {
    const end = this.matchAt_(lowerWords, at, ascii)
    if (end === -1) return false
    const form = this.text_.slice(at, end).replace(/[\s\u00a0]+/g, ' ')
    // A usable form writes every word in mixed case (`Erin McNamara`, not `ERIN McNAMARA`).
    if (hasUpper(form) && form.split(' ').every((word) => hasLower(word) || !/\p{L}{2}/u.test(word))) counts.set(form, (counts.get(form) ?? 0) + 1)
    return true
  }

  /**
   * Counts the forms of `lowerWords` at the places its first word starts a word, in order, until
   * `MAX_MATCHES` of them stood there: what a scan of every place of the first word, stopped
   * after `MAX_TRIES` places, counts. The places are found once per first word and only as far
   * as a run needs them: runs of a name share their first word (`ANDRÉS MANUEL LÓPEZ OBRADOR`,
   * `ANDRÉS MANUEL`), and so do names (`MR.`, `SECRETARY`).
   */
  private scanStarts_(lowerWords: readonly string[], ascii: boolean, counts: Map<string, number>): void {
    const first = lowerWords[0]!
    let scan = this.scans_.get(first)
    if (scan === undefined) {
      const lowered = !ascii || this.loweredText_ !== undefined || this.patternScans_-- <= 0
      this.scans_.set(first, (scan = { starts_: [], from_: 0, tried_: 0, done_: false, pattern_: lowered ? undefined : cachedPattern(first) }))
    }
    let seen = 0
    for (let i = 0; i < scan.starts_.length || this.nextStart_(scan, first); i++) {
      if (this.count_(lowerWords, scan.starts_[i]!, ascii, counts) && ++seen >= MAX_MATCHES) return
    }
  }

  /** Finds the next place where `first` starts a word (no word character before it), among its first `MAX_TRIES` places; false when there is none. */
  private nextStart_(scan: StartScan, first: string): boolean {
    while (!scan.done_) {
      let at: number
      if (scan.pattern_ === undefined) at = this.lowered_.indexOf(first, scan.from_)
      else {
        scan.pattern_.lastIndex = scan.from_
        at = scan.pattern_.exec(this.text_)?.index ?? -1
      }
      if (at === -1 || ++scan.tried_ > MAX_TRIES) {
        scan.done_ = true
        return false
      }
      scan.from_ = at + 1
      if (!isWordCharBefore(this.text_, at)) {
        scan.starts_.push(at)
        return true
      }
    }
    return false
  }

  /** `JEAN-YVES LE DRIAN` -> `Jean-Yves Le Drian`, using the way the text writes it. */
  recover_(name: string): string {
    if (name.split(/[ \u00a0]+/).every((word) => hasLower(word) || !/\p{L}{2}/u.test(word))) return name
    const words = name.split(/[ \u00a0]+/).filter(Boolean)
    const out: (string | undefined)[] = new Array(words.length).fill(undefined)
    // Longest runs first, so `LE DRIAN` is found as `Le Drian` before `LE` alone is looked at.
    for (let size = words.length; size >= 1; size--) {
      for (let start = 0; start + size <= words.length; start++) {
        if (out.slice(start, start + size).every((word) => word !== undefined)) continue
        const run = words.slice(start, start + size)
        if (size === 1 && run[0]!.length < 3) continue
        const form = this.findForm_(run)
        if (!form) continue
        const parts = form.split(' ')
        if (parts.length !== size) continue
        parts.forEach((part, i) => {
          if (out[start + i] === undefined) out[start + i] = part
        })
      }
    }
    return words.map((word, i) => out[i] ?? (hasLower(word) ? word : titleCase(word).replace(/^\p{Ll}/u, (c) => (i === 0 ? c.toUpperCase() : c)))).join(' ')
  }
}

/** `JEAN-YVES LE DRIAN` -> `Jean-Yves Le Drian`, using the way `text` writes it. */
export function recoverCasing(name: string, text: string): string {
  return new NameForms(text, [name]).recover_(name)
}
