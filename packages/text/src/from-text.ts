/**
 * fromText: plain-text transcript -> Verbatim transcript. Pass one (here) masks page furniture,
 * builds the line table, reads the YAML front matter, splits the body into paragraphs and units
 * and chooses the label grammar; pass two (`read-units.ts`) reads each unit with the handler for
 * its kind into the read context (`read-context.ts`); a last pass (`read-speakers.ts`) finishes
 * the speakers. See `docs/decisions.md`, "fromText as a reader of units".
 */
import { createTranscript, dropPositions } from '@verbatim/core'
import { buildUnits } from './build-units.js'
import { chooseGrammar } from './choose-grammar.js'
import { isEscaped } from './escape.js'
import { grammarById, sharedMatcher } from './grammars.js'
import { readableText } from './input.js'
import { buildLineTable, pointAt } from './lines.js'
import type { FromTextOptions, FromTextResult } from './options.js'
import { ReadContext } from './read-context.js'
import { countLabels } from './read-front-matter.js'
import { findTrailer } from './read-notes.js'
import { labelMatcher } from './read-labels.js'
import { finishSpeakers } from './read-speakers.js'
import { readUnits } from './read-units.js'
import { splitStampLines } from './stamp-lines.js'
import { FULL_STYLES } from './styles-full.js'
import type { ReaderStyles } from './styles.js'
import { collectParagraphs } from './units.js'
import { buildVocabulary } from './vocabulary.js'

export function fromText(original: string, options: FromTextOptions = {}): FromTextResult {
  return readText(original, options, FULL_STYLES)
}

/** `fromText` with the parts of the reader that `styles` wires (see `styles.ts`). */
export function readText(original: string, options: FromTextOptions, styles: ReaderStyles): FromTextResult {
  const scan = readableText(original, options.file)
  const records = styles.records_
  // Page furniture (line numbers, page numbers, running heads) is masked with spaces: every offset stays true.
  let furniture = records ? records.findFurniture_(original) : null
  let input = furniture ? furniture.text : original
  let table = buildLineTable(input, scan.cr)
  // Pages without form feeds or line numbers are found on the line table; the table is built again only when some furniture was masked.
  if (records && !furniture && (furniture = records.findPageHeads_(table))) table = buildLineTable((input = furniture.text), scan.cr)
  // The same time before every line (a player's column pasted with the text) is no time: masked too.
  const prefix = furniture || !records ? null : records.maskClockPrefix_(table)
  if (prefix) table = buildLineTable((input = prefix.text), scan.cr)
  const ctx = new ReadContext(input, table, options.file, furniture, buildVocabulary(options.events))
  ctx.styles_ = styles
  for (const [key, speaker] of Object.entries(options.speakers ?? {})) ctx.registry_.seed_(key, speaker)
  const furnitureMask = furniture ? records!.noteFurniture_(ctx, furniture) : undefined
  if (prefix) records!.noteClockPrefix_(ctx, prefix)
  const bodyStart = styles.frontMatter_(ctx)

  const gathered = collectParagraphs(table, bodyStart, furnitureMask)
  const collected = furnitureMask ? records!.joinPages_(ctx, gathered, furnitureMask) : gathered
  const lineSplit = records ? records.lineParagraphs_(table, collected) : collected
  ctx.linePerParagraph_ = lineSplit !== collected
  const stamped = splitStampLines(table, lineSplit)
  const paragraphs = records ? records.clockLines_(table, records.labelLines_(table, stamped)) : stamped
  ctx.clockLines_ = paragraphs.clockLines_ === true
  if (paragraphs.count === 0) {
    ctx.report_(input.trim() === '' ? 'expected a transcript, found empty input' : 'expected a transcript, found only front matter', 'empty-input', undefined)
    return finish(ctx, false, options)
  }

  const labelsAt = options.labelsAt === 'line' ? true : options.labelsAt === 'paragraph' ? false : undefined
  const choice = chooseGrammar(table, paragraphs, options.grammar && options.grammar !== 'auto' ? options.grammar : undefined, labelsAt)
  const grammar = grammarById(choice.grammar)
  const court = records?.bareCourt_(ctx) ?? (choice.court ? sharedMatcher(grammarById('court')) : undefined)
  ctx.court_ = !!court
  const matchLabel = (ctx.matchLabel_ = labelMatcher(grammar, court, ctx.registry_, records?.shortLabels_(table, paragraphs)))
  ctx.units_ = buildUnits(table, paragraphs, choice.lineLabels, matchLabel, grammar, !!court, isEscaped, records?.courtLines_)
  ctx.trailer_ = findTrailer(ctx)
  const labelUnits = countLabels(ctx)
  if (records) records.prepare_(ctx, labelUnits)
  readUnits(ctx)
  finishSpeakers(ctx)
  return finish(ctx, true, options)
}

/**
 * The transcript: speakers, blocks, notes and (for a read body) the position of the whole input.
 * With `positions: false` they are removed at the end: the messages are placed by them while reading.
 */
function finish(ctx: ReadContext, body: boolean, options: FromTextOptions): FromTextResult {
  const { meta_: meta, table_: table } = ctx
  if (ctx.notes_.length > 0) meta.notes = ctx.notes_
  const transcript = createTranscript({ meta })
  transcript.speakers = ctx.registry_.speakers_
  if (body) {
    transcript.children = ctx.blocks_
    const last = table.count - 1
    transcript.position = { start: pointAt(table, 0, table.starts[0]!), end: pointAt(table, last, table.ends[last]!) }
  }
  if (options.positions === false) dropPositions(transcript)
  return { transcript, messages: ctx.messages_ }
}
