/**
 * What caption readers ask of bracketed text (`[truenos]`, `(Laughter.)`, `[Alba]`), answered once
 * per distinct text: subtitles repeat the same few sounds hundreds of times, and each answer runs
 * the event vocabulary's regular expressions. The answers depend on the text alone, so one memo
 * serves every reader (WebVTT, SubRip); it is emptied when it grows past `LIMIT` entries.
 */
import type { EventKind } from '@verbatim/core'
import { eventKind, isEventContent } from './events.js'

const LIMIT = 4096

/** Kind of the event a bracketed value (brackets included) is, or null when it is not one. */
const events = new Map<string, EventKind | null>()

/**
 * The event a bracketed value (`[music]`, `(Coughs.)`, brackets included) is: `eventKind` of its
 * content when `isEventContent` says it is an event, null otherwise. Remembered.
 */
export function bracketEventKind(value: string): EventKind | null {
  const known = events.get(value)
  if (known !== undefined) return known
  const content = value.slice(1, -1)
  const kind = isEventContent(content, value[0] as '[' | '(') ? eventKind(content) : null
  if (events.size >= LIMIT) events.clear()
  events.set(value, kind)
  return kind
}
