/**
 * Verbatim's own JSON-LD vocabulary and context.
 *
 * schema.org says most of a transcript (Conversation, Message, Person...); the terms here say the
 * rest (events, labels, roles, paragraphs, data bags), so that nothing is lost. The context also
 * pins the definitions of the schema.org terms Verbatim writes, so that expanding a Verbatim
 * document gives the same IRIs and value shapes whichever schema.org context version a processor
 * loads (schema.org 30.0 coerces `startDate` to `schema:Date`, later versions do not).
 *
 * One table (`TERMS`) drives the context object, the writer's term names and the built-in
 * expander, so the three cannot drift apart.
 */

/** The namespace of Verbatim's own terms. */
export const VERBATIM_NAMESPACE = 'https://verbatim.dev/ns#'

/** The IRI Verbatim documents use to reference the context below (served by the package, never fetched). */
export const VERBATIM_CONTEXT_IRI = 'https://verbatim.dev/ns/context-v1.jsonld'

/** The IRI documents conventionally use for the schema.org context. */
export const SCHEMA_ORG_CONTEXT_IRI = 'https://schema.org/'

/** The namespace schema.org's own context expands terms to (`@vocab`; http, not https). */
export const SCHEMA_NAMESPACE = 'http://schema.org/'

/** Every URL under which the schema.org context is published. */
export const SCHEMA_ORG_CONTEXT_URLS: readonly string[] = [
  'https://schema.org',
  'https://schema.org/',
  'http://schema.org',
  'http://schema.org/',
  'https://schema.org/docs/jsonldcontext.jsonld',
  'http://schema.org/docs/jsonldcontext.jsonld',
  'https://schema.org/docs/jsonldcontext.json',
  'http://schema.org/docs/jsonldcontext.json',
]

export function isSchemaOrgContextUrl(url: string): boolean {
  return SCHEMA_ORG_CONTEXT_URLS.includes(url)
}

/** How a term's values are written. */
export interface TermDefinition {
  /** Absolute IRI of the property or class. */
  iri: string
  /** `@list` keeps order (for sequences whose order is content). */
  container?: '@list'
  /** `@id`: a string value is an IRI; `@json`: the value is a JSON literal kept as is. */
  type?: '@id' | '@json'
  /** True for classes (used as `@type` values), false for properties. */
  isClass?: boolean
  /** One sentence for the README and the vocabulary test: what the term means. */
  comment: string
}

const v = (name: string) => VERBATIM_NAMESPACE + name
const s = (name: string) => SCHEMA_NAMESPACE + name

/** Verbatim's own classes and properties, by compact name (the local name of the IRI). */
export const VERBATIM_TERMS = {
  TranscriptEvent: { iri: v('TranscriptEvent'), isClass: true, comment: 'Something that happened rather than was said (laughter, applause, an inaudible passage), as a transcript marks it.' },
  SectionBreak: { iri: v('SectionBreak'), isClass: true, comment: 'A section break between turns; its schema:name is the title of the section that follows.' },
  SpeakerGroup: { iri: v('SpeakerGroup'), isClass: true, comment: 'Several people speaking under one label (anonymous questioners, "Journalists").' },
  TextSpan: { iri: v('TextSpan'), isClass: true, comment: 'A run of speech text that carries a data bag (plain runs are plain strings).' },
  TranscriptNote: { iri: v('TranscriptNote'), isClass: true, comment: 'Source material with no field of its own (boilerplate, footers, WebVTT NOTE blocks).' },
  TranscriptSegment: { iri: v('TranscriptSegment'), isClass: true, comment: 'A stretch of a paragraph the source timed as one unit (a WebVTT cue, a speech-to-text segment); also a schema:Clip, for startOffset and endOffset; its inline holds its content.' },
  TranscriptWord: { iri: v('TranscriptWord'), isClass: true, comment: 'A word with its own time (speech-to-text words, WebVTT timestamp tags); also a schema:Clip; its wording is the word.' },
  modelVersion: { iri: v('modelVersion'), comment: 'Version of the Verbatim model the document follows (1.0); marks a document as written by Verbatim.' },
  speakers: { iri: v('speakers'), container: '@list', comment: 'The speaker registry, in order: Person and SpeakerGroup nodes.' },
  role: { iri: v('role'), comment: 'A speaker\'s role in the proceedings: official, journalist, moderator, staff, interpreter, host, guest, operator, judge, attorney, witness, unknown, or another lowercase word.' },
  label: { iri: v('label'), comment: 'The speaker label of a turn exactly as written (SEC. CARTER); absent when there was none.' },
  interpreted: { iri: v('interpreted'), comment: 'true when the turn was delivered through an interpreter; absent means false.' },
  timeSource: { iri: v('timeSource'), comment: 'Where a timed node\'s startOffset/endOffset came from: "source" (the source gave them) or "estimated" (Verbatim estimated them); absent means "source".' },
  paragraphs: { iri: v('paragraphs'), container: '@list', comment: 'The paragraphs of a turn, in order; absent when the turn is one paragraph of plain text equal to schema:text.' },
  inline: { iri: v('inline'), container: '@list', comment: 'The content of a paragraph or a TranscriptSegment, in order: strings of speech text, TextSpan, TranscriptWord, TranscriptEvent and (in paragraphs) TranscriptSegment nodes.' },
  confidence: { iri: v('confidence'), comment: 'How sure the speech recogniser was of a TranscriptWord, a number from 0 to 1.' },
  kind: { iri: v('kind'), comment: 'What sort of event or note it is: for events one of inaudible, unintelligible, crosstalk, laughter, applause, off-mic, pause, music, noise, other.' },
  wording: { iri: v('wording'), comment: 'Text exactly as written in the source: an event\'s wording with its brackets ("(Off-mic.)"), a TextSpan\'s text, a TranscriptWord\'s word, a note\'s content.' },
  hasEvent: { iri: v('hasEvent'), comment: 'An event between turns (a TranscriptEvent with schema:position).' },
  hasSectionBreak: { iri: v('hasSectionBreak'), comment: 'A section break between turns (a SectionBreak with schema:position).' },
  extra: { iri: v('extra'), container: '@list', comment: 'Key/value pairs from the source with no field of their own, in order, as schema:PropertyValue nodes (name, value).' },
  notes: { iri: v('notes'), container: '@list', comment: 'TranscriptNote nodes, in order.' },
  data: { iri: v('data'), type: '@json', comment: 'Free data for tools attached to a node, as a JSON literal.' },
} as const satisfies Record<string, TermDefinition>

/**
 * The schema.org terms Verbatim writes, with pinned definitions: no value coercion except `@id`
 * for `url` and `contentUrl`, as in schema.org's own context.
 */
export const SCHEMA_TERMS = {
  Conversation: { iri: s('Conversation'), isClass: true, comment: 'The transcript.' },
  Message: { iri: s('Message'), isClass: true, comment: 'A turn.' },
  Clip: { iri: s('Clip'), isClass: true, comment: 'Added to every timed node (turn, segment, word, event), for startOffset and endOffset.' },
  Person: { iri: s('Person'), isClass: true, comment: 'A speaker who is one person.' },
  Organization: { iri: s('Organization'), isClass: true, comment: 'A speaker\'s affiliation; the publisher of the source.' },
  Event: { iri: s('Event'), isClass: true, comment: 'The occasion the transcript was recorded at.' },
  Place: { iri: s('Place'), isClass: true, comment: 'Where it took place.' },
  CreativeWork: { iri: s('CreativeWork'), isClass: true, comment: 'The published source the transcript is based on.' },
  MediaObject: { iri: s('MediaObject'), isClass: true, comment: 'The recording, when its MIME type is neither audio nor video.' },
  AudioObject: { iri: s('AudioObject'), isClass: true, comment: 'The recording, for audio/* MIME types.' },
  VideoObject: { iri: s('VideoObject'), isClass: true, comment: 'The recording, for video/* MIME types.' },
  PropertyValue: { iri: s('PropertyValue'), isClass: true, comment: 'One extra key/value pair.' },
  name: { iri: s('name'), comment: 'Title, speaker name, place name, organization name, section title, extra key.' },
  alternativeHeadline: { iri: s('alternativeHeadline'), comment: 'Subtitle.' },
  description: { iri: s('description'), comment: 'Description.' },
  inLanguage: { iri: s('inLanguage'), comment: 'Languages (BCP 47), main language first; a turn\'s own language.' },
  hasPart: { iri: s('hasPart'), comment: 'The turns, as Messages.' },
  position: { iri: s('position'), comment: 'Place of a turn, event or section break in the document (1-based, counted over all three).' },
  text: { iri: s('text'), comment: 'Plain text of a turn: paragraphs separated by a blank line, events in their wording.' },
  sender: { iri: s('sender'), comment: 'The speaker of a turn; absent for an unattributed turn.' },
  startOffset: { iri: s('startOffset'), comment: 'Start of a timed turn, segment, word or event, in seconds from the start of the recording (pending in schema.org).' },
  endOffset: { iri: s('endOffset'), comment: 'End of a timed turn, segment, word or event, in seconds (pending in schema.org).' },
  identifier: { iri: s('identifier'), comment: 'The speaker id in the registry (ash-carter).' },
  alternateName: { iri: s('alternateName'), comment: 'Speaker label forms as written (SEC. CARTER).' },
  jobTitle: { iri: s('jobTitle'), comment: 'Title or office (pending in schema.org).' },
  affiliation: { iri: s('affiliation'), comment: 'The speaker\'s organization.' },
  recordedAt: { iri: s('recordedAt'), comment: 'The occasion (Event) the transcript was recorded at.' },
  startDate: { iri: s('startDate'), comment: 'When the speech took place (ISO 8601, as a plain literal).' },
  location: { iri: s('location'), comment: 'Where the speech took place (Place).' },
  performer: { iri: s('performer'), comment: 'Speakers who spoke at the event (every speaker that is neither a group nor a journalist).' },
  attendee: { iri: s('attendee'), comment: 'Groups and journalists who spoke at the event.' },
  isBasedOn: { iri: s('isBasedOn'), comment: 'The published source (CreativeWork).' },
  url: { iri: s('url'), type: '@id', comment: 'URL of the published source.' },
  publisher: { iri: s('publisher'), comment: 'Publisher of the source (Organization).' },
  datePublished: { iri: s('datePublished'), comment: 'Publication date of the source (ISO 8601, plain literal).' },
  associatedMedia: { iri: s('associatedMedia'), comment: 'The recording.' },
  contentUrl: { iri: s('contentUrl'), type: '@id', comment: 'URL of the recording.' },
  encodingFormat: { iri: s('encodingFormat'), comment: 'MIME type of the recording.' },
  duration: { iri: s('duration'), comment: 'Duration of the recording, as an ISO 8601 duration in seconds (PT754.2S).' },
  value: { iri: s('value'), comment: 'Value of an extra key/value pair.' },
} as const satisfies Record<string, TermDefinition>

export type VerbatimTermName = keyof typeof VERBATIM_TERMS
export type SchemaTermName = keyof typeof SCHEMA_TERMS
export type TermName = VerbatimTermName | SchemaTermName

/** Every term of the context, by compact name. */
export const TERMS: Readonly<Record<TermName, TermDefinition>> = { ...SCHEMA_TERMS, ...VERBATIM_TERMS }

/** The IRI of a term. */
export function iri(term: TermName): string {
  return TERMS[term].iri
}

function contextEntry(definition: TermDefinition): string | Record<string, string> {
  if (!definition.container && !definition.type) return definition.iri
  const entry: Record<string, string> = { '@id': definition.iri }
  if (definition.container) entry['@container'] = definition.container
  if (definition.type) entry['@type'] = definition.type
  return entry
}

function buildContext(): Record<string, unknown> {
  // @version 1.1: the context uses @json, so a JSON-LD 1.0 processor must refuse it rather than misread it.
  const context: Record<string, unknown> = { '@version': 1.1, verbatim: VERBATIM_NAMESPACE, schema: SCHEMA_NAMESPACE }
  for (const [name, definition] of Object.entries(TERMS)) context[name] = contextEntry(definition)
  return context
}

/** Verbatim's JSON-LD context (the value of `@context` in the document served at `VERBATIM_CONTEXT_IRI`). */
export const verbatimContext: Readonly<Record<string, unknown>> = buildContext()

/** The document served at `VERBATIM_CONTEXT_IRI`. */
export const verbatimContextDocument: Readonly<{ '@context': Readonly<Record<string, unknown>> }> = { '@context': verbatimContext }

/** The `@context` of a document written by `toJsonLd`. */
export function documentContext(embed: boolean): [string, string | Readonly<Record<string, unknown>>] {
  return [SCHEMA_ORG_CONTEXT_IRI, embed ? verbatimContext : VERBATIM_CONTEXT_IRI]
}

/** Compact name of a term by IRI (for paths in messages and the expander). */
export const TERM_BY_IRI: ReadonlyMap<string, TermName> = new Map(
  (Object.entries(TERMS) as [TermName, TermDefinition][]).map(([name, definition]) => [definition.iri, name]),
)
