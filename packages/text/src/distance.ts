/** Edit distance with adjacent transpositions (optimal string alignment), stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  const cols = b.length + 1
  // Three rows for the whole call, taking turns (not a new array per row); code units compared as numbers.
  let previous2: number[] = []
  let previous: number[] = []
  let current: number[] = []
  for (let j = 0; j < cols; j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let best = i
    const ai = a.charCodeAt(i - 1)
    for (let j = 1; j < cols; j++) {
      const bj = b.charCodeAt(j - 1)
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (ai === bj ? 0 : 1))
      // At i = 1 or j = 1, `charCodeAt(-1)` is NaN, equal to nothing: no transposition there.
      if (ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) value = Math.min(value, previous2[j - 2]! + 1)
      current[j] = value
      if (value < best) best = value
    }
    if (best > max) return max + 1
    const spare = previous2
    previous2 = previous
    previous = current
    current = spare
  }
  return previous[cols - 1]!
}

/** How many edits a name of this length may have and still count as a typo of another. */
export function typoAllowance(length: number): number {
  return length >= 10 ? 2 : length >= 5 ? 1 : 0
}
