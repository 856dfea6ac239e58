/**
 * Front matter, both kinds: the YAML block the input may open with (between `---` fences), and
 * unlabeled text before the first label that is a title page, an abstract or contents rather
 * than speech (and its mirror after the speech: text under a Notes or Contents heading).
 */
import type { Note } from '@verbatim/core'
import { readFrontMatter } from './front-matter.js'
import { contentStart, pointAt, type LineTable } from './lines.js'
import type { ReadContext } from './read-context.js'
import { analyseLabel, isSuffix, stripAccents, type LabelAnalysis, type SpeakerInit, type SpeakerRegistry } from './speakers.js'
import type { Unit } from './unit-table.js'
import { lineText } from './units.js'

/** How many labels must follow before unlabeled text ahead of them can be taken for front matter. */
const FRONT_MATTER_MIN_LABELS = 3

/** Headings over front matter in interview records: `## About Barbara Liskov`, `## Copyright Statement`, `## Contents`. */
export const FRONT_MATTER_HEADING = /^(?:about\b|abstract\b|summary\b|(?:table of )?contents\b|copyright\b|appearances\b|biograph|notes$|footnotes$|references$)/i

/**
 * A plain-text heading over front matter, alone on its line (a title page of an oral history or
 * a report: `Abstract`, `Table of Contents`, `Interview History`, `Biographical Note`).
 */
export const PLAIN_MATTER_HEADING = /^(?:abstract|summary|(?:table of )?contents|appearances|biograph(?:y|ical (?:note|sketch|information))|about the (?:interview|interviewee|narrator|speakers?)|interview history|preface|foreword|copyright(?: statement)?)[.:]?$/i

/** The line of the closing fence, when the input opens with `---` (-1 otherwise). */
export function frontMatterEnd(table: LineTable): number {
  if (table.count < 2 || lineText(table, 0) !== '---' || contentStart(table, 0) !== table.starts[0]) return -1
  const limit = Math.min(table.count, 2000)
  for (let line = 1; line < limit; line++) {
    const text = table.text_.slice(table.starts[line], table.ends[line]).trimEnd()
    if (text === '---' || text === '...') return line
  }
  return -1
}

/** Read the YAML front matter (if any) into metadata and speaker seeds; returns the first body line. */
export function readYamlFrontMatter(ctx: ReadContext): number {
  const { table_: table, input_: input, registry_: registry } = ctx
  const fence = (ctx.fence_ = frontMatterEnd(table))
  if (fence === -1) return 0
  const lines: string[] = []
  for (let line = 1; line < fence; line++) lines.push(input.slice(table.starts[line], table.ends[line]))
  const front = readFrontMatter(lines)
  Object.assign(ctx.meta_, front.meta)
  if (front.meta.notes) ctx.notes_.push(...front.meta.notes)
  for (const seed of front.seeds_) {
    registry.seed_(seed.name, seed)
    if (seed.id) registry.fromSeed_(seed)
  }
  if (front.names_.length > 0) addKnownNames(registry, front.names_.map((name) => ({ name })))
  for (const rejected of front.rejected_) {
    // The first line after the fence that holds the field with this value (the front matter's first line otherwise).
    const at = lines.findIndex((line) => line.replace(/^[\s-]+/, '').startsWith(`${rejected.field_}:`) && line.includes(rejected.value_))
    const line = at === -1 ? 1 : at + 1
    ctx.report_(
      `front matter \`${rejected.key_}\`: expected ${rejected.expected_}, found \`${rejected.value_}\`; kept in meta.extra`,
      'front-matter-value',
      pointAt(table, line, contentStart(table, line)),
      'warning',
      { expected: rejected.expected_, actual: rejected.value_ },
    )
  }
  return fence + 1
}

// The names each registry's matcher looks through: names may be added while reading (a title page's name line).
const knownNames = new WeakMap<SpeakerRegistry, SpeakerInit[]>()

/** Names a label may stand for (the front matter's `names`, an interview's title page): matched in the order added. */
export function addKnownNames(registry: SpeakerRegistry, names: readonly SpeakerInit[]): void {
  let list = knownNames.get(registry)
  if (!list) {
    knownNames.set(registry, (list = []))
    registry.knownName_ = knownNameMatcher(list)
  }
  list.push(...names)
}

/** Which of the known names a label's name stands for: the same words, its last words (a surname), or its initials (`KJP`). */
function knownNameMatcher(names: readonly SpeakerInit[]): (analysis: LabelAnalysis) => SpeakerInit | undefined {
  // The name keys of each name, worked out once.
  const keysOf = new Map<SpeakerInit, string[]>()
  return (analysis) => {
    const joined = analysis.keys_.join('')
    for (const init of names) {
      let keys = keysOf.get(init)
      if (!keys) keysOf.set(init, (keys = analyseLabel(init.name).keys_))
      if (sameWords(analysis.keys_, keys) || (analysis.keys_.length >= 1 && isSuffix(analysis.keys_, keys))) return init
      if (analysis.keys_.length === 1 && joined.length >= 2 && joined.length <= 4 && /^[A-Z]+$/.test(joined) && initialsOf(init.name) === joined) return init
    }
    return undefined
  }
}

const sameWords = (a: string[], b: string[]): boolean => a.length === b.length && a.every((word, i) => word === b[i])

/** The initials of a name's capitalised words, without accents (`Karine Jean-Pierre`: `KJP`). */
const initialsOf = (name: string): string =>
  name
    .split(/[\s-]+/)
    .filter((word) => word !== '' && /\p{Lu}/u.test(word[0]!))
    .map((word) => stripAccents(word[0]!).toUpperCase())
    .join('')

/** Count the labelled units (unlabeled text before the first turn may be front matter only with labels after it); returns them. */
export function countLabels(ctx: ReadContext): number[] {
  const units = ctx.units_
  const labelUnits: number[] = []
  for (let u = 0; u < units.count_; u++) {
    if (units.kindOf_(u) !== 'label') continue
    ctx.lastLabel_ = u
    ctx.labels_++
    labelUnits.push(u)
  }
  return labelUnits
}

/**
 * Unlabeled text before the first label is front matter (a title page, an appearances list, an
 * abstract), not an unattributed turn, when the document is a paged one (page furniture was
 * found) or the text stands under a heading that names front matter; only when labels follow.
 * Unlabeled text under a heading that names back matter with no turn open is back matter.
 */
function isMatter(ctx: ReadContext): boolean {
  if (ctx.frontSection_ && ctx.anyTurn_ && ctx.current_ === null) return true
  return !ctx.anyTurn_ && ctx.labels_ >= FRONT_MATTER_MIN_LABELS && ctx.index_ < ctx.lastLabel_ && (ctx.furniture_ !== null || ctx.sawFrontHeading_)
}

/** A unit that is front or back matter (`isMatter`) read as it: returns true. */
export function readMatterUnit(ctx: ReadContext, unit: Unit): boolean {
  if (!isMatter(ctx)) return false
  readMatter(ctx, unit)
  return true
}

/** Front or back matter: a note, or the note before it extended. */
function readMatter(ctx: ReadContext, unit: Unit): void {
  const kind = ctx.anyTurn_ ? 'back-matter' : 'front-matter'
  const value = ctx.unitText_(unit)
  const position = ctx.span_(unit.first_, unit.last_)
  const open = ctx.frontNote_
  if (open && open.position) {
    open.value += `\n${value}`
    open.position.end = position.end
    return
  }
  const note: Note = { kind, value, position }
  ctx.frontNote_ = note
  ctx.notes_.push(note)
  if (kind === 'front-matter') ctx.report_('expected speech or a speaker label, found front matter before the first label (a title page, contents, an abstract): kept as a note, not a turn', 'front-matter-text', position, 'info')
  else ctx.report_('expected speech or a speaker label, found back matter under its heading (notes, contents): kept as a note, not a turn', 'back-matter-text', position, 'info')
}
