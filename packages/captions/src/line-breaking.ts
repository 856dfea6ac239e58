/**
 * Where captions may break, as data: between cues and between the lines of a cue. Breaking
 * after punctuation and before a conjunction is good; breaking after an article or inside a name
 * is not done unless nothing else fits. `breakCost` scores the gap after token `i`; the cue
 * splitter and the line breaker both minimise it.
 */

export interface BreakRules {
  /** Extra cost of a break after a token ending like this (negative = preferred). */
  after: ReadonlyArray<readonly [RegExp, number]>
  /** Words a break before which is preferred (lower case), and that cost. */
  beforeWords: ReadonlySet<string>
  beforeCost: number
  /** Words a break after which is avoided (articles), and that cost. */
  neverAfterWords: ReadonlySet<string>
  /** Words a break after which is discouraged (prepositions, titles), and that cost. */
  avoidAfterWords: ReadonlySet<string>
  avoidCost: number
  /** Cost of breaking between two capitalised words (a name: `Ash | Carter`, `Le | Drian`). */
  nameCost: number
  /** The cost that means "never, unless nothing else fits". */
  forbidden: number
}

/** A word set written as `a|b|c` (the set's words in that order): shorter in a bundle than an array of strings. */
const words = (list: string): ReadonlySet<string> => new Set(list.split('|'))

export const DEFAULT_BREAK_RULES: BreakRules = {
  after: [
    [/[.!?…]["'”’)\]]*$/, -60], // sentence end
    [/[;:]["'”’)\]]*$/, -45],
    [/[,]["'”’)\]]*$/, -35],
    [/(?:--|—|–)$/, -30],
    [/\]$/, -25], // after an event
  ],
  beforeWords: /* @__PURE__ */ words(
    'and|but|or|nor|so|yet|because|although|though|that|which|who|whom|whose|where|when|while|if|unless|until|since|than|whether|as|' +
      // French, Spanish
      'et|mais|ou|donc|car|que|qui|quand|parce|y|pero|porque|cuando|donde',
  ),
  beforeCost: -20,
  neverAfterWords: /* @__PURE__ */ words('a|an|the|le|la|les|un|une|des|du|el|los|las|una|der|die|das'),
  avoidAfterWords: /* @__PURE__ */ words(
    'of|to|in|on|at|by|for|with|from|into|my|your|his|her|our|their|its|mr.|mrs.|ms.|dr.|sec.|gen.|sen.|rep.|gov.|prof.|de|à|en',
  ),
  avoidCost: 15,
  nameCost: 400,
  forbidden: 1000,
}

const CAPITALISED = /^\p{Lu}/u

/** Upper-case first letter, tested without a regular expression for ASCII (the common case). */
function capitalised(word: string): boolean {
  const code = word.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90
  return CAPITALISED.test(word)
}

/** Whether the last code unit is one of `.,;:!?…)]"”’—–-` (what `/[.,;:!?…)\]"”’—–-]$/` tests, without a regex per word). */
function endsWithPunctuation(word: string): boolean {
  switch (word.charCodeAt(word.length - 1)) {
    case 46: case 44: case 59: case 58: case 33: case 63: case 0x2026: case 41: case 93: case 34: case 0x201d: case 0x2019: case 0x2014: case 0x2013: case 45:
      return true
    default:
      return false
  }
}

/** Cost of a break between `left` and `right` (words as written). */
export function breakCost(left: string, right: string, rules: BreakRules = DEFAULT_BREAK_RULES): number {
  // Straight from the sets (gapCosts, the writer's path, uses a table made from them: a test compares the two).
  const classesOf = (word: string) => {
    const lower = word.toLowerCase()
    return (rules.neverAfterWords.has(lower) ? NEVER_AFTER : 0) | (rules.avoidAfterWords.has(lower) ? AVOID_AFTER : 0) | (rules.beforeWords.has(lower) ? BEFORE : 0)
  }
  return costOf(left, classesOf(left), right, classesOf(right), rules)
}

/** What a word is to the rules' word sets, as bits (one lookup per word instead of one per set). */
const NEVER_AFTER = 1
const AVOID_AFTER = 2
const BEFORE = 4

/** `breakCost` with each word's classes given (the writer looks each word up once, not twice). */
function costOf(left: string, leftClass: number, right: string, rightClass: number, rules: BreakRules): number {
  if ((leftClass & NEVER_AFTER) !== 0) return rules.forbidden
  let cost = 0
  // Only words ending in punctuation can match an `after` rule (all of them end in punctuation).
  const punctuated = endsWithPunctuation(left)
  if (punctuated) {
    const after = rules.after
    for (let i = 0; i < after.length; i++) {
      if (after[i]![0].test(left)) {
        cost += after[i]![1]
        break
      }
    }
  }
  if (cost === 0) {
    if ((leftClass & AVOID_AFTER) !== 0) cost += rules.avoidCost
    // Two capitalised words in a row without punctuation between them: a name.
    if (capitalised(left) && capitalised(right) && !punctuated) cost += rules.nameCost
  }
  if ((rightClass & BEFORE) !== 0) cost += rules.beforeCost
  return cost
}

/**
 * `word.toLowerCase()`, or the word itself when that cannot matter for the rules' word sets:
 * ASCII without capitals is its own lower case. Saves a string per word.
 */
function lowerForSets(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i)
    if (code >= 128 || (code >= 65 && code <= 90)) return word.toLowerCase()
  }
  return word
}

/** The rules' three word sets as one table of class bits, and their longest word. */
interface WordClasses {
  classes_: Map<string, number>
  longest_: number
  /** The sets' sizes when the table was made (a set changed since is seen, and the table made again). */
  sizes_: number
}

const classesByRules = new WeakMap<BreakRules, WordClasses>()

function wordClasses(rules: BreakRules): WordClasses {
  const sizes = rules.neverAfterWords.size * 1e6 + rules.avoidAfterWords.size * 1e3 + rules.beforeWords.size
  let table = classesByRules.get(rules)
  if (table === undefined || table.sizes_ !== sizes) {
    const classes = new Map<string, number>()
    let longest = 0
    const add = (set: ReadonlySet<string>, bit: number) => {
      for (const word of set) {
        classes.set(word, (classes.get(word) ?? 0) | bit)
        longest = Math.max(longest, word.length)
      }
    }
    add(rules.neverAfterWords, NEVER_AFTER)
    add(rules.avoidAfterWords, AVOID_AFTER)
    add(rules.beforeWords, BEFORE)
    table = { classes_: classes, longest_: longest, sizes_: sizes }
    classesByRules.set(rules, table)
  }
  return table
}

/**
 * A word's class bits. A word longer than every word of the sets matches none of them (lower-casing
 * never shortens a string: a test checks this for every code point): no lookup.
 */
function classOf(word: string, table: WordClasses): number {
  if (word.length > table.longest_) return 0
  return table.classes_.get(lowerForSets(word)) ?? 0
}

/** `breakCost(words[k - 1], words[k])` at each index k >= 1 (index 0 is 0), each word looked up at most once. */
export function gapCosts(words: readonly string[], rules: BreakRules): number[] {
  const costs = new Array<number>(words.length)
  if (words.length === 0) return costs
  costs[0] = 0
  const table = wordClasses(rules)
  let left = words[0]!
  let leftClass = classOf(left, table)
  for (let k = 1; k < words.length; k++) {
    const right = words[k]!
    const rightClass = classOf(right, table)
    costs[k] = costOf(left, leftClass, right, rightClass, rules)
    left = right
    leftClass = rightClass
  }
  return costs
}

/**
 * Break `tokens` (already short enough for `maxLines` lines) into at most `maxLines` lines of at
 * most `maxLength` characters, minimising break costs and preferring balanced lines. Returns
 * the index where each line after the first starts. A token longer than a line gets a line of
 * its own (a cue never breaks inside a word).
 */
export function breakLines(
  tokens: readonly string[],
  maxLength: number,
  maxLines: number,
  rules: BreakRules = DEFAULT_BREAK_RULES,
  /** Precomputed `breakCost(tokens[k - 1], tokens[k])` at index k, when the caller has them. */
  gapCosts?: readonly number[],
): number[] {
  return breakRange(tokens, 0, tokens.length, maxLength, maxLines, rules, gapCosts)
}

/**
 * `breakLines` on `tokens[from..to)` in place (the writer's cues are ranges of a paragraph's
 * words, not copies): returned indices and `gapCosts` indices are indices into `tokens`.
 */
export function breakRange(
  tokens: readonly string[],
  from: number,
  to: number,
  maxLength: number,
  maxLines: number,
  rules: BreakRules,
  gapCosts: readonly number[] | undefined,
): number[] {
  return breakWithGaps(tokens, from, to, maxLength, maxLines, rules.forbidden, gapCosts ?? rangeGapCosts(tokens, from, to, rules))
}

/** `breakCost` before each token of `tokens[from..to)` (indices into `tokens`), for callers that have no gap costs. */
function rangeGapCosts(tokens: readonly string[], from: number, to: number, rules: BreakRules): number[] {
  const costs = new Array<number>(to).fill(0)
  for (let k = from + 1; k < to; k++) costs[k] = breakCost(tokens[k - 1]!, tokens[k]!, rules)
  return costs
}

/**
 * `breakRange` with the cost of a break before each token given (`gaps[k]`, indices into
 * `tokens`; the cue planner always has them) and the rules' `forbidden` cost.
 */
export function breakWithGaps(tokens: readonly string[], from: number, to: number, maxLength: number, maxLines: number, forbidden: number, gaps: readonly number[]): number[] {
  const n = to - from
  let total = 0
  for (let k = from; k < to; k++) total += tokens[k]!.length
  total += n - 1
  if (total <= maxLength || maxLines <= 1 || n <= 1) return []
  // As few lines as fit (more breaks are not better, even good ones).
  const lines = Math.min(maxLines, n, linesNeededRange(tokens, from, to, maxLength))
  if (lines <= 1) return []
  // The common case, directly.
  if (lines === 2) return [bestBreakInTwo(tokens, from, to, maxLength, total, gaps)]
  return bestBreaks(tokens, from, to, maxLength, lines, total / lines, forbidden, gaps)
}

/** Two lines of `total` characters: the one break, the first line growing word by word. */
function bestBreakInTwo(tokens: readonly string[], from: number, to: number, maxLength: number, total: number, gaps: readonly number[]): number {
  const target = total / 2
  let bestAt = from + 1
  let bestCost = Infinity
  let first = -1
  for (let j = from + 1; j < to; j++) {
    first += tokens[j - 1]!.length + 1
    const second = total - first - 1
    // A line may only be too long when it is a single word.
    if ((first > maxLength && j - from > 1) || (second > maxLength && to - j > 1)) continue
    const cost = (Math.abs(first - target) + Math.abs(second - target)) * 0.5 + gaps[j]!
    if (cost < bestCost) {
      bestCost = cost
      bestAt = j
    }
  }
  return bestAt
}

/**
 * Dynamic programming over break positions: best[k][i] = cheapest layout of the first i tokens in
 * k lines, in reused flat arrays (row k at k * (n + 1)). Returns where lines 2.. start.
 */
function bestBreaks(tokens: readonly string[], from: number, to: number, maxLength: number, lines: number, target: number, forbidden: number, gaps: readonly number[]): number[] {
  const n = to - from
  const width = n + 1
  const { prefix, best, back } = layoutArrays(width * (lines + 1))
  // prefix[i] = characters of the first i tokens plus the spaces after each.
  prefix[0] = 0
  for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i]! + tokens[from + i]!.length + 1
  best.fill(Infinity, 0, width * (lines + 1))
  best[0] = 0
  for (let k = 1; k <= lines; k++) {
    const row = k * width
    const previous = row - width
    for (let i = 1; i <= n; i++) {
      for (let j = i - 1; j >= 0; j--) {
        if (best[previous + j] === Infinity) continue
        const length = prefix[i]! - prefix[j]! - 1
        const over = length > maxLength
        if (over && i - j > 1) break // longer ranges only grow
        let cost = best[previous + j]! + (over ? forbidden : 0) + Math.abs(length - target) * 0.5
        if (j > 0) cost += gaps[from + j]!
        if (cost < best[row + i]!) {
          best[row + i] = cost
          back[row + i] = j
        }
      }
    }
  }
  const starts: number[] = new Array<number>(lines - 1)
  for (let k = lines, i = n; k > 1; k--) {
    const j = back[k * width + i]!
    starts[k - 2] = from + j
    i = j
  }
  return starts
}

/** Work arrays of the line breaker's general case, reused (grown when a layout needs more). */
let layoutWork = { prefix: new Float64Array(64), best: new Float64Array(256), back: new Int32Array(256) }

function layoutArrays(cells: number): typeof layoutWork {
  if (layoutWork.best.length < cells || layoutWork.prefix.length < cells) {
    const size = Math.max(cells, layoutWork.best.length * 2)
    layoutWork = { prefix: new Float64Array(size), best: new Float64Array(size), back: new Int32Array(size) }
  }
  return layoutWork
}

/**
 * How many lines a greedy fill of `texts[from..to)` needs (the least possible), one space between
 * words; `labelWidth` (its space included) is taken by a label in front of the first line (`Ann: `).
 */
export function linesNeededRange(texts: readonly string[], from: number, to: number, max: number, labelWidth = 0): number {
  let lines = 1
  let width = labelWidth > 0 ? labelWidth - 1 : -1
  for (let k = from; k < to; k++) {
    const length = texts[k]!.length
    if (width >= 0 && width + 1 + length > max) {
      lines++
      width = length
    } else width += 1 + length
  }
  return lines
}

/** How many lines a greedy fill needs (the least possible): used to test whether tokens fit a cue. */
export function linesNeeded(lengths: readonly number[], maxLength: number): number {
  let lines = 1
  let width = -1
  for (const length of lengths) {
    if (width >= 0 && width + 1 + length > maxLength) {
      lines++
      width = length
    } else width += 1 + length
  }
  return lines
}
