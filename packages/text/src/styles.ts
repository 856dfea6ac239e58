/**
 * The parts of the reader that an entry may leave out, held by the read context as one small
 * typed object: roles inferred from context, YAML front matter, and the #16 house styles (court
 * and parliamentary records, paged documents). `@verbatim/text` wires all of them
 * (`styles-full.ts`); `@verbatim/text/basic` none (`styles-basic.ts`), so a bundler drops the
 * modules that only these objects reference. Call sites stay few: pass one (`from-text.ts`,
 * `read-notes.ts`), pass two (`read-units.ts`, `read-paragraph.ts`, `read-heading.ts`) and the
 * speakers' pass (`read-speakers.ts`).
 */
import type { Block, Speaker } from '@verbatim/core'
import type { CourtLines } from './build-units.js'
import type { LineTable } from './lines.js'
import type { PageFurniture } from './page-furniture.js'
import type { ReadContext } from './read-context.js'
import type { SharedMatcher } from './grammars.js'
import type { ShortLabelMatcher } from './read-labels.js'
import type { SpeakerRegistry } from './speakers.js'
import type { Unit, UnitKind } from './unit-table.js'
import type { ParagraphTable } from './units.js'

export type UnitHandler = (ctx: ReadContext) => void

/** The house styles of records, paged documents and exports (#16): court lines and counsel, front and back matter, clock-led lines, glued labels. */
export interface RecordStyles {
  /** Page furniture (line and page numbers, running heads) masked with spaces, or null. */
  readonly findFurniture_: (original: string) => PageFurniture | null
  /** Pages without form feeds (page-number lines, numbered running heads, blank runs): their heads and feet masked, or null. */
  readonly findPageHeads_: (table: LineTable) => PageFurniture | null
  /** Paragraphs split by a page break inside a sentence, joined (`page-joins.ts`); the same table when none is. */
  readonly joinPages_: (ctx: ReadContext, paragraphs: ParagraphTable, furniture: Uint8Array) => ParagraphTable
  /** Label lines inside paragraphs (a record written without blank lines): each starts a paragraph; the same table when none. */
  readonly labelLines_: (table: LineTable, paragraphs: ParagraphTable) => ParagraphTable
  /** The furniture as notes (and its message); returns the lines that are furniture as a whole. */
  readonly noteFurniture_: (ctx: ReadContext, furniture: PageFurniture) => Uint8Array
  /** One paragraph per line where a document writes them so (a web page or a record pasted as text); the same table when it does not. */
  readonly lineParagraphs_: (table: LineTable, paragraphs: ParagraphTable) => ParagraphTable
  /** Very short words refused as labels elsewhere that this document uses as labels (`CC:` in a radio log): their matcher, if any. */
  readonly shortLabels_: (table: LineTable, paragraphs: ParagraphTable) => ShortLabelMatcher | undefined
  /** A deposition's bare `Q`/`A` lines, alternating (`bare-court.ts`): the court matcher that reads them as `Q.`/`A.`, or undefined. */
  readonly bareCourt_: (ctx: ReadContext) => SharedMatcher | undefined
  /** The heading of a court record's trailing index (`INDEX OF EXAMINATIONS`, `REPORTER'S CERTIFICATE`). */
  readonly trailerStart_: RegExp
  /** Before pass two: whether labels carry their speech (in a record, a label alone on its line is a heading). */
  readonly prepare_: (ctx: ReadContext, labelUnits: readonly number[]) => void
  /** The unit handlers of pass two, record and court kinds included. */
  readonly handlers_: Readonly<Record<UnitKind, UnitHandler>>
  /** A text unit that is record structure (a heading, a procedural line, a printed question): read, returns true. */
  readonly readText_: (ctx: ReadContext, first: string) => boolean
  /** Text with no speech to continue in a sectioned record: printed matter. */
  readonly readPrinted_: (ctx: ReadContext, unit: Unit) => void
  /** After pass two: one message for the record structure read. */
  readonly report_: (ctx: ReadContext) => void
  /** The speakers' pass: labels a court record reads its own way. */
  readonly finishKind_: (ctx: ReadContext) => void
  /** Markdown headings over front matter (`## Abstract`) or back matter (`## Notes`). */
  readonly frontMatterHeading_: RegExp
  /** A plain heading over front matter, alone on its line (`Abstract`, `Interview History`). */
  readonly plainMatterHeading_: RegExp
  /** Unlabeled text before the first label (a paged document's, or under a front-matter heading) or under a back-matter heading: a note; returns true. */
  readonly readMatter_: (ctx: ReadContext, unit: Unit) => boolean
  /** A court record's page codes, examination headings, examiner and witness lines: units of their own. */
  readonly courtLines_: CourtLines
  /** The speakers' pass: a court record's official addressed by a counsel's office (`GENERAL OLSON`) is counsel. */
  readonly counsel_: (ctx: ReadContext, speaker: Speaker) => void
  /** The same time (or a page and line reference) before every line: masked, or null. */
  readonly maskClockPrefix_: (table: LineTable) => ClockPrefix | null
  /** The masked column: one note and one message. */
  readonly noteClockPrefix_: (ctx: ReadContext, prefix: ClockPrefix) => void
  /** Clock-led lines (an Otter export with a time before every line): each starts a paragraph; the same table when too few. */
  readonly clockLines_: (table: LineTable, paragraphs: ParagraphTable) => ParagraphTable
  /** A text unit of a clock-led document read as a timed turn: returns true. */
  readonly readClockUnit_: (ctx: ReadContext) => boolean
  /** A unit read up to a label glued mid-line and from it (`read` reads the part before): returns true. */
  readonly readGlued_: (ctx: ReadContext, read: (ctx: ReadContext) => void) => boolean
}

/** A column before every line, masked with spaces (`clock-lines.ts`). */
export interface ClockPrefix {
  readonly text: string
  readonly value: string
  readonly lines: number
  readonly first: number
}

export interface ReaderStyles {
  /** Roles inferred from context, for documents with neither journalists nor a court. */
  readonly roles_?: (blocks: readonly Block[], registry: SpeakerRegistry, ctx: ReadContext) => void
  /** The YAML front matter, read or kept: returns the first body line. */
  readonly frontMatter_: (ctx: ReadContext) => number
  /** Record and paged-document house styles. */
  readonly records_?: RecordStyles
  /** Without the house styles: says once when a document looks like one they read. */
  readonly plainRecords_?: (ctx: ReadContext) => void
  /** Month names for header dates, when more than `dates.ts`'s (the full entry adds German ones). */
  readonly months_?: ReadonlyMap<string, number>
}
