import type { Event, EventKind, Inline, Paragraph, Phrasing, Segment, Speaker, Text, Timing, Transcript, Turn, Word } from './types.js'
import { MODEL_VERSION } from './version.js'

/** A new, empty transcript of the current model version. */
export function createTranscript(init: Partial<Omit<Transcript, 'type' | 'version'>> = {}): Transcript {
  return { type: 'transcript', version: MODEL_VERSION, meta: {}, speakers: [], children: [], ...init }
}

export function createSpeaker(id: string, name: string, init: Partial<Omit<Speaker, 'id' | 'name'>> = {}): Speaker {
  return { id, name, role: 'unknown', aliases: [], group: false, ...init }
}

export function createTurn(speaker: string | null, paragraphs: Paragraph[] = [], init: Partial<Omit<Turn, 'type' | 'speaker' | 'children'>> = {}): Turn {
  return { type: 'turn', speaker, label: null, interpreted: false, ...init, children: paragraphs }
}

export function createParagraph(children: Inline[] | string): Paragraph {
  return { type: 'paragraph', children: typeof children === 'string' ? [createText(children)] : children }
}

export function createText(value: string): Text {
  return { type: 'text', value }
}

export function createEvent(kind: EventKind, value: string, time?: Timing): Event {
  return time ? { type: 'event', kind, value, time } : { type: 'event', kind, value }
}

/** A source time (`source: 'source'`), with an end when given. */
function sourceTime(start: number, end: number | undefined): Timing {
  return end === undefined ? { start, source: 'source' } : { start, end, source: 'source' }
}

/**
 * A segment timed by the source from `start` to `end` (seconds; `end` may be left out), or by
 * the `Timing` given. A string becomes one text node.
 */
export function createSegment(children: Phrasing[] | string, start: number | Timing, end?: number): Segment {
  const time = typeof start === 'number' ? sourceTime(start, end) : start
  return { type: 'segment', time, children: typeof children === 'string' ? [createText(children)] : children }
}

/** A word timed by the source from `start` to `end` (or by the `Timing` given), with an optional confidence. */
export function createWord(value: string, start: number | Timing, end?: number, confidence?: number): Word {
  const word: Word = { type: 'word', value, time: typeof start === 'number' ? sourceTime(start, end) : start }
  if (confidence !== undefined) word.confidence = confidence
  return word
}

