/**
 * Labels glued to the speech before them on the same line, with no line break, with no space
 * (`…together with the Washington Post.RAMOS (through translator): Here with us…`, a wire
 * transcript whose line breaks were lost) or with one (`…Thank you, senator. CLINTON: Well…`):
 * the unit is read up to the label, and a turn starts
 * at the label. Only a label the document uses elsewhere to open a paragraph is split off (a
 * mid-line match never makes a new speaker), each split with a `glued-label` message.
 *
 * The candidates (a sentence end followed by a capital, at once or after one space, and, within
 * 80 characters on the line, a colon) are looked for in each unit's speech from its colons, the next colon of the
 * input kept from unit to unit, so a label's own colon is never looked at and most units cost
 * one comparison; the known labels are collected only when a candidate is a label.
 */
import { contentStart, pointAt, type LineTable } from './lines.js'
import type { ReadContext } from './read-context.js'
import { readLabel } from './read-label.js'
import type { Unit } from './unit-table.js'

export const GLUED_LABEL_RULE = {
  id: 'glued-label',
  /** A sentence end glued to a capital that opens a label, or with one space between them (the colon within 80 characters on the line). */
  pattern: /[.?!…"”')\]] ?(?=\p{Lu}[^\n\r:]{0,80}:)/gu,
} as const

/** How far before its colon a glued label may start. */
const REACH = 81
const SENTENCE_ENDS = new Set([46, 63, 33, 0x2026, 34, 0x201d, 39, 41, 93])
const isCapital = (code: number): boolean => (code <= 90 ? code >= 65 : code > 0xbf && String.fromCharCode(code).toLowerCase() !== String.fromCharCode(code))

/**
 * Offsets where a glued label may start (just after the sentence end), in order; empty when
 * none. What `GLUED_LABEL_RULE.pattern` finds, found from the colons (a native search) looking
 * back along their line: a scan of the whole text by the pattern costs several times more.
 */
export function findGluedCandidates(text: string, from: number, end = text.length, first = text.indexOf(':', from)): number[] {
  const found: number[] = []
  let previous = from - 1
  for (let colon = first; colon !== -1 && colon < end; previous = colon, colon = text.indexOf(':', colon + 1)) {
    const first = found.length
    const stop = Math.max(previous + 1, colon - REACH, from + 1)
    for (let at = colon - 1; at >= stop; at--) {
      const code = text.charCodeAt(at)
      if (code === 10 || code === 13) break
      if (!isCapital(code)) continue
      const before = text.charCodeAt(at - 1)
      // Glued (`Post.RAMOS:`) or after one space (`senator. CLINTON:`), the sentence end inside the speech.
      if (SENTENCE_ENDS.has(before) || (before === 32 && at - 2 >= from && SENTENCE_ENDS.has(text.charCodeAt(at - 2)))) found.push(at)
    }
    // Found going back: put this colon's candidates in order.
    if (found.length - first > 1) found.splice(first, found.length - first, ...found.slice(first).reverse())
  }
  return found
}

/** Every label that opens a unit of the document: only those may be split off mid-line. */
function knownLabels(ctx: ReadContext): Set<string> {
  const labels = new Set<string>()
  const words = new Set<string>()
  for (const match of ctx.units_.labels_) labels.add(match.label), words.add(firstWord(match.label, 0, match.label.length))
  firstWords.set(ctx, words)
  return labels
}

/** The first words of the known labels, per read: a candidate whose first word is none of them is refused before any label matching. */
const firstWords = new WeakMap<ReadContext, Set<string>>()

/** The word at `at` (up to a blank, a colon or a parenthesis, at most 40 characters). */
function firstWord(text: string, at: number, end: number): string {
  let stop = at
  const limit = Math.min(end, at + 40)
  while (stop < limit) {
    const code = text.charCodeAt(stop)
    if (code === 32 || code === 58 || code === 40 || code === 9 || code === 0xa0) break
    stop++
  }
  return text.slice(at, stop)
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
export function readGluedUnit(ctx: ReadContext, read: (ctx: ReadContext) => void): boolean {
  const { table_: table, unit_: unit, input_: input } = ctx
  if (unit.kind_ !== 'text' && unit.kind_ !== 'label') return false
  // Only the speech can hold a glued label (not a label's own colon), and only up to a colon: the next colon of the input is kept, so each is found once.
  const from = unit.contentOffset_ ?? contentStart(table, unit.first_)
  const end = table.ends[unit.last_]!
  if (ctx.nextColon_ !== -1 && ctx.nextColon_ < from) ctx.nextColon_ = input.indexOf(':', from)
  if (ctx.nextColon_ === -1 || ctx.nextColon_ >= end) return false
  const glued = findGluedCandidates(input, from, end, ctx.nextColon_)
  ctx.nextColon_ = input.indexOf(':', end)
  if (glued.length === 0) return false
  let candidate = 0
  const last = unit.last_
  let reading: Unit | undefined
  let line = unit.first_
  for (; candidate < glued.length && glued[candidate]! < end; candidate++) {
    const at = glued[candidate]!
    line = lineAt(table, line, at)
    const known = (ctx.gluedLabels_ ??= knownLabels(ctx))
    if (!firstWords.get(ctx)!.has(firstWord(input, at, table.ends[line]!))) continue
    const match = ctx.matchLabel_(ctx.input_.slice(at, table.ends[line]))
    if (!match || match.grammar === 'court' || !known.has(match.label)) continue
    // What stands before the label: the unit itself first, then the turn of the label before.
    // The speech before ends at its sentence end (not at the space before the label).
    ctx.cutAt_ = input.charCodeAt(at - 1) === 32 ? at - 1 : at
    if (reading) {
      reading.last_ = line
      readLabel(ctx, reading)
    } else {
      unit.last_ = line
      read(ctx)
    }
    ctx.cutAt_ = -1
    ctx.report_(`label \`${match.label}:\` glued to the speech before it (no line break): read as a turn, as this document uses the label elsewhere`, GLUED_LABEL_RULE.id, { start: pointAt(table, line, at), end: pointAt(table, line, at + match.content) }, 'warning')
    reading = { first_: line, last_: last, emptyBefore_: 0, kind_: 'label', label_: match, contentLine_: line, contentOffset_: at + match.content, labelOffset_: at }
  }
  if (!reading) {
    unit.last_ = last
    return false
  }
  readLabel(ctx, reading)
  return true
}
