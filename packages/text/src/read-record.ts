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
import { isWebFurniture } from './header.js'
import { DIVISION_RULE, hasCapsWord, HEADING_RULES, headingRule, isCapsHeading, isDivisionLabel, labelsCarrySpeech, mayBeHeadingLabel, recordLineRule, type StructureRule } from './record-structure.js'
import type { Unit } from './unit-table.js'

/** A label with nothing after it on its line (`MINISTERS:`, `**Abbate:**`). */
function labelAlone(ctx: ReadContext, unit: Unit): boolean {
  return (unit.contentLine ?? unit.first) === unit.first && (unit.contentOffset ?? 0) >= contentEnd(ctx.table, unit.first)
}

/** Whether the document is a record whose labels carry their speech (set once, before the units are read). */
export function findInlineLabels(ctx: ReadContext, labelUnits: readonly number[]): void {
  ctx.inlineLabels = labelsCarrySpeech(labelUnits, (u) => labelAlone(ctx, ctx.units.read(u, ctx.scratch)))
}

export function tallyStructure(ctx: ReadContext, rule: StructureRule, unit: Unit): void {
  ctx.structureCounts.set(rule, (ctx.structureCounts.get(rule) ?? 0) + 1)
  ctx.structureStart ??= ctx.span(unit.first, unit.first).start
}

/** One message for all the record structure read. */
export function reportRecordStructure(ctx: ReadContext): void {
  if (ctx.structureCounts.size === 0) return
  const counts = [...ctx.structureCounts].map(([rule, count]) => `${count} ${rule.id}`).join(', ')
  ctx.report(`record structure (not speech): ${counts}`, 'record-structure', ctx.structureStart, 'info')
}

/** A label unit: record structure when it is some (returns true), else a turn. */
export function readLabelUnit(ctx: ReadContext): void {
  if (!readRecordLabel(ctx)) readLabel(ctx)
}

function readRecordLabel(ctx: ReadContext): boolean {
  const unit = ctx.unit
  const label = unit.label!.label
  if (isDivisionLabel(label)) {
    ctx.addNote('division', unit)
    tallyStructure(ctx, DIVISION_RULE, unit)
    ctx.endTurn()
    return true
  }
  if (!ctx.inlineLabels || !labelAlone(ctx, unit) || !mayBeHeadingLabel(label) || ctx.resolved.has(label)) return false
  ctx.addBreak({ type: 'break', title: label, position: ctx.span(unit.first, unit.first) })
  ctx.sectioned = true
  tallyStructure(ctx, HEADING_RULES.label, unit)
  ctx.report(`label \`${label}:\` alone in a record: read as a heading, not a speaker`, 'record-heading', ctx.span(unit.first, unit.first), 'info')
  if (unit.last > unit.first) {
    const rest: Unit = { ...unit, first: unit.first + 1, kind: 'text', emptyBefore: 1 }
    readParagraph(ctx, rest, ctx.segmentsFrom(unit, unit.first + 1, contentStart(ctx.table, unit.first + 1)), false)
  }
  return true
}

/** Record structure among text units of up to three lines: a heading, a procedural line, a printed question. */
export function readRecordText(ctx: ReadContext, first: string): boolean {
  const { unit, table } = ctx
  if (isWebFurniture(first) || (unit.last > unit.first && isWebFurniture(ctx.line(unit.last)))) {
    // Web furniture inside a speech (`Continue reading the main story`): a note; the speech goes on after it.
    ctx.addNote('web-furniture', unit)
    ctx.keepTurn = ctx.current !== null
    return true
  }
  const short = unit.last - unit.first <= 2
  const text = unit.first === unit.last ? first : short ? ctx.unitText(unit).replace(/\s*\n\s*/g, ' ') : first
  // In the header, what stands close to the lines before it is header material (a title, a dateline), until a heading was read.
  const heading = short && !(ctx.inHeader && unit.emptyBefore < 2 && !ctx.sectioned) ? headingRule(table, unit.first, unit.last, text) : undefined
  const rule = heading ?? (short ? recordLineRule(text) : undefined) ?? (unit.last > unit.first ? recordLineRule(first) : undefined)
  if (!rule) return unit.last > unit.first && readTrailingHeading(ctx, unit)
  tallyStructure(ctx, rule, unit)
  ctx.endTurn()
  if (heading) {
    ctx.blocks.push({ type: 'break', title: text, position: ctx.span(unit.first, unit.last) })
    ctx.sectioned = true
    return true
  }
  if (rule.yields === 'note') {
    noteUntilLabel(ctx, unit, 'question')
    return true
  }
  // A procedural line; when only the first line is one, the next may start a turn (`Bill accordingly passed.` / `The DEPUTY SPEAKER: ...`).
  const whole = short && recordLineRule(text) === rule
  ctx.blocks.push({ type: 'event', kind: 'other', value: whole ? text : first, position: whole ? ctx.span(unit.first, unit.last) : ctx.span(unit.first, unit.first) })
  if (!whole) readRestOfUnit(ctx, unit, unit.first + 1)
  return true
}

/**
 * A paragraph whose last line is a centred heading in capitals (no blank line between them,
 * `... Agreed? Thank you.` / `CHILDREN’S BILL`): the paragraph, then the heading.
 */
function readTrailingHeading(ctx: ReadContext, unit: Unit): boolean {
  const last = unit.last
  const text = ctx.line(last)
  if (!isCapsHeading(text) || headingRule(ctx.table, last, last, text) !== HEADING_RULES.centred) return false
  tallyStructure(ctx, HEADING_RULES.centred, unit)
  const body: Unit = { ...unit, last: last - 1 }
  readParagraph(ctx, body, ctx.segmentsFrom(body, body.first, contentStart(ctx.table, body.first)), false)
  ctx.addBreak({ type: 'break', title: text, position: ctx.span(last, last) })
  ctx.sectioned = true
  return true
}

/** A label with a word in capitals at the start of `line` (a turn glued to the unit before it). */
function labelAt(ctx: ReadContext, line: number): boolean {
  const found = ctx.matchLabel(ctx.input.slice(contentStart(ctx.table, line), ctx.table.ends[line]))
  return !!found && hasCapsWord(found.label)
}

/** `unit` as a note, up to a line that starts with a label (a turn glued to it, no blank line between): that turn is read. */
export function noteUntilLabel(ctx: ReadContext, unit: Unit, kind: string): void {
  const last = unit.last
  let end = unit.first
  while (end < last && !labelAt(ctx, end + 1)) end++
  ctx.addNote(kind, end === last ? unit : { ...unit, last: end })
  if (end < last) readRestOfUnit(ctx, unit, end + 1)
}

/**
 * A section marker's words on its line are its title (`Part 2: National Security, ...`); a
 * label on the next line of its paragraph (no blank line between) starts the next turn.
 */
export function readSectionTitle(ctx: ReadContext, node: Break, unit: Unit, line: number, offset: number): void {
  const rest = ctx.paragraphOf(ctx.segmentsFrom({ ...unit, last: line }, line, offset))
  if (rest) {
    node.title = `${node.title}: ${toString(rest)}`
    node.position!.end = rest.position.end
  }
  if (unit.last !== line) readRestOfUnit(ctx, unit, line + 1)
}

/** The lines of `unit` from `line` on, read as a unit of their own: a turn when a label opens them, else text. */
function readRestOfUnit(ctx: ReadContext, unit: Unit, line: number): void {
  const { table, input } = ctx
  const start = contentStart(table, line)
  const next = ctx.matchLabel(input.slice(start, table.ends[line]))
  if (next) {
    readLabel(ctx, { first: line, last: unit.last, emptyBefore: 0, kind: 'label', label: next, contentLine: line, contentOffset: start + next.content })
    return
  }
  const rest: Unit = { first: line, last: unit.last, emptyBefore: 0, kind: 'text' }
  readParagraph(ctx, rest, ctx.segmentsFrom(rest, line, start), false)
}
