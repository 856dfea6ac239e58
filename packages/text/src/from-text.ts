/**
 * fromText: plain-text transcript -> Verbatim transcript. Pass one splits lines and
 * paragraphs and chooses the label grammar; pass two walks the paragraphs once, turning
 * labels into turns, stand-alone events into events between turns, and header and footer
 * material into metadata.
 */
import {
  createMessage,
  createTranscript,
  toString,
  type Block,
  type Event,
  type MessageInit,
  type Metadata,
  type Note,
  type Paragraph as ParagraphNode,
  type Point,
  type Position,
  type Speaker,
  type Text,
  type Turn,
  type VerbatimMessage,
} from '@verbatim/core'
import { chooseGrammar } from './choose-grammar.js'
import { leadingTimestamp, readClock, readTimestamp, type Timestamp } from './clock.js'
import { findDate, isTimeLine } from './dates.js'
import { readFrontMatter } from './front-matter.js'
import { GRAMMARS, grammarById, mayHoldLabel, sharedMatcher, type LabelMatch } from './grammars.js'
import { hasIdReference, labelColon } from './label-heads.js'
import { classifyHeader, HEADING, unescapeHeading, isBoilerplate, isFooterLine, mayStartTrailer, THEMATIC_BREAK, TRAILER_START } from './header.js'
import { readableText } from './input.js'
import { BracketFinder } from './brackets.js'
import { buildInlines, onlyEvents, type Segment } from './inlines.js'
import { buildLineTable, contentEnd, contentStart, lineOf, pointAt, type LineTable } from './lines.js'
import { findPageFurniture, type PageFurniture } from './page-furniture.js'
import type { FromTextOptions, FromTextResult } from './options.js'
import { SOURCE } from './source.js'
import { inferRoles } from './infer-roles.js'
import { labelKey, SpeakerRegistry } from './speakers.js'
import { BREAK_LABELS } from './tables.js'
import { buildUnits } from './build-units.js'
import type { Unit } from './unit-table.js'
import { splitStampLines, stampSeconds } from './stamp-lines.js'
import { splitLineParagraphs } from './line-paragraphs.js'
import { consistentShortLabels, matchShortLabel } from './short-labels.js'
import { isSectionLabel } from './section-labels.js'
import { applyKindRules, isCourtRecord, type KindLabelRule } from './document-kind.js'
import { HEADING_RULES, headingRule, isDivisionLabel, labelsCarrySpeech, mayBeHeadingLabel, PRINTED_MATTER, recordLineRule, DIVISION_RULE, type StructureRule } from './record-structure.js'
import { collectParagraphs, EXAMINER_LINE, lineText, WITNESS_NAME } from './units.js'
import { buildVocabulary, isInterpretationWording } from './vocabulary.js'

/** A markdown-escaped bracket pair at the start (`\[07:18\]`), which is not a Verbatim escape. */
const MARKDOWN_PAIR = /^\\\[[^\]\n]*\\\]/
/** The Verbatim escape: a backslash before text that would otherwise be misread. */
export const ESCAPE = '\\'

export const isEscaped = (text: string): boolean => text.startsWith(ESCAPE) && !MARKDOWN_PAIR.test(text)

/** How many labels must follow before unlabeled text ahead of them can be taken for front matter. */
const FRONT_MATTER_MIN_LABELS = 3

/** Headings over front matter in interview records: `## About Barbara Liskov`, `## Copyright Statement`, `## Contents`. */
const FRONT_MATTER_HEADING = /^(?:about\b|abstract\b|summary\b|(?:table of )?contents\b|copyright\b|appearances\b|biograph|notes$|footnotes$|references$)/i

/** The front matter fence lines, when the input opens with `---`. */
function frontMatterEnd(table: LineTable): number {
  if (table.count < 2 || lineText(table, 0) !== '---' || contentStart(table, 0) !== table.starts[0]) return -1
  const limit = Math.min(table.count, 2000)
  for (let line = 1; line < limit; line++) {
    const text = table.text.slice(table.starts[line], table.ends[line]).trimEnd()
    if (text === '---' || text === '...') return line
  }
  return -1
}

export function fromText(original: string, options: FromTextOptions = {}): FromTextResult {
  const scan = readableText(original, options.file)
  // Page furniture (line numbers, page numbers, running heads) is masked with spaces: every offset stays true.
  const furniture = findPageFurniture(original)
  const input = furniture ? furniture.text : original
  const file = options.file
  const messages: VerbatimMessage[] = []
  const report = (reason: string, ruleId: string, place: Point | Position | undefined, severity: 'warning' | 'info' | 'error' = 'warning', extra: MessageInit = {}) => {
    messages.push(createMessage(reason, ruleId, SOURCE, { severity, place, ...(file === undefined ? {} : { file }), ...extra }))
  }
  const table = buildLineTable(input, scan.cr)
  const brackets = new BracketFinder(input)
  const vocabulary = buildVocabulary(options.events)
  const registry = new SpeakerRegistry()
  for (const [key, speaker] of Object.entries(options.speakers ?? {})) registry.seed(key, speaker)

  const meta: Metadata = {}
  const notes: Note[] = []
  if (furniture) notePageFurniture(furniture, table, notes, report)
  const blocks: Block[] = []
  const transcript = createTranscript({ meta })

  let bodyStart = 0
  const fence = frontMatterEnd(table)
  if (fence !== -1) {
    const lines: string[] = []
    for (let line = 1; line < fence; line++) lines.push(input.slice(table.starts[line], table.ends[line]))
    const front = readFrontMatter(lines)
    Object.assign(meta, front.meta)
    if (front.meta.notes) notes.push(...front.meta.notes)
    for (const seed of front.seeds) {
      registry.seed(seed.name, seed)
      if (seed.id) registry.register(seed)
    }
    for (const name of front.names) registry.knowName({ name })
    for (const rejected of front.rejected) {
      // The first line after the fence that holds the field with this value (the front matter's first line otherwise).
      const at = lines.findIndex((line) => line.replace(/^[\s-]+/, '').startsWith(`${rejected.field}:`) && line.includes(rejected.value))
      const line = at === -1 ? 1 : at + 1
      report(
        `front matter \`${rejected.key}\`: expected ${rejected.expected}, found \`${rejected.value}\`; kept in meta.extra`,
        'front-matter-value',
        pointAt(table, line, contentStart(table, line)),
        'warning',
        { expected: rejected.expected, actual: rejected.value },
      )
    }
    bodyStart = fence + 1
  }

  const collected = collectParagraphs(table, bodyStart, furniture ? furnitureLines(furniture, table) : undefined)
  const lineSplit = splitLineParagraphs(table, collected)
  const linePerParagraph = lineSplit !== collected
  const paragraphs = splitStampLines(table, lineSplit)
  if (paragraphs.count === 0) {
    report(input.trim() === '' ? 'expected a transcript, found empty input' : 'expected a transcript, found only front matter', 'empty-input', undefined)
    finishMeta(meta, notes)
    transcript.speakers = registry.speakers
    return { transcript, messages }
  }

  const choice = chooseGrammar(table, paragraphs, options.grammar && options.grammar !== 'auto' ? options.grammar : undefined, options.labelsAt === 'line' ? true : options.labelsAt === 'paragraph' ? false : undefined)
  const grammar = grammarById(choice.grammar)
  const shortLabels = consistentShortLabels(table, paragraphs)
  const court = choice.court ? grammarById('court') : undefined
  // The shared matchers (see `sharedMatcher`): nothing here changes a label match.
  const matchers = GRAMMARS.map(sharedMatcher)
  const matchGrammar = sharedMatcher(grammar)
  const matchCourt = court ? sharedMatcher(court) : undefined

  /** A label at the start of `text`: the document's grammar, court lines, or a known alias in any grammar. */
  const matchLabel = (text: string): LabelMatch | null => {
    if (!mayHoldLabel(text)) return null
    // Every grammar tried here looks for the same label colon: found once.
    const colon = labelColon(text)
    // A label with a speaker id (`Q. (#mr-finkel):`, as toText writes shared labels) wins.
    if (hasIdReference(text, colon)) {
      for (let g = 0; g < matchers.length; g++) {
        const candidate = matchers[g]!(text, colon)
        if (candidate?.id && registry.byId(candidate.id)) return candidate
      }
    }
    const found = (matchCourt && matchCourt(text)) || matchGrammar(text, colon)
    if (found) return found
    for (let g = 0; g < GRAMMARS.length; g++) {
      const other = GRAMMARS[g]!
      if (other === grammar || other.id === 'court') continue
      const candidate = matchers[g]!(text, colon)
      if (candidate && registry.isSeeded(candidate.label)) return candidate
    }
    return shortLabels.size > 0 ? matchShortLabel(text, shortLabels, grammar.id) : null
  }

  const units = buildUnits(table, paragraphs, choice.lineLabels, matchLabel, grammar, !!court, isEscaped)

  // Trailing apparatus: an index of examinations, or footer lines (END, a bare time, a rule).
  let trailer = units.count
  for (let u = 0; u < units.count; u++) {
    if (!mayStartTrailer(table.firstCodes[units.firstOf(u)]!) || units.kindOf(u) !== 'text') continue
    if (TRAILER_START.test(lineText(table, units.firstOf(u)))) {
      trailer = u
      break
    }
  }
  while (trailer > 0) {
    const u = trailer - 1
    if (units.kindOf(u) !== 'text' || units.firstOf(u) !== units.lastOf(u) || !isFooterLine(lineText(table, units.firstOf(u)))) break
    trailer--
  }

  const span = (first: number, last: number): Position => ({
    start: pointAt(table, first, contentStart(table, first)),
    end: pointAt(table, last, contentEnd(table, last)),
  })
  const unitText = (unit: Unit): string => {
    const parts: string[] = []
    for (let line = unit.first; line <= unit.last; line++) parts.push(lineText(table, line))
    return parts.join('\n')
  }
  const addNote = (kind: string, unit: Unit) => notes.push({ kind, value: unitText(unit), position: span(unit.first, unit.last) })

  /** Where a label ends: a turn with speech ends where its speech ends, one without at its label. */
  const labelEnd = (line: number, offset: number): Point => pointAt(table, line, Math.min(offset, contentEnd(table, line)))

  /** The one-line case (nearly every unit) reuses one segment and one list: nothing keeps them past the unit. */
  const oneSegment: Segment = { line: 0, start: 0, end: 0 }
  const oneSegmentList: Segment[] = [oneSegment]
  const segmentsFrom = (unit: Unit, line: number, offset: number): Segment[] => {
    if (line === unit.last) {
      const start = Math.max(offset, contentStart(table, line))
      const end = contentEnd(table, line)
      if (start >= end) return []
      oneSegment.line = line
      oneSegment.start = start
      oneSegment.end = end
      return oneSegmentList
    }
    const segments: Segment[] = []
    for (let at = line; at <= unit.last; at++) {
      const start = at === line ? Math.max(offset, contentStart(table, at)) : contentStart(table, at)
      const end = contentEnd(table, at)
      if (start < end) segments.push({ line: at, start, end })
    }
    return segments
  }

  let current: Turn | null = null
  let lastSpeaker: string | null = null
  let afterEvent = false
  let inHeader = true
  let anyTurn = false
  let titleFromHeading = false
  let examiner: Speaker | undefined
  let witness: Speaker | undefined
  let pendingExamination: string | undefined
  /** The time of a stamp line (`[00:00:00:07]`) waiting for the label that follows it. */
  let pendingStamp: number | undefined
  let previousEndsWithColon = false
  /** Labels already resolved, as written (the registry's own lookup normalises, which costs). */
  const resolved = new Map<string, Speaker>()
  /** Where `readTimestamp` leaves what it read (one object for the whole read). */
  const stamp: Timestamp = { seconds: 0, end: NaN }
  /** Typo warnings wait for the final names, then go in at their place in the message list. */
  const typos: { label: string; speaker: Speaker; place: Position; index: number }[] = []

  /**
   * A finished turn's children as an array of their exact length: a pushed-to array keeps room
   * for 16 more. Turns of up to three paragraphs (most) get exact array literals in
   * `pushParagraph`; only longer ones are pushed to, and copied here.
   */
  const closeTurn = () => {
    if (current && current.children.length > 3) current.children = current.children.slice()
  }
  const endTurn = () => {
    closeTurn()
    current = null
  }
  /** A markdown heading: the title (then the subtitle) while in the header, else a titled section break. */
  const addHeading = (title: string, unit: Unit) => {
    frontSection = FRONT_MATTER_HEADING.test(title)
    if (frontSection) sawFrontHeading = true
    frontNote = undefined
    if (inHeader && !meta.title && fence === -1) {
      meta.title = title
      titleFromHeading = true
    } else if (inHeader && titleFromHeading && !meta.subtitle) meta.subtitle = title
    else {
      blocks.push({ type: 'break', title, position: span(unit.first, unit.last) })
      endTurn()
    }
  }
  const pushParagraph = (turn: Turn, paragraph: ParagraphNode) => {
    const children = turn.children
    if (children.length === 0) turn.children = [paragraph]
    else if (children.length === 1) turn.children = [children[0]!, paragraph]
    else if (children.length === 2) turn.children = [children[0]!, children[1]!, paragraph]
    else children.push(paragraph)
    if (turn.position && paragraph.position) turn.position.end = paragraph.position.end
    previousEndsWithColon = endsWithColon(paragraph)
  }
  const paragraphOf = (segments: Segment[], escaped = false): ParagraphNode | null => buildInlines(table, segments, vocabulary, brackets, undefined, escaped)
  /** `first`: a paragraph the turn opens with, when it is final already (no empty array made and replaced). */
  const startTurn = (speaker: Speaker | null, label: string | null, start: Point, end: Point, time?: Turn['time'], first?: ParagraphNode): Turn => {
    const position = { start, end }
    const children = first ? [first] : []
    // With its time in the literal, a timed turn needs no separate property store.
    const turn: Turn = time ? { type: 'turn', speaker: speaker?.id ?? null, label, interpreted: false, children, position, time } : { type: 'turn', speaker: speaker?.id ?? null, label, interpreted: false, children, position }
    closeTurn()
    blocks.push(turn)
    current = turn
    lastSpeaker = turn.speaker
    afterEvent = false
    inHeader = false
    anyTurn = true
    return turn
  }

  /**
   * Whether the stand-alone aside at unit `u` stands inside a speech: the unit after it is speech
   * with no label and no section break (no wide gap before it, unless the document writes one
   * paragraph per line), so the speaker goes on (`(APPLAUSE)` between two paragraphs of a speech).
   */
  const afterAside: Unit = { first: 0, last: 0, emptyBefore: 0, kind: 'text' }
  const asideInSpeech = (u: number): boolean => {
    if (u + 1 >= trailer || units.kindOf(u + 1) !== 'text') return false
    units.read(u + 1, afterAside)
    if (!linePerParagraph && afterAside.emptyBefore >= 2) return false
    const next = afterAside.first
    return !isEscaped(lineText(table, next)) && table.firstCodes[next] !== 40 && table.firstCodes[next] !== 35
  }

  /** The last labelled unit: unlabeled text before the first turn, with labels after it, may be front matter (see `isFrontMatter`). */
  let lastLabel = -1
  let labels = 0
  const labelUnits: number[] = []
  for (let u = 0; u < units.count; u++) {
    if (units.kindOf(u) !== 'label') continue
    lastLabel = u
    labels++
    labelUnits.push(u)
  }
  /** A label with nothing after it on its line (`MINISTERS:`, `**Abbate:**`). */
  const labelAlone = (unit: Unit): boolean => (unit.contentLine ?? unit.first) === unit.first && (unit.contentOffset ?? 0) >= contentEnd(table, unit.first)
  const scratch: Unit = { first: 0, last: 0, emptyBefore: 0, kind: 'label' }
  /** A record (a Hansard) writes every label's speech on its line: a label alone there may be a heading. */
  const inlineLabels = labelsCarrySpeech(labelUnits, (u) => labelAlone(units.read(u, scratch)))
  /** Set once a record heading was read: from then on wide gaps are spacing, and text with no turn is printed matter. */
  let sectioned = false
  /** How many units each record rule took, for one message at the end. */
  const structureCounts = new Map<StructureRule, number>()
  let structureStart: Point | undefined
  /** Set while under a heading that names front or back matter (`## About the Interview`, `### Notes`); `sawFrontHeading` once one was seen. */
  let frontSection = false
  let sawFrontHeading = false
  /** The front-matter note being extended by the units that follow it. */
  let frontNote: Note | undefined
  /**
   * Unlabeled text before the first label is front matter (a title page, an appearances list, an
   * abstract), not an unattributed turn, when the document is a paged one (page furniture was
   * found) or the text stands under a heading that names front matter; only when labels follow.
   */
  const isFrontMatter = (u: number): boolean =>
    anyTurn === false && labels >= FRONT_MATTER_MIN_LABELS && u < lastLabel && (furniture !== null || sawFrontHeading)
  /** Unlabeled text under a heading that names back matter (`### Notes`, `## Contents`) with no turn open: a note. */
  const isBackMatter = (): boolean => frontSection && anyTurn && current === null
  const addFrontMatter = (unit: Unit, kind = 'front-matter') => {
    const value = unitText(unit)
    const position = span(unit.first, unit.last)
    if (frontNote && frontNote.position) {
      frontNote.value += `\n${value}`
      frontNote.position.end = position.end
      return
    }
    frontNote = { kind, value, position }
    notes.push(frontNote)
    if (kind === 'front-matter') report('expected speech or a speaker label, found front matter before the first label (a title page, contents, an abstract): kept as a note, not a turn', 'front-matter-text', position, 'info')
    else report('expected speech or a speaker label, found back matter under its heading (notes, contents): kept as a note, not a turn', 'back-matter-text', position, 'info')
  }

  const unit: Unit = { first: 0, last: 0, emptyBefore: 0, kind: 'text' }
  for (let u = 0; u < units.count; u++) {
    units.read(u, unit)
    if (u >= trailer) {
      addNote(TRAILER_START.test(lineText(table, unit.first)) || (u > trailer && notes.at(-1)?.kind === 'index') ? 'index' : 'footer', unit)
      continue
    }
    if (unit.kind === 'label') {
      if (!recordLabel(unit)) handleLabel(unit)
      continue
    }
    const first = lineText(table, unit.first)
    switch (unit.kind) {
      case 'page':
        addNote('page', unit)
        continue
      case 'stamp': {
        // A time on its own line is the time of the turn that follows (furniture lines may stand between).
        let next = u + 1
        while (next < units.count && units.kindOf(next) === 'page') next++
        const seconds = stampSeconds(first)
        if (seconds !== undefined && seconds >= 0 && next < trailer && units.kindOf(next) === 'label') pendingStamp = seconds
        else {
          addNote('time', unit)
          if (seconds !== undefined && seconds < 0) report(`a time before the start (\`${first}\`) cannot be a turn's time: kept as a note`, 'negative-time', span(unit.first, unit.last), 'info')
        }
        continue
      }
      case 'exam':
        pendingExamination = first
        endTurn()
        continue
      case 'examiner': {
        const name = EXAMINER_LINE.exec(first)![1]!
        examiner = registry.resolve(name).speaker
        blocks.push({ type: 'break', title: pendingExamination ? `${pendingExamination} ${first}` : first, position: span(unit.first, unit.last) })
        pendingExamination = undefined
        endTurn()
        continue
      }
      case 'witness': {
        const name = WITNESS_NAME.exec(first)![1]!
        witness = registry.witness(name)
        addNote('witness', unit)
        endTurn()
        continue
      }
      default:
        break
    }

    // An escaped paragraph is text, whatever it looks like.
    if (isEscaped(first)) {
      if (isFrontMatter(u) || isBackMatter()) {
        addFrontMatter(unit, anyTurn ? 'back-matter' : 'front-matter')
        continue
      }
      const segments = segmentsFrom(unit, unit.first, contentStart(table, unit.first) + ESCAPE.length)
      addText(unit, segments, true)
      continue
    }

    if (unit.first === unit.last) {
      const opening = first.charCodeAt(0)
      const heading = opening === 35 /* # */ ? HEADING.exec(first) : null
      if (heading) {
        addHeading(unescapeHeading(heading[2]!.trim()), unit)
        continue
      }
      if (!inHeader && isTimeLine(first)) {
        // A bare clock time between turns (`12:10 P.M.` when a session resumes): kept as a note.
        addNote('time', unit)
        continue
      }
      if ((opening === 42 || opening === 45 || opening === 95) && THEMATIC_BREAK.test(first)) {
        blocks.push({ type: 'break', position: span(unit.first, unit.last) })
        endTurn()
        continue
      }
    } else if (/^#{1,6}[ \t]/.test(first)) {
      // A heading wrapped over several lines (`#  Versión estenográfica ...`).
      addHeading(unitText(unit).replace(/^#{1,6}[ \t]+/, '').replace(/\s*\n\s*/g, ' ').trim(), unit)
      continue
    }

    const segments = segmentsFrom(unit, unit.first, contentStart(table, unit.first))
    if (inHeader) {
      const lines: string[] = []
      for (let line = unit.first; line <= unit.last; line++) lines.push(lineText(table, line))
      const early = buildInlines(table, segments, vocabulary, brackets)
      if ((unit.emptyBefore < 2 || isBoilerplate(lines[0]!)) && !(early && onlyEvents(early.children))) {
        const kind = unit.kind === 'paren' && !findDate(lines.join(' ')) ? 'speech' : classifyHeader(lines, { title: !!meta.title, place: !!meta.place })
        if (kind !== 'speech') {
          handleHeader(kind, lines, unit)
          continue
        }
      }
    }

    if (unit.kind === 'text' && recordText(unit, first)) continue

    // A one-line paragraph's only segment is exactly `first`: no second slice of the same text.
    const built = buildInlines(table, segments, vocabulary, brackets, unit.first === unit.last ? first : undefined)
    if (!built) continue
    const opensInterpreted = unit.emptyBefore >= 2 && built.children[0]?.type === 'event' && isInterpretationWording(built.children[0].value)
    if (unit.kind === 'paren' || (onlyEvents(built.children) && !opensInterpreted)) {
      // A line that is only an event: an event between turns.
      const events: Event[] =
        unit.kind === 'paren' && !onlyEvents(built.children)
          ? [{ type: 'event', kind: 'other', value: unitText(unit).replace(/\s*\n\s*/g, ' '), position: span(unit.first, unit.last) }]
          : built.children.filter((child): child is Event => child.type === 'event')
      const trailing = unit.kind === 'paren' ? [] : built.children.filter((child) => child.type === 'text' && child.value.trim() !== '')
      if (trailing.length > 0) report('kept punctuation after a stand-alone event as part of the event line', 'event-punctuation', built.position, 'info')
      if (current && asideInSpeech(u)) {
        // An aside between two paragraphs of one speech (a heckle, applause): a paragraph of the turn.
        pushParagraph(current, { type: 'paragraph', children: events, position: span(unit.first, unit.last) })
        continue
      }
      for (const event of events) blocks.push(event)
      if (current) afterEvent = true
      endTurn()
      inHeader = false
      continue
    }
    if (isFrontMatter(u) || isBackMatter()) {
      addFrontMatter(unit, anyTurn ? 'back-matter' : 'front-matter')
      continue
    }
    frontNote = undefined
    addText(unit, segments, false, built)
  }
  closeTurn()
  if (structureCounts.size > 0) {
    const counts = [...structureCounts].map(([rule, count]) => `${count} ${rule.id}`).join(', ')
    report(`record structure (not speech): ${counts}; headings are section breaks, procedural lines events, printed matter and division lists notes`, 'record-structure', structureStart, 'info')
  }

  function handleHeader(kind: string, lines: string[], unit: Unit) {
    const joined = lines.join(' ')
    switch (kind) {
      case 'boilerplate':
        addNote('boilerplate', unit)
        return
      case 'title':
        meta.title = joined
        return
      case 'place':
        meta.place = lines.join(', ')
        return
      case 'time':
        meta.extra = { ...meta.extra, time: joined }
        return
      case 'date': {
        const date = findDate(joined)
        if (date && !meta.date) meta.date = date
        addNote('dateline', unit)
        return
      }
      default: {
        // A multi-line header block (a court caption): pick out its date and time lines.
        for (const line of lines) {
          if (!meta.date && line.length <= 40 && findDate(line)) meta.date = findDate(line)!
          else if (!meta.extra?.time && isTimeLine(line)) meta.extra = { ...meta.extra, time: line }
        }
        addNote('header', unit)
      }
    }
  }

  function addText(unit: Unit, segments: Segment[], escaped: boolean, built = buildInlines(table, segments, vocabulary, brackets, undefined, escaped)) {
    if (!built) return
    const paragraph: ParagraphNode = built
    const gap = unit.emptyBefore >= 2 && !sectioned
    if (sectioned && !current) {
      // A sectioned record: text with no speech to continue is printed matter (a reply, an annex).
      addNote('printed-matter', unit)
      tally(PRINTED_MATTER, unit)
      return
    }
    // After a paragraph ending in `:`, a wide gap (3+ empty lines) is material left out (a video, a slide).
    if (current && !(gap && !(previousEndsWithColon && unit.emptyBefore >= 3))) {
      pushParagraph(current, paragraph)
      return
    }
    if (afterEvent && !gap && lastSpeaker !== null) {
      // `startTurn` forgets the last speaker (the new turn has none yet): keep it first.
      const previous = lastSpeaker
      const turn = startTurn(null, null, built.position.start, built.position.end)
      turn.speaker = lastSpeaker = previous
      report('a paragraph after a stand-alone event continues the previous speaker in a new turn', 'continued-after-event', built.position, 'info')
      pushParagraph(turn, paragraph)
      return
    }
    const turn = startTurn(null, null, built.position.start, built.position.end)
    lastSpeaker = null
    if (gap && !escaped) {
      // An unattributed turn may open with its time (`[00:01:02] ...`, as toText writes it): a
      // segment the paragraph opens with is that time, and its speech goes back into the paragraph.
      const opening = built.children[0]
      if (opening?.type === 'segment' && opening.position?.start === built.position.start) {
        turn.time = { start: opening.time.start, source: 'source' }
        built.children.splice(0, 1, ...opening.children)
        const next = built.children[0]
        if (next?.type === 'text') {
          const trimmed = next.value.replace(/^[ \t\u00a0]+/, '')
          withStartMoved(next, next.value.length - trimmed.length)
          next.value = trimmed
          if (trimmed === '') built.children.shift()
        }
      }
      const head = built.children[0]
      const stamp = head?.type === 'text' ? leadingTimestamp(head.value) : undefined
      if (stamp && head?.type === 'text') {
        turn.time = stamp.end !== undefined && stamp.end >= stamp.seconds ? { start: stamp.seconds, end: stamp.end, source: 'source' } : { start: stamp.seconds, source: 'source' }
        head.value = head.value.slice(stamp.length)
        withStartMoved(head, stamp.length)
        if (head.value === '') paragraph.children.shift()
      }
      let unescaped = false
      const after = paragraph.children[0]
      if (stamp && after?.type === 'text' && isEscaped(after.value)) {
        after.value = after.value.slice(ESCAPE.length)
        withStartMoved(after, 1)
        unescaped = true
        if (after.value === '') paragraph.children.shift()
      }
      // ... and with an interpretation qualifier, which marks it interpreted.
      const marker = paragraph.children[0]
      if (!unescaped && marker?.type === 'event' && isInterpretationWording(marker.value)) {
        turn.interpreted = true
        paragraph.children.shift()
        const next = paragraph.children[0]
        if (next?.type === 'text') {
          const trimmed = next.value.replace(/^[ \t\u00a0]+/, '')
          withStartMoved(next, next.value.length - trimmed.length)
          next.value = trimmed
          if (trimmed === '') paragraph.children.shift()
          else if (isEscaped(trimmed)) {
            next.value = trimmed.slice(ESCAPE.length)
            withStartMoved(next, 1)
          }
        }
      }
    }
    report(
      gap ? 'expected a speaker label after a section break, found an unlabeled paragraph: it starts an unattributed turn' : 'expected a speaker label, found an unlabeled paragraph with no turn to continue: it starts an unattributed turn',
      'unattributed-paragraph',
      built.position,
    )
    pushParagraph(turn, paragraph)
  }

  function handleLabel(unit: Unit) {
    const label = unit.label!
    const labelLine = unit.first
    const labelStart = pointAt(table, labelLine, contentStart(table, labelLine))
    const contentLine = unit.contentLine ?? unit.first
    const contentOffset = unit.contentOffset ?? contentStart(table, unit.first)
    if (unit.emptyBefore >= 2 && !sectioned && blocks.length > 0 && !previousEndsWithColon) blocks.push({ type: 'break', position: { start: labelStart, end: labelStart } })

    let segments = segmentsFrom(unit, contentLine, contentOffset)
    // Only speech opening with `\`, `[` or `(` can hold an escape or a time stamp; a stamp is read
    // in place, and only a backslash (rare) costs a slice to look at.
    const opening = segments[0] ? input.charCodeAt(segments[0].start) : -1
    let escaped = false
    let time = label.time ?? pendingStamp
    pendingStamp = undefined
    let endTime: number | undefined
    let interpreted = label.interpreted
    if (opening === 92 && isEscaped(input.slice(segments[0]!.start, segments[0]!.end))) {
      escaped = true
      segments[0]!.start += ESCAPE.length
    } else if (opening === 92 || opening === 91 || opening === 40) {
      const first = segments[0]!
      const after = readTimestamp(input, first.start, first.end, stamp)
      if (after !== -1) {
        if (time === undefined) {
          time = stamp.seconds
          endTime = Number.isNaN(stamp.end) ? undefined : stamp.end
        }
        first.start = after
        if (first.start >= first.end) segments = segments.slice(1)
        // Only a backslash after the stamp can be an escape: no slice to find out otherwise.
        else if (input.charCodeAt(first.start) === 92 && isEscaped(input.slice(first.start, first.end))) {
          escaped = true
          first.start += ESCAPE.length
        }
      }
    } else if (opening >= 48 && opening <= 57 && time === undefined && isColumnPadded(input, segments[0]!.start)) {
      // A column layout (`Joe Biden:      00:00:11      I will be ...`): a bare clock after padding is the turn's time.
      const first = segments[0]!
      const after = readClock(input, first.start, clockReading)
      if (after !== -1 && after < first.end && isBlankCode(input.charCodeAt(after))) {
        time = clockReading.seconds
        let next = after
        while (next < first.end && isBlankCode(input.charCodeAt(next))) next++
        first.start = next
      }
    }

    // A label already read as a speaker's is no break (a break returns before `resolved` is filled).
    const known = resolved.get(label.label)
    const section = known === undefined && isSectionLabel(label.label)
    if (section || (known === undefined && BREAK_LABELS.has(labelKey(label.label)))) {
      const node: Block = { type: 'break', title: label.label, position: { start: labelStart, end: labelEnd(contentLine, contentOffset) } }
      if (time !== undefined) node.data = { time }
      blocks.push(node)
      endTurn()
      if (section) return sectionTitle(node, unit, contentLine, contentOffset)
      const rest = paragraphOf(segments)
      if (rest) notes.push({ kind: 'break', value: toString(rest), ...(rest.position ? { position: rest.position } : {}) })
      return
    }

    let speaker: Speaker
    if (label.grammar === 'court') {
      speaker = label.label === 'Q.' ? examiner ?? registry.anonymous('questioner') : witness ?? registry.anonymous('witness')
      registry.addAlias(speaker, label.label)
    } else {
      const byId = label.id ? registry.byId(label.id) : undefined
      const cached = byId || witness ? undefined : known
      if (byId) {
        registry.addAlias(byId, label.label)
        speaker = byId
      } else if (cached) speaker = cached
      else {
        const resolution = registry.resolve(label.label, witness ? { witness } : {})
        if (!witness && !resolution.typoOf) resolved.set(label.label, resolution.speaker)
        speaker = resolution.speaker
        if (resolution.firstNameOf) report(`label \`${label.label}\` read as ${resolution.firstNameOf.name}: a first name and a full name of one speaker (no other speaker has that first name)`, 'first-name-link', { start: labelStart, end: labelEnd(contentLine, contentOffset) }, 'info')
        if (resolution.typoOf) typos.push({ label: label.label, speaker: resolution.typoOf, place: { start: labelStart, end: labelEnd(contentLine, contentOffset) }, index: messages.length })
      }
    }
    const paragraph = paragraphOf(segments, escaped)
    const turnTime: Turn['time'] = time === undefined ? undefined : endTime !== undefined && endTime >= time ? { start: time, end: endTime, source: 'source' } : { start: time, source: 'source' }
    // The turn ends where its paragraph ends: the same point object (nothing moves a point in place).
    const turn = startTurn(speaker, label.label, labelStart, paragraph ? paragraph.position!.end : labelEnd(contentLine, contentOffset), turnTime, paragraph ?? undefined)
    if (paragraph) {
      const firstChild = paragraph.children[0]
      if (!escaped && firstChild?.type === 'event' && isInterpretationWording(firstChild.value)) interpreted = true
      previousEndsWithColon = endsWithColon(paragraph)
    } else previousEndsWithColon = false
    turn.interpreted = interpreted
  }

  function tally(rule: StructureRule, unit: Unit) {
    structureCounts.set(rule, (structureCounts.get(rule) ?? 0) + 1)
    structureStart ??= pointAt(table, unit.first, contentStart(table, unit.first))
  }

  /** Record structure among labels: a division list (`AYES-214:`) is a note, a lone one-word label in a record a heading. */
  function recordLabel(unit: Unit): boolean {
    const label = unit.label!.label
    if (isDivisionLabel(label)) {
      addNote('division', unit)
      tally(DIVISION_RULE, unit)
      endTurn()
      return true
    }
    if (!inlineLabels || !labelAlone(unit) || !mayBeHeadingLabel(label) || resolved.has(label)) return false
    blocks.push({ type: 'break', title: label, position: span(unit.first, unit.first) })
    endTurn()
    sectioned = true
    tally(HEADING_RULES.label, unit)
    report(`label \`${label}:\` stands alone in a record whose labels carry their speech: read as a heading, not a speaker`, 'record-heading', span(unit.first, unit.first), 'info')
    if (unit.last > unit.first) addText({ ...unit, first: unit.first + 1, kind: 'text', emptyBefore: 1 }, segmentsFrom(unit, unit.first + 1, contentStart(table, unit.first + 1)), false)
    return true
  }

  /** Record structure among text units of up to three lines: a heading, a procedural line, a printed question. */
  function recordText(unit: Unit, first: string): boolean {
    const short = unit.last - unit.first <= 2
    const text = unit.first === unit.last ? first : short ? unitText(unit).replace(/\s*\n\s*/g, ' ') : first
    const heading = short ? headingRule(table, unit.first, unit.last, text) : undefined
    const rule = heading ?? (short ? recordLineRule(text) : undefined) ?? (unit.last > unit.first ? recordLineRule(first) : undefined)
    if (!rule) return false
    tally(rule, unit)
    endTurn()
    if (heading) {
      blocks.push({ type: 'break', title: text, position: span(unit.first, unit.last) })
      sectioned = true
      return true
    }
    if (rule.yields === 'note') {
      addNote('question', unit)
      return true
    }
    // A procedural line; when only the first line is one, the next may start a turn (`Bill accordingly passed.` / `The DEPUTY SPEAKER: ...`).
    const whole = short && recordLineRule(text) === rule
    blocks.push({ type: 'event', kind: 'other', value: whole ? text : first, position: whole ? span(unit.first, unit.last) : span(unit.first, unit.first) })
    if (whole) return true
    const start = contentStart(table, unit.first + 1)
    const next = matchLabel(input.slice(start, table.ends[unit.first + 1]))
    const rest: Unit = next
      ? { first: unit.first + 1, last: unit.last, emptyBefore: 0, kind: 'label', label: next, contentLine: unit.first + 1, contentOffset: start + next.content }
      : { first: unit.first + 1, last: unit.last, emptyBefore: 0, kind: 'text' }
    if (next) handleLabel(rest)
    else addText(rest, segmentsFrom(rest, rest.first, start), false)
    return true
  }

  /**
   * A section marker's words on its line are its title (`Part 2: National Security, ...`); a
   * label on the next line of its paragraph (no blank line between) starts the next turn.
   */
  function sectionTitle(node: Block & { type: 'break' }, unit: Unit, line: number, offset: number) {
    const rest = paragraphOf(segmentsFrom({ ...unit, last: line }, line, offset))
    if (rest) {
      node.title = `${node.title}: ${toString(rest)}`
      node.position!.end = rest.position!.end
    }
    if (unit.last === line) return
    const start = contentStart(table, line + 1)
    const next = matchLabel(input.slice(start, table.ends[line + 1]))
    const after: Unit = next
      ? { first: line + 1, last: unit.last, emptyBefore: 0, kind: 'label', label: next, contentLine: line + 1, contentOffset: start + next.content }
      : { first: line + 1, last: unit.last, emptyBefore: 0, kind: 'text' }
    if (next) handleLabel(after)
    else addText(after, segmentsFrom(after, line + 1, start), false)
  }

  // Names: proper casing from the text, first names for `MR. X` speakers, roles by context.
  registry.finishNames(input)
  registry.completeNames(meta.title ? [meta.title.replace(/\u00a0/g, ' '), input] : [input])
  // A court record reads some labels its own way (`QUESTION:` is a justice, not the press).
  const byKind = isCourtRecord(registry.speakers, !!court) ? applyKindRules(registry.speakers.filter((speaker) => !speaker.aliases.some((alias) => registry.isSeeded(alias))), labelKey) : undefined
  if (byKind) noteKindRules(byKind, blocks, report)
  const hasJournalists = registry.speakers.some((speaker) => speaker.role === 'journalist')
  // Press conferences and court transcripts have their own rules below; elsewhere, roles by context.
  if (!court && !hasJournalists) inferRoles(blocks, registry)
  for (const speaker of registry.speakers) {
    if (speaker.role !== 'unknown' || speaker.group || registry.isFixed(speaker)) continue
    if (court && /^(?:Mr|Ms|Mrs|Dr)\.? /.test(speaker.name)) speaker.role = 'attorney'
    else if (court && registry.isHonorific(speaker)) speaker.role = 'attorney'
    else if (hasJournalists && !court) speaker.role = 'official'
  }
  for (const typo of typos.reverse()) {
    const known = typo.speaker.aliases.filter((alias) => alias !== typo.label)
    messages.splice(
      typo.index,
      0,
      createMessage(`label \`${typo.label}\` matches no other label; read as a typo of ${typo.speaker.name} (written \`${known[0] ?? typo.speaker.name}\` elsewhere)`, 'label-typo', SOURCE, {
        severity: 'warning',
        place: typo.place,
        expected: known[0] ?? typo.speaker.name,
        actual: typo.label,
        ...(file === undefined ? {} : { file }),
      }),
    )
  }
  const renamed = registry.finishIds()
  if (renamed.size > 0) for (const block of blocks) if (block.type === 'turn' && block.speaker !== null) block.speaker = renamed.get(block.speaker) ?? block.speaker
  transcript.speakers = registry.speakers
  transcript.children = blocks
  finishMeta(meta, notes)
  const last = table.count - 1
  transcript.position = { start: pointAt(table, 0, table.starts[0]!), end: pointAt(table, last, table.ends[last]!) }
  return { transcript, messages }
}

const clockReading = { seconds: 0 }
const isBlankCode = (code: number): boolean => code === 32 || code === 9 || code === 0xa0

/** Whether at least two blanks stand before `at` (a label padded to a column). */
function isColumnPadded(input: string, at: number): boolean {
  return at >= 2 && isBlankCode(input.charCodeAt(at - 1)) && isBlankCode(input.charCodeAt(at - 2))
}

/**
 * Move the start of a text node `by` characters along its line. The position is replaced, not
 * changed: a paragraph's only text node shares the paragraph's position object.
 */
function withStartMoved(node: Text, by: number): void {
  if (!node.position) return
  const start = node.position.start
  node.position = { start: { ...start, column: start.column + by, offset: (start.offset ?? 0) + by }, end: node.position.end }
}

/** Whether a paragraph's text ends with a colon (trailing spaces ignored), without copying it. */
function endsWithColon(paragraph: ParagraphNode): boolean {
  const last = paragraph.children[paragraph.children.length - 1]
  if (last?.type !== 'text') return false
  let i = last.value.length - 1
  while (i >= 0 && (last.value.charCodeAt(i) === 32 || last.value.charCodeAt(i) === 9 || last.value.charCodeAt(i) === 0xa0)) i--
  return i >= 0 && last.value.charCodeAt(i) === 58
}

/** The lines that are page furniture as a whole (not those that only lose their line number). */
function furnitureLines(furniture: PageFurniture, table: LineTable): Uint8Array {
  const flags = new Uint8Array(table.count)
  for (const line of furniture.lines) if (line.rule.id !== 'line-number') flags[lineOf(table, line.start)] = 1
  return flags
}

/**
 * Page furniture into notes: one note per run of whole furniture lines (a page foot and head, a
 * caption column), the line numbers only counted, and one message that says what was set aside.
 */
function notePageFurniture(furniture: PageFurniture, table: LineTable, notes: Note[], report: (reason: string, ruleId: string, place: Point | Position | undefined, severity?: 'warning' | 'info' | 'error') => void): void {
  let run: { start: number; end: number; values: string[] } | undefined
  const flush = () => {
    if (!run) return
    const first = lineOf(table, run.start)
    const last = lineOf(table, run.end)
    notes.push({ kind: 'page-furniture', value: run.values.join('\n'), position: { start: pointAt(table, first, run.start), end: pointAt(table, last, run.end) } })
    run = undefined
  }
  let lineNumbers = 0
  let previousEnd = -1
  for (const line of furniture.lines) {
    if (line.rule.id === 'line-number') {
      lineNumbers++
      continue
    }
    // Lines with only blank lines between them make one run.
    if (run && !/\S/.test(table.text.slice(previousEnd, line.start))) {
      run.end = line.end
      if (line.value) run.values.push(line.value)
    } else {
      flush()
      run = { start: line.start, end: line.end, values: line.value ? [line.value] : [] }
    }
    previousEnd = line.end
  }
  flush()
  const lines = furniture.lines.length - lineNumbers
  const first = furniture.lines[0]
  report(
    `page layout: ${furniture.pages} pages with line numbers (1–25); ${lineNumbers} line numbers and ${lines} page furniture lines (page numbers, running heads and feet) set aside as notes (kind \`page-furniture\`)`,
    'page-furniture',
    first ? pointAt(table, lineOf(table, first.start), first.start) : undefined,
    'info',
  )
}

/** Turns of a speaker a kind rule changed take its new id; one message per rule says what was guessed. */
function noteKindRules(changed: Map<string, { speaker: Speaker; rule: KindLabelRule }>, blocks: Block[], report: (reason: string, ruleId: string, place: Point | Position | undefined, severity?: 'warning' | 'info' | 'error') => void): void {
  if (changed.size === 0) return
  let first: Position | undefined
  for (const block of blocks) {
    if (block.type !== 'turn' || block.speaker === null) continue
    const entry = changed.get(block.speaker)
    if (!entry) continue
    block.speaker = entry.speaker.id
    first ??= block.position
  }
  for (const { speaker, rule } of changed.values()) {
    report(`this reads as a court record (a judge speaks): \`${speaker.aliases[0]}\` read as ${speaker.name} (${speaker.role}), not the press [${rule.id}]`, 'document-kind', first, 'info')
  }
}

function finishMeta(meta: Metadata, notes: Note[]): void {
  if (notes.length > 0) meta.notes = notes
}
