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

export const DEFAULT_BREAK_RULES: BreakRules = {
  after: [
    [/[.!?…]["'”’)\]]*$/, -60], // sentence end
    [/[;:]["'”’)\]]*$/, -45],
    [/[,]["'”’)\]]*$/, -35],
    [/(?:--|—|–)$/, -30],
    [/\]$/, -25], // after an event
  ],
  beforeWords: new Set([
    'and', 'but', 'or', 'nor', 'so', 'yet', 'because', 'although', 'though', 'that', 'which', 'who', 'whom',
    'whose', 'where', 'when', 'while', 'if', 'unless', 'until', 'since', 'than', 'whether', 'as',
    // French, Spanish
    'et', 'mais', 'ou', 'donc', 'car', 'que', 'qui', 'quand', 'parce', 'y', 'pero', 'porque', 'cuando', 'donde',
  ]),
  beforeCost: -20,
  neverAfterWords: new Set(['a', 'an', 'the', 'le', 'la', 'les', 'un', 'une', 'des', 'du', 'el', 'los', 'las', 'una', 'der', 'die', 'das']),
  avoidAfterWords: new Set([
    'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'into', 'my', 'your', 'his', 'her', 'our', 'their', 'its',
    'mr.', 'mrs.', 'ms.', 'dr.', 'sec.', 'gen.', 'sen.', 'rep.', 'gov.', 'prof.', 'de', 'à', 'en',
  ]),
  avoidCost: 15,
  nameCost: 400,
  forbidden: 1000,
}

const CAPITALISED = /^\p{Lu}/u
const ENDS_WITH_PUNCTUATION = /[.,;:!?…)\]"”’—–-]$/

/** Upper-case first letter, tested without a regular expression for ASCII (the common case). */
function capitalised(word: string): boolean {
  const code = word.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90
  return CAPITALISED.test(word)
}

/** Cost of a break between `left` and `right` (words as written). */
export function breakCost(left: string, right: string, rules: BreakRules = DEFAULT_BREAK_RULES): number {
  const lowerLeft = left.toLowerCase()
  if (rules.neverAfterWords.has(lowerLeft)) return rules.forbidden
  let cost = 0
  // Only words ending in punctuation can match an `after` rule (all of them end in punctuation).
  if (ENDS_WITH_PUNCTUATION.test(left)) {
    for (const [pattern, value] of rules.after) {
      if (pattern.test(left)) {
        cost += value
        break
      }
    }
  }
  if (cost === 0) {
    if (rules.avoidAfterWords.has(lowerLeft)) cost += rules.avoidCost
    // Two capitalised words in a row without punctuation between them: a name.
    if (capitalised(left) && capitalised(right) && !ENDS_WITH_PUNCTUATION.test(left)) cost += rules.nameCost
  }
  if (rules.beforeWords.has(right.toLowerCase())) cost += rules.beforeCost
  return cost
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
  const n = tokens.length
  let total = 0
  for (const token of tokens) total += token.length
  total += n - 1
  if (total <= maxLength || maxLines <= 1 || n <= 1) return []
  // Dynamic programming over break positions: best[k][i] = cheapest layout of tokens[0..i) in k lines.
  // prefix[i] = characters of tokens[0..i) plus the spaces after each.
  const prefix = new Array<number>(n + 1)
  prefix[0] = 0
  for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i]! + tokens[i]!.length + 1
  const lengthOf = (from: number, to: number) => prefix[to]! - prefix[from]! - 1
  // As few lines as fit (more breaks are not better, even good ones).
  const lines = Math.min(maxLines, n, linesNeeded(tokens.map((token) => token.length), maxLength))
  if (lines <= 1) return []
  const target = total / lines
  if (lines === 2) {
    // The common case, directly: one break.
    let bestAt = 1
    let bestCost = Infinity
    for (let j = 1; j < n; j++) {
      const first = lengthOf(0, j)
      const second = lengthOf(j, n)
      // A line may only be too long when it is a single word.
      if ((first > maxLength && j > 1) || (second > maxLength && n - j > 1)) continue
      const cost =
        (Math.abs(first - target) + Math.abs(second - target)) * 0.5 +
        (gapCosts ? gapCosts[j]! : breakCost(tokens[j - 1]!, tokens[j]!, rules))
      if (cost < bestCost) {
        bestCost = cost
        bestAt = j
      }
    }
    return [bestAt]
  }
  const best: number[][] = []
  const from: number[][] = []
  for (let k = 0; k <= lines; k++) {
    best.push(new Array<number>(n + 1).fill(Infinity))
    from.push(new Array<number>(n + 1).fill(-1))
  }
  best[0]![0] = 0
  for (let k = 1; k <= lines; k++) {
    for (let i = 1; i <= n; i++) {
      for (let j = i - 1; j >= 0; j--) {
        if (best[k - 1]![j] === Infinity) continue
        const length = lengthOf(j, i)
        const over = length > maxLength
        if (over && i - j > 1) break // longer ranges only grow
        let cost = best[k - 1]![j]! + (over ? rules.forbidden : 0) + Math.abs(length - target) * 0.5
        if (j > 0) cost += gapCosts ? gapCosts[j]! : breakCost(tokens[j - 1]!, tokens[j]!, rules)
        if (cost < best[k]![i]!) {
          best[k]![i] = cost
          from[k]![i] = j
        }
      }
    }
  }
  const starts: number[] = []
  for (let k = lines, i = n; k > 1; k--) {
    const j = from[k]![i]!
    starts.unshift(j)
    i = j
  }
  return starts
}

/** How many lines a greedy fill needs (the least possible): used to test whether tokens fit a cue. */
export function linesNeeded(lengths: readonly number[], maxLength: number): number {
  let lines = 0
  let width = 0
  for (const length of lengths) {
    if (lines === 0) {
      lines = 1
      width = length
    } else if (width + 1 + length > maxLength) {
      lines++
      width = length
    } else width += 1 + length
  }
  return Math.max(lines, 1)
}
