/**
 * The Verbatim transcript model: TypeScript types.
 *
 * These interfaces are the model as users see it; `schema.ts` holds the zod schemas that
 * validate it, and a compile-time test keeps the two in step. SPEC.md describes every node.
 */

/** One place in a source file (unist `Point`): 1-based line and column, 0-based offset. */
export interface Point {
  line: number
  column: number
  offset?: number
}

/** Where a node came from in its source (unist `Position`); `end` is exclusive. */
export interface Position {
  start: Point
  end: Point
}

/** Free data for tools; Verbatim itself never reads it. */
export type Data = Record<string, unknown>

/** Fields every node may carry. */
export interface NodeBase {
  position?: Position
  data?: Data
}

/** The current model version, stamped into every transcript as `version`. */
export type ModelVersion = `1.${number}`

/** The root of a transcript. */
export interface Transcript extends NodeBase {
  type: 'transcript'
  /** Model version this tree follows (`MODEL_VERSION` when written by this release). */
  version: string
  meta: Metadata
  /** The speaker registry: one entry per person or group, referenced by id from turns. */
  speakers: Speaker[]
  /** Turns, events between turns and section breaks, in document order. */
  children: Block[]
}

/** Content of the root. */
export type Block = Turn | Event | Break

/** Content of a paragraph: speech, events, and (model 1.1) timed segments and words. */
export type Inline = Text | Event | Word | Segment

/** Content of a segment (model 1.1): speech, events and words, never another segment. */
export type Phrasing = Text | Event | Word

/** Any node of the tree. */
export type Node = Transcript | Turn | Paragraph | Segment | Text | Word | Event | Break

/** Information about the transcript as a whole. */
export interface Metadata {
  title?: string
  /** Subtitle or secondary title. */
  subtitle?: string
  /** When the speech took place: ISO 8601 date or date-time (`2016-10-25`, `2016-10-25T14:30:00+02:00`). */
  date?: string
  /** Where it took place, as written (`Paris, France`, `National Palace`). */
  place?: string
  /** Languages spoken, as BCP 47 tags (`en`, `fr`, `es-MX`), main language first. */
  languages?: string[]
  description?: string
  source?: Source
  /** The recording, when known. */
  media?: Media
  /** Key/value pairs from the source with no field of their own (YAML front matter keys, WebVTT headers...). */
  extra?: Record<string, string>
  /** Source lines or blocks that have no field (site boilerplate, footers, WebVTT NOTE blocks): kept, not dropped. */
  notes?: Note[]
}

/** Where the transcript was published. */
export interface Source {
  url?: string
  publisher?: string
  title?: string
  /** Publication date, ISO 8601. */
  date?: string
}

/** The audio or video recording the transcript belongs to. */
export interface Media {
  url?: string
  /** MIME type (`audio/mpeg`, `video/mp4`). */
  type?: string
  /** Duration in seconds. */
  duration?: number
}

/** Source material that has no field of its own. */
export interface Note extends NodeBase {
  /** What it is (`boilerplate`, `footer`, `front-matter`, `webvtt-note`, `webvtt-style`, ...). */
  kind: string
  value: string
}

/** The roles Verbatim knows; any other lowercase word may be used too. */
export type KnownRole =
  | 'official'
  | 'journalist'
  | 'moderator'
  | 'staff'
  | 'interpreter'
  | 'host'
  | 'guest'
  | 'operator'
  | 'judge'
  | 'attorney'
  | 'witness'
  | 'unknown'

/** A speaker's role: a known role or an extension (`senator`, `juror`). */
export type Role = KnownRole | (string & {})

/** A person, or a group of people speaking under one label, in the speaker registry. */
export interface Speaker extends NodeBase {
  /** Stable, readable id (`ash-carter`, `journalists`), unique in the transcript. */
  id: string
  /** Display name (`Ash Carter`). */
  name: string
  role: Role
  /** Title or office (`Secretary of Defense`). */
  title?: string
  affiliation?: string
  /** Every label form seen for this speaker, as written (`SEC. CARTER`). */
  aliases: string[]
  /** True when the entry stands for several people (anonymous `Q:` questioners). */
  group: boolean
}

/** Where a time came from: the source itself, or estimated by Verbatim. */
export type TimeSource = 'source' | 'estimated'

/**
 * Times of a turn, segment, word or event, in seconds from the start of the recording. `end` is
 * left out where the source gave only a start (a WebVTT timestamp tag, a timestamp in text).
 */
export interface Timing {
  start: number
  end?: number
  source: TimeSource
}

/** One speaker's uninterrupted contribution. */
export interface Turn extends NodeBase {
  type: 'turn'
  /** Speaker id from the registry, or null for an unattributed turn. */
  speaker: string | null
  /** The speaker label exactly as written (`SEC. CARTER`), or null when there was none. */
  label: string | null
  /** True when the speech was delivered through an interpreter. */
  interpreted: boolean
  time?: Timing
  /** Language of the turn when it differs from the transcript's first language (BCP 47). */
  language?: string
  children: Paragraph[]
}

/** A paragraph of a turn. */
export interface Paragraph extends NodeBase {
  type: 'paragraph'
  children: Inline[]
}

/** Speech as written. */
export interface Text extends NodeBase {
  type: 'text'
  value: string
}

/**
 * Model 1.1: a stretch of speech that the source timed as one unit (a WebVTT cue, an SRT block, a
 * Podcasting 2.0 segment, a speech-to-text segment, the part of a TEI `<u>` between two anchors),
 * inside a paragraph. Segments do not nest.
 */
export interface Segment extends NodeBase {
  type: 'segment'
  time: Timing
  children: Phrasing[]
}

/**
 * Model 1.1: one word with its own time (speech-to-text words, WebVTT timestamp tags, TEI `<w>`
 * with times). `value` is the word as written, punctuation attached; the spaces between words are
 * ordinary text nodes.
 */
export interface Word extends NodeBase {
  type: 'word'
  value: string
  time: Timing
  /** How sure the recogniser was, from 0 to 1 (speech-to-text). */
  confidence?: number
}

/** The event vocabulary. */
export type EventKind =
  | 'inaudible'
  | 'unintelligible'
  | 'crosstalk'
  | 'laughter'
  | 'applause'
  | 'off-mic'
  | 'pause'
  | 'music'
  | 'noise'
  | 'other'

/** Something that happened rather than was said: inside a paragraph, or between turns. */
export interface Event extends NodeBase {
  type: 'event'
  kind: EventKind
  /** The original wording, brackets included (`(Off-mic.)`, `[inaudible 00:32:26]`). */
  value: string
  /** Model 1.1: when it happened, where the source says (an `[applause]` cue, a timed `<pause>`). */
  time?: Timing
}

/** A section break; `title` names the section that follows, when the source gave one. */
export interface Break extends NodeBase {
  type: 'break'
  title?: string
}
