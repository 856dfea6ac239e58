/**
 * What shows a document is paged, shared by the full entry's page furniture (`page-heads.ts`,
 * `page-furniture.ts`) and the basic entry's `plain-labels` message (`styles-basic.ts`): a line
 * that is only a page number, and line numbers (1 to 25) before most lines.
 */

/** A line that is only a page number: `7`, `- 7 -`, `Page 7`, `Page 7 of 40` (the number is group 1). */
export const PAGE_NUMBER_LINE = /^(?:-\s*)?(?:page\s+)?(\d{1,4})(?:\s+of\s+\d{1,4})?(?:\s*-)?$/i

/**
 * A line's start: a number (up to three digits, `007`) after blanks (a form feed too), with a blank
 * or the end after it (group 1), or only blanks (no group); no match for any other line.
 */
const LINE_START = /^\s*(?:(\d{1,3})(?!\S)|$)/

/**
 * A cheap first look at the first 120 lines: do most non-blank ones (3 in 5, and 20 at least)
 * start with a line number (1 to 25) that follows the one before (or restarts at 1)?
 */
export function looksLineNumbered(text: string): boolean {
  let nonBlank = 0
  let inSequence = 0
  let previous = 0
  // `split` with a limit stops at the 120th line.
  for (const line of text.split('\n', 120)) {
    const start = LINE_START.exec(line)
    if (start && !start[1]) continue
    nonBlank++
    const value = start ? +start[1]! : 0
    if (value && value < 26) {
      if (value > previous || value === 1) inSequence++
      previous = value
    }
  }
  return inSequence >= 20 && inSequence >= nonBlank * 0.6
}
