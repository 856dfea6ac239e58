/**
 * What the reader asks of bracketed text (`[Alba]`, `[truenos]`, `(Laughter.)`), answered once per
 * distinct text: subtitles repeat the same few labels and sounds hundreds of times, and each
 * answer runs the event vocabulary's regular expressions. The answers depend on the text alone,
 * so the memo is shared; it is emptied when it grows past `LIMIT` entries.
 */
import { eventKind, isEventContent, isNameLabel } from '@verbatim/captions'
import type { EventKind } from '@verbatim/core'

const LIMIT = 4096

/** Kind of the event a bracketed value (brackets included) is, or null when it is not one. */
const events = new Map<string, EventKind | null>()
const names = new Map<string, boolean>()

function remember<T>(memo: Map<string, T>, key: string, value: T): T {
  if (memo.size >= LIMIT) memo.clear()
  memo.set(key, value)
  return value
}

/** `eventKind` of the content when `isEventContent` says a bracketed value is an event; null otherwise. */
export function bracketEventKind(value: string): EventKind | null {
  const known = events.get(value)
  if (known !== undefined) return known
  const content = value.slice(1, -1)
  return remember(events, value, isEventContent(content, value[0] as '[' | '(') ? eventKind(content) : null)
}

/** `isNameLabel`, remembered. */
export function nameLabel(content: string): boolean {
  return names.get(content) ?? remember(names, content, isNameLabel(content))
}
