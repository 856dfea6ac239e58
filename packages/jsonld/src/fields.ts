/**
 * The plain properties of the nodes Verbatim writes, as data: each JSON-LD term, the model field
 * it holds and the kind of value. The writer (`to-jsonld.ts`) writes them from these tables, the
 * reference reader (`read-meta.ts`, by the terms' IRIs, for Verbatim's documents and others
 * alike) and the fast reader (`read-compact.ts`, by the terms themselves) read them from the same
 * tables, so a property added or renamed here is added or renamed in all three. What each reader
 * does with a value it cannot take differs, by design: the reference reader reports it and leaves
 * it out, the fast reader gives up (see `docs/decisions.md`).
 */
import type { Break, Event, Media, Metadata, Note, Segment, Source, Speaker, Text, Turn, Word } from '@verbatim/core'
import type { TermName } from './vocabulary.js'

/**
 * - `text`: a string, as it is;
 * - `date`: an ISO 8601 date the model accepts;
 * - `url`: written as an IRI when it is a safe one, else as `{"@value": ...}`; an empty one is none;
 * - `name`: written as a string; read as a string or a node's `name`;
 * - `organization`: written as an `Organization` node with a `name`; read as `name` is;
 * - `duration`: seconds, written as an ISO 8601 duration (`PT754.2S`).
 */
export type ValueKind = 'text' | 'date' | 'url' | 'name' | 'organization' | 'duration'

export interface Field<Target> {
  /** The term in Verbatim's context (its IRI: `iri(term)`). */
  term: TermName
  /** The model field. */
  field: keyof Target & string
  value: ValueKind
}

/** Title, subtitle and description: the same on every CreativeWork (others' documents too). */
export const COMMON_META_FIELDS: readonly Field<Metadata>[] = [
  { term: 'name', field: 'title', value: 'text' },
  { term: 'alternativeHeadline', field: 'subtitle', value: 'text' },
  { term: 'description', field: 'description', value: 'text' },
]

/** `meta.source`: the `isBasedOn` CreativeWork. */
export const SOURCE_FIELDS: readonly Field<Source>[] = [
  { term: 'url', field: 'url', value: 'url' },
  { term: 'name', field: 'title', value: 'text' },
  { term: 'publisher', field: 'publisher', value: 'organization' },
  { term: 'datePublished', field: 'date', value: 'date' },
]

/** `meta.media`: the `associatedMedia` MediaObject. */
export const MEDIA_FIELDS: readonly Field<Media>[] = [
  { term: 'contentUrl', field: 'url', value: 'url' },
  { term: 'encodingFormat', field: 'type', value: 'text' },
  { term: 'duration', field: 'duration', value: 'duration' },
]

/** A speaker's optional descriptions (its id, name, role and aliases have rules of their own). */
export const SPEAKER_FIELDS: readonly Field<Speaker>[] = [
  { term: 'jobTitle', field: 'title', value: 'name' },
  { term: 'affiliation', field: 'affiliation', value: 'organization' },
]

/** The same tables by term, for a reader that meets the terms one key at a time. */
export function byTerm<Target>(fields: readonly Field<Target>[]): ReadonlyMap<string, Field<Target>> {
  return new Map(fields.map((field) => [field.term, field]))
}

/**
 * The own plain properties of the nodes of the body (turns, paragraphs' inline nodes, events,
 * section breaks) and of notes, as data: the writer writes them in the order of the table, the
 * fast reader (`read-compact.ts`) takes them by term, beside the keys every node has (`@id`,
 * `@type`, `data`). What a kind has besides (a turn's sender, paragraphs and position, a block's
 * position, a segment's inline content) is read and written by the code of that kind.
 * - `text`: a string, as it is (a `null` in the model is not written);
 * - `event-kind`: an event kind of core's vocabulary;
 * - `confidence`: a number from 0 to 1;
 * - `flag`: a boolean, written only when true;
 * - `language`: a non-empty string;
 * - `time`: the node's `Timing`, as `startOffset`, `endOffset` (seconds) and `timeSource` (only
 *   when not `source`): one entry, whose term is the first of the three.
 */
export type NodeValueKind = 'text' | 'event-kind' | 'confidence' | 'flag' | 'language' | 'time'

export interface NodeField<Target> {
  term: TermName
  field: keyof Target & string
  value: NodeValueKind
}

const TIME = { term: 'startOffset', field: 'time', value: 'time' } as const

export const EVENT_FIELDS: readonly NodeField<Event>[] = [
  { term: 'kind', field: 'kind', value: 'event-kind' },
  { term: 'wording', field: 'value', value: 'text' },
  TIME,
]

export const WORD_FIELDS: readonly NodeField<Word>[] = [{ term: 'wording', field: 'value', value: 'text' }, TIME, { term: 'confidence', field: 'confidence', value: 'confidence' }]

export const SEGMENT_FIELDS: readonly NodeField<Segment>[] = [TIME]

/** A text node with a data bag (`TextSpan`); a plain one is written as a string. */
export const TEXT_SPAN_FIELDS: readonly NodeField<Text>[] = [{ term: 'wording', field: 'value', value: 'text' }]

export const TURN_FIELDS: readonly NodeField<Turn>[] = [
  { term: 'label', field: 'label', value: 'text' },
  { term: 'interpreted', field: 'interpreted', value: 'flag' },
  { term: 'inLanguage', field: 'language', value: 'language' },
  TIME,
]

export const BREAK_FIELDS: readonly NodeField<Break>[] = [{ term: 'name', field: 'title', value: 'text' }]

export const NOTE_FIELDS: readonly NodeField<Note>[] = [
  { term: 'kind', field: 'kind', value: 'text' },
  { term: 'wording', field: 'value', value: 'text' },
]

/** The terms under which a reader meets a table's entries: a `time` entry under each of its three terms. */
export function nodeFieldsByTerm<Target>(fields: readonly NodeField<Target>[]): ReadonlyMap<string, NodeField<Target>> {
  const terms = new Map<string, NodeField<Target>>()
  for (const field of fields) {
    if (field.value === 'time') for (const term of ['startOffset', 'endOffset', 'timeSource']) terms.set(term, field)
    else terms.set(field.term, field)
  }
  return terms
}
