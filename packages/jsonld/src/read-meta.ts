/**
 * Metadata and speakers, read from schema.org nodes. Shared by the reader of Verbatim's own
 * documents and the reader of other documents, which differ only in what they fall back on.
 */
import { slugifyId, type Media, type Metadata, type Note, type Source, type Speaker, type Timing } from '@verbatim/core'
import { durationToSeconds } from './duration.js'
import { COMMON_META_FIELDS, MEDIA_FIELDS, SOURCE_FIELDS, SPEAKER_FIELDS, type Field, type ValueKind } from './fields.js'
import { hasType, isNodeObject, isValueObject, type ExpandedNode } from './graph.js'
import type { ReadContext } from './read-context.js'
import { isIsoDate, isRole, isSpeakerId } from './model-values.js'
import { setOwn } from './safe-object.js'
import { iri, SCHEMA_NAMESPACE } from './vocabulary.js'


/** A date the model accepts, or undefined (reported) when the value is not ISO 8601. */
export function readDate(ctx: ReadContext, node: ExpandedNode, property: string, path: string): string | undefined {
  const value = ctx.string(node, property, path)
  if (value === undefined) return undefined
  if (isIsoDate(value)) return value
  const where = ctx.at(path, property)
  ctx.report(`expected an ISO 8601 date at ${where}, found ${JSON.stringify(value)}; it was ignored`, 'invalid-date', where, 'warning', {
    expected: 'an ISO 8601 date such as 2016-10-25',
    actual: value,
  })
  return undefined
}

/** A name: the node's schema:name, or the string itself when the value is a literal. */
export function readName(ctx: ReadContext, node: ExpandedNode, property: string, path: string): string | undefined {
  const value = ctx.values(node, property)[0]
  if (value === undefined) return undefined
  if (isValueObject(value) && typeof value['@value'] === 'string') return value['@value']
  const target = ctx.node(node, property, path)
  if (!target) return undefined
  return ctx.string(target, iri('name'), ctx.at(path, property))
}

export function readSource(ctx: ReadContext, node: ExpandedNode, path: string): Source {
  const source: Source = {}
  // A bare reference (`"isBasedOn": "https://..."`) is the URL of the source itself.
  if (Object.keys(node).length === 1 && typeof node['@id'] === 'string') {
    source.url = node['@id']
    return source
  }
  readFields(ctx, node, path, SOURCE_FIELDS, source)
  return source
}

export function readMedia(ctx: ReadContext, node: ExpandedNode, path: string): Media {
  const media: Media = {}
  readFields(ctx, node, path, MEDIA_FIELDS, media)
  return media
}

/** Seconds from an ISO 8601 duration, or undefined (reported) when the value is not one. */
function readDuration(ctx: ReadContext, node: ExpandedNode, property: string, path: string): number | undefined {
  const duration = ctx.string(node, property, path)
  if (duration === undefined) return undefined
  const seconds = durationToSeconds(duration)
  if (seconds !== undefined && Number.isFinite(seconds)) return seconds
  const where = ctx.at(path, property)
  ctx.report(`expected an ISO 8601 duration such as PT754.2S at ${where}, found ${JSON.stringify(duration)}; it was ignored`, 'invalid-duration', where)
  return undefined
}

/** A value of one of the kinds of `fields.ts`, or undefined (reported when it is not one the model takes). */
function readValue(ctx: ReadContext, node: ExpandedNode, property: string, path: string, kind: ValueKind): string | number | undefined {
  switch (kind) {
    case 'text':
      return ctx.string(node, property, path)
    case 'date':
      return readDate(ctx, node, property, path)
    case 'url': {
      const url = ctx.string(node, property, path, { iris: true })
      return url === '' ? undefined : url
    }
    case 'name':
    case 'organization':
      return readName(ctx, node, property, path)
    case 'duration':
      return readDuration(ctx, node, property, path)
  }
}

/** The plain properties of a node, from the table shared with the writer and the fast reader. */
export function readFields<Target>(ctx: ReadContext, node: ExpandedNode, path: string, fields: readonly Field<Target>[], target: Target): void {
  for (const { term, field, value } of fields) {
    const read = readValue(ctx, node, iri(term), path, value)
    if (read !== undefined) (target as Record<string, unknown>)[field] = read
  }
}

export function readExtra(ctx: ReadContext, node: ExpandedNode, path: string): Record<string, string> | undefined {
  if (!ctx.has(node, iri('extra'))) return undefined
  const extra: Record<string, string> = {}
  const items = ctx.list(node, iri('extra'))
  for (const [index, item] of items.entries()) {
    const where = `${ctx.at(path, iri('extra'))}[${index}]`
    const pair = ctx.graph.resolve(item)
    if (!pair) {
      ctx.report(`expected a PropertyValue node at ${where}; it was ignored`, 'wrong-shape', where)
      continue
    }
    const name = ctx.string(pair, iri('name'), where)
    const value = ctx.string(pair, iri('value'), where)
    if (name === undefined || value === undefined) {
      ctx.report(`expected a PropertyValue with a name and a string value at ${where}; it was ignored`, 'wrong-shape', where)
      continue
    }
    setOwn(extra, name, value)
  }
  return extra
}

export function readNotes(ctx: ReadContext, node: ExpandedNode, path: string): Note[] | undefined {
  if (!ctx.has(node, iri('notes'))) return undefined
  const notes: Note[] = []
  ctx.list(node, iri('notes')).forEach((item, index) => {
    const where = `${ctx.at(path, iri('notes'))}[${index}]`
    const target = ctx.graph.resolve(item)
    const wording = target ? ctx.string(target, iri('wording'), where) : undefined
    if (!target || wording === undefined) {
      ctx.report(`expected a TranscriptNote with a wording at ${where}; it was ignored`, 'wrong-shape', where)
      return
    }
    const kind = ctx.string(target, iri('kind'), where)
    const note: Note = { kind: kind === undefined || kind === '' ? 'note' : kind, value: wording }
    const data = ctx.data(target, iri('data'), where)
    if (data !== undefined) note.data = data
    notes.push(ctx.place(note, where))
  })
  return notes
}

/** Title, subtitle, description and languages: the same on every CreativeWork. */
export function readCommonMeta(ctx: ReadContext, node: ExpandedNode, path: string, meta: Metadata): void {
  readFields(ctx, node, path, COMMON_META_FIELDS, meta)
  if (ctx.has(node, iri('inLanguage'))) {
    const languages = ctx.values(node, iri('inLanguage')).flatMap((value) => {
      if (isValueObject(value) && typeof value['@value'] === 'string') return [value['@value']]
      // schema:Language nodes: their alternateName is the code, their name the language.
      const language = ctx.graph.resolve(value)
      if (language) {
        const code = ctx.string(language, iri('alternateName'), path) ?? ctx.string(language, iri('name'), path)
        if (code !== undefined) return [code]
      }
      return []
    })
    const usable = languages.filter((language) => language !== '')
    if (usable.length > 0) meta.languages = usable
  }
}

/** When and where: the `recordedAt` Event. */
export function readOccasion(ctx: ReadContext, node: ExpandedNode, path: string, meta: Metadata): void {
  const occasion = ctx.node(node, iri('recordedAt'), path)
  if (!occasion) return
  const where = ctx.at(path, iri('recordedAt'))
  const date = readDate(ctx, occasion, iri('startDate'), where)
  if (date !== undefined) meta.date = date
  const place = readName(ctx, occasion, iri('location'), where)
  if (place !== undefined) meta.place = place
  // The name repeats the title, performer/attendee repeat the speaker registry.
  ctx.values(occasion, iri('name'))
  ctx.values(occasion, iri('performer'))
  ctx.values(occasion, iri('attendee'))
}

export const SPEAKER_GROUP = iri('SpeakerGroup')

/**
 * A speaker from a Person (or SpeakerGroup) node. `taken` holds the ids already used; the id is
 * the node's identifier when it is a valid one, otherwise one made from the name.
 */
export function readSpeaker(ctx: ReadContext, node: ExpandedNode, path: string, taken: Set<string>, fallbackId?: string): Speaker {
  let name = ctx.string(node, iri('name'), path)
  if (name === undefined) {
    const given = ctx.string(node, SCHEMA_NAMESPACE + 'givenName', path)
    const family = ctx.string(node, SCHEMA_NAMESPACE + 'familyName', path)
    if (given !== undefined || family !== undefined) name = [given, family].filter(Boolean).join(' ')
  }
  const identifier = ctx.string(node, iri('identifier'), path) ?? fallbackId
  if (name === undefined) {
    name = identifier ?? 'Unknown speaker'
    ctx.report(`expected a name for the speaker at ${path}, found none; it was called ${JSON.stringify(name)}`, 'speaker-without-name', path)
  }
  let id = identifier
  if (id === undefined || !isSpeakerId(id) || taken.has(id)) {
    const made = slugifyId(id ?? name, taken)
    if (id !== undefined) {
      const why = taken.has(id) ? 'is already used' : 'is not a valid speaker id'
      ctx.report(`the speaker id ${JSON.stringify(id)} at ${path} ${why}; it was read as ${JSON.stringify(made)}`, 'invalid-speaker-id', path)
    }
    id = made
  }
  taken.add(id)
  let role = ctx.string(node, iri('role'), path) ?? 'unknown'
  if (!isRole(role)) {
    const where = ctx.at(path, iri('role'))
    ctx.report(`expected a lowercase role word at ${where}, found ${JSON.stringify(role)}; it was read as "unknown"`, 'invalid-role', where)
    role = 'unknown'
  }
  const speaker: Speaker = { id, name, role, aliases: ctx.strings(node, iri('alternateName'), path), group: hasType(node, SPEAKER_GROUP) }
  readFields(ctx, node, path, SPEAKER_FIELDS, speaker)
  const data = ctx.data(node, iri('data'), path)
  if (data !== undefined) speaker.data = data
  return ctx.place(speaker, path)
}

export { isNodeObject }

/** A time in seconds the model accepts (finite, not negative), or undefined, reported. */
function readSeconds(ctx: ReadContext, node: ExpandedNode, property: string, path: string): number | undefined {
  const value = ctx.number(node, property, path)
  if (value === undefined || value >= 0) return value
  const where = ctx.at(path, property)
  ctx.report(`expected a time in seconds (a number of at least 0) at ${where}, found ${value}; it was ignored`, 'invalid-time', where, 'warning', {
    expected: 'a number of seconds, at least 0',
    actual: String(value),
  })
  return undefined
}

/**
 * A node's time: schema.org `startOffset`/`endOffset` (seconds) and Verbatim's `timeSource`.
 * Whatever the model would refuse is reported and left out: an end before the start, an end or
 * a source without a start.
 */
export function readTiming(ctx: ReadContext, node: ExpandedNode, path: string): Timing | undefined {
  const start = readSeconds(ctx, node, iri('startOffset'), path)
  const end = readSeconds(ctx, node, iri('endOffset'), path)
  const source = ctx.string(node, iri('timeSource'), path)
  if (source !== undefined && source !== 'source' && source !== 'estimated') {
    const where = ctx.at(path, iri('timeSource'))
    ctx.report(`expected "source" or "estimated" at ${where}, found ${JSON.stringify(source)}; it was read as "source"`, 'wrong-shape', where)
  }
  if (start === undefined) {
    if (end !== undefined || source !== undefined) {
      const where = ctx.at(path, iri(end !== undefined ? 'endOffset' : 'timeSource'))
      ctx.report(`expected a startOffset beside the ${end !== undefined ? 'endOffset' : 'timeSource'} at ${where}, found none; the time was ignored`, 'missing-start', where)
    }
    return undefined
  }
  const time: Timing = { start, source: source === 'estimated' ? 'estimated' : 'source' }
  if (end !== undefined && end < start) {
    const where = ctx.at(path, iri('endOffset'))
    ctx.report(`the end (${end}s) at ${where} is before the start (${start}s); the end was ignored`, 'end-before-start', where, 'warning', {
      expected: `an end of at least ${start}`,
      actual: String(end),
    })
  } else if (end !== undefined) time.end = end
  return time
}
