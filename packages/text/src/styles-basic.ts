/**
 * What `@verbatim/text/basic` does where the full reader would use a part it leaves out (see
 * `styles.ts`): YAML front matter is kept as a note, with a message naming the entry that reads
 * it; a document that looks like a court record or a paged document gets one message saying it
 * is read as plain labels. Roles by context are simply not inferred.
 */
import type { Note } from '@verbatim/core'
import type { ReadContext } from './read-context.js'
import { isCourtRecord } from './document-kind.js'
import { frontMatterEnd } from './read-front-matter.js'
import type { ReaderStyles } from './styles.js'

const BASIC = '`@verbatim/text/basic`'
const FULL = '`@verbatim/text`'

/** YAML front matter kept whole as a `front-matter` note (fences included); returns the first body line. */
function keepFrontMatter(ctx: ReadContext): number {
  const table = ctx.table_
  const fence = (ctx.fence_ = frontMatterEnd(table))
  if (fence === -1) return 0
  const note: Note = { kind: 'front-matter', value: ctx.input_.slice(table.starts[0], table.ends[fence]), position: ctx.span_(0, fence) }
  ctx.notes_.push(note)
  ctx.report_(`YAML front matter not read by ${BASIC}: kept as a note; ${FULL} reads it`, 'front-matter-not-read', note.position, 'info')
  return fence + 1
}

/** A line that is only a page number (`12`, `Page 3 of 40`): three make a paged document. */
const PAGE_LINE = /^(?:page )?\d{1,4}(?: of \d{1,4})?$/i

/** One message when the document looks like a court record (`Q.`/`A.` lines, a judge) or a paged document, which the full entry reads by their house styles. */
function reportPlainRecords(ctx: ReadContext): void {
  const court = isCourtRecord(ctx.registry_.speakers_, ctx.court_)
  let pages = 0
  let line = 0
  for (; !court && pages < 3 && line < ctx.table_.count; line++) if (PAGE_LINE.test(ctx.line_(line))) pages++
  if (!court && pages < 3) return
  const kind = court ? 'a court record' : 'a paged document'
  ctx.report_(`${kind}: read by ${BASIC} as plain labels; ${FULL} reads its house style`, 'plain-labels', ctx.span_(line - 1 < 0 ? 0 : line - 1, line - 1 < 0 ? 0 : line - 1), 'info')
}

export const BASIC_STYLES: ReaderStyles = {
  frontMatter_: keepFrontMatter,
  plainRecords_: reportPlainRecords,
}
