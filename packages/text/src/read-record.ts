/**
 * The structure of a parliamentary record among the units (see `record-structure.ts`, whose
 * rules are data): a division list (`AYES-214:`) is a note, a lone one-word label in a record
 * whose labels carry their speech is a heading, and text units of up to three lines may be a
 * heading, a procedural line (an event) or a printed question (a note). Once a heading is read,
 * the record is `sectioned`. A section label's words on its line are its title.
 */
import { toString, type Break } from '@verbatim/core'
import { contentEnd, contentStart } from './lines.js'
import type { ReadContext } from './read-context.js'
import { readLabel } from './read-label.js'
import { readParagraph } from './read-paragraph.js'
import { DIVISION_RULE, hasCapsWord, HEADING_RULES, headingRule, isCapsHeading, isDivisionLabel, labelsCarrySpeech, mayBeHeadingLabel, recordLineRule, type StructureRule } from './record-structure.js'
import type { Unit } from './unit-table.js'

/** A label with nothing after it on its line (`MINISTERS:`, `**Abbate:**`). */
function labelAlone(ctx: ReadContext, unit: Unit): boolean {
  return (unit.contentLine_ ?? unit.first_) === unit.first_ && (unit.contentOffset_ ?? 0) >= contentEnd(ctx.table_, unit.first_)
}

/** Whether the document is a record whose labels carry their speech (set once, before the units are read). */
export function findInlineLabels(ctx: ReadContext, labelUnits: readonly number[]): void {
  ctx.inlineLabels_ = labelsCarrySpeech(labelUnits, (u) => labelAlone(ctx, ctx.units_.read_(u, ctx.scratch_)))
}

export function tallyStructure(ctx: ReadContext, rule: StructureRule, unit: Unit): void {
  ctx.structureCounts_.set(rule, (ctx.structureCounts_.get(rule) ?? 0) + 1)
  ctx.structureStart_ ??= ctx.span_(unit.first_, unit.first_).start
}

/** One message for all the record structure read. */
export function reportRecordStructure(ctx: ReadContext): void {
  if (ctx.structureCounts_.size === 0) return
  const counts = [...ctx.structureCounts_].map(([rule, count]) => `${count} ${rule.id}`).join(', ')
  ctx.report_(`record structure (not speech): ${counts}`, 'record-structure', ctx.structureStart_, 'info')
}

/** A label unit: record structure when it is some (returns true), else a turn. */
export function readLabelUnit(ctx: ReadContext): void {
  if (!readRecordLabel(ctx)) readLabel(ctx)
}

function readRecordLabel(ctx: ReadContext): boolean {
  const unit = ctx.unit_
  const label = unit.label_!.label
  if (isDivisionLabel(label)) {
    ctx.addNote_('division', unit)
    tallyStructure(ctx, DIVISION_RULE, unit)
    ctx.endTurn_()
    return true
  }
  if (!ctx.inlineLabels_ || !labelAlone(ctx, unit) || !mayBeHeadingLabel(label) || ctx.resolved_.has(label)) return false
  ctx.addBreak_({ type: 'break', title: label, position: ctx.span_(unit.first_, unit.first_) })
  ctx.sectioned_ = true
  tallyStructure(ctx, HEADING_RULES.label, unit)
  ctx.report_(`label \`${label}:\` alone in a record: read as a heading, not a speaker`, 'record-heading', ctx.span_(unit.first_, unit.first_), 'info')
  if (unit.last_ > unit.first_) {
    const rest: Unit = { ...unit, first_: unit.first_ + 1, kind_: 'text', emptyBefore_: 1 }
    readParagraph(ctx, rest, ctx.segmentsFrom_(unit, unit.first_ + 1, contentStart(ctx.table_, unit.first_ + 1)), false)
  }
  return true
}

/** Record structure among text units of up to three lines (web furniture read before): a heading, a procedural line, a printed question. */
export function readRecordText(ctx: ReadContext, first: string): boolean {
  const { unit_: unit, table_: table } = ctx
  const short = unit.last_ - unit.first_ <= 2
  const text = unit.first_ === unit.last_ ? first : short ? ctx.unitText_(unit).replace(/\s*\n\s*/g, ' ') : first
  // In the header, what stands close to the lines before it is header material (a title, a dateline), until a heading was read.
  const heading = short && !(ctx.inHeader_ && unit.emptyBefore_ < 2 && !ctx.sectioned_) ? headingRule(table, unit.first_, unit.last_, text) : undefined
  const rule = heading ?? (short ? recordLineRule(text) : undefined) ?? (unit.last_ > unit.first_ ? recordLineRule(first) : undefined)
  if (!rule) return unit.last_ > unit.first_ && readTrailingHeading(ctx, unit)
  tallyStructure(ctx, rule, unit)
  ctx.endTurn_()
  if (heading) {
    ctx.blocks_.push({ type: 'break', title: text, position: ctx.span_(unit.first_, unit.last_) })
    ctx.sectioned_ = true
    return true
  }
  if (rule.yields === 'note') {
    noteUntilLabel(ctx, unit, 'question')
    return true
  }
  // A procedural line; when only the first line is one, the next may start a turn (`Bill accordingly passed.` / `The DEPUTY SPEAKER: ...`).
  const whole = short && recordLineRule(text) === rule
  ctx.blocks_.push({ type: 'event', kind: 'other', value: whole ? text : first, position: whole ? ctx.span_(unit.first_, unit.last_) : ctx.span_(unit.first_, unit.first_) })
  if (!whole) readRestOfUnit(ctx, unit, unit.first_ + 1)
  return true
}

/**
 * A paragraph whose last line is a centred heading in capitals (no blank line between them,
 * `... Agreed? Thank you.` / `CHILDREN’S BILL`): the paragraph, then the heading.
 */
function readTrailingHeading(ctx: ReadContext, unit: Unit): boolean {
  const last = unit.last_
  const text = ctx.line_(last)
  if (!isCapsHeading(text) || headingRule(ctx.table_, last, last, text) !== HEADING_RULES.centred) return false
  tallyStructure(ctx, HEADING_RULES.centred, unit)
  const body: Unit = { ...unit, last_: last - 1 }
  readParagraph(ctx, body, ctx.segmentsFrom_(body, body.first_, contentStart(ctx.table_, body.first_)), false)
  ctx.addBreak_({ type: 'break', title: text, position: ctx.span_(last, last) })
  ctx.sectioned_ = true
  return true
}

/** A label with a word in capitals at the start of `line` (a turn glued to the unit before it). */
function labelAt(ctx: ReadContext, line: number): boolean {
  const found = ctx.matchLabel_(ctx.input_.slice(contentStart(ctx.table_, line), ctx.table_.ends[line]))
  return !!found && hasCapsWord(found.label)
}

/** `unit` as a note, up to a line that starts with a label (a turn glued to it, no blank line between): that turn is read. */
export function noteUntilLabel(ctx: ReadContext, unit: Unit, kind: string): void {
  const last = unit.last_
  let end = unit.first_
  while (end < last && !labelAt(ctx, end + 1)) end++
  ctx.addNote_(kind, end === last ? unit : { ...unit, last_: end })
  if (end < last) readRestOfUnit(ctx, unit, end + 1)
}

/**
 * A section marker's words on its line are its title (`Part 2: National Security, ...`); a
 * label on the next line of its paragraph (no blank line between) starts the next turn.
 */
export function readSectionTitle(ctx: ReadContext, node: Break, unit: Unit, line: number, offset: number): void {
  const rest = ctx.paragraphOf_(ctx.segmentsFrom_({ ...unit, last_: line }, line, offset))
  if (rest) {
    node.title = `${node.title}: ${toString(rest)}`
    node.position!.end = rest.position.end
  }
  if (unit.last_ !== line) readRestOfUnit(ctx, unit, line + 1)
}

/** The lines of `unit` from `line` on, read as a unit of their own: a turn when a label opens them, else text. */
function readRestOfUnit(ctx: ReadContext, unit: Unit, line: number): void {
  const { table_: table, input_: input } = ctx
  const start = contentStart(table, line)
  const next = ctx.matchLabel_(input.slice(start, table.ends[line]))
  if (next) {
    readLabel(ctx, { first_: line, last_: unit.last_, emptyBefore_: 0, kind_: 'label', label_: next, contentLine_: line, contentOffset_: start + next.content })
    return
  }
  const rest: Unit = { first_: line, last_: unit.last_, emptyBefore_: 0, kind_: 'text' }
  readParagraph(ctx, rest, ctx.segmentsFrom_(rest, line, start), false)
}
