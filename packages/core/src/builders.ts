import type { Event, EventKind, Inline, Paragraph, Speaker, Text, Transcript, Turn } from './types.js'
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

export function createEvent(kind: EventKind, value: string): Event {
  return { type: 'event', kind, value }
}

