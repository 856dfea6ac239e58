/**
 * fromText: plain-text transcript -> Verbatim transcript. Pass one (here) masks page furniture,
 * builds the line table, reads the YAML front matter, splits the body into paragraphs and units
 * and chooses the label grammar; pass two (`read-units.ts`) reads each unit with the handler for
 * its kind into the read context (`read-context.ts`); a last pass (`read-speakers.ts`) finishes
 * the speakers. See `docs/decisions.md`, "fromText as a reader of units".
 */
import { createTranscript } from '@verbatim/core'
import { buildUnits } from './build-units.js'
import { chooseGrammar } from './choose-grammar.js'
import { isEscaped } from './escape.js'
import { grammarById } from './grammars.js'
import { readableText } from './input.js'
import { splitLineParagraphs } from './line-paragraphs.js'
import { buildLineTable, pointAt } from './lines.js'
import type { FromTextOptions, FromTextResult } from './options.js'
import { findPageFurniture } from './page-furniture.js'
import { findPageHeads } from './page-heads.js'
import { findRunningHeads } from './running-heads.js'
import { ReadContext } from './read-context.js'
import { countLabels, readYamlFrontMatter } from './read-front-matter.js'
import { labelMatcher } from './read-labels.js'
import { findInlineLabels } from './read-record.js'
import { findTrailer, furnitureLines, notePageFurniture } from './read-notes.js'
import { finishSpeakers } from './read-speakers.js'
import { readUnits } from './read-units.js'
import { consistentShortLabels } from './short-labels.js'
import { splitStampLines } from './stamp-lines.js'
import { splitLabelLines } from './label-lines.js'
import { maskClockPrefix, noteClockPrefix, splitClockLines } from './clock-lines.js'
import { collectParagraphs } from './units.js'
import { buildVocabulary } from './vocabulary.js'

export function fromText(original: string, options: FromTextOptions = {}): FromTextResult {
  const scan = readableText(original, options.file)
  // Page furniture (line numbers, page numbers, running heads) is masked with spaces: every offset stays true.
  let furniture = findPageFurniture(original) ?? findRunningHeads(original)
  let input = furniture ? furniture.text : original
  let table = buildLineTable(input, scan.cr)
  // Pages without form feeds or line numbers are found on the line table; the table is built again only when some furniture was masked.
  if (!furniture && (furniture = findPageHeads(table))) table = buildLineTable((input = furniture.text), scan.cr)
  // The same time before every line (a player's column pasted with the text) is no time: masked too.
  const prefix = furniture ? null : maskClockPrefix(table)
  if (prefix) table = buildLineTable((input = prefix.text), scan.cr)
  const ctx = new ReadContext(input, table, options.file, furniture, buildVocabulary(options.events))
  for (const [key, speaker] of Object.entries(options.speakers ?? {})) ctx.registry_.seed_(key, speaker)
  if (furniture) notePageFurniture(ctx, furniture)
  if (prefix) noteClockPrefix(ctx, prefix)
  const bodyStart = readYamlFrontMatter(ctx)

  const collected = collectParagraphs(table, bodyStart, furniture ? furnitureLines(furniture, table) : undefined)
  const lineSplit = splitLineParagraphs(table, collected)
  ctx.linePerParagraph_ = lineSplit !== collected
  const paragraphs = splitClockLines(table, splitLabelLines(table, splitStampLines(table, lineSplit)))
  ctx.clockLines_ = paragraphs.clockLines_ === true
  if (paragraphs.count === 0) {
    ctx.report_(input.trim() === '' ? 'expected a transcript, found empty input' : 'expected a transcript, found only front matter', 'empty-input', undefined)
    return finish(ctx, false)
  }

  const labelsAt = options.labelsAt === 'line' ? true : options.labelsAt === 'paragraph' ? false : undefined
  const choice = chooseGrammar(table, paragraphs, options.grammar && options.grammar !== 'auto' ? options.grammar : undefined, labelsAt)
  const grammar = grammarById(choice.grammar)
  const court = choice.court ? grammarById('court') : undefined
  ctx.court_ = !!court
  const matchLabel = (ctx.matchLabel_ = labelMatcher(grammar, court, ctx.registry_, consistentShortLabels(table, paragraphs)))
  ctx.units_ = buildUnits(table, paragraphs, choice.lineLabels, matchLabel, grammar, !!court, isEscaped)
  ctx.trailer_ = findTrailer(ctx)
  findInlineLabels(ctx, countLabels(ctx))
  readUnits(ctx)
  finishSpeakers(ctx)
  return finish(ctx, true)
}

/** The transcript: speakers, blocks, notes and (for a read body) the position of the whole input. */
function finish(ctx: ReadContext, body: boolean): FromTextResult {
  const { meta_: meta, table_: table } = ctx
  if (ctx.notes_.length > 0) meta.notes = ctx.notes_
  const transcript = createTranscript({ meta })
  transcript.speakers = ctx.registry_.speakers_
  if (body) {
    transcript.children = ctx.blocks_
    const last = table.count - 1
    transcript.position = { start: pointAt(table, 0, table.starts[0]!), end: pointAt(table, last, table.ends[last]!) }
  }
  return { transcript, messages: ctx.messages_ }
}
