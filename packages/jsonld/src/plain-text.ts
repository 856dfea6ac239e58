/**
 * Plain speech text from other documents (a Message's `text`, an AudioObject's `transcript`)
 * into paragraphs of canonical inline content: bracketed events such as `[MUSIC PLAYING]` or
 * `(Laughter.)` become event nodes with their wording kept, and the text keeps the spaces beside
 * them. Square brackets always mark an event; parentheses only when their content names a known
 * event or is written in capitals (`(SINGING)`), since parentheses are common in prose.
 */
import { eventKindOf as coreEventKindOf, type EventKind, type Inline, type Paragraph } from '@verbatim/core'

/** The event kind a bracketed wording names, or `other` (core's one vocabulary). */
export function eventKindOf(wording: string): EventKind {
  return coreEventKindOf(wording)
}

const BRACKETED = /\[[^\[\]\n]{1,80}\]|\([^()\n]{1,80}\)/g

function isEventWording(wording: string): boolean {
  if (wording.startsWith('[')) return true
  const inner = wording.slice(1, -1)
  if (eventKindOf(inner) !== 'other') return true
  // (SINGING), (CROSSTALK): capitals and punctuation only, with at least three letters.
  return /^[^a-z]*$/.test(inner) && (inner.match(/\p{Lu}/gu)?.length ?? 0) >= 3
}

/** One paragraph's inline content: text and events, adjacent text merged, no empty text. */
export function inlinesOf(text: string): Inline[] {
  const out: Inline[] = []
  let last = 0
  for (const match of text.matchAll(BRACKETED)) {
    const wording = match[0]
    if (!isEventWording(wording)) continue
    const start = match.index
    if (start > last) out.push({ type: 'text', value: text.slice(last, start) })
    out.push({ type: 'event', kind: eventKindOf(wording), value: wording })
    last = start + wording.length
  }
  if (last < text.length) out.push({ type: 'text', value: text.slice(last) })
  return out
}

/**
 * Paragraphs of a plain text: split at blank lines, each trimmed, runs of white space inside
 * a paragraph (line breaks included) made one space.
 */
export function paragraphsOf(text: string): Paragraph[] {
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '')
    .map((part) => ({ type: 'paragraph', children: inlinesOf(part) }))
}
