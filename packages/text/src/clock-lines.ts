/**
 * Clock-led lines (an Otter or meeting export that writes a bare time before every utterance:
 * `0:00 Have you ever…`, `0:00 Emma: Have you…`, or the speaker's name alone on the line before
 * `0:00 …`): the time is the turn's start, not text, and each such line starts a turn. A pass
 * over the paragraphs (like `stamp-lines.ts`) splits them before every clock-led line (with the
 * name line above it), only in a document where at least `MIN_CLOCK_LINES` paragraphs hold one;
 * `readClockUnit` reads the units that open with one.
 */
import { CLOCK_NAME_LINE, readClock } from './clock.js'
import { contentEnd, contentStart, pointAt, type LineTable } from './lines.js'
import { maskSpans } from './mask-spans.js'
import type { ReadContext } from './read-context.js'
import type { ClockPrefix } from './styles.js'
import { grammarById } from './grammars.js'
import { readLabel } from './read-label.js'
import { splitParagraphsAt, type ParagraphTable } from './units.js'

export const CLOCK_LINE_RULE = {
  id: 'clock-line',
  /** A speaker's name alone on the line above a clock-led line: one to four capitalised words (`Emma`, `Speaker 1`). */
  namePattern: CLOCK_NAME_LINE,
} as const

const MIN_CLOCK_LINES = 3
const MIXED = /* @__PURE__ */ grammarById('mixed')
const MAX_NAME = 40
const clock = { seconds: 0 }

/** Where the text after a bare clock and blanks starts on `line`, or -1 when the line does not open with one (`clock.seconds` holds the time). */
function afterClock(table: LineTable, line: number): number {
  const code = table.firstCodes[line]!
  if (code < 48 || code > 57) return -1
  const text = table.text_
  const end = contentEnd(table, line)
  let at = readClock(text, contentStart(table, line), clock)
  if (at === -1 || at >= end || (text.charCodeAt(at) !== 32 && text.charCodeAt(at) !== 9)) return -1
  while (at < end && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++
  return at < end ? at : -1
}

function isNameLine(table: LineTable, line: number): boolean {
  const start = contentStart(table, line)
  const end = contentEnd(table, line)
  return end - start <= MAX_NAME && CLOCK_LINE_RULE.namePattern.test(table.text_.slice(start, end))
}

/** The paragraphs split before every clock-led line (and the name line above it), or the same table when the document has too few. */
export function splitClockLines(table: LineTable, paragraphs: ParagraphTable): ParagraphTable {
  // Clock-led lines that open a paragraph, follow a name line, or stand among lines of their kind (one paragraph of them).
  let found = 0
  for (let p = 0; p < paragraphs.count && found < MIN_CLOCK_LINES; p++) {
    const first = paragraphs.first_[p]!
    for (let line = first; line <= paragraphs.last_[p]! && found < MIN_CLOCK_LINES; line++) {
      if (afterClock(table, line) === -1) {
        if (line > first + 1) break
        continue
      }
      if (line === first || isNameLine(table, line - 1) || afterClock(table, line - 1) !== -1) found++
    }
  }
  if (found < MIN_CLOCK_LINES) return paragraphs
  const cuts: number[] = []
  for (let p = 0; p < paragraphs.count; p++) {
    for (let line = paragraphs.first_[p]! + 1; line <= paragraphs.last_[p]!; line++) {
      // A name line above the clock line goes with it.
      if (afterClock(table, line) !== -1) cuts.push(isNameLine(table, line - 1) ? line - 1 : line)
    }
  }
  const split = splitParagraphsAt(paragraphs, cuts)
  return split === paragraphs ? { ...paragraphs, clockLines_: true } : ((split.clockLines_ = true), split)
}

/**
 * A text unit of a clock-led document: `Name` / `0:00 speech` is a turn of `Name`, `0:00 Name:
 * speech` a turn of the label, and `0:00 speech` a turn with no speaker, each timed from the
 * clock. Returns false for any other unit.
 */
export function readClockUnit(ctx: ReadContext): boolean {
  const { table_: table, unit_: unit, input_: input } = ctx
  let line = unit.first_
  let name: string | undefined
  let at = afterClock(table, line)
  if (at === -1 && line < unit.last_ && isNameLine(table, line)) {
    at = afterClock(table, line + 1)
    if (at === -1) return false
    name = ctx.line_(line)
    line++
  }
  if (at === -1) return false
  const time = clock.seconds
  // After the time, a label in the document's grammar or a mixed-case one (the vote saw lines opening with digits).
  const rest = name === undefined ? input.slice(at, table.ends[line]) : ''
  const label = name === undefined ? ctx.matchLabel_(rest) ?? MIXED.match(rest) : null
  ctx.clockTurns_++
  if (name !== undefined || label) {
    const match = label ? { ...label, content: at - contentStart(table, line) + label.content, time } : { grammar: 'timed' as const, label: name!, interpreted: false, content: 0, time }
    readLabel(ctx, { first_: unit.first_, last_: unit.last_, emptyBefore_: unit.emptyBefore_, kind_: 'label', label_: match, contentLine_: line, contentOffset_: label ? at + label.content : at })
    return true
  }
  const segments = ctx.segmentsFrom_(unit, line, at)
  const paragraph = ctx.paragraphOf_(segments)
  if (!paragraph) return false
  const turn = ctx.startTurn_(null, null, pointAt(table, line, contentStart(table, line)), paragraph.position.end, { start: time, source: 'source' }, paragraph)
  ctx.previousEndsWithColon_ = false
  ctx.lastSpeaker_ = turn.speaker
  return true
}

/** One message for the document: how many turns were read from clock-led lines. */
export function reportClockLines(ctx: ReadContext): void {
  if (ctx.clockTurns_ === 0) return
  ctx.report_(`${ctx.clockTurns_} turns read from lines led by a bare time (\`0:00 …\`): the time is each turn's start`, CLOCK_LINE_RULE.id, ctx.span_(ctx.units_.firstOf_(0), ctx.units_.firstOf_(0)), 'info')
}

/** The share of non-blank lines that must open with the same time for it to be a column of the export. */
const PREFIX_SHARE = 0.8

/**
 * A time written before every line, the same each time (`0:00 Brian Host  53:14`, `0:00 You
 * know…`: a player's column pasted with the text): no time of anything. Masked with spaces like
 * page furniture (offsets stay true), so the lines read as they would without it; null when the
 * lines do not all open with one time (nearly every document: one look at each line's first code).
 */
export function maskClockPrefix(table: LineTable): ClockPrefix | null {
  // Lines that open with no digit: past a fifth of all lines, no column can stand before 80% of the non-blank ones (most documents stop within their first lines).
  const limit = table.count * (1 - PREFIX_SHARE)
  let nonBlank = 0
  let digits = 0
  for (let line = 0; line < table.count; line++) {
    const code = table.firstCodes[line]!
    if (code === 0) continue
    nonBlank++
    if (code >= 48 && code <= 57) digits++
    else if (nonBlank - digits > limit) return null
  }
  if (digits < MIN_CLOCK_LINES || digits < nonBlank * PREFIX_SHARE) return null
  return maskPrefix(table, nonBlank, afterClock, true) ?? maskPrefix(table, nonBlank, afterPageLine, false)
}

/** `00006:01` (a deposition's page and line, five and two digits) at the start of a line: where the text after it starts, else -1. */
function afterPageLine(table: LineTable, line: number): number {
  const code = table.firstCodes[line]!
  if (code < 48 || code > 57) return -1
  const text = table.text_
  const start = contentStart(table, line)
  const end = contentEnd(table, line)
  const match = PAGE_LINE_PREFIX.exec(text.slice(start, Math.min(end, start + 12)))
  return match ? start + match[0].length : -1
}

const PAGE_LINE_PREFIX = /^\d{3,5}:\d{2}(?:[ \t]+|$)/

/** Lines opening with a prefix `after` finds, masked when (nearly) every line has one (and, for `same`, the same one each time). */
function maskPrefix(table: LineTable, nonBlank: number, after: (table: LineTable, line: number) => number, same: boolean): ClockPrefix | null {
  const text = table.text_
  let value: string | undefined
  const spans: { start_: number; end_: number }[] = []
  for (let line = 0; line < table.count; line++) {
    const at = after(table, line)
    if (at === -1) continue
    const start = contentStart(table, line)
    let end = start
    while (end < at && text.charCodeAt(end) !== 32 && text.charCodeAt(end) !== 9) end++
    const written = text.slice(start, end)
    if (value === undefined) value = written
    else if (same && written !== value) return null
    spans.push({ start_: start, end_: at })
  }
  if (value === undefined || spans.length < nonBlank * PREFIX_SHARE) return null
  return { text: maskSpans(text, spans), value, lines: spans.length, first: spans[0]!.start_ }
}

/** The masked time column: one note and one message. */
export function noteClockPrefix(ctx: ReadContext, prefix: ClockPrefix): void {
  const table = ctx.table_
  let line = 0
  while (line + 1 < table.count && table.starts[line + 1]! <= prefix.first) line++
  const place = pointAt(table, line, prefix.first)
  ctx.notes_.push({ kind: 'page-furniture', value: `${prefix.value} (before ${prefix.lines} lines)`, position: { start: place, end: pointAt(table, line, prefix.first + prefix.value.length) } })
  ctx.report_(`${prefix.lines} lines open with a column (\`${prefix.value}\` first): the same time on every line, or a page and line reference; not speech, set aside`, CLOCK_PREFIX_RULE.id, place, 'info')
}

export const CLOCK_PREFIX_RULE = {
  id: 'clock-prefix',
} as const
