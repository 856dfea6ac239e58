/**
 * Whether bracketed text (`[Alba]`) names a speaker, answered once per distinct text: subtitles
 * repeat the same few labels hundreds of times. The answer depends on the text alone, so the memo
 * is shared; it is emptied when it grows past `LIMIT` entries. (Whether bracketed text is an event
 * is captions' `bracketEventKind`, which the SubRip reader asks too.)
 */
import { isNameLabel } from '@verbatim/captions'

const LIMIT = 4096

const names = new Map<string, boolean>()

/** `isNameLabel`, remembered. */
export function nameLabel(content: string): boolean {
  const known = names.get(content)
  if (known !== undefined) return known
  const answer = isNameLabel(content)
  if (names.size >= LIMIT) names.clear()
  names.set(content, answer)
  return answer
}
