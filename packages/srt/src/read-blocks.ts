/**
 * SubRip as blocks: an optional cue number, a timing line, text lines up to a blank line. Real
 * files bend this in every way (numbers from 0 or none at all, no blank line before the next
 * cue, blank lines inside a cue, text after the timing line), so the scanner keys on timing
 * lines: a timing line always starts a cue, and a line of digits just before one is its number.
 * Lines that belong to no cue are returned as stray runs, never dropped.
 */
import type { Position } from '@verbatim/core'
import type { ReadContext } from './read-context.js'
import { matchTiming, type TimingMatch } from './timestamp.js'

export interface Line {
  text: string
  /** 1-based line number. */
  line: number
  /** Offset of the first character in the input. */
  offset: number
}

export interface Block {
  /** The cue number as written, or null. */
  number: string | null
  timing: TimingMatch
  timingLine: Line
  lines: Line[]
  position: Position
}

export interface StrayRun {
  lines: Line[]
  position: Position
}

const DIGITS = /^[ \t]*\d+[ \t]*$/

/** Split into lines (LF, CRLF or CR), each with its number and offset. */
export function splitLines(text: string, from: number): Line[] {
  const lines: Line[] = []
  let start = from
  let number = 1
  const length = text.length
  // The next CR, searched again only once passed (a search per line would scan to the end each time).
  let cr = text.indexOf('\r', start)
  while (start <= length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = length
    let stop = end
    if (cr !== -1 && cr < start) cr = text.indexOf('\r', start)
    if (cr !== -1 && cr < end) {
      // A lone CR ends a line too (old Mac files); CRLF is one break.
      stop = cr
      end = cr + 1 < length && text.charCodeAt(cr + 1) === 10 ? cr + 1 : cr
    }
    lines.push({ text: text.slice(start, stop), line: number++, offset: start })
    if (end >= length) break
    start = end + 1
  }
  return lines
}

export function point(line: Line, index = 0): { line: number; column: number; offset: number } {
  return { line: line.line, column: index + 1, offset: line.offset + index }
}

export function span(first: Line, last: Line): Position {
  return { start: point(first), end: point(last, last.text.length) }
}

const isBlank = (line: Line) => line.text.trim() === ''

export interface ScanResult {
  blocks: Block[]
  stray: StrayRun[]
}

export function scanBlocks(lines: Line[], context: ReadContext): ScanResult {
  const blocks: Block[] = []
  const stray: StrayRun[] = []
  let strayLines: Line[] = []
  let current: Block | null = null
  const flushStray = () => {
    if (strayLines.length === 0) return
    stray.push({ lines: strayLines, position: span(strayLines[0]!, strayLines[strayLines.length - 1]!) })
    strayLines = []
  }
  const close = () => {
    if (current) current.position = span(current.number === null ? current.timingLine : lines[current.timingLine.line - 2]!, current.lines[current.lines.length - 1] ?? current.timingLine)
    current = null
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const timing = matchTiming(line.text)
    if (timing) {
      const previous = lines[i - 1]
      const numbered: boolean = previous !== undefined && DIGITS.test(previous.text) && (current === null ? strayLines[strayLines.length - 1] === previous : current.lines[current.lines.length - 1] === previous)
      if (numbered) {
        if (current === null) strayLines.pop()
        else (current as Block).lines.pop()
      }
      if (current !== null) {
        context.report('A cue starts without a blank line before it', 'missing-blank-line', { place: point(line), gather: '' })
      }
      close()
      flushStray()
      current = { number: numbered ? previous!.text.trim() : null, timing, timingLine: line, lines: [], position: span(line, line) }
      blocks.push(current)
      continue
    }
    if (current !== null) {
      if (isBlank(line)) close()
      else current.lines.push(line)
    } else if (!isBlank(line) || strayLines.length > 0) {
      strayLines.push(line)
    }
  }
  close()
  // Blank lines that closed a stray run are not part of it.
  while (strayLines.length > 0 && isBlank(strayLines[strayLines.length - 1]!)) strayLines.pop()
  flushStray()
  for (const run of stray) {
    while (run.lines.length > 0 && isBlank(run.lines[run.lines.length - 1]!)) run.lines.pop()
    run.position = span(run.lines[0]!, run.lines[run.lines.length - 1]!)
  }
  return { blocks, stray }
}
