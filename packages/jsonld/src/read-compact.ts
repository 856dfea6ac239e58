/**
 * The fast reader: Verbatim's own compacted documents exactly as `toJsonLd` writes them, read
 * straight from the parsed JSON, without expanding them first (expansion makes an object for
 * every value and costs several times the parse).
 *
 * It must give exactly what the reference path (`expandOwn` + `readVerbatim`) gives, so it only
 * takes the shapes `toJsonLd` writes and gives up (returns undefined) at the first thing that is
 * different: an unknown key, a null, a value of another type, a duplicate `@id`, anything the
 * reference reader would report or expand in a special way. The caller then reads the document
 * the reference way, so giving up is always correct, only slower. A property test compares the
 * two over generated transcripts and the corpus.
 *
 * The values it accepts are the ones the model's schema accepts (ids, roles, dates, times,
 * version), so the tree needs no second validation; the same property test checks that too.
 */
import {
  isEventKind,
  slugifyId,
  type Block,
  type Event,
  type Inline,
  type Metadata,
  type Note,
  type Paragraph,
  type Phrasing,
  type Position,
  type Speaker,
  type Text,
  type Timing,
  type Transcript,
  type Turn,
  type Word,
} from '@verbatim/core'
import { durationToSeconds } from './duration.js'
import {
  BREAK_FIELDS,
  byTerm,
  COMMON_META_FIELDS,
  EVENT_FIELDS,
  MEDIA_FIELDS,
  nodeFieldsByTerm,
  NOTE_FIELDS,
  SEGMENT_FIELDS,
  SOURCE_FIELDS,
  SPEAKER_FIELDS,
  TEXT_SPAN_FIELDS,
  WORD_FIELDS,
  type Field,
  type NodeField,
  type NodeValueKind,
  type ValueKind,
} from './fields.js'
import { expandVocabIri, isPlainId } from './expand-own.js'
import { speakerIdFromIri } from './ids.js'
import type { JsonSpans } from './json-spans.js'
import { cloneJson, isPlainObject, setOwn } from './safe-object.js'
import { isConfidence, isIsoDate, isReadableVersion, isRole, isSeconds, isSpeakerId } from './model-values.js'
import { iri } from './vocabulary.js'

/** Thrown (a shared object, no stack trace) when the document is not in the exact shape read here. */
const GIVE_UP = { giveUp: true }

function giveUp(): never {
  throw GIVE_UP
}


const CONVERSATION = iri('Conversation')
const TRANSCRIPT_EVENT = iri('TranscriptEvent')
const TEXT_SPAN = iri('TextSpan')
const SEGMENT = iri('TranscriptSegment')
const WORD = iri('TranscriptWord')
const SPEAKER_GROUP = iri('SpeakerGroup')

type JsonObject = Record<string, unknown>

/** State of one reading: where values were (for positions) and the node ids seen so far. */
class Reading {
  /** Ids of nodes with properties: the reference path merges nodes that share one, so a repeat means giving up. */
  private readonly ids = new Set<string>()

  constructor(readonly spans: JsonSpans | undefined) {}

  /** A node's own `@id`: kept as written, and unique. */
  nodeId(value: unknown): string {
    const id = this.reference(value)
    if (this.ids.has(id)) giveUp()
    this.ids.add(id)
    return id
  }

  /** An `@id` the reference expander keeps as it is (absolute, not a compact IRI). */
  reference(value: unknown): string {
    if (typeof value !== 'string' || !isPlainId(value)) giveUp()
    return value
  }

  /** `{"@id": ...}` and nothing else: a reference to a node. */
  referenceObject(value: unknown): string {
    if (!isPlainObject(value)) giveUp()
    let id: string | undefined
    for (const key in value) {
      if (key !== '@id') giveUp()
      id = this.reference(value[key])
    }
    return id ?? giveUp()
  }

  of(container: object): Position | undefined {
    return this.spans?.of(container)
  }

  child(container: object, key: string | number): Position | undefined {
    return this.spans?.child(container, key)
  }
}

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function string(value: unknown): string {
  return typeof value === 'string' ? value : giveUp()
}

function array(value: unknown): unknown[] {
  return Array.isArray(value) ? value : giveUp()
}

/** `@type` as IRIs (the reference reader compares IRIs, so `verbatim:TextSpan` counts too). */
function types(value: unknown): string[] {
  if (typeof value === 'string') return [expandVocabIri(value)]
  return array(value).map((type) => expandVocabIri(string(type)))
}

function data(value: unknown): Record<string, unknown> {
  if (!isObject(value)) giveUp()
  const copy = cloneJson(value)
  return copy.ok ? (copy.value as Record<string, unknown>) : giveUp()
}

function setPosition(node: { position?: Position }, position: Position | undefined): void {
  if (position) node.position = position
}

/** A node given as an object (not a bare reference, which the reference path would look up elsewhere). */
function nodeObject(value: unknown): JsonObject {
  if (!isObject(value)) giveUp()
  let only = true
  let hasId = false
  for (const key in value) {
    if (key === '@id') hasId = true
    else only = false
  }
  if (hasId && only) giveUp()
  return value
}

/** A name given as a string or as a node with a `name` (jobTitle, affiliation, location, publisher). */
function nameOf(reading: Reading, value: unknown): string | undefined {
  if (typeof value === 'string') return value
  const node = nodeObject(value)
  let name: string | undefined
  for (const key in node) {
    const inner = node[key]
    if (key === 'name') name = string(inner)
    else if (key === '@id') reading.nodeId(inner)
    else if (key === '@type') types(inner)
    else giveUp()
  }
  return name
}

/** A URL written as an IRI string or as `{"@value": ...}`; an empty one is no URL. */
function urlOf(reading: Reading, value: unknown): string | undefined {
  let url: string
  if (typeof value === 'string') url = reading.reference(value)
  else {
    if (!isObject(value)) giveUp()
    let literal: string | undefined
    for (const key in value) {
      if (key !== '@value') giveUp()
      literal = string(value[key])
    }
    url = literal ?? giveUp()
  }
  return url === '' ? undefined : url
}

function date(value: unknown): string {
  return isIsoDate(string(value)) ? (value as string) : giveUp()
}

function positiveInteger(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : giveUp()
}

function seconds(value: unknown): number {
  return isSeconds(value) ? value : giveUp()
}

/** A value of one of the kinds of `fields.ts` as `toJsonLd` writes it (undefined: an empty URL, which is none). */
function fieldValue(reading: Reading, kind: ValueKind, value: unknown): string | number | undefined {
  switch (kind) {
    case 'text':
      return string(value)
    case 'date':
      return date(value)
    case 'url':
      return urlOf(reading, value)
    case 'name':
    case 'organization':
      return nameOf(reading, value)
    case 'duration': {
      const duration = durationToSeconds(string(value))
      return duration !== undefined && Number.isFinite(duration) ? duration : giveUp()
    }
  }
}

const COMMON_META = byTerm(COMMON_META_FIELDS)
const SOURCE = byTerm(SOURCE_FIELDS)
const MEDIA = byTerm(MEDIA_FIELDS)
const SPEAKER = byTerm(SPEAKER_FIELDS)

/** Takes a key of a node's plain properties (the table shared with the writer and the reference reader); false for any other key. */
function fieldKey<Target>(reading: Reading, fields: ReadonlyMap<string, Field<Target>>, key: string, value: unknown, target: Partial<Target>): boolean {
  const field = fields.get(key)
  if (!field) return false
  const read = fieldValue(reading, field.value, value)
  if (read !== undefined) (target as Record<string, unknown>)[field.field] = read
  return true
}

/** `startOffset`, `endOffset` and `timeSource` of one node, as they are found. */
interface Times {
  start?: number
  end?: number
  source?: unknown
}

/** Takes a time key of a node; false for any other key. */
function timeKey(times: Times, key: string, value: unknown): boolean {
  if (key === 'startOffset') times.start = seconds(value)
  else if (key === 'endOffset') times.end = seconds(value)
  else if (key === 'timeSource') times.source = value === 'source' || value === 'estimated' ? value : giveUp()
  else return false
  return true
}

/**
 * The timing, or undefined when there is none. An end without a start, or before the start, is
 * something the reference reader reports, so it is given up on here.
 */
function timing(times: Times): Timing | undefined {
  const { start, end, source } = times
  if (start === undefined) {
    if (end !== undefined || source !== undefined) giveUp()
    return undefined
  }
  const time: Timing = { start, source: source === 'estimated' ? 'estimated' : 'source' }
  if (end !== undefined) {
    if (end < start) giveUp()
    time.end = end
  }
  return time
}

const EVENT_KEYS = nodeFieldsByTerm(EVENT_FIELDS)
const WORD_KEYS = nodeFieldsByTerm(WORD_FIELDS)
const SEGMENT_KEYS = nodeFieldsByTerm(SEGMENT_FIELDS)
const TEXT_SPAN_KEYS = nodeFieldsByTerm(TEXT_SPAN_FIELDS)
const BREAK_KEYS = nodeFieldsByTerm(BREAK_FIELDS)
const NOTE_KEYS = nodeFieldsByTerm(NOTE_FIELDS)

/**
 * What the keys of one node gave, by model field (`time` checked, `data` a copy), and what the
 * kind's own code read. Every field is declared, so that every node's record has one shape.
 */
class Found implements Times {
  start: number | undefined = undefined
  end: number | undefined = undefined
  source: unknown = undefined
  value: unknown = undefined
  kind: unknown = undefined
  confidence: unknown = undefined
  label: unknown = undefined
  interpreted: unknown = undefined
  language: unknown = undefined
  title: unknown = undefined
  data: Record<string, unknown> | undefined = undefined
  position: number | undefined = undefined
  inline: unknown[] | undefined = undefined
  sender: string | undefined = undefined
  text: string | undefined = undefined
  paragraphs: unknown[] | undefined = undefined
  /** A time key was read: `timing()` checks the three together. */
  timed = false

  /** The node's timing, or undefined; an end without a start, or before it, is given up on (the reference reader reports it). */
  timing(): Timing | undefined {
    return this.timed ? timing(this) : undefined
  }
}

/** A value of one of the kinds of a node table (`fields.ts`) as `toJsonLd` writes it. */
function nodeValue(kind: NodeValueKind, value: unknown): unknown {
  switch (kind) {
    case 'text':
      return string(value)
    case 'event-kind':
      return isEventKind(value) ? value : giveUp()
    case 'confidence':
      return isConfidence(value) ? value : giveUp()
    case 'flag':
      return typeof value === 'boolean' ? value : giveUp()
    case 'language':
      return string(value) !== '' ? value : giveUp()
    case 'time':
      return giveUp()
  }
}

/**
 * Takes one key of a node: `@id` (unique), `@type`, `data`, or one of the kind's own plain
 * properties from its table (the one the writer writes from); false for any other key (the
 * kind's code takes what only it has, or gives up). Each kind keeps its own loop over its keys,
 * so that the loop sees objects of one shape (one loop for every kind was 10-25% slower).
 */
function nodeKey<Target>(reading: Reading, key: string, value: unknown, fields: ReadonlyMap<string, NodeField<Target>>, found: Found): boolean {
  if (key === '@id') reading.nodeId(value)
  else if (key === '@type') types(value)
  else if (key === 'data') found.data = data(value)
  else {
    const field = fields.get(key)
    if (field === undefined) return false
    if (field.value === 'time') found.timed = timeKey(found, key, value)
    else (found as unknown as Record<string, unknown>)[field.field] = nodeValue(field.value, value)
  }
  return true
}

/** A block's `position` (turns, events between turns, section breaks). */
function positionKey(key: string, value: unknown, found: Found): boolean {
  if (key !== 'position') return false
  found.position = positiveInteger(value)
  return true
}

/** A paragraph's or segment's `inline` content. */
function inlineKey(key: string, value: unknown, found: Found): boolean {
  if (key !== 'inline') return false
  found.inline = array(value)
  return true
}

/** Adds what every node may have: a data bag, a position. */
function finish<N extends { data?: Record<string, unknown>; position?: Position }>(reading: Reading, node: JsonObject, made: N, found: Found): N {
  if (found.data !== undefined) made.data = found.data
  setPosition(made, reading.of(node))
  return made
}

function readEvent(reading: Reading, node: JsonObject, block: boolean): { event: Event; position?: number } {
  const found = new Found()
  for (const key in node) if (!nodeKey(reading, key, node[key], EVENT_KEYS, found) && !(block && positionKey(key, node[key], found))) giveUp()
  if (found.value === undefined || found.kind === undefined) giveUp()
  const event: Event = { type: 'event', kind: found.kind as Event['kind'], value: found.value as string }
  const time = found.timing()
  if (time) event.time = time
  return { event: finish(reading, node, event, found), position: found.position }
}

function readWord(reading: Reading, node: JsonObject): Word {
  const found = new Found()
  for (const key in node) if (!nodeKey(reading, key, node[key], WORD_KEYS, found)) giveUp()
  const time = found.timing()
  if (found.value === undefined || found.value === '' || time === undefined) giveUp()
  const word: Word = { type: 'word', value: found.value as string, time }
  if (found.confidence !== undefined) word.confidence = found.confidence as number
  return finish(reading, node, word, found)
}

/** A segment: its content is phrasing only (a segment inside it is given up on), so reading it does not recurse. */
function readSegment(reading: Reading, node: JsonObject): Inline {
  const found = new Found()
  for (const key in node) if (!nodeKey(reading, key, node[key], SEGMENT_KEYS, found) && !inlineKey(key, node[key], found)) giveUp()
  const time = found.timing() ?? giveUp()
  const inline = found.inline ?? []
  const children: Phrasing[] = []
  for (let index = 0; index < inline.length; index++) {
    const child = readInline(reading, inline, index, false)
    children.push(child as Phrasing)
  }
  return finish(reading, node, { type: 'segment', time, children } as Inline, found)
}

function readInline(reading: Reading, inline: unknown[], index: number, segments: boolean): Inline {
  const item = inline[index]
  if (typeof item === 'string') {
    const text: Text = { type: 'text', value: item }
    setPosition(text, reading.child(inline, index))
    return text
  }
  const node = nodeObject(item)
  const kinds = types(node['@type'])
  if (kinds.includes(TRANSCRIPT_EVENT)) return readEvent(reading, node, false).event
  if (kinds.includes(WORD)) return readWord(reading, node)
  if (kinds.includes(SEGMENT)) return segments ? readSegment(reading, node) : giveUp()
  if (!kinds.includes(TEXT_SPAN)) giveUp()
  const found = new Found()
  for (const key in node) if (!nodeKey(reading, key, node[key], TEXT_SPAN_KEYS, found)) giveUp()
  const text: Text = { type: 'text', value: (found.value as string | undefined) ?? giveUp() }
  return finish(reading, node, text, found)
}

/** One key of a paragraph: it has no plain property of its own (no table), only the keys every node has and its `inline` content. */
function paragraphKey(reading: Reading, key: string, value: unknown, found: Found): boolean {
  switch (key) {
    case '@id': reading.nodeId(value); break
    case '@type': types(value); break
    case 'data': found.data = data(value); break
    case 'inline': found.inline = array(value); break
    default: return false
  }
  return true
}

function readParagraph(reading: Reading, value: unknown): Paragraph {
  const node = nodeObject(value)
  const found = new Found()
  for (const key in node) if (!paragraphKey(reading, key, node[key], found)) giveUp()
  const inline = found.inline ?? []
  const children: Inline[] = []
  for (let index = 0; index < inline.length; index++) children.push(readInline(reading, inline, index, true))
  return finish(reading, node, { type: 'paragraph', children } as Paragraph, found)
}

/** An id found in a sender's IRI, when a speaker of the registry has it (the reference reader reports any other). */
function registered(id: string | undefined, speakerIds: Map<string, string>): string | undefined {
  if (id === undefined) return undefined
  for (const known of speakerIds.values()) if (known === id) return id
  return undefined
}

/**
 * The terms of `TURN_FIELDS` that `turnKey` takes by its own switch (turns are the bulk of a
 * transcript: one switch of literal cases, no `Map` lookup and second call per key; see
 * `docs/decisions.md`). `node-fields.test.ts` holds this list to the table and reads each term
 * back, so the switch cannot drift from it.
 */
export const TURN_SWITCH_TERMS = ['label', 'interpreted', 'inLanguage', 'startOffset', 'endOffset', 'timeSource'] as const

/**
 * One key of a turn: the keys every node has, the entries of `TURN_FIELDS` (label `text`,
 * interpreted `flag`, inLanguage `language`, the three time terms; see `TURN_SWITCH_TERMS`), and
 * what a turn has besides: its position, sender, text and paragraphs. False for any other key.
 */
function turnKey(reading: Reading, key: string, value: unknown, found: Found): boolean {
  switch (key) {
    case '@id': reading.nodeId(value); break
    case '@type': types(value); break
    case 'data': found.data = data(value); break
    case 'label': found.label = string(value); break
    case 'interpreted': found.interpreted = nodeValue('flag', value); break
    case 'inLanguage': found.language = nodeValue('language', value); break
    case 'startOffset':
    case 'endOffset':
    case 'timeSource': found.timed = timeKey(found, key, value); break
    case 'position': found.position = positiveInteger(value); break
    case 'sender': found.sender = reading.referenceObject(value); break
    case 'text': found.text = string(value); break
    case 'paragraphs': found.paragraphs = array(value); break
    default: return false
  }
  return true
}

function readTurn(reading: Reading, node: JsonObject, speakerIds: Map<string, string>): { turn: Turn; position: number } {
  const found = new Found()
  for (const key in node) if (!turnKey(reading, key, node[key], found)) giveUp()
  const sender = found.sender
  let speaker: string | null = null
  if (sender !== undefined) speaker = speakerIds.get(sender) ?? registered(speakerIdFromIri(sender), speakerIds) ?? giveUp()
  const turn: Turn = { type: 'turn', speaker, label: (found.label as string | undefined) ?? null, interpreted: (found.interpreted as boolean | undefined) ?? false, children: [] }
  const time = found.timing()
  if (time) turn.time = time
  if (found.language !== undefined) turn.language = found.language as string
  const { paragraphs, text } = found
  if (paragraphs !== undefined) {
    for (const paragraph of paragraphs) turn.children.push(readParagraph(reading, paragraph))
  } else if (text !== undefined && text !== '') {
    // A turn of one plain paragraph is written as its text alone: both nodes come from that string.
    const only: Text = { type: 'text', value: text }
    const paragraph: Paragraph = { type: 'paragraph', children: [only] }
    const where = reading.child(node, 'text')
    if (where) {
      only.position = where
      paragraph.position = { start: { ...where.start }, end: { ...where.end } }
    }
    turn.children.push(paragraph)
  }
  return { turn: finish(reading, node, turn, found), position: found.position ?? giveUp() }
}

function readBreak(reading: Reading, node: JsonObject): { block: Block; position: number } {
  const found = new Found()
  for (const key in node) if (!nodeKey(reading, key, node[key], BREAK_KEYS, found) && !positionKey(key, node[key], found)) giveUp()
  const block: Block = { type: 'break' }
  if (found.title !== undefined) block.title = found.title as string
  return { block: finish(reading, node, block, found), position: found.position ?? giveUp() }
}

function readSpeaker(reading: Reading, value: unknown, taken: Set<string>, speakerIds: Map<string, string>): Speaker {
  const node = nodeObject(value)
  let id: string | undefined
  let identifier: string | undefined
  let name: string | undefined
  let role: string | undefined
  let aliases: string[] = []
  let group = false
  const described: Partial<Speaker> = {}
  let bag: Record<string, unknown> | undefined
  for (const key in node) {
    const inner = node[key]
    switch (key) {
      case '@id': id = reading.nodeId(inner); break
      case '@type': group = types(inner).includes(SPEAKER_GROUP); break
      case 'identifier': identifier = string(inner); break
      case 'name': name = string(inner); break
      case 'role': role = string(inner); break
      case 'alternateName': aliases = typeof inner === 'string' ? [inner] : array(inner).map(string); break
      case 'data': bag = data(inner); break
      default: if (!fieldKey(reading, SPEAKER, key, inner, described)) giveUp()
    }
  }
  if (name === undefined) giveUp()
  // As the reference reader: the identifier, else the id in the node's IRI, else one made from the name.
  let speakerId = identifier ?? (id !== undefined ? speakerIdFromIri(id) : undefined)
  if (speakerId === undefined) speakerId = slugifyId(name, taken)
  else if (!isSpeakerId(speakerId) || taken.has(speakerId)) giveUp()
  taken.add(speakerId)
  role ??= 'unknown'
  if (!isRole(role)) giveUp()
  const speaker: Speaker = { id: speakerId, name, role, aliases, group, ...described }
  if (bag !== undefined) speaker.data = bag
  if (id !== undefined) speakerIds.set(id, speakerId)
  setPosition(speaker, reading.of(node))
  return speaker
}

/** When and where: the `recordedAt` Event (its name, performers and attendees repeat the rest). */
function readOccasion(reading: Reading, value: unknown, meta: Metadata): void {
  const node = nodeObject(value)
  for (const key in node) {
    const inner = node[key]
    switch (key) {
      case '@id': reading.nodeId(inner); break
      case '@type': types(inner); break
      case 'name': string(inner); break
      case 'startDate': meta.date = date(inner); break
      case 'location': { const place = nameOf(reading, inner); if (place !== undefined) meta.place = place; break }
      case 'performer':
      case 'attendee':
        for (const item of Array.isArray(inner) ? inner : [inner]) reading.referenceObject(item)
        break
      default: giveUp()
    }
  }
}

/** A metadata node made of plain properties only (`isBasedOn`, `associatedMedia`), from its table. */
function readFieldsNode<Target>(reading: Reading, value: unknown, fields: ReadonlyMap<string, Field<Target>>): Partial<Target> {
  const node = nodeObject(value)
  const target: Partial<Target> = {}
  for (const key in node) {
    const inner = node[key]
    switch (key) {
      case '@id': reading.nodeId(inner); break
      case '@type': types(inner); break
      default: if (!fieldKey(reading, fields, key, inner, target)) giveUp()
    }
  }
  return target
}

function readExtra(reading: Reading, value: unknown): Record<string, string> {
  const extra: Record<string, string> = {}
  for (const item of array(value)) {
    const node = nodeObject(item)
    let name: string | undefined
    let text: string | undefined
    for (const key in node) {
      const inner = node[key]
      switch (key) {
        case '@id': reading.nodeId(inner); break
        case '@type': types(inner); break
        case 'name': name = string(inner); break
        case 'value': text = string(inner); break
        default: giveUp()
      }
    }
    setOwn(extra, name ?? giveUp(), text ?? giveUp())
  }
  return extra
}

function readNotes(reading: Reading, value: unknown): Note[] {
  return array(value).map((item) => {
    const node = nodeObject(item)
    const found = new Found()
    for (const key in node) if (!nodeKey(reading, key, node[key], NOTE_KEYS, found)) giveUp()
    const kind = found.kind as string | undefined
    const note: Note = { kind: kind === undefined || kind === '' ? 'note' : kind, value: (found.value as string | undefined) ?? giveUp() }
    return finish(reading, node, note, found)
  })
}

/** Blocks in `position` order; positions must be distinct (the reference path reports repeats). */
function order(placed: { block: Block; position: number }[]): Block[] {
  const count = placed.length
  const slots: (Block | undefined)[] = new Array<Block | undefined>(count)
  let dense = true
  for (const { block, position } of placed) {
    if (position > count) dense = false
    else if (slots[position - 1] !== undefined) giveUp()
    else slots[position - 1] = block
  }
  if (dense) return slots as Block[]
  const sorted = placed.slice().sort((a, b) => a.position - b.position)
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.position === sorted[i - 1]!.position) giveUp()
  return sorted.map((entry) => entry.block)
}

/**
 * Read a document in Verbatim's compacted form (its `@context` already checked), or undefined
 * when it is in any other shape. With `spans` (the document was parsed from text), every node
 * gets the position of the JSON value it was read from.
 */
export function readCompact(document: JsonObject, spans?: JsonSpans): Transcript | undefined {
  try {
    return read(new Reading(spans), document)
  } catch (error) {
    if (error === GIVE_UP) return undefined
    throw error
  }
}

function read(reading: Reading, root: JsonObject): Transcript {
  const meta: Metadata = {}
  let version: string | undefined
  let isConversation = false
  let bag: Record<string, unknown> | undefined
  let speakerList: unknown[] = []
  let hasPart: unknown[] = []
  let hasEvent: unknown[] = []
  let hasSectionBreak: unknown[] = []
  // One pass over the keys; speakers are read before the turns that refer to them, whatever the key order.
  for (const key in root) {
    const value = root[key]
    switch (key) {
      case '@context': break
      case '@id': reading.nodeId(value); break
      case '@type': isConversation = types(value).includes(CONVERSATION); break
      case 'modelVersion': version = string(value); break
      case 'inLanguage': {
        const languages = (typeof value === 'string' ? [value] : array(value).map(string)).filter((language) => language !== '')
        if (languages.length > 0) meta.languages = languages
        break
      }
      case 'recordedAt': readOccasion(reading, value, meta); break
      case 'isBasedOn': meta.source = readFieldsNode(reading, value, SOURCE); break
      case 'associatedMedia': meta.media = readFieldsNode(reading, value, MEDIA); break
      case 'extra': meta.extra = readExtra(reading, value); break
      case 'notes': meta.notes = readNotes(reading, value); break
      case 'data': bag = data(value); break
      case 'speakers': speakerList = array(value); break
      case 'hasPart': hasPart = array(value); break
      case 'hasEvent': hasEvent = array(value); break
      case 'hasSectionBreak': hasSectionBreak = array(value); break
      default: if (!fieldKey(reading, COMMON_META, key, value, meta)) giveUp()
    }
  }
  // The reference path reads a document as Verbatim's only when its main node says so.
  if (!isConversation || version === undefined || !isReadableVersion(version)) giveUp()

  const speakers: Speaker[] = []
  const speakerIds = new Map<string, string>()
  const taken = new Set<string>()
  for (const item of speakerList) speakers.push(readSpeaker(reading, item, taken, speakerIds))

  const placed: { block: Block; position: number }[] = []
  for (const item of hasPart) {
    const { turn, position } = readTurn(reading, nodeObject(item), speakerIds)
    placed.push({ block: turn, position })
  }
  for (const item of hasEvent) {
    const { event, position } = readEvent(reading, nodeObject(item), true)
    placed.push({ block: event, position: position ?? giveUp() })
  }
  for (const item of hasSectionBreak) placed.push(readBreak(reading, nodeObject(item)))

  const transcript: Transcript = { type: 'transcript', version, meta, speakers, children: order(placed) }
  if (bag !== undefined) transcript.data = bag
  setPosition(transcript, reading.of(root))
  return transcript
}
