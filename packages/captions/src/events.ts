/**
 * Bracketed events in caption text (`[inaudible]`, `(Laughter.)`, `[MUSIC PLAYING]`) and how the
 * writer renders event nodes. The vocabulary is data: each kind with the word stems that name
 * it, in English and in the other languages of the format corpus; the data is core's.
 */
import { EVENT_STEMS, eventKindOf, type EventKind } from '@verbatim/core'

/** Word stems per event kind: core's one vocabulary. */
export { EVENT_STEMS }

/** The kind of an event from its content (with or without brackets); `other` when nothing names one. */
export function eventKind(content: string): EventKind {
  return eventKindOf(content)
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
