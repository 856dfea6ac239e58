/** Three rows of the distance table, reused by every call (grown when a longer name comes). */
let rowA = new Int32Array(64)
let rowB = new Int32Array(64)
let rowC = new Int32Array(64)

/** Edit distance with adjacent transpositions (optimal string alignment), stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  const rows = a.length + 1
  const cols = b.length + 1
  if (cols > rowA.length) {
    rowA = new Int32Array(cols * 2)
    rowB = new Int32Array(cols * 2)
    rowC = new Int32Array(cols * 2)
  }
  // Code units compared as numbers (what `a[i] === b[j]` compares), in rows reused rather than made per row.
  let previous2 = rowA
  let previous = rowB
  let current = rowC
  for (let j = 0; j < cols; j++) previous[j] = j
  for (let i = 1; i < rows; i++) {
    current[0] = i
    let best = i
    const ai = a.charCodeAt(i - 1)
    const aBefore = i > 1 ? a.charCodeAt(i - 2) : -1
    for (let j = 1; j < cols; j++) {
      const bj = b.charCodeAt(j - 1)
      const cost = ai === bj ? 0 : 1
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && aBefore === bj) value = Math.min(value, previous2[j - 2]! + 1)
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
