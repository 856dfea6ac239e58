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
import type { ReaderStyles } from './styles.js'
import type { Unit, UnitTable } from './unit-table.js'
import { lineText } from './units.js'

/** A label read as a typo of another speaker's: the warning waits for the final names (see `read-speakers.ts`). */
export interface PendingTypo {
  label_: string
  speaker_: Speaker
  place_: Position
  /** Where in the message list the warning goes. */
  index_: number
}

export class ReadContext {
  readonly messages_: VerbatimMessage[] = []
  readonly meta_: Metadata = {}
  readonly notes_: Note[] = []
  readonly blocks_: Block[] = []
  readonly registry_ = new SpeakerRegistry()
  readonly brackets_: BracketFinder
  /** The units of the body (set once pass one is done), the index of the one being read, and the cursor it is read into. */
  /** The parts of the reader this entry wires (roles by context, YAML front matter, house styles). */
  styles_!: ReaderStyles
  units_!: UnitTable
  index_ = 0
  readonly unit_: Unit = { first_: 0, last_: 0, emptyBefore_: 0, kind_: 'text' }
  /** Units from here on are trailing apparatus (an index of examinations, footer lines). */
  trailer_ = 0
  /** Last line of the YAML front matter fence (-1: none). */
  fence_ = -1
  /** The document writes one paragraph per line (see `line-paragraphs.ts`). */
  linePerParagraph_ = false
  /** Court lines (`Q.`, `A.`, examinations) are read. */
  court_ = false
  /** The document's label matcher (see `read-labels.ts`). */
  matchLabel_!: LabelMatcher
  /** A unit read ahead (the one after an aside, a label while counting), apart from `unit`. */
  readonly scratch_: Unit = { first_: 0, last_: 0, emptyBefore_: 0, kind_: 'text' }

  /** A record (a Hansard) writes every label's speech on its line: a label alone there may be a heading. */
  inlineLabels_ = false
  /** Set once a record heading was read: from then on wide gaps are spacing, and text with no turn is printed matter. */
  sectioned_ = false
  /** How many units each record rule took, and where the first was, for one message at the end. */
  readonly structureCounts_ = new Map<StructureRule, number>()
  structureStart_: Point | undefined
  /** Web furniture was set aside inside a speech: the next paragraph continues it, even after a wide gap. */
  keepTurn_ = false

  /** The turn being filled, the last turn's speaker, and what the units before left behind. */
  current_: Turn | null = null
  lastSpeaker_: string | null = null
  afterEvent_ = false
  inHeader_ = true
  anyTurn_ = false
  titleFromHeading_ = false
  previousEndsWithColon_ = false
  /** The time of a stamp line (`[00:00:00:07]`) waiting for the label that follows it. */
  pendingStamp_: number | undefined
  examiner_: Speaker | undefined
  witness_: Speaker | undefined
  pendingExamination_: string | undefined
  /** Labels already resolved, as written (the registry's own lookup normalises, which costs). */
  readonly resolved_ = new Map<string, Speaker>()
  readonly typos_: PendingTypo[] = []
  /** The next colon of the input from the unit being read (-1: none left; see `read-glued.ts`), and the labels that may be glued. */
  nextColon_ = -2
  gluedLabels_: Set<string> | undefined
  /** The document leads utterances with a bare time (see `clock-lines.ts`), and how many turns were read so. */
  clockLines_ = false
  clockTurns_ = 0
  /** The unit being read ends here, before a glued label (-1: at its last line's end). */
  cutAt_ = -1
  /** Where `readTimestamp` leaves what it read (one object for the whole read). */
  readonly stamp_: Timestamp = { seconds: 0, end: NaN }

  /** The last labelled unit and the label count: unlabeled text before the first turn may be front matter. */
  lastLabel_ = -1
  labels_ = 0
  /** Under a heading that names front or back matter; `sawFrontHeading` once one was seen. */
  frontSection_ = false
  sawFrontHeading_ = false
  /** The front-matter note being extended by the units that follow it. */
  frontNote_: Note | undefined

  /** The one-line case (nearly every unit) reuses one segment and one list: nothing keeps them past the unit. */
  private readonly oneSegment_: Segment = { line_: 0, start_: 0, end_: 0 }
  private readonly oneSegmentList_: Segment[] = [this.oneSegment_]

  // Fields, not parameter properties: esbuild declares a parameter property's field under its
  // unmangled name as well (an own `input_: undefined` beside the shortened one).
  readonly input_: string
  readonly table_: LineTable
  readonly file_: string | undefined
  readonly furniture_: PageFurniture | null
  readonly vocabulary_: ReadonlyMap<string, EventKind>

  constructor(input: string, table: LineTable, file: string | undefined, furniture: PageFurniture | null, vocabulary: ReadonlyMap<string, EventKind>) {
    this.input_ = input
    this.table_ = table
    this.file_ = file
    this.furniture_ = furniture
    this.vocabulary_ = vocabulary
    this.brackets_ = new BracketFinder(input)
  }

  report_(reason: string, ruleId: string, place: Point | Position | undefined, severity: Severity = 'warning', extra: MessageInit = {}): void {
    this.messages_.push(createMessage(reason, ruleId, SOURCE, { severity, place, ...(this.file_ === undefined ? {} : { file: this.file_ }), ...extra }))
  }

  span_(first: number, last: number): Position {
    return { start: pointAt(this.table_, first, contentStart(this.table_, first)), end: pointAt(this.table_, last, contentEnd(this.table_, last)) }
  }

  /** The trimmed text of line `line`. */
  line_(line: number): string {
    return lineText(this.table_, line)
  }

  /** A unit's lines, trimmed, joined with newlines. */
  unitText_(unit: Unit): string {
    if (unit.first_ === unit.last_) return lineText(this.table_, unit.first_)
    const parts: string[] = []
    for (let line = unit.first_; line <= unit.last_; line++) parts.push(lineText(this.table_, line))
    return parts.join('\n')
  }

  addNote_(kind: string, unit: Unit): void {
    this.notes_.push({ kind, value: this.unitText_(unit), position: this.span_(unit.first_, unit.last_) })
  }

  /** Where a label ends: a turn with speech ends where its speech ends, one without at its label. */
  labelEnd_(line: number, offset: number): Point {
    return pointAt(this.table_, line, Math.min(offset, contentEnd(this.table_, line)))
  }

  /** The unit's text from `offset` on `line`, one segment per line. */
  segmentsFrom_(unit: Unit, line: number, offset: number): Segment[] {
    const table = this.table_
    if (line === unit.last_) {
      const start = Math.max(offset, contentStart(table, line))
      const end = this.cutAt_ === -1 ? contentEnd(table, line) : Math.min(this.cutAt_, contentEnd(table, line))
      if (start >= end) return []
      this.oneSegment_.line_ = line
      this.oneSegment_.start_ = start
      this.oneSegment_.end_ = end
      return this.oneSegmentList_
    }
    const segments: Segment[] = []
    for (let at = line; at <= unit.last_; at++) {
      const start = at === line ? Math.max(offset, contentStart(table, at)) : contentStart(table, at)
      const end = at === unit.last_ && this.cutAt_ !== -1 ? Math.min(this.cutAt_, contentEnd(table, at)) : contentEnd(table, at)
      if (start < end) segments.push({ line_: at, start_: start, end_: end })
    }
    return segments
  }

  paragraphOf_(segments: Segment[], escaped = false, sliced?: string): (Paragraph & { position: Position }) | null {
    return buildInlines(this.table_, segments, this.vocabulary_, this.brackets_, sliced, escaped)
  }

  /**
   * A finished turn's children as an array of their exact length: a pushed-to array keeps room
   * for 16 more. Turns of up to three paragraphs (most) get exact array literals in
   * `pushParagraph`; only longer ones are pushed to, and copied here.
   */
  closeTurn_(): void {
    if (this.current_ && this.current_.children.length > 3) this.current_.children = this.current_.children.slice()
  }

  endTurn_(): void {
    this.closeTurn_()
    this.current_ = null
  }

  /** A block between turns (a break, an event): the open turn ends. */
  addBreak_(block: Block): void {
    this.blocks_.push(block)
    this.endTurn_()
  }

  pushParagraph_(turn: Turn, paragraph: Paragraph): void {
    const children = turn.children
    if (children.length === 0) turn.children = [paragraph]
    else if (children.length === 1) turn.children = [children[0]!, paragraph]
    else if (children.length === 2) turn.children = [children[0]!, children[1]!, paragraph]
    else children.push(paragraph)
    if (turn.position && paragraph.position) turn.position.end = paragraph.position.end
    this.previousEndsWithColon_ = endsWithColon(paragraph)
  }

  /** `first`: a paragraph the turn opens with, when it is final already (no empty array made and replaced). */
  startTurn_(speaker: Speaker | null, label: string | null, start: Point, end: Point, time?: Turn['time'], first?: Paragraph): Turn {
    const position = { start, end }
    const children = first ? [first] : []
    // With its time in the literal, a timed turn needs no separate property store.
    const turn: Turn = time
      ? { type: 'turn', speaker: speaker?.id ?? null, label, interpreted: false, children, position, time }
      : { type: 'turn', speaker: speaker?.id ?? null, label, interpreted: false, children, position }
    this.closeTurn_()
    this.blocks_.push(turn)
    this.current_ = turn
    this.lastSpeaker_ = turn.speaker
    this.afterEvent_ = false
    this.inHeader_ = false
    this.anyTurn_ = true
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
