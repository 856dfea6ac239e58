/**
 * Public types: options, results, and the shape of the documents `toJsonLd` writes, typed
 * against schema-dts for the schema.org part and by hand for Verbatim's own terms.
 */
import type { ReadOptions, Transcript, VerbatimMessage, ReadResult } from '@verbatim/core'
import type {
  AudioObjectLeaf,
  ClipLeaf,
  ConversationLeaf,
  CreativeWorkLeaf,
  EventLeaf,
  MediaObjectLeaf,
  MergeLeafTypes,
  MessageLeaf,
  OrganizationLeaf,
  PersonLeaf,
  PropertyValueLeaf,
  VideoObjectLeaf,
} from 'schema-dts'

export interface ToJsonLdOptions {
  /**
   * Absolute IRI of the transcript (no fragment); other nodes get `<baseIri>#turn-3`,
   * `#speaker-ash-carter`... Default: a `urn:uuid:` derived from the transcript's content, so
   * the same transcript always gets the same ids.
   */
  baseIri?: string
  /**
   * Put Verbatim's context object into the document (default `true`), so that any JSON-LD
   * processor expands it with nothing but the schema.org context. `false` references it by its
   * IRI (`VERBATIM_CONTEXT_IRI`) instead, for those who serve that IRI (no server answers it by
   * default, so such a document expands only with a loader that knows it, or with `fromJsonLd`).
   */
  embedContext?: boolean
  /** Receives a message for content the document cannot hold (default: none are sent anywhere). */
  onMessage?: (message: VerbatimMessage) => void
}

export interface ToJsonLdStringOptions extends ToJsonLdOptions {
  /** Indentation, as for `JSON.stringify` (default `2`; `0` for one line). */
  space?: number | string
}

/** What a document loader returns, as in jsonld.js. */
export interface RemoteDocument {
  document: unknown
  documentUrl?: string
  contextUrl?: string | null
}

/** Loads a remote context by URL (same contract as a jsonld.js document loader). */
export type DocumentLoader = (url: string) => Promise<RemoteDocument> | RemoteDocument

export interface FromJsonLdOptions extends ReadOptions {
  /**
   * Loader for remote contexts other than Verbatim's own (which the package always serves
   * itself). Default: none, so nothing is ever fetched: the schema.org context URLs are
   * answered with a built-in stand-in (`@vocab` schema.org plus the `type`/`id` aliases) and
   * any other remote context makes the document unreadable (a `VerbatimError`).
   */
  documentLoader?: DocumentLoader
  /** File name to put into messages (default: none). */
  file?: string
  /**
   * For text input: give every node read from the document the position of the JSON value it
   * came from (default `true`). `false` (core's read option): no node has a position, messages keep
   * their places (the text is parsed with `JSON.parse`, and read again the default way only when
   * there are messages). An object given as input never has positions.
   */
  positions?: boolean
}

/** What the reader returns: core's one reader result. */
export type FromJsonLdResult = ReadResult

/** A JSON literal (`@type: @json`). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }

/** A data bag as written. */
export interface WithData {
  data?: Record<string, unknown>
}

/** Times of a timed node (which is then also a schema.org `Clip`), in seconds. */
export interface JsonLdTimes {
  startOffset?: number
  endOffset?: number
  /** Absent means `source`. */
  timeSource?: 'source' | 'estimated'
}

/** An event inside a paragraph or between turns; a timed one is also a `Clip`. */
export interface JsonLdTranscriptEvent extends WithData, JsonLdTimes {
  '@id'?: string
  '@type': 'TranscriptEvent' | ['TranscriptEvent', 'Clip']
  position?: number
  kind: string
  wording: string
}

/** A word with its own time (model 1.1). */
export interface JsonLdWord extends WithData, JsonLdTimes {
  '@type': ['TranscriptWord', 'Clip']
  wording: string
  startOffset: number
  confidence?: number
}

/** A timed stretch of a paragraph (model 1.1); `inline` holds its content (no segments). */
export interface JsonLdSegment extends WithData, JsonLdTimes {
  '@type': ['TranscriptSegment', 'Clip']
  startOffset: number
  inline: JsonLdPhrasing[]
}

/** A run of text that carries data. */
export interface JsonLdTextSpan extends WithData {
  '@type': 'TextSpan'
  wording: string
}

export type JsonLdPhrasing = string | JsonLdTextSpan | JsonLdTranscriptEvent | JsonLdWord

export type JsonLdInline = JsonLdPhrasing | JsonLdSegment

export interface JsonLdParagraph extends WithData {
  inline: JsonLdInline[]
}

export interface JsonLdSectionBreak extends WithData {
  '@id': string
  '@type': 'SectionBreak'
  position: number
  name?: string
}

/** Verbatim terms on a Message. */
export interface VerbatimMessageTerms extends WithData {
  '@id': string
  position: number
  text: string
  label?: string
  interpreted?: true
  timeSource?: 'source' | 'estimated'
  paragraphs?: JsonLdParagraph[]
}

export type JsonLdMessage =
  | (Omit<MessageLeaf, '@id'> & VerbatimMessageTerms)
  | (Omit<MergeLeafTypes<[MessageLeaf, ClipLeaf]>, '@id'> & VerbatimMessageTerms)

export interface VerbatimSpeakerTerms extends WithData {
  '@id': string
  identifier: string
  name: string
  role: string
  alternateName?: string[]
}

export type JsonLdSpeaker =
  | (Omit<PersonLeaf, '@id' | 'identifier' | 'name' | 'alternateName'> & VerbatimSpeakerTerms)
  | ({ '@type': 'SpeakerGroup'; jobTitle?: string; affiliation?: OrganizationLeaf } & VerbatimSpeakerTerms)

export interface JsonLdNote extends WithData {
  '@type': 'TranscriptNote'
  kind: string
  wording: string
}

export type JsonLdMedia = MediaObjectLeaf | AudioObjectLeaf | VideoObjectLeaf

/** Verbatim terms on the Conversation. */
export interface VerbatimConversationTerms extends WithData {
  '@context': readonly [string, string | Readonly<Record<string, unknown>>]
  '@id': string
  modelVersion: string
  speakers?: JsonLdSpeaker[]
  hasPart?: JsonLdMessage[]
  hasEvent?: JsonLdTranscriptEvent[]
  hasSectionBreak?: JsonLdSectionBreak[]
  extra?: PropertyValueLeaf[]
  notes?: JsonLdNote[]
}

/** The document `toJsonLd` returns. */
export type JsonLdTranscript = Omit<ConversationLeaf, '@id' | 'hasPart'> &
  VerbatimConversationTerms & {
    recordedAt?: EventLeaf
    isBasedOn?: CreativeWorkLeaf
    associatedMedia?: JsonLdMedia
  }
