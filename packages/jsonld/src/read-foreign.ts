/**
 * The reader of schema.org documents written elsewhere: a Conversation of Messages, any node with
 * a `transcript` string (AudioObject, VideoObject, PodcastEpisode...), or, failing both, the
 * metadata of the main node with a message saying there is no transcript. Literal properties of
 * the main node that the model has no field for go into `meta.extra`; everything else that was
 * not read is reported, never silently dropped.
 */
import { MODEL_VERSION, type Metadata, type Paragraph, type Position, type Speaker, type Transcript, type Turn } from '@verbatim/core'
import { hasType, isNodeObject, isValueObject, localName, type ExpandedNode } from './graph.js'
import { paragraphsOf } from './plain-text.js'
import type { ReadContext } from './read-context.js'
import { readCommonMeta, readDate, readMedia, readName, readOccasion, readSource, readSpeaker, readTiming } from './read-meta.js'
import { setOwn } from './safe-object.js'
import { iri, SCHEMA_NAMESPACE } from './vocabulary.js'

const schema = (name: string) => SCHEMA_NAMESPACE + name
const MEDIA_TYPES = ['MediaObject', 'AudioObject', 'VideoObject'].map(schema)

/** The node the document is about, and how to read it. */
export type MainNode = { kind: 'conversation' | 'transcript-text' | 'metadata-only'; node: ExpandedNode }

export function findMainNode(ctx: ReadContext): MainNode | undefined {
  const all = ctx.graph.all
  const conversation = all.find((node) => hasType(node, schema('Conversation')))
  if (conversation) return { kind: 'conversation', node: conversation }
  const withTranscript = all.find((node) => ctx.has(node, schema('transcript')))
  if (withTranscript) return { kind: 'transcript-text', node: withTranscript }
  const first = ctx.graph.top[0]
  return first ? { kind: 'metadata-only', node: first } : undefined
}

function isMedia(node: ExpandedNode): boolean {
  return MEDIA_TYPES.some((type) => hasType(node, type))
}

/** Metadata of the main node, schema.org-style: what Verbatim writes plus common alternatives. */
function readForeignMeta(ctx: ReadContext, node: ExpandedNode): Metadata {
  const meta: Metadata = {}
  readCommonMeta(ctx, node, '', meta)
  if (meta.title === undefined) {
    const headline = ctx.string(node, schema('headline'), '')
    if (headline !== undefined) meta.title = headline
  }
  readOccasion(ctx, node, '', meta)
  if (ctx.has(node, iri('isBasedOn'))) {
    const basedOn = ctx.node(node, iri('isBasedOn'), '')
    if (basedOn) meta.source = readSource(ctx, basedOn, 'isBasedOn')
  } else {
    // The page the node describes is the source: its URL, publisher and publication date.
    const renamed: NonNullable<Metadata['source']> = {}
    const url = readUrl(ctx, node, iri('url'))
    if (url !== undefined) renamed.url = url
    const publisher = readName(ctx, node, iri('publisher'), '')
    if (publisher !== undefined) renamed.publisher = publisher
    const date = readDate(ctx, node, iri('datePublished'), '')
    if (date !== undefined) renamed.date = date
    if (Object.keys(renamed).length > 0) meta.source = renamed
  }
  const mediaNode = isMedia(node) ? node : ctx.has(node, iri('associatedMedia')) ? ctx.node(node, iri('associatedMedia'), '') : undefined
  if (mediaNode) {
    const media = readMedia(ctx, mediaNode, mediaNode === node ? '' : 'associatedMedia')
    if (Object.keys(media).length > 0) meta.media = media
  }
  return meta
}

function readUrl(ctx: ReadContext, node: ExpandedNode, property: string): string | undefined {
  const url = ctx.string(node, property, '', { iris: true })
  return url === '' ? undefined : url
}

/** A property value as text for `meta.extra`: a literal, a node's name, or an IRI. */
function extraValue(ctx: ReadContext, value: unknown): string | undefined {
  if (isValueObject(value)) {
    const inner = value['@value']
    return typeof inner === 'string' || typeof inner === 'number' || typeof inner === 'boolean' ? String(inner) : undefined
  }
  if (!isNodeObject(value)) return undefined
  const node = ctx.graph.resolve(value)
  if (!node) return undefined
  const name = node[iri('name')]
  if (Array.isArray(name) && isValueObject(name[0]) && typeof name[0]['@value'] === 'string') return name[0]['@value']
  return typeof node['@id'] === 'string' && !node['@id'].startsWith('_:') ? node['@id'] : undefined
}

/** Unread properties of the main node go into `meta.extra` (by local name), and are reported. */
function keepUnread(ctx: ReadContext, node: ExpandedNode, meta: Metadata): void {
  const kept: string[] = []
  for (const property of ctx.unread(node)) {
    const values = ctx.values(node, property)
      .map((value) => extraValue(ctx, value))
      .filter((value): value is string => value !== undefined)
    const name = property.startsWith(SCHEMA_NAMESPACE) ? localName(property) : property
    if (values.length === 0) {
      ctx.report(`${name} has no field in the Verbatim model and no text value; it was not read`, 'unsupported-property', name, 'info')
      continue
    }
    meta.extra ??= {}
    setOwn(meta.extra, name, values.join('\n'))
    kept.push(name)
  }
  if (kept.length > 0) {
    ctx.report(`kept in meta.extra, having no field of their own: ${kept.join(', ')}`, 'kept-as-extra', '(root)', 'info')
  }
}

/** Properties of the other nodes that were not read, one message per property name. */
function reportUnread(ctx: ReadContext, nodes: { node: ExpandedNode; path: string }[]): void {
  const seen = new Map<string, { path: string; count: number }>()
  for (const { node, path } of nodes) {
    for (const property of ctx.unread(node)) {
      const name = property.startsWith(SCHEMA_NAMESPACE) ? localName(property) : property
      const entry = seen.get(name)
      if (entry) entry.count++
      else seen.set(name, { path: `${path}.${name}`, count: 1 })
    }
  }
  for (const [name, { path, count }] of seen) {
    const times = count > 1 ? ` (${count} times; first at ${path})` : ''
    ctx.report(`${name} has no field in the Verbatim model; it was not read${times}`, 'unsupported-property', path, 'info')
  }
}

/**
 * Paragraphs split out of one text string: the string is the JSON value they came from, so
 * each paragraph, text and event gets its position (offsets inside a JSON string are not the
 * offsets of the text once escapes are decoded).
 */
function placeAll(ctx: ReadContext, paragraphs: Paragraph[], path: string): Paragraph[] {
  const position = ctx.position(path)
  if (!position) return paragraphs
  // A copy each, so that changing one node's position does not move the others.
  const copy = (): Position => ({ start: { ...position.start }, end: { ...position.end } })
  for (const paragraph of paragraphs) {
    paragraph.position = copy()
    for (const child of paragraph.children) child.position = copy()
  }
  return paragraphs
}

function readConversation(ctx: ReadContext, root: ExpandedNode): Transcript {
  const meta = readForeignMeta(ctx, root)
  const speakers: Speaker[] = []
  const byKey = new Map<string, string>()
  const taken = new Set<string>()
  const messages = ctx.nodes(root, iri('hasPart'), '').filter(({ node }) => hasType(node, schema('Message')) || ctx.has(node, iri('text')) || ctx.has(node, iri('sender')))
  const positions = messages.map(({ node, index }) => ctx.number(node, iri('position'), `hasPart[${index}]`))
  const ordered = positions.every((position) => position !== undefined)
    ? messages.map((message, i) => ({ ...message, position: positions[i]! })).sort((a, b) => a.position - b.position)
    : messages
  const others: { node: ExpandedNode; path: string }[] = []

  const children: Turn[] = ordered.map(({ node, index }) => {
    const path = `hasPart[${index}]`
    others.push({ node, path })
    let speaker: string | null = null
    const sender = ctx.node(node, iri('sender'), path)
    if (sender) {
      const name = ctx.string(sender, iri('name'), `${path}.sender`)
      // Blank senders with the same name are the same person (schema.org's own example repeats them).
      const key = typeof sender['@id'] === 'string' && !sender['@id'].startsWith('_:') ? sender['@id'] : `name:${name ?? ''}`
      speaker = byKey.get(key) ?? null
      if (speaker === null) {
        const made = readSpeaker(ctx, sender, `${path}.sender`, taken)
        speakers.push(made)
        byKey.set(key, made.id)
        speaker = made.id
        others.push({ node: sender, path: `${path}.sender` })
      }
    }
    const turn: Turn = { type: 'turn', speaker, label: null, interpreted: false, children: [] }
    const time = readTiming(ctx, node, path)
    if (time) turn.time = time
    const language = ctx.string(node, iri('inLanguage'), path)
    if (language !== undefined && language !== '') turn.language = language
    const text = ctx.string(node, iri('text'), path)
    if (text === undefined) {
      ctx.report(`the Message at ${path} has no text; it was read as an empty turn`, 'message-without-text', path)
    } else turn.children = placeAll(ctx, paragraphsOf(text), `${path}.text`)
    return ctx.place(turn, path)
  })
  if (messages.length === 0) {
    ctx.report('the Conversation has no Messages in hasPart: the transcript has no turns', 'no-transcript', 'hasPart')
  }
  keepUnread(ctx, root, meta)
  reportUnread(ctx, others)
  return ctx.place<Transcript>({ type: 'transcript', version: MODEL_VERSION, meta, speakers, children }, '')
}

function readTranscriptText(ctx: ReadContext, root: ExpandedNode, main: ExpandedNode): Transcript {
  const meta = readForeignMeta(ctx, root)
  const text = ctx.string(main, schema('transcript'), main === root ? '' : 'transcript')
  const paragraphs: Paragraph[] = text === undefined ? [] : placeAll(ctx, paragraphsOf(text), 'transcript')
  ctx.report(
    'the transcript is one text with no speaker turns; it was read as a single unattributed turn (events in brackets were recognised)',
    'single-turn',
    main === root ? 'transcript' : '(root)',
    'info',
  )
  keepUnread(ctx, root, meta)
  const children: Turn[] = paragraphs.length > 0 ? [ctx.place<Turn>({ type: 'turn', speaker: null, label: null, interpreted: false, children: paragraphs }, 'transcript')] : []
  return ctx.place<Transcript>({ type: 'transcript', version: MODEL_VERSION, meta, speakers: [], children }, '')
}

export function readForeign(ctx: ReadContext, main: MainNode): Transcript {
  if (main.kind === 'conversation') return readConversation(ctx, main.node)
  if (main.kind === 'transcript-text') return readTranscriptText(ctx, main.node, main.node)
  const meta = readForeignMeta(ctx, main.node)
  const types = (main.node['@type'] ?? []).map(localName).join(', ') || 'node'
  ctx.report(
    `the ${types}${meta.title !== undefined ? ` ${JSON.stringify(meta.title)}` : ''} has no transcript: expected a schema.org Conversation with Messages in hasPart, or a transcript property; only its metadata was read`,
    'no-transcript',
    '(root)',
    'warning',
    { expected: 'a Conversation or a transcript property', actual: `a ${types} without either` },
  )
  keepUnread(ctx, main.node, meta)
  return ctx.place<Transcript>({ type: 'transcript', version: MODEL_VERSION, meta, speakers: [], children: [] }, '')
}
