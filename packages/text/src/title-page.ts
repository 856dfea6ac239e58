/**
 * An interview's title page, before the first turn: a line that is a person's name in capitals
 * (`MARGARET HALE`) whose last word is a label of the document (`HALE:`) is that speaker's full
 * name (as a front-matter `speakers:` name: the label takes it), not a place; a short line in
 * title case right after it (`A Life in Public Health`) is the title (the subtitle when a title
 * was read). Both are kept as `header` notes too; one info message says what was read. The
 * interviewer's credit (`Interviews conducted by ...`) is a header note, never the place.
 */
import type { ReadContext } from './read-context.js'
import { addKnownNames } from './read-front-matter.js'
import { labelKey } from './speakers.js'
import { titleCase } from './tables.js'

export const TITLE_PAGE_RULE = {
  id: 'title-page-name',
  /** Two to four words in capitals (initials, hyphens and apostrophes allowed): a name. */
  name: /^\p{Lu}[\p{Lu}'’-]+(?: (?:\p{Lu}\.|\p{Lu}[\p{Lu}'’-]+)){1,3}$/u,
  /** Title case: every word of four letters or more capitalised, no digit, no sentence end or colon. */
  title: /^(?=.{4,80}$)\p{Lu}[^\d:.!?]*$/u,
  /** The interviewer's credit (`Interviews conducted by Daniel Price`, `Interviewed by ...`): a header note, never a place. */
  credit: /^(?:(?:Oral history )?[Ii]nterview(?:s|ed)?(?: (?:conducted|recorded))? by|Conducted by|Interviewer:) \p{Lu}/u,
} as const

/** Documents whose title page named a speaker: the next short line may be the title. */
const afterName = new WeakSet<ReadContext>()

/** Courtesy titles a surname label may carry (`MS. HALE:`). */
const COURTESY = /^(?:(?:MR|MRS|MS|MISS|DR|PROF)\.? )?([\p{Lu}'’-]+)$/u
/** Words of headings, never of a name line (`QUESTIONS FOR ORAL REPLY`). */
const HEADING_WORDS = /\b(?:OF|FOR|THE|AND|ON|IN|TO|AT|BY)\b/

/** The surnames of each read, collected once (a header of many name lines stays linear). */
const surnamesOf = new WeakMap<ReadContext, Set<string>>()

/** The surnames that label speakers: a label of one word, perhaps after a courtesy title (not `THE COURT`). */
function labelSurnames(ctx: ReadContext): Set<string> {
  const known = surnamesOf.get(ctx)
  if (known) return known
  const keys = new Set<string>()
  surnamesOf.set(ctx, keys)
  for (const match of ctx.units_.labels_) {
    const surname = COURTESY.exec(labelKey(match.label))
    if (surname) keys.add(surname[1]!)
  }
  return keys
}

const isTitleCase = (line: string): boolean => TITLE_PAGE_RULE.title.test(line) && /\p{Ll}/u.test(line) && line.split(' ').every((word) => word.length < 4 || !/^\p{Ll}/u.test(word))

/** A one- or two-line header unit before the first turn that is a speaker's name (and perhaps the title): read, returns true. */
export function readTitlePage(ctx: ReadContext, first: string): boolean {
  const unit = ctx.unit_
  if (!ctx.inHeader_ || ctx.anyTurn_ || unit.last_ - unit.first_ > 1 || first.length > 60) return false
  const line = first.trim()
  // A front-matter heading (`Abstract`) and the interviewer's credit are header notes: never the place.
  if (TITLE_PAGE_RULE.credit.test(line) || (unit.first_ === unit.last_ && ctx.styles_.records_!.plainMatterHeading_.test(first))) {
    afterName.delete(ctx)
    ctx.addNote_('header', unit)
    return true
  }
  if (afterName.has(ctx)) {
    afterName.delete(ctx)
    if (unit.first_ !== unit.last_ || !isTitleCase(line)) return false
    readTitle(ctx, line)
    return true
  }
  if (ctx.court_ || !TITLE_PAGE_RULE.name.test(line) || HEADING_WORDS.test(line) || !labelSurnames(ctx).has(labelKey(line.slice(line.lastIndexOf(' ') + 1)))) return false
  const name = titleCase(line)
  addKnownNames(ctx.registry_, [{ name }])
  ctx.report_(`title page: \`${line}\` read as the full name of the speaker labelled by its surname (${name}), not a place`, TITLE_PAGE_RULE.id, ctx.span_(unit.first_, unit.first_), 'info')
  if (unit.last_ === unit.first_) {
    ctx.addNote_('header', unit)
    afterName.add(ctx)
    return true
  }
  const second = ctx.line_(unit.last_).trim()
  ctx.addNote_('header', unit)
  if (isTitleCase(second)) readTitle(ctx, second, false)
  return true
}

function readTitle(ctx: ReadContext, line: string, note = true): void {
  const meta = ctx.meta_
  if (!meta.title) meta.title = line
  else if (!meta.subtitle) meta.subtitle = line
  if (note) ctx.addNote_('header', ctx.unit_)
}
