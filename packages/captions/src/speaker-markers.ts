/**
 * How caption files without voice spans say who speaks, as data: the patterns of broadcast
 * (`>>`), subtitles (`- ` dialogue dashes, `[Alba]` labels) and meeting tools (`Name: ` prefixes
 * from Zoom, `Speaker 1:` from transcription services).
 */
import { eventKind } from './events.js'

/** `>>` (speaker change) and `>>>` (story change) as broadcast captions write them, anywhere in a line (even stuck to the previous word: `!>> I do apologize`). */
export const CHEVRONS = /(?<!>)>{2,3}(?=\s|$)/g

/** A dialogue dash at the start of a line: `- ¿Qué?` (a hyphen-minus and a space, as subtitles write it). */
export const DIALOGUE_DASH = /^-\s+/

/** `[Alba] ` at the start of a line: a bracketed speaker label, when its words are names. */
export const BRACKET_LABEL = /^\[([^\][]{1,40})\]\s*/

/** `Name: ` at the start of a cue (Zoom, Teams exports, `Speaker 1:`). */
export const NAME_PREFIX = /^([^:\n]{1,60}?):[ \t]+(?=\S)/

/** `>> MAYOR SCHAAF: ` after a chevron: a label in capitals. */
export const CAPS_LABEL = /^([\p{Lu}][\p{Lu}\p{M} .'’-]{0,40}):\s+/u

/** Whether bracketed content is a name (`Alba`, `Ángeles`, `Dr. Ruiz`) rather than a sound (`truenos`, `Ángeles ríe`). */
export function isNameLabel(content: string): boolean {
  const words = content.trim().split(/\s+/)
  if (words.length > 3) return false
  if (eventKind(content) !== 'other') return false
  // Title Case words only; ALL CAPS is the style of sound descriptions (`[MUSIC PLAYING]`).
  return words.every((word) => /^\p{Lu}[\p{Ll}\p{M}'’.-]*$/u.test(word)) && !/^\p{Lu}+$/u.test(content.replace(/\s/g, ''))
}

/** Whether a `Name:` prefix candidate looks like a name at all (the reader also wants it repeated). */
export function isNameCandidate(name: string): boolean {
  const trimmed = name.trim()
  if (trimmed === '' || trimmed !== name) return false
  if (/[.?!;,"“”()[\]<>{}=/\\]|https?$/.test(trimmed)) return false
  const words = trimmed.split(/\s+/)
  if (words.length > 5) return false
  return /^[\p{L}]/u.test(trimmed)
}
