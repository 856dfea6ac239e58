/**
 * What `@verbatim/text/basic` does where the full reader would use a part it leaves out (see
 * `styles.ts`): YAML front matter is kept as a note, with a message naming the entry that reads
 * it; a document that looks like a court record, an oral history, a paged document or a
 * clock-led export (a time before every line) gets one message saying it is read as plain labels. Roles by context are simply not inferred.
 */
import type { Note } from '@verbatim/core'
import type { ReadContext } from './read-context.js'
import { CLOCK_NAME_LINE } from './clock.js'
import { documentKind } from './read-speakers.js'
import { frontMatterEnd } from './read-front-matter.js'
import { looksLineNumbered, PAGE_NUMBER_LINE } from './paged-lines.js'
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

/** A bare time and text opening a line (`0:00 Have you…`, `12:04 Emma: …`), or a deposition's page and line (`00006:01`). */
const CLOCK_LED = /^(?:\d{1,2}:\d{2}(?::\d{2})?[ \t]+\S|\d{3,5}:\d{2}(?:[ \t]|$))/

/**
 * Where a document shows it is paged, in one walk of its lines: the third line that is only a
 * page number (`12`, `- 12 -`), or the third running head of one shape that ends in a page number
 * (`Deutscher Bundestag – 14. Sitzung 3101`), or line numbers before most of its first lines (the
 * first line then); -1 when none. `clockAt[0]` is set, on the way, to where it shows it is
 * clock-led (an Otter export): the third line opening with a bare time, first in its paragraph,
 * after another or under a name line.
 */
function pagedAt(ctx: ReadContext, clockAt: number[]): number {
  const seen = new Map<string, number>()
  let clocks = 0
  let previous = ''
  for (let line = 0; line < ctx.table_.count; line++) {
    const text = ctx.line_(line).trim()
    const clock = CLOCK_LED.test(text)
    if (clock && (previous === '' || previous === '0' || CLOCK_NAME_LINE.test(previous)) && ++clocks === 3) clockAt[0] = line
    previous = clock ? '0' : text
    const page = PAGE_NUMBER_LINE.test(text)
    if (!page && (!/\d$/.test(text) || text.includes(':'))) continue
    const key = page ? '' : text.replace(/\d+/g, '#')
    if (key !== '' && key.replace(/[^\p{L}]/gu, '').length < 6) continue
    const count = (seen.get(key) ?? 0) + 1
    seen.set(key, count)
    if (count === 3) return line
  }
  return looksLineNumbered(ctx.input_) ? 0 : -1
}

/** One message when the document looks like a court record (`Q.`/`A.` lines, a judge), an oral history, a paged document or a clock-led export, which the full entry reads by their house styles. */
function reportPlainRecords(ctx: ReadContext): void {
  const record = documentKind(ctx)
  const clockAt = [-1]
  let line = record ? 0 : pagedAt(ctx, clockAt)
  let kind = record === 'court' ? 'a court record' : record ? 'an oral history' : 'a paged document'
  if (line === -1) {
    line = clockAt[0]!
    kind = 'a document with a time (or a page and line) before every line'
  }
  if (line === -1) return
  ctx.report_(`${kind}: read by ${BASIC} as plain labels; ${FULL} reads its house style`, 'plain-labels', ctx.span_(line, line), 'info')
}

export const BASIC_STYLES: ReaderStyles = {
  frontMatter_: keepFrontMatter,
  plainRecords_: reportPlainRecords,
}
