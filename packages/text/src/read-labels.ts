/**
 * The label matcher for one document: its grammar, court lines when the document has them, a
 * label with a speaker id (`Q. (#mr-finkel):`, as toText writes shared labels) in any grammar,
 * a label of another grammar the user seeded, and the document's consistent short labels.
 */
import { GRAMMARS, mayHoldLabel, sharedMatcher, type Grammar, type GrammarId, type LabelMatch, type SharedMatcher } from './grammars.js'
import { hasIdReference, labelColon } from './label-heads.js'
import type { SpeakerRegistry } from './speakers.js'

export type LabelMatcher = (text: string) => LabelMatch | null

/** The document's consistent short labels (`CC:`), when it has any (`short-labels.ts`, a house style). */
export type ShortLabelMatcher = (text: string, grammar: GrammarId) => LabelMatch | null

export function labelMatcher(grammar: Grammar, matchCourt: SharedMatcher | undefined, registry: SpeakerRegistry, shortLabel: ShortLabelMatcher | undefined): LabelMatcher {
  // The shared matchers (see `sharedMatcher`): nothing here changes a label match.
  const matchers = GRAMMARS.map(sharedMatcher)
  const matchGrammar = sharedMatcher(grammar)
  return (text) => {
    if (!mayHoldLabel(text)) return null
    // Every grammar tried here looks for the same label colon: found once.
    const colon = labelColon(text)
    if (hasIdReference(text, colon)) {
      for (let g = 0; g < matchers.length; g++) {
        const candidate = matchers[g]!(text, colon)
        if (candidate?.id && registry.byId_(candidate.id)) return candidate
      }
    }
    const found = (matchCourt && matchCourt(text)) || matchGrammar(text, colon)
    if (found) return found
    // A label of another grammar counts only when the user or the front matter named it: with no seeds, none is tried.
    if (registry.hasSeeds_()) for (let g = 0; g < GRAMMARS.length; g++) {
      const other = GRAMMARS[g]!
      if (other === grammar || other.id === 'court') continue
      const candidate = matchers[g]!(text, colon)
      if (candidate && registry.isSeeded_(candidate.label)) return candidate
    }
    return shortLabel ? shortLabel(text, grammar.id) : null
  }
}
