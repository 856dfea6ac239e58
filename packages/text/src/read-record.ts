/**
 * Record structure (a Hansard, see `record-structure.ts`) met while reading: a heading is a
 * titled section break, a procedural line an event, a printed question or a division list a
 * note, a lone one-word label in a record whose labels carry their speech a heading. Once a
 * heading was read the record is sectioned: wide gaps are spacing, and text with no turn to
 * continue is printed matter (a note), not an unattributed turn.
 */
import { contentEnd, contentStart, pointAt } from './lines.js'
import { isWebFurniture } from './header.js'
import type { ReadContext } from './read-context.js'
import { readRestOfUnit } from './read-label.js'
import { readParagraph } from './read-paragraph.js'
import { DIVISION_RULE, hasCapsWord, HEADING_RULES, headingRule, isCapsHeading, isDivisionLabel, labelsCarrySpeech, mayBeHeadingLabel, PRINTED_MATTER, recordLineRule, type StructureRule } from './record-structure.js'
import type { Unit } from './unit-table.js'

function tally(ctx: ReadContext, rule: StructureRule): void {
  ctx.structureCounts.set(rule, (ctx.structureCounts.get(rule) ?? 0) + 1)
  ctx.structureStart ??= pointAt(ctx.table, ctx.unit.first, contentStart(ctx.table, ctx.unit.first))
}

/** A label with nothing after it on its line (`MINISTERS:`, `**Abbate:**`). */
const labelAlone = (ctx: ReadContext, unit: Unit): boolean => (unit.contentLine ?? unit.first) === unit.first && (unit.contentOffset ?? 0) >= contentEnd(ctx.table, unit.first)

const scratch: Unit = { first: 0, last: 0, emptyBefore: 0, kind: 'label' }

/** Whether the document writes every label's speech on the label's line (worked out once, over the label units). */
function inlineLabels(ctx: ReadContext): boolean {
  if (ctx.inlineLabels === undefined) {
    const labelUnits: number[] = []
    for (let u = 0; u < ctx.units.count; u++) if (ctx.units.kindOf(u) === 'label') labelUnits.push(u)
    ctx.inlineLabels = labelsCarrySpeech(labelUnits, (u) => labelAlone(ctx, ctx.units.read(u, scratch)))
  }
  return ctx.inlineLabels
}

/** A division list (`AYES-214:`) is a note, a lone one-word label in a record a heading; true when handled. */
export function readRecordLabel(ctx: ReadContext): boolean {
  const unit = ctx.unit
  const label = unit.label!.label
  if (isDivisionLabel(label)) {
    tally(ctx, DIVISION_RULE)
    ctx.addNote('division', unit)
    ctx.endTurn()
    return true
  }
  if (!mayBeHeadingLabel(label) || ctx.resolved.has(label) || !labelAlone(ctx, unit) || !inlineLabels(ctx)) return false
  tally(ctx, HEADING_RULES.label)
  const position = ctx.span(unit.first, unit.first)
  ctx.addBreak({ type: 'break', title: label, position })
  ctx.sectioned = true
  ctx.report(`label \`${label}:\` stands alone in a record whose labels carry their speech: read as a heading, not a speaker`, 'record-heading', position, 'info')
  if (unit.last > unit.first) readRestOfUnit(ctx, unit.first + 1, unit.last)
  return true
}

/** A text unit that is a heading, a procedural line or a printed question; true when handled. */
export function readRecordText(ctx: ReadContext, first: string): boolean {
  const unit = ctx.unit
  if (isWebFurniture(first) || (unit.last > unit.first && isWebFurniture(ctx.line(unit.last)))) {
    // Web furniture inside a speech (`Continue reading the main story`): a note; the speech goes on after it.
    ctx.addNote('web-furniture', unit)
    ctx.keepTurn = ctx.current !== null
    return true
  }
  const short = unit.last - unit.first <= 2
  const text = unit.first === unit.last || !short ? first : ctx.unitText(unit).replace(/\s*\n\s*/g, ' ')
  // In the header, what stands close to the lines before it is header material (a title, a dateline): not a heading here.
  const heading = short && !(ctx.inHeader && unit.emptyBefore < 2 && !ctx.sectioned) ? headingRule(ctx.table, unit.first, unit.last, text) : undefined
  const rule = heading ?? (short ? recordLineRule(text) : undefined) ?? (unit.last > unit.first ? recordLineRule(first) : undefined)
  if (!rule) return unit.last > unit.first && readTrailingHeading(ctx)
  tally(ctx, rule)
  ctx.endTurn()
  if (heading) {
    ctx.addBreak({ type: 'break', title: text, position: ctx.span(unit.first, unit.last) })
    ctx.sectioned = true
    return true
  }
  if (rule.yields === 'note') {
    noteUntilLabel(ctx, 'question')
    return true
  }
  // A procedural line; when only the first line is one, the next may start a turn (`Bill accordingly passed.` / `The DEPUTY SPEAKER: ...`).
  const whole = short && recordLineRule(text) === rule
  const last = unit.last
  ctx.blocks.push({ type: 'event', kind: 'other', value: whole ? text : first, position: ctx.span(unit.first, whole ? last : unit.first) })
  if (!whole) readRestOfUnit(ctx, unit.first + 1, last)
  return true
}

/** A label with a word in capitals at the start of `line` (a turn glued to the unit before it). */
function labelAt(ctx: ReadContext, line: number): boolean {
  const found = ctx.matchLabel?.(ctx.input.slice(contentStart(ctx.table, line), ctx.table.ends[line]))
  return !!found && hasCapsWord(found.label)
}

/**
 * A paragraph whose last line is a centred heading in capitals (no blank line between them,
 * `... Agreed? Thank you.` / `CHILDREN’S BILL`): the paragraph, then the heading.
 */
function readTrailingHeading(ctx: ReadContext): boolean {
  const unit = ctx.unit
  const last = unit.last
  const text = ctx.line(last)
  if (!isCapsHeading(text) || headingRule(ctx.table, last, last, text) !== HEADING_RULES.centred) return false
  tally(ctx, HEADING_RULES.centred)
  unit.last = last - 1
  readParagraph(ctx, ctx.segmentsFrom(unit, unit.first, contentStart(ctx.table, unit.first)), false)
  ctx.addBreak({ type: 'break', title: text, position: ctx.span(last, last) })
  ctx.sectioned = true
  return true
}

/** In a sectioned record, text with no turn to continue (a printed reply, an annex): a note. */
export function readPrintedMatter(ctx: ReadContext): void {
  tally(ctx, PRINTED_MATTER)
  noteUntilLabel(ctx, 'printed-matter')
}

/** The unit as a note, up to a line that starts with a label (a turn glued to it, no blank line between): that turn is read. */
function noteUntilLabel(ctx: ReadContext, kind: string): void {
  const unit = ctx.unit
  const last = unit.last
  let end = unit.first
  while (end < last && !labelAt(ctx, end + 1)) end++
  ctx.addNote(kind, end === last ? unit : { ...unit, last: end })
  if (end < last) readRestOfUnit(ctx, end + 1, last)
}

/** One message that says what record structure was set aside, by rule. */
export function reportRecordStructure(ctx: ReadContext): void {
  if (ctx.structureCounts.size === 0) return
  const counts = [...ctx.structureCounts].map(([rule, count]) => `${count} ${rule.id}`).join(', ')
  ctx.report(`record structure (not speech): ${counts}; headings are section breaks, procedural lines events, printed matter and division lists notes`, 'record-structure', ctx.structureStart, 'info')
}
