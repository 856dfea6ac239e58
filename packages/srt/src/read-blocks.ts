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
import { NextIndex, type Point, type Position } from '@verbatim/core'
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

export interface StrayRun {
  lines: Line[]
  position: Position
}

/** The lines of the input, as the scan found them: points and line texts from their starts, made when asked. */
export class SourceLines {
  /** Where each line starts: index 0 is line 1 (after a BOM); numbers in a typed array (a big file has millions of lines). */
  private starts = new Int32Array(256)
  /** How many lines there are. */
  count = 0

  constructor(readonly text: string) {}

  /** A line starts at `offset`: the next one. */
  add(offset: number): void {
    if (this.count === this.starts.length) {
      const grown = new Int32Array(this.count * 2)
      grown.set(this.starts)
      this.starts = grown
    }
    this.starts[this.count++] = offset
  }

  /** Where line `line` (1-based) starts. */
  start(line: number): number {
    return this.starts[line - 1]!
  }

  /** The point at `index` (0-based) in line `line` (1-based). */
  point(line: number, index = 0): Point {
    return { line, column: index + 1, offset: this.starts[line - 1]! + index }
  }

  /** Where line `line` stops: the offset of its line break, or the end of the text. */
  stop(line: number): number {
    if (line >= this.count) return this.text.length
    const start = this.starts[line - 1]!
    const next = this.starts[line]!
    const text = this.text
    return text.charCodeAt(next - 1) === 10 && text.charCodeAt(next - 2) === 13 && next - 2 >= start ? next - 2 : next - 1
  }

  /** The text of line `line`, without its line break. */
  lineText(line: number): string {
    return this.text.slice(this.starts[line - 1]!, this.stop(line))
  }
}

/** A block's cue number line comes before its timing line. */
const NUMBERED = 1
/** A text line of the block may hold markup or spaces to trim (`<`, `{`, `\\`, an edge space): it is cleaned. */
export const DIRTY = 2

/**
 * The blocks of a file as rows of numbers (no object per block: a big file has millions, and
 * they were most of what the reader allocated and kept). A block's text lines follow its timing
 * line one after the other; they are sliced from the input when the block is read.
 */
export class Blocks {
  count = 0
  /** 1-based line number of each block's timing line. */
  line = new Int32Array(64)
  /** How many text lines follow it. */
  textLines = new Int32Array(64)
  flags = new Uint8Array(64)
  start = new Float64Array(64)
  end = new Float64Array(64)
  /** The timing lines that are not canonical (odd separators, text after the times), by block. */
  readonly odd = new Map<number, TimingMatch>()

  constructor(private readonly source: SourceLines) {}

  add(timing: TimingMatch, line: number, numbered: boolean): number {
    if (this.count === this.line.length) this.grow()
    const index = this.count++
    this.line[index] = line
    this.textLines[index] = 0
    this.flags[index] = numbered ? NUMBERED : 0
    this.start[index] = timing.start
    this.end[index] = timing.end
    if (timing.oddSeparators.length > 0 || timing.rest !== '') this.odd.set(index, timing)
    return index
  }

  private grow(): void {
    const size = this.line.length * 2
    const copy = <T extends Int32Array | Uint8Array | Float64Array>(from: T, to: T): T => {
      to.set(from)
      return to
    }
    this.line = copy(this.line, new Int32Array(size))
    this.textLines = copy(this.textLines, new Int32Array(size))
    this.flags = copy(this.flags, new Uint8Array(size))
    this.start = copy(this.start, new Float64Array(size))
    this.end = copy(this.end, new Float64Array(size))
  }

  /** The cue number as written, or null. */
  number(index: number): string | null {
    return (this.flags[index]! & NUMBERED) === 0 ? null : this.source.lineText(this.line[index]! - 1).trim()
  }

  /** The cue number's value (`Number` of `number(index)`), read in place; NaN without a number. */
  numberValue(index: number): number {
    if ((this.flags[index]! & NUMBERED) === 0) return NaN
    const source = this.source
    const text = source.text
    const line = this.line[index]! - 1
    const stop = source.stop(line)
    let value = 0
    let digits = 0
    for (let at = source.start(line); at < stop; at++) {
      const code = text.charCodeAt(at)
      if (code >= 48 && code <= 57) {
        value = value * 10 + (code - 48)
        digits++
      }
    }
    // Up to 15 digits the sum is exact, as `Number` reads them; longer numbers are left to `Number`.
    return digits <= 15 ? value : Number(this.number(index))
  }

  /** The block's text lines as written. */
  lines(index: number): string[] {
    const first = this.line[index]! + 1
    const count = this.textLines[index]!
    const out = new Array<string>(count)
    for (let i = 0; i < count; i++) out[i] = this.source.lineText(first + i)
    return out
  }

  /**
   * The text of a block that `cueParts` would read as one part without a marker, joined as it
   * joins it, found in place: a block not to be cleaned, no line starting with `>`, the first
   * line neither starting with a dash nor holding a colon where a `Name:` label's would be
   * (`colons` finds the next colon: blocks are asked in order). Undefined for any other block,
   * which `cueParts` reads from its lines.
   */
  plainText(index: number, colons: NextIndex): string | undefined {
    const count = this.textLines[index]!
    if (count === 0 || (this.flags[index]! & DIRTY) !== 0) return undefined
    const source = this.source
    const text = source.text
    const first = this.line[index]! + 1
    const start = source.start(first)
    const code = text.charCodeAt(start)
    if (code === 45 || code === 0x2010 || code === 0x2013) return undefined
    const colon = colons.at(start)
    if (colon > start && colon <= start + 60 && colon < source.stop(first)) return undefined
    for (let line = first; line < first + count; line++) if (text.charCodeAt(source.start(line)) === 62) return undefined
    if (count === 1) return source.lineText(first)
    const lines = new Array<string>(count)
    for (let i = 0; i < count; i++) lines[i] = source.lineText(first + i)
    return lines.join(' ')
  }

  /** From the block's first line (its number line, else its timing line) to the end of its last line. */
  position(index: number): Position {
    const source = this.source
    const line = this.line[index]!
    const first = (this.flags[index]! & NUMBERED) === 0 ? line : line - 1
    const last = line + this.textLines[index]!
    const stop = source.stop(last)
    return { start: { line: first, column: 1, offset: source.start(first) }, end: { line: last, column: stop - source.start(last) + 1, offset: stop } }
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

/** Whether `text.slice(start, stop)` is a line of digits (spaces and tabs around them allowed): a cue number. */
function isNumberLine(text: string, start: number, stop: number): boolean {
  let index = start
  let code = text.charCodeAt(index)
  while (index < stop && (code === 32 || code === 9)) code = text.charCodeAt(++index)
  const first = index
  while (index < stop && code >= 48 && code <= 57) code = text.charCodeAt(++index)
  if (index === first) return false
  while (index < stop && (code === 32 || code === 9)) code = text.charCodeAt(++index)
  return index === stop
}

/** Characters players trim at the ends of a line (see `cleanLines`): space, tab, form feed, vertical tab, ideographic space. */
export const isEdgeSpace = (code: number) => code === 32 || code === 9 || code === 12 || code === 11 || code === 0x3000

export interface ScanResult {
  blocks: Blocks
  stray: StrayRun[]
  lines: SourceLines
  /** The end of the text, as a point. */
  end: Point
}

/** The scan's state between lines: the open block, the open stray run, and the line before. */
class Scan {
  readonly blocks: Blocks
  readonly stray: StrayRun[] = []
  strayLines: Line[] = []
  /** The open block, or -1. */
  current = -1
  /** Where the line before this one starts and stops, when it was kept (a cue's text line or a stray line); -1: not kept. */
  private previousStart = -1
  private previousStop = -1
  // The next markup characters: a line holding one is cleaned.
  private readonly tag: NextIndex
  private readonly brace: NextIndex
  private readonly backslash: NextIndex

  constructor(
    private readonly text: string,
    lines: SourceLines,
  ) {
    this.blocks = new Blocks(lines)
    this.tag = new NextIndex(text, '<')
    this.brace = new NextIndex(text, '{')
    this.backslash = new NextIndex(text, '\\')
  }

  open(timing: TimingMatch, line: number, start: number, context: ReadContext): void {
    const numbered = this.previousStart !== -1 && isNumberLine(this.text, this.previousStart, this.previousStop)
    if (numbered) {
      if (this.current === -1) this.strayLines.pop()
      else this.blocks.textLines[this.current]!--
    }
    if (this.current !== -1) context.report('A cue starts without a blank line before it', 'missing-blank-line', { place: { line, column: 1, offset: start }, gather: '' })
    this.current = -1
    this.flushStray()
    this.current = this.blocks.add(timing, line, numbered)
    this.forget()
  }

  addText(start: number, stop: number): void {
    const current = this.current
    const blocks = this.blocks
    blocks.textLines[current]!++
    if ((blocks.flags[current]! & DIRTY) === 0 && this.dirty(start, stop)) blocks.flags[current]! |= DIRTY
    this.previousStart = start
    this.previousStop = stop
  }

  /** Whether the line may change when cleaned: markup characters in it, or a space to trim at an end. */
  private dirty(start: number, stop: number): boolean {
    const text = this.text
    if (isEdgeSpace(text.charCodeAt(start)) || isEdgeSpace(text.charCodeAt(stop - 1))) return true
    const tag = this.tag.at(start)
    if (tag !== -1 && tag < stop) return true
    const brace = this.brace.at(start)
    if (brace !== -1 && brace < stop) return true
    const backslash = this.backslash.at(start)
    return backslash !== -1 && backslash < stop
  }

  addStray(start: number, stop: number, line: number): void {
    this.strayLines.push({ text: this.text.slice(start, stop), line, offset: start })
    this.previousStart = start
    this.previousStop = stop
  }

  forget(): void {
    this.previousStart = -1
  }

  close(): void {
    this.current = -1
  }

  flushStray(): void {
    if (this.strayLines.length === 0) return
    this.stray.push({ lines: this.strayLines, position: span(this.strayLines[0]!, this.strayLines[this.strayLines.length - 1]!) })
    this.strayLines = []
  }
}

/** Blocks and stray runs of `text`, read from `from` (1 after a BOM). */
export function scanBlocks(text: string, from: number, context: ReadContext): ScanResult {
  const lines = new SourceLines(text)
  const scan = new Scan(text, lines)
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
    lines.add(start)
    const timing = matchTiming(text, start, stop)
    if (timing) scan.open(timing, line, start, context)
    else if (scan.current !== -1) {
      if (isBlankRange(text, start, stop)) {
        scan.close()
        scan.forget()
      } else scan.addText(start, stop)
    } else if (scan.strayLines.length > 0 || !isBlankRange(text, start, stop)) scan.addStray(start, stop, line)
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
