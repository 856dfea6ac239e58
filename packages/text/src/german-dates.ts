/**
 * German month names for header dates (`Berlin, Donnerstag, den 9. Juni 2022`, a Bundestag
 * protocol's date line), added to `dates.ts`'s months by the full entry's styles: the basic
 * entry reads English, Spanish and French month names only.
 */
import { MONTHS } from './dates.js'

export const GERMAN_MONTHS_RULE = {
  id: 'german-month',
} as const

/** `dates.ts`'s months and the German ones (`Jänner` is Austrian; `Maerz` as ASCII text writes it). */
function withGerman(): ReadonlyMap<string, number> {
  const months = new Map(MONTHS)
  'januar jänner jaenner|februar feber|märz maerz|april|mai|juni|juli|august|september|oktober okt|november|dezember dez'
    .split('|')
    .forEach((names, index) => names.split(' ').forEach((name) => months.set(name, index + 1)))
  return months
}

// A pure call, not a spread in a literal: a bundle of the basic entry drops it.
export const MONTHS_WITH_GERMAN: ReadonlyMap<string, number> = /* @__PURE__ */ withGerman()
