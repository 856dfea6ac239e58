/**
 * Cheap work before the label regular expressions. Labels are matched at the start of every
 * paragraph, often several grammars per line, and a document repeats the same few labels: so
 * the caps and mixed grammars are cached by the *head* of the line (everything their pattern can
 * look at), and the timed grammar is only tried when the line has what every timed form needs.
 */
import { isBlank, isDigit } from './clock.js'

/**
 * The first `:` outside parenthesised groups, or -1 when no `Label (qualifier):` pattern can reach
 * one. Labels never hold `(`, `)`, `:` or a line break, and qualifiers are `(...)` without nested
 * parentheses or line breaks; so in any match of those patterns the colon that ends the label is
 * this one, and nothing after it but the next two characters (their look-aheads) is read.
 */
export function labelColon(line: string): number {
  const length = line.length
  for (let i = 0; i < length; i++) {
    const code = line.charCodeAt(i)
    if (code === 58 /* : */) return i
    if (code === 10 || code === 13 || code === 41 /* ) */) return -1
    if (code === 40 /* ( */) {
      for (i++; i < length; i++) {
        const inner = line.charCodeAt(i)
        if (inner === 41) break
        if (inner === 40 || inner === 10) return -1
      }
      if (i === length) return -1
    }
  }
  return -1
}

/** The part of `line` a colon-ended label pattern can see, given its `labelColon`. */
export const headOf = (line: string, colon: number): string => (line.length > colon + 3 ? line.slice(0, colon + 3) : line)

/**
 * A private copy of a string for use as a cache key: a slice would keep the whole input alive in
 * the cache after `fromText` returns. Only done on a cache miss.
 */
export const ownCopy = (text: string): string => (' ' + text).slice(1)

/** How many recent heads are checked in place before the map (a document alternates a few labels). */
const RECENT = 8

/**
 * A bounded cache of what a label pattern made of a head: cleared when full, like the other
 * caches of the reader. `lookup` first compares the line with the few most recent heads in place,
 * which costs neither the slice nor the hash a map lookup would.
 */
export class HeadCache<Value> {
  private readonly map_ = new Map<string, Value>()
  private readonly recentHeads_: string[] = []
  private readonly recentValues_: Value[] = []
  private next_ = 0
  // A field, not a parameter property: esbuild would also declare it under its unmangled name.
  private readonly limit_: number
  constructor(limit = 5000) {
    this.limit_ = limit
  }

  /**
   * The value for the head of `line` whose label colon is `colon` (see `headOf`). `refuse`, when
   * given, says cheaply that `compute` would give `refused` (asked after the recent heads, before
   * the head is cut out, hashed or kept).
   */
  lookup(line: string, colon: number, compute: (head: string) => Value, refuse?: (line: string, colon: number) => boolean, refused?: Value): Value {
    const length = Math.min(line.length, colon + 3)
    const heads = this.recentHeads_
    for (let i = 0; i < heads.length; i++) {
      const head = heads[i]!
      if (head.length === length && line.startsWith(head)) return this.recentValues_[i]!
    }
    if (refuse !== undefined && refuse(line, colon)) return refused!
    const head = headOf(line, colon)
    const value = this.get_(head, compute)
    const slot = this.next_
    this.next_ = (slot + 1) % RECENT
    // A private copy here too: a slice would keep the whole input alive after the read.
    heads[slot] = ownCopy(head)
    this.recentValues_[slot] = value
    return value
  }

  /** The cached value for `head`, computed (from a private copy, so nothing it keeps points into the input) on a miss. */
  get_(head: string, compute: (head: string) => Value): Value {
    let value = this.map_.get(head)
    if (value === undefined) {
      const key = ownCopy(head)
      value = compute(key)
      if (this.map_.size >= this.limit_) this.map_.clear()
      this.map_.set(key, value)
    }
    return value
  }
}

/**
 * Whether a line can hold a timed label at all. Every timed form holds a clock reading (`d:dd`):
 * `[clock] Name:` opens with `[`; `Name – clock` has a blank-dash-blank before the first colon
 * (the clock's); `Name: (clock)` has, after its label colon, blanks, `(` and a digit; `Name  clock` ends with one.
 * `labelColonOfLine`, when given, is `labelColon(line)` (callers trying several grammars have it).
 */
export function mayBeTimed(line: string, labelColonOfLine?: number): boolean {
  if (line.charCodeAt(0) === 91 /* [ */) return true
  const first = line.indexOf(':')
  if (first === -1) return false
  // Labels hold no colon, so in `Name – clock` the first colon is the clock's, after a digit:
  // only then is the dash looked for.
  if (isDigit(line.charCodeAt(first - 1))) for (let i = 1; i < first - 1; i++) {
    const code = line.charCodeAt(i)
    if ((code === 45 || code === 0x2013 || code === 0x2014) && isBlank(line.charCodeAt(i - 1)) && isBlank(line.charCodeAt(i + 1))) return true
  }
  // `Name (qualifier): (12:35)`: the colon before the clock is the label's, `labelColon` (no
  // other colon of the line needs looking at, since labels and qualifiers hold no parentheses).
  const label = labelColonOfLine ?? labelColon(line)
  if (label !== -1) {
    let next = label + 1
    while (isBlank(line.charCodeAt(next))) next++
    if (line.charCodeAt(next) === 40 && isDigit(line.charCodeAt(next + 1))) return true
  }
  let end = line.length
  while (end > 0 && isBlank(line.charCodeAt(end - 1))) end--
  return end > 0 && isDigit(line.charCodeAt(end - 1)) && line.lastIndexOf(':', end - 1) >= end - 16
}

/**
 * Whether `(#` occurs where a label can hold a speaker id. Ids come only from a qualifier group
 * before the label's colon, which is `labelColon` (it skips parenthesised groups), except in
 * `[00:01:23] Name (#id):`, whose first colons are the clock's: lines opening with `[` are
 * searched whole.
 */
export function hasIdReference(text: string, colon?: number): boolean {
  // `indexOf` (memchr) rules out nearly every line; the label's colon is only looked for after a hit.
  const at = text.indexOf('(#')
  if (at === -1) return false
  return text.charCodeAt(0) === 91 /* [ */ || at + 1 < (colon ?? labelColon(text))
}
