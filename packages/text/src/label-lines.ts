/**
 * Labels alone on their line inside paragraphs (a parliamentary record exported without blank
 * lines: `Vizepräsidentin Petra Pau:` on one line, the speech on the next ones, the next label
 * again on a line of its own): a pass over the paragraphs that splits them before every such
 * line, in a document that has at least `MIN_LABEL_LINES` of them, so that each opens a
 * paragraph as labels do. A line ending with a colon is looked at only when it has the shape of
 * a label in some grammar (capitalised words, a party or office), so prose that ends with a
 * colon (`Wir fordern:`) stays where it is.
 */
import { GRAMMARS, type Grammar } from './grammars.js'
import { contentEnd, contentStart, type LineTable } from './lines.js'
import { splitParagraphsAt, type ParagraphTable } from './units.js'

export const LABEL_LINE_RULE = {
  id: 'label-line',
} as const

const MIN_LABEL_LINES = 3
const MAX_LABEL = 120
const LABEL_GRAMMARS: readonly Grammar[] = /* @__PURE__ */ ((): Grammar[] => GRAMMARS.filter((grammar) => grammar.id === 'mixed' || grammar.id === 'caps'))()

/** Whether a line ends a sentence or an aside (`.`, `!`, `?`, `)`, a closing quote): a hard-wrapped line (`… the Minister of Water Affairs and` / `Forestry:`) does not. */
function endsSentence(table: LineTable, line: number): boolean {
  const code = table.lastCodes_[line]!
  return code === 46 || code === 33 || code === 63 || code === 41 || code === 0x201d || code === 34 || code === 0x2026
}

/** Whether `line` is a label and nothing else (it ends with the label's colon). */
function isLabelLine(table: LineTable, line: number): boolean {
  const start = contentStart(table, line)
  const end = contentEnd(table, line)
  if (table.lastCodes_[line] !== 58 || end - start > MAX_LABEL || end - start < 2) return false
  const text = table.text_.slice(start, end)
  return LABEL_GRAMMARS.some((grammar) => {
    const match = grammar.match(text)
    return match !== null && match.content >= text.length
  })
}

/** The paragraphs split before every label line inside them, or the same table when the document has too few. */
export function splitLabelLines(table: LineTable, paragraphs: ParagraphTable): ParagraphTable {
  const cuts: number[] = []
  for (let p = 0; p < paragraphs.count; p++) {
    if (paragraphs.mark_ !== undefined && paragraphs.mark_[p] !== 0) continue
    for (let line = paragraphs.first_[p]! + 1; line <= paragraphs.last_[p]!; line++) if (table.lastCodes_[line] === 58 && endsSentence(table, line - 1) && isLabelLine(table, line)) cuts.push(line)
  }
  return cuts.length < MIN_LABEL_LINES ? paragraphs : splitParagraphsAt(paragraphs, cuts)
}
