/**
 * SubRip as blocks: an optional cue number, a timing line, text lines up to a blank line. Real
 * files bend this in every way (numbers from 0 or none at all, no blank line before the next
 * cue, blank lines inside a cue, text after the timing line), so the scanner keys on timing
 * lines: a timing line always starts a cue, and a line of digits just before one is its number.
 * Lines that belong to no cue are returned as stray runs, never dropped.
 *
 * One pass over the text: lines (LF, CRLF or a lone CR) are found with indexOf and looked at in
 * place; only cue text and stray text are sliced out. The scan records where every line starts,
 * and points are made from those starts when a position or a message needs one.
 */
import type { Point, Position } from '@verbatim/core'
import type { ReadContext } from './read-context.js'
import { matchTiming, type TimingMatch } from './timestamp.js'

/** A line kept as an object: those of stray runs. */
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
  /** 1-based line number of the timing line; the text lines follow it, one after the other. */
  line: number
  /** The cue's text lines as written. */
  lines: string[]
  position: Position
}

export interface StrayRun {
  lines: Line[]
  position: Position
}

/** The lines of the input, as the scan found them: points and line texts from their starts, made when asked. */
export class SourceLines {
  /** Where each line starts: index 0 is line 1 (after a BOM). */
  readonly starts: number[] = []

  constructor(readonly text: string) {}

  /** The point at `index` (0-based) in line `line` (1-based). */
  point(line: number, index = 0): Point {
    return { line, column: index + 1, offset: this.starts[line - 1]! + index }
  }

  /** The text of line `line`, without its line break. */
  lineText(line: number): string {
    const start = this.starts[line - 1]!
    const next = this.starts[line]
    if (next === undefined) return this.text.slice(start)
    const text = this.text
    const stop = text.charCodeAt(next - 1) === 10 && text.charCodeAt(next - 2) === 13 && next - 2 >= start ? next - 2 : next - 1
    return text.slice(start, stop)
  }
}

export function point(line: Line, index = 0): Point {
  return { line: line.line, column: index + 1, offset: line.offset + index }
}

export function span(first: Line, last: Line): Position {
  return { start: point(first), end: point(last, last.text.length) }
}

const isBlank = (line: Line) => line.text.trim() === ''

/** Whether `text.slice(start, stop)` is blank (as `trim()` sees it), without slicing the common lines. */
function isBlankRange(text: string, start: number, stop: number): boolean {
  if (start === stop) return true
  const code = text.charCodeAt(start)
  if (code > 32 && code < 127) return false
  return text.slice(start, stop).trim() === ''
}

/** A line of digits (spaces and tabs around them allowed): a cue number. */
function isNumberLine(text: string): boolean {
  let index = 0
  let code = text.charCodeAt(index)
  while (code === 32 || code === 9) code = text.charCodeAt(++index)
  const first = index
  while (code >= 48 && code <= 57) code = text.charCodeAt(++index)
  if (index === first) return false
  while (code === 32 || code === 9) code = text.charCodeAt(++index)
  return index === text.length
}

export interface ScanResult {
  blocks: Block[]
  stray: StrayRun[]
  lines: SourceLines
  /** The end of the text, as a point. */
  end: Point
}

/** The scan's state between lines: the open block, the open stray run, and the line before. */
class Scan {
  readonly blocks: Block[] = []
  readonly stray: StrayRun[] = []
  strayLines: Line[] = []
  current: Block | null = null
  /** The text of the line before this one, when it was kept (a cue's text line or a stray line). */
  previousText: string | null = null
  /** Where the open block starts: its number line, else its timing line. */
  private first: Point | null = null

  constructor(private readonly lines: SourceLines) {}

  open(timing: TimingMatch, line: number, start: number, context: ReadContext): void {
    const text = this.previousText
    const numbered = text !== null && isNumberLine(text)
    let first: Point = { line, column: 1, offset: start }
    if (numbered) {
      if (this.current === null) this.strayLines.pop()
      else this.current.lines.pop()
      first = this.lines.point(line - 1)
    }
    if (this.current !== null) context.report('A cue starts without a blank line before it', 'missing-blank-line', { place: { line, column: 1, offset: start }, gather: '' })
    this.close()
    this.flushStray()
    this.current = { number: numbered ? text.trim() : null, timing, line, lines: [], position: UNSET }
    this.first = first
    this.blocks.push(this.current)
    this.forget()
  }

  addText(text: string): void {
    this.current!.lines.push(text)
    this.previousText = text
  }

  addStray(text: string, line: number, start: number): void {
    const kept: Line = { text, line, offset: start }
    this.strayLines.push(kept)
    this.previousText = text
  }

  forget(): void {
    this.previousText = null
  }

  close(): void {
    const current = this.current
    if (current) {
      // Text lines follow the timing line one after the other: the last is `line + lines.length`.
      const count = current.lines.length
      const end = count === 0 ? this.lines.point(current.line, this.lines.lineText(current.line).length) : this.lines.point(current.line + count, current.lines[count - 1]!.length)
      current.position = { start: this.first!, end }
    }
    this.current = null
  }

  flushStray(): void {
    if (this.strayLines.length === 0) return
    this.stray.push({ lines: this.strayLines, position: span(this.strayLines[0]!, this.strayLines[this.strayLines.length - 1]!) })
    this.strayLines = []
  }
}

/** A block's position until it is closed. */
const UNSET: Position = { start: { line: 0, column: 0, offset: 0 }, end: { line: 0, column: 0, offset: 0 } }

/** Blocks and stray runs of `text`, read from `from` (1 after a BOM). */
export function scanBlocks(text: string, from: number, context: ReadContext): ScanResult {
  const lines = new SourceLines(text)
  const starts = lines.starts
  const scan = new Scan(lines)
  const length = text.length
  let start = from
  let line = 0
  let stop = length
  // The next CR, searched again only once passed (a search per line would scan to the end each time).
  let cr = text.indexOf('\r', start)
  for (;;) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = length
    stop = end
    if (cr !== -1 && cr < start) cr = text.indexOf('\r', start)
    if (cr !== -1 && cr < end) {
      // A lone CR ends a line too (old Mac files); CRLF is one break.
      stop = cr
      end = cr + 1 < length && text.charCodeAt(cr + 1) === 10 ? cr + 1 : cr
    }
    line++
    starts.push(start)
    const timing = matchTiming(text, start, stop)
    if (timing) scan.open(timing, line, start, context)
    else if (scan.current !== null) {
      if (isBlankRange(text, start, stop)) {
        scan.close()
        scan.forget()
      } else scan.addText(text.slice(start, stop))
    } else if (scan.strayLines.length > 0 || !isBlankRange(text, start, stop)) scan.addStray(text.slice(start, stop), line, start)
    else scan.forget()
    if (end >= length) break
    start = end + 1
  }
  scan.close()
  const { blocks, stray } = scan
  // Blank lines that closed a stray run are not part of it.
  while (scan.strayLines.length > 0 && isBlank(scan.strayLines[scan.strayLines.length - 1]!)) scan.strayLines.pop()
  scan.flushStray()
  for (const run of stray) {
    while (run.lines.length > 0 && isBlank(run.lines[run.lines.length - 1]!)) run.lines.pop()
    run.position = span(run.lines[0]!, run.lines[run.lines.length - 1]!)
  }
  return { blocks, stray, lines, end: { line, column: stop - start + 1, offset: stop } }
}
