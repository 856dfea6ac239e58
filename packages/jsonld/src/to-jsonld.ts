/**
 * The writer: a transcript as a schema.org Conversation of Messages, with Verbatim's own terms
 * for everything schema.org cannot say. One small function per node type, in the style of
 * mdast-util-to-markdown's handlers. The writer never imports jsonld.js: it only builds plain
 * objects, so it stays small in browsers.
 */
import {
  createMessage,
  toString,
  unknownNodeMessage,
  unknownNodeText,
  type Break,
  type Event,
  type Inline,
  type Media,
  type Metadata,
  type Note,
  type Paragraph,
  type Phrasing,
  type Segment,
  type Source,
  type Speaker,
  type Transcript,
  type Timing,
  type Turn,
  type Word,
  MODEL_VERSION,
} from '@verbatim/core'
import { secondsToDuration } from './duration.js'
import { BREAK_FIELDS, COMMON_META_FIELDS, EVENT_FIELDS, MEDIA_FIELDS, NOTE_FIELDS, SEGMENT_FIELDS, SOURCE_FIELDS, SPEAKER_FIELDS, TEXT_SPAN_FIELDS, TURN_FIELDS, WORD_FIELDS, type Field, type NodeField, type ValueKind } from './fields.js'
import { checkBaseIri, contentUrn, IdMinter } from './ids.js'
import { cloneJson } from './safe-object.js'
import type {
  JsonLdInline,
  JsonLdMessage,
  JsonLdNote,
  JsonLdParagraph,
  JsonLdPhrasing,
  JsonLdSegment,
  JsonLdSectionBreak,
  JsonLdSpeaker,
  JsonLdTranscript,
  JsonLdTranscriptEvent,
  JsonLdWord,
  ToJsonLdOptions,
  ToJsonLdStringOptions,
} from './types.js'
import { documentContext } from './vocabulary.js'

const SOURCE = 'verbatim-jsonld'

/** Roles that take part in an event as audience rather than as performers. */
const ATTENDEE_ROLES = new Set(['journalist'])

/**
 * A URL is written as an IRI (the `url` and `contentUrl` terms coerce strings to `@id`) only
 * when it is an absolute http(s) or urn IRI; anything else is written as a plain literal
 * (`{"@value": ...}`) so that no JSON-LD processor resolves or rewrites it.
 */
const SAFE_IRI = /^(?:https?:\/\/|urn:)[^\s<>"{}|\\^`]*$/i

function urlValue(url: string): string | { '@value': string } {
  return SAFE_IRI.test(url) ? url : { '@value': url }
}

/** The plain properties of a node, from the table shared with the readers (`fields.ts`). */
function writeFields<Target>(node: Record<string, unknown>, object: Target, fields: readonly Field<Target>[]): void {
  for (const { term, field, value } of fields) {
    const item = object[field]
    if (item !== undefined) node[term] = writeValue(value, item as string | number)
  }
}

function writeValue(kind: ValueKind, item: string | number): unknown {
  switch (kind) {
    case 'url':
      return urlValue(item as string)
    case 'organization':
      return { '@type': 'Organization', name: item }
    case 'duration':
      return secondsToDuration(item as number)
    default:
      return item
  }
}

interface WriterState {
  ids: IdMinter
  onMessage: ToJsonLdOptions['onMessage']
  /**
   * Where in the tree the writer is (indexes of the block, paragraph and inline, -1 when not
   * inside one), so that a path is made only for a message, not for every node written.
   */
  block: number
  paragraph: number
  inline: number
}

/** The tree path of the node being written (for messages). */
function currentPath(state: WriterState): string {
  let path = `children[${state.block}]`
  if (state.paragraph >= 0) path += `.children[${state.paragraph}]`
  if (state.inline >= 0) path += `.children[${state.inline}]`
  return path
}

/** Adds `data` (a JSON literal) when the node has one that is JSON; reports it otherwise. */
function withData<T extends object>(target: T, data: Record<string, unknown> | undefined, state: WriterState, where?: string): T {
  if (data === undefined) return target
  const copy = cloneJson(data)
  if (copy.ok) {
    ;(target as { data?: unknown }).data = copy.value
  } else {
    const path = where ?? currentPath(state)
    state.onMessage?.(
      createMessage(`the data bag at ${path} cannot be written as a JSON literal (${copy.reason}); it was left out`, 'unsupported-content', SOURCE, {
        path: `${path}.data`,
        expected: 'a JSON value',
        actual: copy.reason,
      }),
    )
  }
  return target
}

/** A time as schema.org's `startOffset`/`endOffset` (seconds) and Verbatim's `timeSource`. */
function writeTimes(target: Record<string, unknown>, time: Timing): void {
  target.startOffset = time.start
  if (time.end !== undefined) target.endOffset = time.end
  if (time.source !== 'source') target.timeSource = time.source
}

/** A node's own plain properties, from the table shared with the fast reader (`fields.ts`), in its order. */
function writeNodeFields<Target>(node: Record<string, unknown>, object: Target, fields: readonly NodeField<Target>[]): void {
  for (let index = 0; index < fields.length; index++) {
    const { term, field, value } = fields[index]!
    const item = object[field]
    if (item === undefined || item === null || item === false) continue
    if (value === 'time') writeTimes(node, item as unknown as Timing)
    else node[term] = item
  }
}

function writeEvent(event: Event, state: WriterState): JsonLdTranscriptEvent {
  const node: Record<string, unknown> = { '@type': event.time === undefined ? 'TranscriptEvent' : ['TranscriptEvent', 'Clip'] }
  writeNodeFields(node, event, EVENT_FIELDS)
  return withData(node, event.data, state) as unknown as JsonLdTranscriptEvent
}

function writeWord(word: Word, state: WriterState): JsonLdWord {
  const node: Record<string, unknown> = { '@type': ['TranscriptWord', 'Clip'] }
  writeNodeFields(node, word, WORD_FIELDS)
  return withData(node, word.data, state) as unknown as JsonLdWord
}

function writePhrasing(inline: Phrasing, state: WriterState): JsonLdPhrasing {
  if (inline.type === 'event') return writeEvent(inline, state)
  if (inline.type === 'word') return writeWord(inline, state)
  if (inline.type !== 'text') {
    // An inline type this version does not know: reported, its text kept as text.
    const path = `children[${state.block}].children[${state.paragraph}].children[${state.inline}]`
    state.onMessage?.(unknownNodeMessage(inline, path, SOURCE, 'its text is written as text'))
    return unknownNodeText(inline)
  }
  // A plain string is the common case; a text node with data needs a node to carry it.
  if (inline.data === undefined) return inline.value
  const node: Record<string, unknown> = { '@type': 'TextSpan' }
  writeNodeFields(node, inline, TEXT_SPAN_FIELDS)
  return withData(node, inline.data, state) as unknown as JsonLdPhrasing
}

/** A segment's content never nests (the model has no segment in a segment), so this is not recursive. */
function writeSegment(segment: Segment, state: WriterState): JsonLdSegment {
  const children = segment.children
  const inline: JsonLdPhrasing[] = new Array<JsonLdPhrasing>(children.length)
  for (let index = 0; index < children.length; index++) inline[index] = writePhrasing(children[index]!, state)
  const node: Record<string, unknown> = { '@type': ['TranscriptSegment', 'Clip'] }
  writeNodeFields(node, segment, SEGMENT_FIELDS)
  node.inline = inline
  return withData(node, segment.data, state) as unknown as JsonLdSegment
}

function writeInline(inline: Inline, state: WriterState): JsonLdInline {
  return inline.type === 'segment' ? writeSegment(inline, state) : writePhrasing(inline, state)
}

function writeParagraph(paragraph: Paragraph, state: WriterState): JsonLdParagraph {
  const children = paragraph.children
  const inline: JsonLdInline[] = new Array<JsonLdInline>(children.length)
  for (let index = 0; index < children.length; index++) {
    state.inline = index
    inline[index] = writeInline(children[index]!, state)
  }
  state.inline = -1
  return withData({ inline }, paragraph.data, state)
}

const inlineText = (inline: Inline): string =>
  inline.type === 'text' || inline.type === 'event' || inline.type === 'word' ? inline.value : inline.type === 'segment' ? toString(inline) : unknownNodeText(inline)

/**
 * The plain text of a turn, as core's `toString` makes it (paragraphs joined by a blank line,
 * empty ones left out, events in their wording), built by concatenation: no arrays, and no
 * copy of the common one-text paragraph (a test compares the two).
 */
export function turnText(turn: Turn): string {
  let text = ''
  for (const paragraph of turn.children) {
    const children = paragraph.children
    let part = children.length === 1 ? inlineText(children[0]!) : ''
    if (children.length > 1) for (const child of children) part += inlineText(child)
    if (part === '') continue
    text = text === '' ? part : text + '\n\n' + part
  }
  return text
}

/** True when `text` alone says everything: one paragraph of one plain, non-empty text. */
function isPlainTurn(turn: Turn): boolean {
  if (turn.children.length !== 1) return false
  const paragraph = turn.children[0]!
  if (paragraph.data !== undefined || paragraph.children.length !== 1) return false
  const only = paragraph.children[0]!
  return only.type === 'text' && only.data === undefined && only.value !== ''
}

function writeTurn(turn: Turn, position: number, state: WriterState): JsonLdMessage {
  const message: Record<string, unknown> = {
    '@id': state.ids.turn(position),
    '@type': turn.time ? ['Message', 'Clip'] : 'Message',
    position,
  }
  if (turn.speaker !== null) message.sender = { '@id': state.ids.speaker(turn.speaker) }
  writeNodeFields(message, turn, TURN_FIELDS)
  message.text = turnText(turn)
  if (!isPlainTurn(turn)) {
    const paragraphs = turn.children
    const written: JsonLdParagraph[] = new Array<JsonLdParagraph>(paragraphs.length)
    for (let index = 0; index < paragraphs.length; index++) {
      state.paragraph = index
      written[index] = writeParagraph(paragraphs[index]!, state)
    }
    state.paragraph = -1
    message.paragraphs = written
  }
  return withData(message, turn.data, state) as unknown as JsonLdMessage
}

function writeBetweenEvent(event: Event, position: number, state: WriterState): JsonLdTranscriptEvent {
  const node: Record<string, unknown> = { '@id': state.ids.event(position), '@type': event.time ? ['TranscriptEvent', 'Clip'] : 'TranscriptEvent', position }
  writeNodeFields(node, event, EVENT_FIELDS)
  return withData(node, event.data, state) as unknown as JsonLdTranscriptEvent
}

function writeBreak(block: Break, position: number, state: WriterState): JsonLdSectionBreak {
  const node: Record<string, unknown> = { '@id': state.ids.sectionBreak(position), '@type': 'SectionBreak', position }
  writeNodeFields(node, block, BREAK_FIELDS)
  return withData(node, block.data, state) as unknown as JsonLdSectionBreak
}

function writeSpeaker(speaker: Speaker, path: string, state: WriterState): JsonLdSpeaker {
  const node: Record<string, unknown> = {
    '@id': state.ids.speaker(speaker.id),
    '@type': speaker.group ? 'SpeakerGroup' : 'Person',
    identifier: speaker.id,
    name: speaker.name,
    role: speaker.role,
  }
  writeFields(node, speaker, SPEAKER_FIELDS)
  if (speaker.aliases.length > 0) node.alternateName = [...speaker.aliases]
  return withData(node, speaker.data, state, path) as unknown as JsonLdSpeaker
}

function writeNote(note: Note, path: string, state: WriterState): JsonLdNote {
  const node: Record<string, unknown> = { '@type': 'TranscriptNote' }
  writeNodeFields(node, note, NOTE_FIELDS)
  return withData(node, note.data, state, path) as unknown as JsonLdNote
}

function writeSource(source: Source, state: WriterState): Record<string, unknown> {
  const node: Record<string, unknown> = { '@id': state.ids.source(), '@type': 'CreativeWork' }
  writeFields(node, source, SOURCE_FIELDS)
  return node
}

function mediaType(type: string | undefined): string {
  if (type?.startsWith('audio/')) return 'AudioObject'
  if (type?.startsWith('video/')) return 'VideoObject'
  return 'MediaObject'
}

function writeMedia(media: Media, state: WriterState): Record<string, unknown> {
  const node: Record<string, unknown> = { '@id': state.ids.media(), '@type': mediaType(media.type) }
  writeFields(node, media, MEDIA_FIELDS)
  return node
}

/** The occasion: when and where it took place, and who spoke there. */
function writeOccasion(meta: Metadata, speakers: Speaker[], state: WriterState): Record<string, unknown> {
  const node: Record<string, unknown> = { '@id': state.ids.occasion(), '@type': 'Event' }
  if (meta.title !== undefined) node.name = meta.title
  if (meta.date !== undefined) node.startDate = meta.date
  if (meta.place !== undefined) node.location = { '@id': state.ids.place(), '@type': 'Place', name: meta.place }
  const performer = speakers.filter((speaker) => !speaker.group && !ATTENDEE_ROLES.has(speaker.role))
  const attendee = speakers.filter((speaker) => speaker.group || ATTENDEE_ROLES.has(speaker.role))
  if (performer.length > 0) node.performer = performer.map((speaker) => ({ '@id': state.ids.speaker(speaker.id) }))
  if (attendee.length > 0) node.attendee = attendee.map((speaker) => ({ '@id': state.ids.speaker(speaker.id) }))
  return node
}

/**
 * Write a transcript as a compacted JSON-LD document: a schema.org `Conversation` whose
 * `hasPart` are the turns as `Message`s, with Verbatim's context for the rest. Lossless:
 * `fromJsonLd` reads it back to the same tree (positions aside).
 */
export function toJsonLd(transcript: Transcript, options: ToJsonLdOptions = {}): JsonLdTranscript {
  const root = options.baseIri !== undefined ? checkBaseIri(options.baseIri) : contentUrn(transcript)
  const state: WriterState = { ids: new IdMinter(root), onMessage: options.onMessage, block: -1, paragraph: -1, inline: -1 }
  const meta = transcript.meta
  const doc: Record<string, unknown> = {
    '@context': documentContext(options.embedContext ?? true),
    '@id': root,
    '@type': 'Conversation',
    modelVersion: transcript.version || MODEL_VERSION,
  }
  writeFields(doc, meta, COMMON_META_FIELDS)
  if (meta.languages !== undefined && meta.languages.length > 0) doc.inLanguage = [...meta.languages]
  if (meta.date !== undefined || meta.place !== undefined) doc.recordedAt = writeOccasion(meta, transcript.speakers, state)
  if (meta.source !== undefined) doc.isBasedOn = writeSource(meta.source, state)
  if (meta.media !== undefined) doc.associatedMedia = writeMedia(meta.media, state)
  if (meta.extra !== undefined) {
    doc.extra = Object.keys(meta.extra).map((name) => ({ '@type': 'PropertyValue', name, value: meta.extra![name] }))
  }
  if (meta.notes !== undefined) doc.notes = meta.notes.map((note, index) => writeNote(note, `meta.notes[${index}]`, state))
  withData(doc, transcript.data, state, '(root)')
  if (transcript.speakers.length > 0) {
    doc.speakers = transcript.speakers.map((speaker, index) => writeSpeaker(speaker, `speakers[${index}]`, state))
  }

  const hasPart: JsonLdMessage[] = []
  const hasEvent: JsonLdTranscriptEvent[] = []
  const hasSectionBreak: JsonLdSectionBreak[] = []
  transcript.children.forEach((block, index) => {
    const position = index + 1
    state.block = index
    if (block.type === 'turn') hasPart.push(writeTurn(block, position, state))
    else if (block.type === 'event') hasEvent.push(writeBetweenEvent(block, position, state))
    else if (block.type === 'break') hasSectionBreak.push(writeBreak(block, position, state))
    else {
      // A block type this version does not know: reported, its text kept as a message without a sender.
      state.onMessage?.(unknownNodeMessage(block, `children[${index}]`, SOURCE, 'its text is written as a message without a sender'))
      const text = unknownNodeText(block)
      const children = text === '' ? [] : text.split('\n\n').map((value): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] }))
      if (children.length > 0) hasPart.push(writeTurn({ type: 'turn', speaker: null, label: null, interpreted: false, children }, position, state))
    }
  })
  if (hasPart.length > 0) doc.hasPart = hasPart
  if (hasEvent.length > 0) doc.hasEvent = hasEvent
  if (hasSectionBreak.length > 0) doc.hasSectionBreak = hasSectionBreak
  return doc as unknown as JsonLdTranscript
}

/** `toJsonLd` serialized as JSON text (ends with a newline). */
export function toJsonLdString(transcript: Transcript, options: ToJsonLdStringOptions = {}): string {
  return JSON.stringify(toJsonLd(transcript, options), null, options.space ?? 2) + '\n'
}
