/**
 * The plain properties of the nodes Verbatim writes, as data: each JSON-LD term, the model field
 * it holds and the kind of value. The writer (`to-jsonld.ts`) writes them from these tables, the
 * reference reader (`read-meta.ts`, by the terms' IRIs, for Verbatim's documents and others
 * alike) and the fast reader (`read-compact.ts`, by the terms themselves) read them from the same
 * tables, so a property added or renamed here is added or renamed in all three. What each reader
 * does with a value it cannot take differs, by design: the reference reader reports it and leaves
 * it out, the fast reader gives up (see `docs/decisions.md`).
 */
import type { Media, Metadata, Source, Speaker } from '@verbatim/core'
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
