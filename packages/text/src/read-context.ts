/**
 * State of one fromText call: the input and its line table, what is built (metadata, notes,
 * blocks, speakers, messages), the turn being filled, and the little state the units hand on to
 * each other (a stamp line's time for the next label, the court's examiner and witness, the
 * front-matter note being extended). Handlers (`read-*.ts`) read and change it; nothing else
 * holds state between units.
 */
import { createMessage, type Block, type EventKind, type Metadata, type MessageInit, type Note, type Paragraph, type Point, type Position, type Severity, type Speaker, type Turn, type VerbatimMessage } from '@verbatim/core'
import { BracketFinder } from './brackets.js'
import type { Timestamp } from './clock.js'
import { buildInlines, type Segment } from './inlines.js'
import { contentEnd, contentStart, pointAt, type LineTable } from './lines.js'
import type { PageFurniture } from './page-furniture.js'
import type { LabelMatcher } from './read-labels.js'
import type { StructureRule } from './record-structure.js'
import { SOURCE } from './source.js'
import { SpeakerRegistry } from './speakers.js'
import type { Unit, UnitTable } from './unit-table.js'
import { lineText } from './units.js'

/** A label read as a typo of another speaker's: the warning waits for the final names (see `read-speakers.ts`). */
export interface PendingTypo {
  label: string
  speaker: Speaker
  place: Position
  /** Where in the message list the warning goes. */
  index: number
}

export class ReadContext {
  readonly messages: VerbatimMessage[] = []
  readonly meta: Metadata = {}
  readonly notes: Note[] = []
  readonly blocks: Block[] = []
  readonly registry = new SpeakerRegistry()
  readonly brackets: BracketFinder
  /** The units of the body (set once pass one is done), the index of the one being read, and the cursor it is read into. */
  units!: UnitTable
  index = 0
  readonly unit: Unit = { first: 0, last: 0, emptyBefore: 0, kind: 'text' }
  /** Units from here on are trailing apparatus (an index of examinations, footer lines). */
  trailer = 0
  /** Last line of the YAML front matter fence (-1: none). */
  fence = -1
  /** The document writes one paragraph per line (see `line-paragraphs.ts`). */
  linePerParagraph = false
  /** Court lines (`Q.`, `A.`, examinations) are read. */
  court = false
  /** The document's label matcher (see `read-labels.ts`). */
  matchLabel!: LabelMatcher
  /** A unit read ahead (the one after an aside, a label while counting), apart from `unit`. */
  readonly scratch: Unit = { first: 0, last: 0, emptyBefore: 0, kind: 'text' }

  /** A record (a Hansard) writes every label's speech on its line: a label alone there may be a heading. */
  inlineLabels = false
  /** Set once a record heading was read: from then on wide gaps are spacing, and text with no turn is printed matter. */
  sectioned = false
  /** How many units each record rule took, and where the first was, for one message at the end. */
  readonly structureCounts = new Map<StructureRule, number>()
  structureStart: Point | undefined
  /** Web furniture was set aside inside a speech: the next paragraph continues it, even after a wide gap. */
  keepTurn = false

  /** The turn being filled, the last turn's speaker, and what the units before left behind. */
  current: Turn | null = null
  lastSpeaker: string | null = null
  afterEvent = false
  inHeader = true
  anyTurn = false
  titleFromHeading = false
  previousEndsWithColon = false
  /** The time of a stamp line (`[00:00:00:07]`) waiting for the label that follows it. */
  pendingStamp: number | undefined
  examiner: Speaker | undefined
  witness: Speaker | undefined
  pendingExamination: string | undefined
  /** Labels already resolved, as written (the registry's own lookup normalises, which costs). */
  readonly resolved = new Map<string, Speaker>()
  readonly typos: PendingTypo[] = []
  /** Where `readTimestamp` leaves what it read (one object for the whole read). */
  readonly stamp: Timestamp = { seconds: 0, end: NaN }

  /** The last labelled unit and the label count: unlabeled text before the first turn may be front matter. */
  lastLabel = -1
  labels = 0
  /** Under a heading that names front or back matter; `sawFrontHeading` once one was seen. */
  frontSection = false
  sawFrontHeading = false
  /** The front-matter note being extended by the units that follow it. */
  frontNote: Note | undefined

  /** The one-line case (nearly every unit) reuses one segment and one list: nothing keeps them past the unit. */
  private readonly oneSegment: Segment = { line: 0, start: 0, end: 0 }
  private readonly oneSegmentList: Segment[] = [this.oneSegment]

  constructor(
    readonly input: string,
    readonly table: LineTable,
    readonly file: string | undefined,
    readonly furniture: PageFurniture | null,
    readonly vocabulary: ReadonlyMap<string, EventKind>,
  ) {
    this.brackets = new BracketFinder(input)
  }

  report(reason: string, ruleId: string, place: Point | Position | undefined, severity: Severity = 'warning', extra: MessageInit = {}): void {
    this.messages.push(createMessage(reason, ruleId, SOURCE, { severity, place, ...(this.file === undefined ? {} : { file: this.file }), ...extra }))
  }

  span(first: number, last: number): Position {
    return { start: pointAt(this.table, first, contentStart(this.table, first)), end: pointAt(this.table, last, contentEnd(this.table, last)) }
  }

  /** The trimmed text of line `line`. */
  line(line: number): string {
    return lineText(this.table, line)
  }

  /** A unit's lines, trimmed, joined with newlines. */
  unitText(unit: Unit): string {
    if (unit.first === unit.last) return lineText(this.table, unit.first)
    const parts: string[] = []
    for (let line = unit.first; line <= unit.last; line++) parts.push(lineText(this.table, line))
    return parts.join('\n')
  }

  addNote(kind: string, unit: Unit): void {
    this.notes.push({ kind, value: this.unitText(unit), position: this.span(unit.first, unit.last) })
  }

  /** Where a label ends: a turn with speech ends where its speech ends, one without at its label. */
  labelEnd(line: number, offset: number): Point {
    return pointAt(this.table, line, Math.min(offset, contentEnd(this.table, line)))
  }

  /** The unit's text from `offset` on `line`, one segment per line. */
  segmentsFrom(unit: Unit, line: number, offset: number): Segment[] {
    const table = this.table
    if (line === unit.last) {
      const start = Math.max(offset, contentStart(table, line))
      const end = contentEnd(table, line)
      if (start >= end) return []
      this.oneSegment.line = line
      this.oneSegment.start = start
      this.oneSegment.end = end
      return this.oneSegmentList
    }
    const segments: Segment[] = []
    for (let at = line; at <= unit.last; at++) {
      const start = at === line ? Math.max(offset, contentStart(table, at)) : contentStart(table, at)
      const end = contentEnd(table, at)
      if (start < end) segments.push({ line: at, start, end })
    }
    return segments
  }

  paragraphOf(segments: Segment[], escaped = false, sliced?: string): (Paragraph & { position: Position }) | null {
    return buildInlines(this.table, segments, this.vocabulary, this.brackets, sliced, escaped)
  }

  /**
   * A finished turn's children as an array of their exact length: a pushed-to array keeps room
   * for 16 more. Turns of up to three paragraphs (most) get exact array literals in
   * `pushParagraph`; only longer ones are pushed to, and copied here.
   */
  closeTurn(): void {
    if (this.current && this.current.children.length > 3) this.current.children = this.current.children.slice()
  }

  endTurn(): void {
    this.closeTurn()
    this.current = null
  }

  /** A block between turns (a break, an event): the open turn ends. */
  addBreak(block: Block): void {
    this.blocks.push(block)
    this.endTurn()
  }

  pushParagraph(turn: Turn, paragraph: Paragraph): void {
    const children = turn.children
    if (children.length === 0) turn.children = [paragraph]
    else if (children.length === 1) turn.children = [children[0]!, paragraph]
    else if (children.length === 2) turn.children = [children[0]!, children[1]!, paragraph]
    else children.push(paragraph)
    if (turn.position && paragraph.position) turn.position.end = paragraph.position.end
    this.previousEndsWithColon = endsWithColon(paragraph)
  }

  /** `first`: a paragraph the turn opens with, when it is final already (no empty array made and replaced). */
  startTurn(speaker: Speaker | null, label: string | null, start: Point, end: Point, time?: Turn['time'], first?: Paragraph): Turn {
    const position = { start, end }
    const children = first ? [first] : []
    // With its time in the literal, a timed turn needs no separate property store.
    const turn: Turn = time
      ? { type: 'turn', speaker: speaker?.id ?? null, label, interpreted: false, children, position, time }
      : { type: 'turn', speaker: speaker?.id ?? null, label, interpreted: false, children, position }
    this.closeTurn()
    this.blocks.push(turn)
    this.current = turn
    this.lastSpeaker = turn.speaker
    this.afterEvent = false
    this.inHeader = false
    this.anyTurn = true
    return turn
  }
}

/** Whether a paragraph's text ends with a colon (trailing spaces ignored), without copying it. */
export function endsWithColon(paragraph: Paragraph): boolean {
  const last = paragraph.children[paragraph.children.length - 1]
  if (last?.type !== 'text') return false
  const value = last.value
  let i = value.length - 1
  while (i >= 0 && (value.charCodeAt(i) === 32 || value.charCodeAt(i) === 9 || value.charCodeAt(i) === 0xa0)) i--
  return i >= 0 && value.charCodeAt(i) === 58
}
