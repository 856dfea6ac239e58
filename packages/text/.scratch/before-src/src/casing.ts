/**
 * Proper casing for names written in capitals: the text itself usually writes them properly
 * (`Le Drian`, `Jean-Yves`, `López Obrador`), so search it, case-insensitively, for the name or
 * its longest runs of words, and fall back to title case.
 */
import { titleCase } from './tables.js'

/** How much of a long input is searched for name forms (keeps huge inputs fast). */
const SEARCH_LIMIT = 1_000_000
const MAX_MATCHES = 200

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const hasLower = (text: string): boolean => /\p{Ll}/u.test(text)
const hasUpper = (text: string): boolean => /\p{Lu}/u.test(text)

/** The most frequent mixed-case writing of `words` (a run of words) in `text`. */
function findForm(words: string[], text: string): string | undefined {
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\d])${words.map(escapeRegExp).join('[\\s\\u00a0]+')}(?![\\p{L}\\p{M}\\d])`, 'giu')
  const counts = new Map<string, number>()
  let seen = 0
  for (const match of text.matchAll(pattern)) {
    const form = match[0].replace(/[\s\u00a0]+/g, ' ')
    // A usable form writes every word in mixed case (`Erin McNamara`, not `ERIN McNAMARA`).
    if (hasUpper(form) && form.split(' ').every((word) => hasLower(word) || !/\p{L}{2}/u.test(word))) counts.set(form, (counts.get(form) ?? 0) + 1)
    if (++seen >= MAX_MATCHES) break
  }
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

/** `JEAN-YVES LE DRIAN` -> `Jean-Yves Le Drian`, using the way `text` writes it. */
export function recoverCasing(name: string, text: string): string {
  if (name.split(/[ \u00a0]+/).every((word) => hasLower(word) || !/\p{L}{2}/u.test(word))) return name
  const haystack = text.length > SEARCH_LIMIT ? text.slice(0, SEARCH_LIMIT) : text
  const words = name.split(/[ \u00a0]+/).filter(Boolean)
  const out: (string | undefined)[] = new Array(words.length).fill(undefined)
  // Longest runs first, so `LE DRIAN` is found as `Le Drian` before `LE` alone is looked at.
  for (let size = words.length; size >= 1; size--) {
    for (let start = 0; start + size <= words.length; start++) {
      if (out.slice(start, start + size).every((word) => word !== undefined)) continue
      const run = words.slice(start, start + size)
      if (size === 1 && run[0]!.length < 3) continue
      const form = findForm(run, haystack)
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
