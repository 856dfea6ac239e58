/**
 * Escaping for cue text and tag annotations. `&`, `<` and `>` become character references, so
 * no payload can open a tag, end an annotation or contain `-->` (which would end the cue for a
 * parser looking for timings). Line breaks never reach here: the writer builds lines itself.
 */
const SPECIAL = /[&<>]/g
const HAS_SPECIAL = /[&<>]/
const REPLACEMENTS: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }

export function escapeText(text: string): string {
  return HAS_SPECIAL.test(text) ? text.replace(SPECIAL, (char) => REPLACEMENTS[char]!) : text
}

/** A voice name or language tag for `<v ...>` / `<lang ...>`: one line, single spaces, escaped. */
export function escapeAnnotation(value: string): string {
  return escapeText(value.replace(/\s+/g, ' ').trim())
}
