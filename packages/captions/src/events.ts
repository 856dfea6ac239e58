/**
 * Bracketed events in caption text (`[inaudible]`, `(Laughter.)`, `[MUSIC PLAYING]`) and how the
 * writer renders event nodes. The vocabulary is data: each kind with the word stems that name
 * it, in English and in the other languages of the format corpus (Spanish: `risas`, `aplausos`).
 */
import type { EventKind } from '@verbatim/core'

/** Word stems per event kind, tried in this order on the lower-cased bracket content. */
export const EVENT_STEMS: ReadonlyArray<readonly [EventKind, RegExp]> = [
  ['inaudible', /\binaudible|\binaudib/],
  ['unintelligible', /\bunintelligible|\bindiscernible|\bininteligible/],
  ['crosstalk', /\bcross-?talk|\boverlapping|\btalking over/],
  ['laughter', /\blaugh|\bchuckl|\bgiggl|\brisa|\brisita|\bríe|\briendo|\bríen/],
  ['applause', /\bapplau|\baplau|\bclapping|\bcheer|\bvítores/],
  ['off-mic', /\boff[- ]?mic/],
  ['pause', /\bpause|\bsilence|\bsilencio/],
  ['music', /\bmusic|\bmúsica|\bmusical|\bsinging|\bsong|♪/],
  ['noise', /\bnoise|\bruido|\bstatic|\bbeep/],
]

/** The kind of an event from its content (without brackets); `other` when no stem matches. */
export function eventKind(content: string): EventKind {
  const lower = content.toLowerCase()
  for (const [kind, stem] of EVENT_STEMS) if (stem.test(lower)) return kind
  return 'other'
}

/**
 * Whether bracketed content reads as an event. Square brackets in captions hold sound
 * descriptions, so any content counts; parentheses also hold ordinary asides, so they count only
 * when a stem matches, when the content is in capitals (`(CROSSTALK)`), or when it is a short
 * stage direction (`(Speaks French.)`, `(Coughs.)`).
 */
export function isEventContent(content: string, bracket: '[' | '('): boolean {
  const trimmed = content.trim()
  if (trimmed === '') return false
  if (bracket === '[') return true
  if (eventKind(trimmed) !== 'other') return true
  if (/\p{L}/u.test(trimmed) && trimmed === trimmed.toUpperCase() && trimmed.length > 2) return true
  return /^\p{Lu}[^()]{0,40}\.$/u.test(trimmed) && trimmed.split(/\s+/).length <= 5
}

/**
 * An event as captions show it: in square brackets, without the closing full stop of transcript
 * style (`(Off-mic.)` -> `[Off-mic]`); wording already in square brackets is kept as it is.
 */
export function renderEvent(value: string): string {
  const trimmed = value.trim()
  if (/^\[[^\]]*\]$/.test(trimmed)) return trimmed
  let inner = trimmed
  if (/^\(.*\)$/s.test(inner)) inner = inner.slice(1, -1)
  inner = inner.replace(/\.\s*$/, '').trim()
  return `[${inner.replace(/[[\]]/g, '')}]`
}
