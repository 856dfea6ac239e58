/**
 * The structure of a parliamentary record (a Hansard): centred or capital headings, procedural
 * lines the record writes in the third person (`Motion agreed to.`, `The House met at 14:01.`),
 * printed questions, division lists, and labels that stand alone as headings (`MINISTERS:`).
 * None of them is speech. Found by their shape and by formulas, as data; each test looks at one
 * unit (or one label) only, so the reader stays linear.
 */
import { contentEnd, contentStart, type LineTable } from './lines.js'

export interface StructureRule {
  id: string
  /** What the reader makes of it: a titled section break, an event, or a note. */
  yields: 'heading' | 'procedure' | 'note'
  pattern?: RegExp
}

const PROCEDURE_RULES: readonly StructureRule[] = [
  {
    id: 'procedure-sitting',
    yields: 'procedure',
    pattern: /^The (?:House|Assembly|Council|Senate|Committee|Sitting) (?:met|adjourned|rose|resumed|divided|was suspended)\b(?:[^:]|(?<=\d):(?=\d))*\.$/,
  },
  {
    id: 'procedure-chair',
    yields: 'procedure',
    pattern: /^(?:The )?(?:(?:Deputy|Acting|House|Temporary) )?(?:Speaker|President|Chair(?:person|man|woman)?)\b[^:]{0,60}? (?:took|left|resumed) the [Cc]hair\b(?:[^:]|(?<=\d):(?=\d))*\.$/,
  },
  {
    id: 'procedure-decision',
    yields: 'procedure',
    pattern:
      /^(?:(?:Motion|Question|Amendments?|Bill|Report|Clauses?|Schedules?|Resolution|Division)(?: [a-z]+){0,3} (?:agreed to|negatived|adopted|withdrawn|passed|demanded|to be considered|read a (?:first|second|third) time)|Agreed to|There was no debate|Debate (?:concluded|adjourned|interrupted))\b[^:]{0,80}\.$|^Question put:/,
  },
  {
    id: 'procedure-declarations',
    yields: 'procedure',
    pattern: /^Declarations? of vote:?$/,
  },
]

// Built by a pure call (the spread would keep the table in a bundle that only uses `hasCapsWord`).
export const STRUCTURE_RULES: readonly StructureRule[] = /* @__PURE__ */ ((): StructureRule[] => [
  {
    id: 'centred-heading',
    yields: 'heading',
  },
  {
    id: 'caps-heading',
    yields: 'heading',
  },
  {
    id: 'heading-label',
    yields: 'heading',
  },
  ...PROCEDURE_RULES,
  {
    id: 'printed-question',
    yields: 'note',
    pattern: /^\d{1,4}\.[ \t]+\S[^:]{0,160}?\basked the\b/,
  },
  {
    id: 'division-list',
    yields: 'note',
    pattern: /^(?:AYES|NOES|ABSTAIN|ABSTENTIONS|YEAS|NAYS|CONTENTS|NOT CONTENTS|TELLERS)(?:[ -–]\d{1,4})?$/,
  },
  {
    id: 'printed-matter',
    yields: 'note',
  },
])()

const rule = (id: string): StructureRule => STRUCTURE_RULES.find((entry) => entry.id === id)!
const PRINTED_QUESTION = /* @__PURE__ */ rule('printed-question')
const DIVISION_LIST = /* @__PURE__ */ rule('division-list')
export const HEADING_RULES = { centred: /* @__PURE__ */ rule('centred-heading'), caps: /* @__PURE__ */ rule('caps-heading'), label: /* @__PURE__ */ rule('heading-label') } as const
export const PRINTED_MATTER = /* @__PURE__ */ rule('printed-matter')

const MAX_HEADING = 72
const CENTRE_INDENT = 8
/** A centred line's indent, twice, and its length make the page width: between these. */
const PAGE_WIDTH = [60, 90] as const

/** Whether every line of `first..last` is short and centred (not a quotation indented as a block). */
function isCentred(table: LineTable, first: number, last: number): boolean {
  if (last - first > 2) return false
  for (let line = first; line <= last; line++) {
    const start = contentStart(table, line)
    const indent = start - table.starts[line]!
    const length = contentEnd(table, line) - start
    const width = indent * 2 + length
    // A line of capitals as wide as the page (the first of a long heading) needs less indent.
    const minIndent = length > MAX_HEADING - 16 && isCaps(table.text_, start, start + length) ? 2 : CENTRE_INDENT
    if (indent < minIndent || length > MAX_HEADING + 4 || width < PAGE_WIDTH[0] || width > PAGE_WIDTH[1]) return false
  }
  return true
}

const isCaps = (text: string, start: number, end: number): boolean => !/\p{Ll}/u.test(text.slice(start, end))

/** An item of a list (`a) ...`, `(1) ...`, `12. ...`): never a heading. */
const ENUMERATED = /^\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)][ \t]/

const CAPS_HEADING = /^(?=[^\p{Ll}]*$)\p{Lu}[\p{Lu}\d'’&,–-]*(?:[ \t]+[\p{Lu}\d'’&,–()-]+)+$/u

/** Whether one line of text is a heading in capitals (see the `caps-heading` rule). */
export const isCapsHeading = (text: string): boolean => text.length <= MAX_HEADING && !/[.:;?!]$/.test(text) && CAPS_HEADING.test(text)

/** The heading rule a unit of text (lines `first..last`, `text` their words joined by spaces) matches, if any. */
export function headingRule(table: LineTable, first: number, last: number, text: string): StructureRule | undefined {
  if (text.length > MAX_HEADING * 3 || /[.:;?!]$/.test(text) || ENUMERATED.test(text)) return undefined
  if (isCentred(table, first, last)) return HEADING_RULES.centred
  return first === last && isCapsHeading(text) ? HEADING_RULES.caps : undefined
}

/** The procedural or printed-matter rule a unit's text (words joined by spaces) matches, if any. */
export function recordLineRule(text: string): StructureRule | undefined {
  const code = text.charCodeAt(0)
  // Only `T…`, `M…`, `Q…`, `B…`, `A…`, `R…`, `C…`, `S…`, `D…` and digits can start one.
  if (code >= 48 && code <= 57) return PRINTED_QUESTION.pattern!.test(text) ? PRINTED_QUESTION : undefined
  if (code < 65 || code > 90) return undefined
  for (const entry of PROCEDURE_RULES) if (entry.pattern!.test(text)) return entry
  return undefined
}

/** A word of two capitals or more (no lower-case letter in it). */
const CAPS_WORD = /(?:^|[ \u00a0])\p{Lu}[\p{Lu}'’-]+(?=$|[ \u00a0])/u

/** Whether a label has a word in capitals (`Ms M SMUTS`, `The DEPUTY SPEAKER`): a record's or a wire's label, found inside a paragraph too. */
export const hasCapsWord = (label: string): boolean => CAPS_WORD.test(label)

/** Whether a label is a division list's head (`AYES-214`). */
export const isDivisionLabel = (label: string): boolean => DIVISION_LIST.pattern!.test(label)
export const DIVISION_RULE = DIVISION_LIST

/** Whether a label with nothing after it may be a heading: one or two words. */
export const mayBeHeadingLabel = (label: string): boolean => label.length <= 30 && !/\s\S+\s/.test(label.trim())

/**
 * Whether the document writes each label's speech on the label's line (a Hansard): at least 10
 * labels, of which at most 1 in 10 stands alone. `alone(u)` says whether label unit `u` does.
 */
export function labelsCarrySpeech(labelUnits: readonly number[], alone: (unit: number) => boolean): boolean {
  if (labelUnits.length < 10) return false
  let lone = 0
  for (const unit of labelUnits) if (alone(unit)) lone++
  return lone * 10 <= labelUnits.length
}
