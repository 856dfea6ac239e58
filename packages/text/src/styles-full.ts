/** Every part of the reader wired: what `@verbatim/text`'s `fromText` reads (see `styles.ts`). */
import { maskClockPrefix, noteClockPrefix, readClockUnit, reportClockLines, splitClockLines } from './clock-lines.js'
import { courtLines } from './court-lines.js'
import { MONTHS_WITH_GERMAN } from './german-dates.js'
import { bareCourtLines } from './bare-court.js'
import { TRAILER_START } from './header.js'
import { inferRoles } from './infer-roles.js'
import { splitLineParagraphs } from './line-paragraphs.js'
import { findPageFurniture } from './page-furniture.js'
import { readExamination, readExaminer, readWitness } from './read-court.js'
import { FRONT_MATTER_HEADING, PLAIN_MATTER_HEADING, readMatterUnit, readYamlFrontMatter } from './read-front-matter.js'
import { furnitureLines, notePageFurniture, readPage } from './read-notes.js'
import { findInlineLabels, noteUntilLabel, readLabelUnit, readRecordText, reportRecordStructure, tallyStructure } from './read-record.js'
import { readGluedUnit } from './read-glued.js'
import { finishKind, readCounsel } from './read-speakers.js'
import { PRINTED_MATTER } from './record-structure.js'
import { findRunningHeads } from './running-heads.js'
import { findPageHeads } from './page-heads.js'
import { splitLabelLines } from './label-lines.js'
import { consistentShortLabels, matchShortLabel } from './short-labels.js'
import { continueOverGap, decideGaps } from './turn-gaps.js'
import { readInterjection } from './interjections.js'
import { CHAIRED_RECORDS, readOffices } from './offices.js'
import { readSworn } from './sworn.js'
import { readSittingLine } from './sitting-lines.js'
import { readTitlePage } from './title-page.js'
import type { ReadContext } from './read-context.js'
import { joinOverPageBreaks } from './page-joins.js'
import { UNIT_HANDLERS } from './read-units.js'
import type { ReaderStyles } from './styles.js'

export const FULL_STYLES: ReaderStyles = {
  // Roles by turn-taking are for shows and panels: not for a record (its structure or its German chair was read), whose chair is no host.
  roles_: (blocks, registry, ctx) => {
    if (ctx.structureCounts_.size === 0 && !CHAIRED_RECORDS.has(ctx)) inferRoles(blocks, registry)
  },
  frontMatter_: readYamlFrontMatter,
  months_: MONTHS_WITH_GERMAN,
  records_: {
    findFurniture_: (original) => findPageFurniture(original) ?? findRunningHeads(original),
    findPageHeads_: findPageHeads,
    joinPages_: joinOverPageBreaks,
    labelLines_: splitLabelLines,
    noteFurniture_: (ctx, furniture) => {
      notePageFurniture(ctx, furniture)
      return furnitureLines(furniture, ctx.table_)
    },
    lineParagraphs_: splitLineParagraphs,
    shortLabels_: (table, paragraphs) => {
      const words = consistentShortLabels(table, paragraphs)
      return words.size > 0 ? (text, grammar) => matchShortLabel(text, words, grammar) : undefined
    },
    bareCourt_: bareCourtLines,
    trailerStart_: TRAILER_START,
    prepare_: (ctx, labelUnits) => {
      findInlineLabels(ctx, labelUnits)
      decideGaps(ctx, labelUnits)
    },
    // A pure call, not a spread: a spread would keep this object (and every module it names) in a bundle of the basic entry.
    handlers_: /* @__PURE__ */ Object.assign({}, UNIT_HANDLERS, {
      paren: (ctx: ReadContext) => {
        readSworn(ctx, ctx.line_(ctx.unit_.first_))
        UNIT_HANDLERS.paren(ctx)
      },
      label: (ctx: ReadContext) => {
        if (!readSittingLine(ctx)) readLabelUnit(ctx)
      }, page: readPage, exam: readExamination, examiner: readExaminer, witness: readWitness }),
    readText_: (ctx, first) => readTitlePage(ctx, first) || readSworn(ctx, first) || readInterjection(ctx, first) || readRecordText(ctx, first) || continueOverGap(ctx, first),
    readPrinted_: (ctx, unit) => {
      tallyStructure(ctx, PRINTED_MATTER, unit)
      noteUntilLabel(ctx, unit, 'printed-matter')
    },
    report_: (ctx) => {
      reportRecordStructure(ctx)
      reportClockLines(ctx)
    },
    finishKind_: (ctx) => {
      finishKind(ctx)
      readOffices(ctx)
    },
    counsel_: readCounsel,
    courtLines_: courtLines,
    frontMatterHeading_: FRONT_MATTER_HEADING,
    plainMatterHeading_: PLAIN_MATTER_HEADING,
    readMatter_: readMatterUnit,
    maskClockPrefix_: maskClockPrefix,
    noteClockPrefix_: noteClockPrefix,
    clockLines_: splitClockLines,
    readClockUnit_: readClockUnit,
    readGlued_: readGluedUnit,
  },
}
