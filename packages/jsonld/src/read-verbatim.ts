/**
 * The reader of Verbatim's own documents (a Conversation with `verbatim:modelVersion`), in
 * expanded form: the exact inverse of `toJsonLd`, whatever jsonld.js did to the document in
 * between (expansion, compaction, flattening).
 */
import {
  isEventKind,
  MODEL_VERSION,
  type Block,
  type Event,
  type EventKind,
  type Inline,
  type Metadata,
  type Paragraph,
  type Speaker,
  type Transcript,
  type Turn,
} from '@verbatim/core'
import { hasType, isValueObject, type ExpandedNode } from './graph.js'
import { speakerIdFromIri } from './ids.js'
import type { ReadContext } from './read-context.js'
import { readCommonMeta, readExtra, readMedia, readNotes, readOccasion, readSource, readSpeaker } from './read-meta.js'
import { iri } from './vocabulary.js'

const VERSION = /^\d+\.\d+$/

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
  const data = ctx.data(node, iri('data'), path)
  if (data !== undefined) event.data = data
  return ctx.place(event, path)
}

function readInline(ctx: ReadContext, item: unknown, path: string): Inline | undefined {
  if (isValueObject(item) && typeof item['@value'] === 'string') return ctx.place<Inline>({ type: 'text', value: item['@value'] }, path)
  const node = ctx.graph.resolve(item)
  if (node && hasType(node, iri('TranscriptEvent'))) return readEvent(ctx, node, path)
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
      const inline = readInline(ctx, inlineItem, `${inlineBase}[${inlineIndex}]`)
      if (inline) children.push(inline)
    })
    const paragraph: Paragraph = { type: 'paragraph', children }
    const data = ctx.data(node, iri('data'), where)
    if (data !== undefined) paragraph.data = data
    paragraphs.push(ctx.place(paragraph, where))
  })
  return paragraphs
}

function readTurn(ctx: ReadContext, message: ExpandedNode, path: string, speakerIds: Map<string, string>): Turn {
  let speaker: string | null = null
  const sender = ctx.values(message, iri('sender'))[0]
  if (sender !== undefined) {
    const node = ctx.graph.resolve(sender)
    const id = node?.['@id']
    speaker = (id !== undefined ? (speakerIds.get(id) ?? speakerIdFromIri(id)) : undefined) ?? null
    if (speaker === null) {
      const where = ctx.at(path, iri('sender'))
      ctx.report(`the sender at ${where} is not a speaker of the registry (verbatim:speakers); the turn was read as unattributed`, 'unknown-sender', where, 'error')
    }
  }
  const turn: Turn = {
    type: 'turn',
    speaker,
    label: ctx.string(message, iri('label'), path) ?? null,
    interpreted: ctx.boolean(message, iri('interpreted'), path) ?? false,
    children: [],
  }
  const start = ctx.number(message, iri('startOffset'), path)
  if (start !== undefined && start >= 0) {
    const end = ctx.number(message, iri('endOffset'), path)
    const source = ctx.string(message, iri('timeSource'), path) ?? 'source'
    turn.time = { start, source: source === 'estimated' ? 'estimated' : 'source' }
    if (end !== undefined && end >= 0) turn.time.end = end
    if (source !== 'source' && source !== 'estimated') {
      const where = ctx.at(path, iri('timeSource'))
      ctx.report(`expected "source" or "estimated" at ${where}, found ${JSON.stringify(source)}; it was read as "source"`, 'wrong-shape', where)
    }
  }
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
  if (!VERSION.test(version)) {
    ctx.report(`expected a model version such as 1.0 at modelVersion, found ${JSON.stringify(version)}; read as ${MODEL_VERSION}`, 'wrong-shape', 'modelVersion')
    version = MODEL_VERSION
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
  collect(ctx, root, iri('hasPart'), (node, path) => readTurn(ctx, node, path, speakerIds), placed)
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
