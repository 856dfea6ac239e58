/**
 * What `@verbatim/text/basic` does where the full reader would use a part it leaves out (see
 * `styles.ts`): YAML front matter is kept as a note, with a message naming the entry that reads
 * it; a document that looks like a court record or a paged document gets one message saying it
 * is read as plain labels. Roles by context are simply not inferred.
 */
import type { Note } from '@verbatim/core'
import { contentEnd, contentStart, pointAt } from './lines.js'
import type { ReadContext } from './read-context.js'
import { frontMatterEnd } from './read-front-matter.js'
import type { ReaderStyles } from './styles.js'

const FULL_ENTRY = '`@verbatim/text`'

/** YAML front matter kept whole as a `front-matter` note (fences included); returns the first body line. */
function keepFrontMatter(ctx: ReadContext): number {
  const table = ctx.table_
  const fence = (ctx.fence_ = frontMatterEnd(table))
  if (fence === -1) return 0
  const position = { start: pointAt(table, 0, contentStart(table, 0)), end: pointAt(table, fence, contentEnd(table, fence)) }
  const note: Note = { kind: 'front-matter', value: ctx.input_.slice(table.starts[0], table.ends[fence]), position }
  ctx.notes_.push(note)
  ctx.report_(`YAML front matter not read by \`@verbatim/text/basic\`: kept as a note; ${FULL_ENTRY} reads it into metadata and speakers`, 'front-matter-not-read', position, 'info', {
    expected: 'no front matter',
    actual: 'YAML front matter',
  })
  return fence + 1
}

/** At least this many lines that are only a page or line number, or a court's examination lines, make a document look paged or a court record. */
const MIN_PAGE_LINES = 3
const PAGE_LINE = /^(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?$/i

/** One message when the document looks like a court record or a paged document, which the full entry reads by their house styles. */
function reportPlainRecords(ctx: ReadContext): void {
  const { units_: units, table_: table } = ctx
  let court = ctx.court_
  for (let u = 0; !court && u < units.count_; u++) court = units.kindOf_(u) !== 'text' && units.kindOf_(u) !== 'label' && units.kindOf_(u) !== 'paren' && units.kindOf_(u) !== 'stamp'
  let pageLines = 0
  let first = -1
  for (let line = 0; !court && pageLines < MIN_PAGE_LINES && line < table.count; line++) {
    if (!PAGE_LINE.test(ctx.line_(line)) && ctx.input_.charCodeAt(table.starts[line]!) !== 12) continue
    pageLines++
    if (first === -1) first = line
  }
  if (!court && pageLines < MIN_PAGE_LINES) return
  const place = court ? ctx.span_(units.firstOf_(0), units.firstOf_(0)) : ctx.span_(first, first)
  const kind = court ? 'a court record' : 'a paged document (page or line numbers)'
  ctx.report_(`this looks like ${kind}: \`@verbatim/text/basic\` reads it as plain labels; ${FULL_ENTRY} reads its house style`, 'plain-labels', place, 'info', {
    expected: 'speaker labels',
    actual: kind,
  })
}

export const BASIC_STYLES: ReaderStyles = {
  frontMatter_: keepFrontMatter,
  plainRecords_: reportPlainRecords,
}
