/**
 * What is kept as notes rather than speech: page furniture (line numbers, page numbers, running
 * heads and feet), court page codes, and the trailing apparatus (an index of examinations,
 * footer lines such as `END` or a bare time after the last turn).
 */
import type { Note } from '@verbatim/core'
import { isFooterLine, mayStartTrailer } from './header.js'
import { lineOf, pointAt, type LineTable } from './lines.js'
import type { PageFurniture } from './page-furniture.js'
import type { ReadContext } from './read-context.js'

/** How the pages of a document without form feeds were told apart, for the message. */
const LAYOUTS = { 'page-numbers': 'page-number lines', 'numbered-heads': 'running heads carrying the page number', 'blank-runs': 'runs of blank lines' } as const

/** The lines that are page furniture as a whole (not those that only lose their line number). */
export function furnitureLines(furniture: PageFurniture, table: LineTable): Uint8Array {
  const flags = new Uint8Array(table.count)
  for (const line of furniture.lines) if (line.rule.id !== 'line-number') flags[lineOf(table, line.start_)] = 1
  return flags
}

/**
 * Page furniture into notes: one note per run of whole furniture lines (a page foot and head, a
 * caption column), the line numbers only counted, and one message that says what was set aside.
 */
export function notePageFurniture(ctx: ReadContext, furniture: PageFurniture): void {
  const table = ctx.table_
  let run: { start: number; end: number; values: string[] } | undefined
  const flush = () => {
    if (!run) return
    ctx.notes_.push(furnitureNote(table, run.start, run.end, run.values))
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
    if (run && !/\S/.test(table.text_.slice(previousEnd, line.start_))) {
      run.end = line.end_
      if (line.value) run.values.push(line.value)
    } else {
      flush()
      run = { start: line.start_, end: line.end_, values: line.value ? [line.value] : [] }
    }
    previousEnd = line.end_
  }
  flush()
  const lines = furniture.lines.length - lineNumbers
  const first = furniture.lines[0]
  ctx.report_(
    furniture.layout
      ? `page layout: ${furniture.pages} pages (${LAYOUTS[furniture.layout]}, no form feeds); ${lines} running heads, feet and page numbers set aside as notes (kind \`page-furniture\`)`
      : furniture.numbered === 0
      ? `page layout: ${furniture.pages} pages (form feeds); ${lines} running heads and feet set aside as notes`
      : `page layout: ${furniture.pages} pages with line numbers (1–25); ${lineNumbers} line numbers and ${lines} page furniture lines (page numbers, running heads and feet) set aside as notes (kind \`page-furniture\`)`,
    'page-furniture',
    first ? pointAt(table, lineOf(table, first.start_), first.start_) : undefined,
    'info',
  )
}

function furnitureNote(table: LineTable, start: number, end: number, values: string[]): Note {
  return { kind: 'page-furniture', value: values.join('\n'), position: { start: pointAt(table, lineOf(table, start), start), end: pointAt(table, lineOf(table, end), end) } }
}

/** Where the trailing apparatus starts: the first index heading, or the footer lines after the last turn. */
export function findTrailer(ctx: ReadContext): number {
  const { units_: units, table_: table } = ctx
  // A court record's index heading (a house style: the basic entry has none).
  const indexStart = ctx.styles_.records_?.trailerStart_
  let trailer = units.count_
  for (let u = 0; indexStart && u < units.count_; u++) {
    if (!mayStartTrailer(table.firstCodes[units.firstOf_(u)]!) || units.kindOf_(u) !== 'text') continue
    if (indexStart.test(ctx.line_(units.firstOf_(u)))) {
      trailer = u
      break
    }
  }
  while (trailer > 0) {
    const u = trailer - 1
    if (units.kindOf_(u) !== 'text' || units.firstOf_(u) !== units.lastOf_(u) || !isFooterLine(ctx.line_(units.firstOf_(u)))) break
    trailer--
  }
  return trailer
}

/** A unit of the trailing apparatus: an index note (from its heading on), or a footer note. */
export function readTrailer(ctx: ReadContext): void {
  const unit = ctx.unit_
  const index = !!ctx.styles_.records_?.trailerStart_.test(ctx.line_(unit.first_)) || (ctx.index_ > ctx.trailer_ && ctx.notes_.at(-1)?.kind === 'index')
  ctx.addNote_(index ? 'index' : 'footer', unit)
}

/** A court reporter's page code (`SOUTHERN DISTRICT REPORTERS, P.C.`, `O5OAAFIN1`). */
export function readPage(ctx: ReadContext): void {
  ctx.addNote_('page', ctx.unit_)
}
