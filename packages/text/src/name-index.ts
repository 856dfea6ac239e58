/**
 * The name keys of the speakers in a registry, indexed so that matching a new label costs the
 * same whatever the number of speakers: full forms and short forms (`CARTER` of `ASH CARTER`)
 * by their joined words, typos by a deletion index (two strings within `k` edits, adjacent
 * transpositions included, share a string made by at most `k` deletions from each) built once
 * the cast is large; a small cast is compared directly, which is cheaper.
 */
import type { Speaker } from '@verbatim/core'
import { editDistance, typoAllowance } from './distance.js'

const SEP = '\u0001'
/** Casts up to this size are matched for typos by comparing every name; larger ones through the index. */
const DIRECT_TYPO_LIMIT = 64

const join = (keys: readonly string[], from = 0): string => (from === 0 ? keys.join(SEP) : keys.slice(from).join(SEP))
const letters = (keys: readonly string[], from = 0): number => {
  let n = 0
  for (let i = from; i < keys.length; i++) n += keys[i]!.length
  return n
}

function addTo<K>(map: Map<K, Speaker[]>, key: K, speaker: Speaker): void {
  const list = map.get(key)
  if (!list) map.set(key, [speaker])
  // A speaker's variants are added together: a repeat is the last entry (a stale one elsewhere only adds a candidate).
  else if (list[list.length - 1] !== speaker) list.push(speaker)
}

function removeFrom(map: Map<string, Speaker[]>, key: string, speaker: Speaker): void {
  const list = map.get(key)
  if (!list) return
  const at = list.indexOf(speaker)
  if (at !== -1) list.splice(at, 1)
  if (list.length === 0) map.delete(key)
}

const BASE = 0x01000193
const mul = (a: number, b: number): number => Math.imul(a, b) >>> 0

/**
 * Hashes of every string made from `text` by deleting at most `depth` (0 to 2) characters,
 * worked out from prefix hashes without building the strings. A collision only adds a
 * candidate, which the edit distance then rejects.
 */
function deletionHashes(text: string, depth: number, out = new Set<number>()): Set<number> {
  const n = text.length
  const prefix = new Uint32Array(n + 1)
  const power = new Uint32Array(n + 1)
  power[0] = 1
  for (let i = 0; i < n; i++) {
    prefix[i + 1] = (mul(prefix[i]!, BASE) + text.charCodeAt(i)) >>> 0
    power[i + 1] = mul(power[i]!, BASE)
  }
  /** Hash of text[a, b). */
  const part = (a: number, b: number): number => (prefix[b]! - mul(prefix[a]!, power[b - a]!)) >>> 0
  const withLength = (hash: number, length: number): number => (mul(hash, 0x9e3779b1) ^ length) >>> 0
  out.add(withLength(prefix[n]!, n))
  if (depth >= 1) {
    for (let i = 0; i < n; i++) out.add(withLength((mul(prefix[i]!, power[n - i - 1]!) + part(i + 1, n)) >>> 0, n - 1))
  }
  if (depth >= 2) {
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const head = mul(prefix[i]!, power[n - i - 2]!)
        const middle = mul(part(i + 1, j), power[n - j - 1]!)
        out.add(withLength((head + middle + part(j + 1, n)) >>> 0, n - 2))
      }
    }
  }
  return out
}

/** How many deletions a candidate string needs in the index: the largest allowance of a query it could match. */
const candidateDepth = (length: number): number => (length >= 8 ? 2 : length >= 4 ? 1 : 0)

export class NameIndex {
  private readonly keysOf_ = new Map<Speaker, string[]>()
  private readonly order_ = new Map<Speaker, number>()
  /** Joined keys -> speakers with exactly those keys. */
  private readonly byFull_ = new Map<string, Speaker[]>()
  /** Joined keys -> speakers whose keys end with them (a proper suffix). */
  private readonly bySuffix_ = new Map<string, Speaker[]>()
  /** First name key -> speakers of two or more name words that start with it (`JUDY` of `JUDY WOODRUFF`). */
  private readonly byFirst_ = new Map<string, Speaker[]>()
  /** Deletion variant -> speakers with a suffix string that has it (built when the cast grows large). */
  private variants_: Map<number, Speaker[]> | undefined

  keys_(speaker: Speaker): string[] | undefined {
    return this.keysOf_.get(speaker)
  }

  set_(speaker: Speaker, keys: string[]): void {
    const old = this.keysOf_.get(speaker)
    if (old) {
      removeFrom(this.byFull_, join(old), speaker)
      for (let from = 1; from < old.length; from++) removeFrom(this.bySuffix_, join(old, from), speaker)
      if (old.length > 1) removeFrom(this.byFirst_, old[0]!, speaker)
    } else this.order_.set(speaker, this.order_.size)
    this.keysOf_.set(speaker, keys)
    addTo(this.byFull_, join(keys), speaker)
    for (let from = 1; from < keys.length; from++) addTo(this.bySuffix_, join(keys, from), speaker)
    if (keys.length > 1 && !speaker.group) addTo(this.byFirst_, keys[0]!, speaker)
    // Stale variants of old keys only add candidates, which are checked against the current keys.
    if (this.variants_) this.addVariants_(speaker, keys)
  }

  /**
   * A full form or short form already known: same words, or one is the last words of the other
   * (of 3 letters or more). An exact match first, then the first speaker seen.
   */
  link_(keys: readonly string[]): Speaker | undefined {
    const found = new Set<Speaker>()
    const exact = this.byFull_.get(join(keys))?.filter((speaker) => !speaker.group) ?? []
    for (const speaker of exact) found.add(speaker)
    if (keys.length > 0 && letters(keys) >= 3) for (const speaker of this.bySuffix_.get(join(keys)) ?? []) found.add(speaker)
    for (let from = 1; from < keys.length; from++) {
      if (letters(keys, from) < 3) break
      for (const speaker of this.byFull_.get(join(keys, from)) ?? []) found.add(speaker)
    }
    const candidates = [...found].filter((speaker) => !speaker.group)
    if (candidates.length === 0) return undefined
    const first = (list: Speaker[]) => list.reduce((a, b) => (this.order_.get(a)! <= this.order_.get(b)! ? a : b))
    return exact.length > 0 ? first(exact) : first(candidates)
  }

  /**
   * The one speaker whose full name starts with the single name word `keys` (`JUDY` after `JUDY
   * WOODRUFF`), or the one speaker known by the first word of `keys` alone (`AMNA` before `AMNA
   * NAWAZ`): a first name and the full name. None when two speakers share the first name.
   */
  firstName_(keys: readonly string[]): Speaker | undefined {
    const first = keys[0]
    if (first === undefined || first.length < 2 || /\d/.test(first)) return undefined
    const full = this.byFirst_.get(first)
    if (keys.length === 1) return full?.length === 1 ? full[0] : undefined
    // A full name after its first name alone (`AMNA`, then `AMNA NAWAZ`): no other full name starts so.
    const alone = this.byFull_.get(first)?.filter((speaker) => !speaker.group)
    return alone?.length === 1 && !full?.length ? alone[0] : undefined
  }

  /** A speaker whose name (or surname) is within a typo's distance of `name` (keys joined with spaces). */
  typo_(name: string): Speaker | undefined {
    const allowance = typoAllowance(name.length)
    // Numbered names (`Selection 1`, `Selection 2`) are different speakers, not typos.
    if (allowance === 0 || /\d/.test(name)) return undefined
    let candidates: Iterable<Speaker>
    if (this.keysOf_.size <= DIRECT_TYPO_LIMIT) candidates = this.keysOf_.keys()
    else {
      if (!this.variants_) {
        this.variants_ = new Map()
        for (const [speaker, keys] of this.keysOf_) this.addVariants_(speaker, keys)
      }
      const found = new Set<Speaker>()
      for (const variant of deletionHashes(name, allowance)) for (const speaker of this.variants_.get(variant) ?? []) found.add(speaker)
      candidates = [...found].sort((a, b) => this.order_.get(a)! - this.order_.get(b)!)
    }
    let best: Speaker | undefined
    let bestDistance = allowance + 1
    for (const speaker of candidates) {
      if (speaker.group) continue
      const keys = this.keysOf_.get(speaker)!
      for (let start = 0; start < keys.length; start++) {
        const candidate = keys.slice(start).join(' ')
        const distance = editDistance(name, candidate, allowance)
        if (distance > 0 && distance < bestDistance && !otherInitial(name, candidate)) {
          best = speaker
          bestDistance = distance
        }
      }
    }
    return best
  }

  private addVariants_(speaker: Speaker, keys: readonly string[]): void {
    if (speaker.group) return
    for (let start = 0; start < keys.length; start++) {
      const text = keys.slice(start).join(' ')
      const depth = candidateDepth(text.length)
      if (depth === 0) continue
      for (const variant of deletionHashes(text, depth)) addTo(this.variants_!, variant, speaker)
    }
  }
}

/**
 * Two names that differ only in an initial (`T. Estrin`, `G. Estrin`): two people who share a
 * surname, which a document tells apart that way, not a typo.
 */
function otherInitial(a: string, b: string): boolean {
  const left = a.split(' ')
  const right = b.split(' ')
  if (left.length !== right.length || left.length < 2) return false
  let initials = 0
  for (let i = 0; i < left.length; i++) {
    if (left[i] === right[i]) continue
    const l = left[i]!.replace(/\.$/, '')
    const r = right[i]!.replace(/\.$/, '')
    if (l.length !== 1 || r.length !== 1) return false
    initials++
  }
  return initials === 1
}
