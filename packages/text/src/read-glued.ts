/**
 * Labels glued to the speech before them on the same line, with no line break and no space
 * (`…together with the Washington Post.RAMOS (through translator): Here with us…`, a wire
 * transcript whose line breaks were lost): the unit is read up to the label, and a turn starts
 * at the label. Only a label the document uses elsewhere to open a paragraph is split off (a
 * mid-line match never makes a new speaker), each split with a `glued-label` message.
 *
 * The candidates are found by one search of the input before pass two (a sentence end followed
 * at once by a capital and, within 80 characters on the line, a colon), so a document with none
 * costs that search only; the known labels are collected only when there are candidates.
 */
import { pointAt, type LineTable } from './lines.js'
import type { ReadContext } from './read-context.js'
import { readLabel } from './read-label.js'
import type { Unit } from './unit-table.js'

export const GLUED_LABEL_RULE = {
  id: 'glued-label',
  /** A sentence end glued to a capital that opens a label (the colon within 80 characters on the line). */
  pattern: /[.?!…"”')\]](?=\p{Lu}[^\n\r:]{0,80}:)/gu,
} as const

/** Offsets where a glued label may start (just after the sentence end), in order; empty when none. */
export function findGluedCandidates(text: string, from: number): number[] {
  const pattern = new RegExp(GLUED_LABEL_RULE.pattern.source, GLUED_LABEL_RULE.pattern.flags)
  pattern.lastIndex = from
  const found: number[] = []
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) found.push(match.index + match[0].length)
  return found
}

/** Every label that opens a unit of the document: only those may be split off mid-line. */
function knownLabels(ctx: ReadContext): Set<string> {
  const { units_: units, scratch_: scratch } = ctx
  const labels = new Set<string>()
  for (let u = 0; u < units.count_; u++) if (units.kindOf_(u) === 'label') labels.add(units.read_(u, scratch).label_!.label)
  return labels
}

/** The line of `offset` at or after `line` (units are read in order, so this walks a few lines at most). */
function lineAt(table: LineTable, line: number, offset: number): number {
  while (line + 1 < table.count && table.starts[line + 1]! <= offset) line++
  return line
}

/**
 * The glued labels inside the unit being read, found among the candidates from `next` on: the
 * unit is read up to the first, then each starts a turn read up to the next. Returns false (and
 * reads nothing) when the unit holds none.
 */
export function readGluedUnit(ctx: ReadContext, read: () => void): boolean {
  const { table_: table, unit_: unit, glued_: glued } = ctx
  const end = table.ends[unit.last_]!
  let candidate = ctx.gluedNext_
  while (candidate < glued.length && glued[candidate]! < table.starts[unit.first_]!) candidate++
  ctx.gluedNext_ = candidate
  if (candidate >= glued.length || glued[candidate]! >= end || (unit.kind_ !== 'text' && unit.kind_ !== 'label')) return false
  ctx.gluedLabels_ ??= knownLabels(ctx)
  const last = unit.last_
  let reading: Unit | undefined
  let line = unit.first_
  for (; candidate < glued.length && glued[candidate]! < end; candidate++) {
    const at = glued[candidate]!
    line = lineAt(table, line, at)
    const match = ctx.matchLabel_(ctx.input_.slice(at, table.ends[line]))
    if (!match || match.grammar === 'court' || !ctx.gluedLabels_.has(match.label)) continue
    // What stands before the label: the unit itself first, then the turn of the label before.
    ctx.cutAt_ = at
    if (reading) {
      reading.last_ = line
      readLabel(ctx, reading)
    } else {
      unit.last_ = line
      read()
    }
    ctx.cutAt_ = -1
    ctx.report_(`label \`${match.label}:\` glued to the speech before it (no line break): read as a turn, as this document uses the label elsewhere`, GLUED_LABEL_RULE.id, { start: pointAt(table, line, at), end: pointAt(table, line, at + match.content) }, 'warning')
    reading = { first_: line, last_: last, emptyBefore_: 0, kind_: 'label', label_: match, contentLine_: line, contentOffset_: at + match.content, labelOffset_: at }
  }
  ctx.gluedNext_ = candidate
  if (!reading) {
    unit.last_ = last
    return false
  }
  readLabel(ctx, reading)
  return true
}
