/**
 * Pass one, second half: paragraphs split into units. A unit is a paragraph, or, where labels
 * may start any line (court transcripts, `labelsAt: 'line'`), a label line with the lines that
 * continue it, a page code, an examination heading, a witness block or a stand-alone parenthetical.
 */
import type { Grammar, LabelMatch } from './grammars.js'
import { contentStart, type LineTable } from './lines.js'
import { MARK_NONE, MARK_STAMP } from './stamp-lines.js'
import { hasCapsWord } from './record-structure.js'
import { UnitTable, type UnitKind } from './unit-table.js'
import { CALLED_AS_WITNESS, EXAMINATION_HEADING, EXAMINER_LINE, isPageLine, lineText, parentheticalEnd, WITNESS_NAME, type ParagraphTable } from './units.js'

/** A unit found at a line, before it goes into the table. */
interface Found {
  first_: number
  last_: number
  kind_: UnitKind
  label_?: LabelMatch
  contentLine_?: number
  contentOffset_?: number
}

export function buildUnits(
  table: LineTable,
  paragraphs: ParagraphTable,
  lineLabels: boolean,
  matchLabel: (text: string) => LabelMatch | null,
  grammar: Grammar,
  court: boolean,
  isEscaped: (text: string) => boolean,
): UnitTable {
  const units = new UnitTable(paragraphs.count + 16)
  const add = (found: Found, emptyBefore: number): number => units.push_(found.first_, found.last_, emptyBefore, found.kind_, found.label_, found.contentLine_, found.contentOffset_)
  /** What `lineLabel` hands back: one object, reused (it is read before the next call), not one per label. */
  const labelFound: Found = { first_: 0, last_: 0, kind_: 'label', label_: undefined, contentLine_: 0, contentOffset_: 0 }
  const lineLabel = (line: number): Found | null => {
    // What `mayHoldLabel` refuses by its first character, refused before slicing the line.
    const code = table.firstCodes[line]!
    if ((code >= 97 && code <= 122) || code === 32) return null
    const start = contentStart(table, line)
    const text = table.text_.slice(start, table.ends[line])
    const label = matchLabel(text)
    if (!label) return null
    labelFound.first_ = line
    labelFound.last_ = line
    labelFound.label_ = label
    labelFound.contentLine_ = line
    labelFound.contentOffset_ = start + label.content
    return labelFound
  }
  /** A caps label split over two lines (`... VOCERO DE` / `PRESIDENCIA:Carmen`). */
  const splitLabel = (line: number, last: number): Found | null => {
    if (grammar.id !== 'caps' || line >= last) return null
    const one = lineText(table, line)
    if (one.length > 100 || /\p{Ll}/u.test(one) || !/\p{Lu}.*\p{Lu}/u.test(one) || one.includes(':')) return null
    const twoStart = contentStart(table, line + 1)
    const two = table.text_.slice(twoStart, table.ends[line + 1])
    const label = grammar.match(`${one} ${two}`)
    if (!label || label.content <= one.length + 1) return null
    return { first_: line, last_: line + 1, kind_: 'label', label_: label, contentLine_: line + 1, contentOffset_: twoStart + label.content - one.length - 1 }
  }

  /** Hard-wrapped lines rarely start with a label; accept one inside a paragraph only after a sentence end or a hard break. */
  const mayStartLabel = (line: number, paragraphFirst: number): boolean => {
    if (line === paragraphFirst || lineLabels || court) return true
    if (grammar.id !== 'caps' && grammar.id !== 'mixed') return false
    return endsLikeLabelBreak(table.text_, table.starts[line - 1]!, table.ends[line - 1]!)
  }

  for (let p = 0; p < paragraphs.count; p++) {
    const paragraphFirst = paragraphs.first_[p]!
    const paragraphLast = paragraphs.last_[p]!
    const mark = paragraphs.mark_?.[p] ?? MARK_NONE
    if (mark !== MARK_NONE) {
      units.push_(paragraphFirst, paragraphLast, paragraphs.emptyBefore_[p]!, mark === MARK_STAMP ? 'stamp' : 'page')
      continue
    }
    if (paragraphFirst === paragraphLast && !court) {
      // Only a line opening with a backslash can be escaped, and only one opening with `(` a parenthetical.
      const opening = table.firstCodes[paragraphFirst]!
      const escaped = opening === 92 && isEscaped(lineText(table, paragraphFirst))
      const labelled = escaped ? null : lineLabel(paragraphFirst)
      if (labelled) add(labelled, paragraphs.emptyBefore_[p]!)
      else {
        const kind = !escaped && opening === 40 && parentheticalEnd(table, paragraphFirst, paragraphLast) === paragraphLast ? 'paren' : 'text'
        units.push_(paragraphFirst, paragraphLast, paragraphs.emptyBefore_[p]!, kind)
      }
      continue
    }
    // Line mode: any line may start a unit.
    let open = -1
    let emptyBefore = paragraphs.emptyBefore_[p]!
    for (let line = paragraphFirst; line <= paragraphLast; line++) {
      const text = lineText(table, line)
      let found: Found | null = null
      // Court furniture, each pattern asked only when a character it needs is there (every line of a court transcript comes here).
      const lastCode = text.charCodeAt(text.length - 1)
      if (court && isPageLine(text)) found = { first_: line, last_: line, kind_: 'page' }
      else if (court && text.length >= 16 && lastCode !== 58 && EXAMINATION_HEADING.test(text)) found = { first_: line, last_: line, kind_: 'exam' }
      else if (court && lastCode === 58 && (text.charCodeAt(0) | 32) === 98 && EXAMINER_LINE.test(text)) found = { first_: line, last_: line, kind_: 'examiner' }
      else if (court && lastCode === 44 && line < paragraphLast && WITNESS_NAME.test(text) && CALLED_AS_WITNESS.test(lineText(table, line + 1))) {
        // The name, `called as a witness ...`, `having been duly sworn, testified as follows:`.
        let end = line + 1
        while (end < paragraphLast && end < line + 4 && !/:$/.test(lineText(table, end))) end++
        found = { first_: line, last_: end, kind_: 'witness' }
      } else if (line === paragraphFirst && isEscaped(text)) {
        found = null
      } else if (mayStartLabel(line, paragraphFirst)) {
        found = lineLabel(line) ?? (line === paragraphFirst ? splitLabel(line, paragraphLast) : null)
        // Inside a mixed-case paragraph, only a label with a word in capitals (`Ms M SMUTS:`, `The DEPUTY SPEAKER:`) starts a turn.
        if (found?.kind_ === 'label' && grammar.id === 'mixed' && line !== paragraphFirst && !lineLabels && !court && !hasCapsWord(found.label_!.label)) found = null
        if (!found && (line === paragraphFirst || lineLabels || court)) {
          const end = parentheticalEnd(table, line, paragraphLast)
          if (end !== -1) found = { first_: line, last_: end, kind_: 'paren' }
        }
      }
      if (found) {
        const index = add(found, emptyBefore)
        // Label (and text) units stay open: the lines after them continue them.
        open = found.kind_ === 'label' || found.kind_ === 'text' ? index : -1
        line = found.last_
        emptyBefore = 0
        continue
      }
      if (open !== -1) units.setLast_(open, line)
      else open = units.push_(line, line, emptyBefore, 'text')
      emptyBefore = 0
    }
  }
  return units
}

/** Characters a sentence (or a quote, a bracket, a dash) ends with: `.?!"”’)]—–-`. */
const SENTENCE_ENDS = new Set([46, 63, 33, 34, 0x201d, 0x2019, 41, 93, 0x2014, 0x2013, 45])

/**
 * Whether the line `text[start..end)` ends a sentence (trailing blanks ignored) or with a hard
 * break (two spaces or more after other text): `/[.?!"”’)\]—–-][ \t\u00a0]*$|[^ ]  +$/`,
 * read backwards from the end instead of tried at every offset.
 */
export function endsLikeLabelBreak(text: string, start: number, end: number): boolean {
  let spaces = end
  while (spaces > start && text.charCodeAt(spaces - 1) === 32) spaces--
  if (end - spaces >= 2 && spaces > start) return true
  let last = end
  while (last > start && isBlankCode(text.charCodeAt(last - 1))) last--
  return last > start && SENTENCE_ENDS.has(text.charCodeAt(last - 1))
}

const isBlankCode = (code: number): boolean => code === 32 || code === 9 || code === 0xa0
