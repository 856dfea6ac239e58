/**
 * The reader of Verbatim's own documents (a Conversation with `verbatim:modelVersion`), in
 * expanded form: the exact inverse of `toJsonLd`, whatever jsonld.js did to the document in
 * between (expansion, compaction, flattening).
 */
import {
  isEventKind,
  MODEL_MAJOR,
  MODEL_VERSION,
  type Block,
  type Event,
  type EventKind,
  type Inline,
  type Metadata,
  type Paragraph,
  type Phrasing,
  type Segment,
  type Speaker,
  type Transcript,
  type Turn,
  type Word,
} from '@verbatim/core'
import { hasType, isValueObject, type ExpandedNode } from './graph.js'
import { speakerIdFromIri } from './ids.js'
import type { ReadContext } from './read-context.js'
import { readCommonMeta, readExtra, readMedia, readNotes, readOccasion, readSource, readSpeaker, readTiming } from './read-meta.js'
import { fail } from './fail.js'
import { isConfidence, isReadableVersion, isVersion } from './model-values.js'
import { iri } from './vocabulary.js'


function readEvent(ctx: ReadContext, node: ExpandedNode, path: string): Event | undefined {
  const wording = ctx.string(node, iri('wording'), path)
  if (wording === undefined) {
    ctx.report(`expected a TranscriptEvent with a wording at ${path}, found none; the event was left out`, 'missing-wording', path, 'error')
    return undefined
  }
  const written = ctx.string(node, iri('kind'), path)
  let kind: EventKind = 'other'
  if (isEventKind(written)) kind = written
  else {
    const where = ctx.at(path, iri('kind'))
    ctx.report(`expected an event kind (inaudible, laughter, ...) at ${where}, found ${JSON.stringify(written ?? null)}; it was read as "other"`, 'unknown-event-kind', where)
  }
  const event: Event = { type: 'event', kind, value: wording }
  const time = readTiming(ctx, node, path)
  if (time) event.time = time
  const data = ctx.data(node, iri('data'), path)
  if (data !== undefined) event.data = data
  return ctx.place(event, path)
}

/** A TranscriptWord; without a time it is kept as text, without a wording it is left out (both reported). */
function readWord(ctx: ReadContext, node: ExpandedNode, path: string): Word | Inline | undefined {
  const value = ctx.string(node, iri('wording'), path)
  if (value === undefined || value === '') {
    ctx.report(`expected a TranscriptWord with a wording at ${path}, found ${value === undefined ? 'none' : 'an empty one'}; the word was left out`, 'missing-wording', path, 'warning')
    return undefined
  }
  const time = readTiming(ctx, node, path)
  const data = ctx.data(node, iri('data'), path)
  if (!time) {
    ctx.report(`expected a startOffset on the TranscriptWord at ${path}, found none; the word was read as plain text`, 'missing-start', path)
    const text: Inline = { type: 'text', value }
    if (data !== undefined) text.data = data
    return ctx.place(text, path)
  }
  const word: Word = { type: 'word', value, time }
  const confidence = ctx.number(node, iri('confidence'), path)
  if (isConfidence(confidence)) word.confidence = confidence
  else if (confidence !== undefined) {
    const where = ctx.at(path, iri('confidence'))
    ctx.report(`expected a confidence from 0 to 1 at ${where}, found ${confidence}; it was ignored`, 'invalid-confidence', where)
  }
  if (data !== undefined) word.data = data
  return ctx.place(word, path)
}

/**
 * A TranscriptSegment's content. The model has no segment inside a segment: one found there is
 * reported and its content read in its place, with an explicit stack (the document controls the
 * depth, and flattened documents can even refer back to an outer segment, which is left out).
 */
function readSegmentContent(ctx: ReadContext, segment: ExpandedNode, path: string): Phrasing[] {
  const children: Phrasing[] = []
  const seen = new Set<ExpandedNode>([segment])
  const stack: { items: unknown[]; index: number; base: string }[] = [{ items: ctx.list(segment, iri('inline')), index: 0, base: ctx.at(path, iri('inline')) }]
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!
    if (top.index >= top.items.length) {
      stack.pop()
      continue
    }
    const item = top.items[top.index]
    const where = `${top.base}[${top.index++}]`
    const node = ctx.graph.resolve(item)
    if (node && hasType(node, iri('TranscriptSegment'))) {
      if (seen.has(node)) {
        ctx.report(`the segment at ${where} contains itself; the repeat was left out`, 'wrong-shape', where, 'error')
        continue
      }
      seen.add(node)
      ctx.report(`a segment at ${where} is inside another segment, which the model does not allow; its content was read into the outer one`, 'nested-segment', where)
      stack.push({ items: ctx.list(node, iri('inline')), index: 0, base: ctx.at(where, iri('inline')) })
      continue
    }
    const inline = readPhrasing(ctx, item, where)
    if (inline) children.push(inline as Phrasing)
  }
  return children
}

/** A paragraph's TranscriptSegment; without a time its content is read into the paragraph (reported). */
function readSegment(ctx: ReadContext, node: ExpandedNode, path: string): Inline[] {
  const time = readTiming(ctx, node, path)
  const children = readSegmentContent(ctx, node, path)
  if (!time) {
    ctx.report(`expected a startOffset on the TranscriptSegment at ${path}, found none; its content was read as part of the paragraph`, 'missing-start', path)
    return children
  }
  const segment: Segment = { type: 'segment', time, children }
  const data = ctx.data(node, iri('data'), path)
  if (data !== undefined) segment.data = data
  return [ctx.place(segment, path)]
}

/** Text, a TextSpan, a TranscriptWord or a TranscriptEvent (everything but a segment). */
function readPhrasing(ctx: ReadContext, item: unknown, path: string): Inline | undefined {
  if (isValueObject(item) && typeof item['@value'] === 'string') return ctx.place<Inline>({ type: 'text', value: item['@value'] }, path)
  const node = ctx.graph.resolve(item)
  if (node && hasType(node, iri('TranscriptEvent'))) return readEvent(ctx, node, path)
  if (node && hasType(node, iri('TranscriptWord'))) return readWord(ctx, node, path)
  if (node && hasType(node, iri('TextSpan'))) {
    const value = ctx.string(node, iri('wording'), path)
    if (value !== undefined) {
      const text: Inline = { type: 'text', value }
      const data = ctx.data(node, iri('data'), path)
      if (data !== undefined) text.data = data
      return ctx.place(text, path)
    }
  }
  ctx.report(`expected text, a TextSpan or a TranscriptEvent at ${path}, found ${describeItem(item)}; it was left out`, 'wrong-shape', path, 'error')
  return undefined
}

function describeItem(item: unknown): string {
  if (isValueObject(item)) return `the ${typeof item['@value']} ${JSON.stringify(item['@value'])}`
  return 'a node of another type'
}

function readParagraphs(ctx: ReadContext, message: ExpandedNode, path: string): Paragraph[] {
  if (!ctx.has(message, iri('paragraphs'))) {
    // A turn of one plain paragraph is written as its text alone.
    const text = ctx.string(message, iri('text'), path)
    if (text === undefined || text === '') return []
    const where = ctx.at(path, iri('text'))
    return [ctx.place<Paragraph>({ type: 'paragraph', children: [ctx.place<Inline>({ type: 'text', value: text }, where)] }, where)]
  }
  ctx.values(message, iri('text'))
  const base = ctx.at(path, iri('paragraphs'))
  const paragraphs: Paragraph[] = []
  ctx.list(message, iri('paragraphs')).forEach((item, index) => {
    const where = `${base}[${index}]`
    const node = ctx.graph.resolve(item)
    if (!node) {
      ctx.report(`expected a paragraph node at ${where}, found ${describeItem(item)}; it was left out`, 'wrong-shape', where, 'error')
      return
    }
    const children: Inline[] = []
    const inlineBase = ctx.at(where, iri('inline'))
    ctx.list(node, iri('inline')).forEach((inlineItem, inlineIndex) => {
      const where = `${inlineBase}[${inlineIndex}]`
      const target = ctx.graph.resolve(inlineItem)
      if (target && hasType(target, iri('TranscriptSegment'))) children.push(...readSegment(ctx, target, where))
      else {
        const inline = readPhrasing(ctx, inlineItem, where)
        if (inline) children.push(inline)
      }
    })
    const paragraph: Paragraph = { type: 'paragraph', children }
    const data = ctx.data(node, iri('data'), where)
    if (data !== undefined) paragraph.data = data
    paragraphs.push(ctx.place(paragraph, where))
  })
  return paragraphs
}

/** The speaker registry being read: ids by node IRI, the ids taken, and the entries. */
interface Registry {
  byIri: Map<string, string>
  taken: Set<string>
  speakers: Speaker[]
}

/**
 * The registry id of a turn's sender. A sender that is not in the registry becomes an entry of
 * its own when the document describes it (a name, a type), and otherwise leaves the turn
 * unattributed (its label kept); both are reported, so the tree never names an unknown speaker.
 */
function readSender(ctx: ReadContext, message: ExpandedNode, path: string, registry: Registry): string | null {
  const sender = ctx.values(message, iri('sender'))[0]
  if (sender === undefined) return null
  const where = ctx.at(path, iri('sender'))
  const node = ctx.graph.resolve(sender)
  const id = node?.['@id']
  if (id !== undefined) {
    const known = registry.byIri.get(id)
    if (known !== undefined) return known
    // Speakers written without an IRI are found by the id in the sender's IRI (`#speaker-ash-carter`).
    const fromIri = speakerIdFromIri(id)
    if (fromIri !== undefined && registry.taken.has(fromIri)) return fromIri
  }
  if (node && Object.keys(node).some((key) => key !== '@id')) {
    const speaker = readSpeaker(ctx, node, where, registry.taken, id !== undefined ? speakerIdFromIri(id) : undefined)
    registry.taken.add(speaker.id)
    registry.speakers.push(speaker)
    if (id !== undefined) registry.byIri.set(id, speaker.id)
    ctx.report(`the sender at ${where} is not in the speaker registry (verbatim:speakers); it was added to it as ${JSON.stringify(speaker.id)}`, 'unregistered-sender', where)
    return speaker.id
  }
  ctx.report(
    `the sender at ${where} (${id ?? 'a blank node'}) is not a speaker of the registry (verbatim:speakers) and says nothing about itself; the turn was read as unattributed, its label kept`,
    'unknown-sender',
    where,
    'warning',
    { expected: 'a reference to a speaker of verbatim:speakers', actual: id ?? 'a blank node' },
  )
  return null
}

function readTurn(ctx: ReadContext, message: ExpandedNode, path: string, registry: Registry): Turn {
  const speaker = readSender(ctx, message, path, registry)
  const turn: Turn = {
    type: 'turn',
    speaker,
    label: ctx.string(message, iri('label'), path) ?? null,
    interpreted: ctx.boolean(message, iri('interpreted'), path) ?? false,
    children: [],
  }
  const time = readTiming(ctx, message, path)
  if (time) turn.time = time
  const language = ctx.string(message, iri('inLanguage'), path)
  if (language !== undefined && language !== '') turn.language = language
  turn.children = readParagraphs(ctx, message, path)
  const data = ctx.data(message, iri('data'), path)
  if (data !== undefined) turn.data = data
  return ctx.place(turn, path)
}

interface Placed {
  position: number
  order: number
  block: Block
}

/** Blocks from one property (hasPart, hasEvent, hasSectionBreak), each with its position. */
function collect(ctx: ReadContext, root: ExpandedNode, property: string, read: (node: ExpandedNode, path: string) => Block | undefined, out: Placed[]): void {
  for (const { node, index } of ctx.nodes(root, property, '')) {
    const path = `${ctx.at('', property)}[${index}]`
    const position = ctx.number(node, iri('position'), path)
    const block = read(node, path)
    if (!block) continue
    if (position === undefined || !Number.isInteger(position) || position < 1) {
      ctx.report(`expected schema:position (a positive integer) at ${path}; the block was put at the end`, 'missing-position', path, 'error')
    }
    out.push({ position: position !== undefined && Number.isInteger(position) && position >= 1 ? position : Infinity, order: out.length, block })
  }
}

export function readVerbatim(ctx: ReadContext, root: ExpandedNode): Transcript {
  let version = ctx.string(root, iri('modelVersion'), '') ?? MODEL_VERSION
  if (!isVersion(version)) {
    ctx.report(`expected a model version such as 1.0 at modelVersion, found ${JSON.stringify(version)}; read as ${MODEL_VERSION}`, 'wrong-shape', 'modelVersion')
    version = MODEL_VERSION
  }
  if (!isReadableVersion(version)) {
    fail(`the document follows Verbatim model ${version}, which this release cannot read: expected ${MODEL_MAJOR}.x (a newer @verbatim/jsonld may read it)`, 'unsupported-version', { file: ctx.file })
  }
  const meta: Metadata = {}
  readCommonMeta(ctx, root, '', meta)
  readOccasion(ctx, root, '', meta)
  const source = ctx.node(root, iri('isBasedOn'), '')
  if (source) meta.source = readSource(ctx, source, 'isBasedOn')
  const media = ctx.node(root, iri('associatedMedia'), '')
  if (media) meta.media = readMedia(ctx, media, 'associatedMedia')
  const extra = readExtra(ctx, root, '')
  if (extra) meta.extra = extra
  const notes = readNotes(ctx, root, '')
  if (notes) meta.notes = notes

  const speakers: Speaker[] = []
  const speakerIds = new Map<string, string>()
  const taken = new Set<string>()
  const registry: Registry = { byIri: speakerIds, taken, speakers }
  ctx.list(root, iri('speakers')).forEach((item, index) => {
    const path = `speakers[${index}]`
    const node = ctx.graph.resolve(item)
    if (!node) {
      ctx.report(`expected a Person or SpeakerGroup node at ${path}; it was left out`, 'wrong-shape', path, 'error')
      return
    }
    const fallback = typeof node['@id'] === 'string' ? speakerIdFromIri(node['@id']) : undefined
    const speaker = readSpeaker(ctx, node, path, taken, fallback)
    if (typeof node['@id'] === 'string') speakerIds.set(node['@id'], speaker.id)
    speakers.push(speaker)
  })

  const placed: Placed[] = []
  collect(ctx, root, iri('hasPart'), (node, path) => readTurn(ctx, node, path, registry), placed)
  collect(ctx, root, iri('hasEvent'), (node, path) => readEvent(ctx, node, path), placed)
  collect(ctx, root, iri('hasSectionBreak'), (node, path) => {
    const block: Block = { type: 'break' }
    const title = ctx.string(node, iri('name'), path)
    if (title !== undefined) block.title = title
    const data = ctx.data(node, iri('data'), path)
    if (data !== undefined) block.data = data
    return ctx.place(block, path)
  }, placed)
  placed.sort((a, b) => a.position - b.position || a.order - b.order)
  for (let i = 1; i < placed.length; i++) {
    if (placed[i]!.position === placed[i - 1]!.position && placed[i]!.position !== Infinity) {
      ctx.report(`two blocks have position ${placed[i]!.position}; they were kept in document order`, 'duplicate-position', '(root)')
    }
  }

  const transcript: Transcript = { type: 'transcript', version, meta, speakers, children: placed.map((entry) => entry.block) }
  const data = ctx.data(root, iri('data'), '')
  if (data !== undefined) transcript.data = data
  return ctx.place(transcript, '')
}
