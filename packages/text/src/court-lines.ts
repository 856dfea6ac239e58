/**
 * A court record's furniture as units of their own (a house style, wired by `styles-full.ts`):
 * page codes, examination headings, examiner lines (`BY MR. SMITH:`) and a witness's name with
 * the oath lines after it. Without it (`@verbatim/text/basic`) these lines stay in the units
 * they fall in.
 */
import type { Found } from './build-units.js'
import type { LineTable } from './lines.js'
import { CALLED_AS_WITNESS, EXAMINATION_HEADING, EXAMINER_LINE, isPageLine, lineText, WITNESS_NAME } from './units.js'

/** Court furniture, each pattern asked only when a character it needs is there (every line of a court transcript comes here). */
export function courtLines(table: LineTable, text: string, line: number, last: number): Found | null {
  const lastCode = text.charCodeAt(text.length - 1)
  if (isPageLine(text)) return { first: line, last: line, kind: 'page' }
  if (text.length >= 16 && lastCode !== 58 && mayOpenExamination(text.charCodeAt(0)) && EXAMINATION_HEADING.test(text)) return { first: line, last: line, kind: 'exam' }
  if (lastCode === 58 && (text.charCodeAt(0) | 32) === 98 && EXAMINER_LINE.test(text)) return { first: line, last: line, kind: 'examiner' }
  if (lastCode === 44 && line < last && WITNESS_NAME.test(text) && CALLED_AS_WITNESS.test(lineText(table, line + 1))) {
    // The name, `called as a witness ...`, `having been duly sworn, testified as follows:`.
    let end = line + 1
    while (end < last && end < line + 4 && !/:$/.test(lineText(table, end))) end++
    return { first: line, last: end, kind: 'witness' }
  }
  return null
}

/** Whether a line opening with `code` can be an `EXAMINATION_HEADING` (D, C, R or V in either case). */
function mayOpenExamination(code: number): boolean {
  const lower = code | 32
  return lower === 100 || lower === 99 || lower === 114 || lower === 118
}
