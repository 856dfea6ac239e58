/**
 * The WebVTT parser algorithm (WebVTT 6.1, "WebVTT file parsing" and "collect a WebVTT block"),
 * step by step, on the string as given: instead of first rewriting CRLF and CR to LF (which would
 * shift every offset), the line reader treats CR, LF and CRLF as one line break each, which gives
 * the same lines; NULs become U+FFFD in place (same length). So every offset, line and column
 * refers to the input the caller passed.
 */
import { VerbatimError, type Point, type Position, type VerbatimMessage } from '@verbatim/core'
import { defaultCueSettings, parseCueSettings, parseRegionSettings } from './cue-settings.js'
import { firstVoice } from './cue-text.js'
import { message, SOURCE } from './message.js'
import { collectTimestamp, collectTolerantTimestamp, type CollectedTimestamp } from './timestamp.js'
import type { ParsedWebVtt, ParseWebVttOptions, WebVttCue, WebVttNote, WebVttRegion, WebVttStyle } from './types.js'

const LF = 10
const CR = 13

/** A saved reader state: "previous position" in the spec, with the line bookkeeping. */
interface Mark {
  offset: number
  line: number
  lineStart: number
}

const NOTE_START = /^NOTE(?:$|[ \t\n])/
const STYLE_LINE = /^STYLE[\t\n\f\r ]*$/
const REGION_LINE = /^REGION[\t\n\f\r ]*$/

class Parser {
  readonly input: string
  readonly tolerant: boolean
  readonly file: string | undefined
  offset: number
  line = 1
  lineStart = 0
  seenCue = false
  readonly cues: WebVttCue[] = []
  readonly regions: WebVttRegion[] = []
  readonly styles: WebVttStyle[] = []
  readonly notes: WebVttNote[] = []
  readonly messages: VerbatimMessage[] = []

  constructor(input: string, start: number, options: ParseWebVttOptions) {
    this.input = input
    this.offset = start
    this.tolerant = options.tolerant ?? false
    this.file = options.file
  }

  point(offset: number = this.offset): Point {
    return { line: this.line, column: offset - this.lineStart + 1, offset }
  }

  mark(): Mark {
    return { offset: this.offset, line: this.line, lineStart: this.lineStart }
  }

  restore(mark: Mark): void {
    this.offset = mark.offset
    this.line = mark.line
    this.lineStart = mark.lineStart
  }

  get atEnd(): boolean {
    return this.offset >= this.input.length
  }

  /** Collect the characters up to the next line break; returns the end offset of the line. */
  lineEnd(): number {
    const input = this.input
    let i = this.offset
    while (i < input.length) {
      const code = input.charCodeAt(i)
      if (code === LF || code === CR) break
      i++
    }
    return i
  }

  /** Step over the line break at the current offset (CRLF counts as one). */
  skipLineBreak(): void {
    const input = this.input
    if (input.charCodeAt(this.offset) === CR && input.charCodeAt(this.offset + 1) === LF) this.offset += 2
    else this.offset++
    this.line++
    this.lineStart = this.offset
  }

  /** "Collect a sequence of code points that are LF characters" (blank lines). */
  skipLineBreaks(): void {
    while (!this.atEnd) {
      const code = this.input.charCodeAt(this.offset)
      if (code !== LF && code !== CR) break
      this.skipLineBreak()
    }
  }

  warn(reason: string, ruleId: string, place: Point | Position, severity: 'warning' | 'info' = 'warning'): void {
    this.messages.push(message(reason, ruleId, place, this.file, severity))
  }

  /** "Collect a WebVTT block". Returns the block's text and where its last line ends. */
  collectBlock(inHeader: boolean): { buffer: string; end: Point } {
    const input = this.input
    let lineCount = 0
    // "previous position", kept as numbers (no allocation per line).
    let previousOffset = this.offset
    let previousLine = this.line
    let previousLineStart = this.lineStart
    const blockStart = this.point()
    let buffer = ''
    let seenArrow = false
    let cue: WebVttCue | null = null
    let stylesheet = false
    let region = false
    // End of the last line that belongs to the block.
    let lastEndOffset = blockStart.offset!
    let lastEndLine = blockStart.line
    let lastEndColumn = blockStart.column
    let textStart: Point | undefined
    let timingFailed: Position | undefined
    let strayId: { text: string; mark: Mark } | undefined
    let lastLineOffset = previousOffset
    let lastLineNumber = previousLine
    for (;;) {
      const lineNumber = this.line
      const start = this.offset
      const end = this.lineEnd()
      const line = input.slice(start, end)
      lineCount++
      this.offset = end
      const endColumn = end - this.lineStart + 1
      let seenEof = false
      if (end >= input.length) seenEof = true
      else this.skipLineBreak()
      if (line.includes('-->')) {
        if (!inHeader && (lineCount === 1 || (lineCount === 2 && !seenArrow))) {
          seenArrow = true
          previousOffset = this.offset
          previousLine = this.line
          previousLineStart = this.lineStart
          const endPoint = { line: lineNumber, column: endColumn, offset: end }
          let id = buffer
          if (this.tolerant && lineCount === 2 && NOTE_START.test(id)) {
            // A NOTE line stuck to the timings: keep it as a note, not as the cue id.
            this.warn('expected a blank line between the NOTE line and the cue timings, found none: read the NOTE as a comment, not as the cue id', 'missing-blank-line', { start: blockStart, end: endPoint })
            this.notes.push({ value: noteValue(id), position: { start: blockStart, end: { line: lastEndLine, column: lastEndColumn, offset: lastEndOffset } } })
            id = ''
          }
          const linePoint = { line: lineNumber, column: 1, offset: start }
          const timings = this.collectTimingsAndSettings(line, linePoint)
          if (timings) {
            cue = {
              id,
              start: timings.start,
              end: timings.end,
              text: '',
              voice: null,
              settings: { raw: trimWhitespace(timings.settings), parsed: parseCueSettings(timings.settings, this.regions, defaultCueSettings()) },
              position: { start: blockStart, end: endPoint },
            }
            buffer = ''
            this.seenCue = true
          } else {
            timingFailed = { start: linePoint, end: endPoint }
          }
          lastEndOffset = end
          lastEndLine = lineNumber
          lastEndColumn = endColumn
        } else {
          if (cue && buffer !== '') {
            const lastLine = buffer.slice(buffer.lastIndexOf('\n') + 1)
            if (/^[0-9]+$/.test(lastLine)) {
              strayId = { text: lastLine, mark: { offset: lastLineOffset, line: lastLineNumber, lineStart: lastLineOffset } }
            }
          }
          this.offset = previousOffset
          this.line = previousLine
          this.lineStart = previousLineStart
          if (!inHeader) {
            const place = { line: this.line, column: 1, offset: this.offset }
            if (strayId && this.tolerant) {
              this.warn(`expected a blank line before cue id "${strayId.text}", found none: read it as the id of the next cue`, 'missing-blank-line', place)
            } else {
              this.warn(
                cue
                  ? 'expected a blank line before these cue timings, found none: the cue ends here and a new one starts (as in browsers)'
                  : 'expected a blank line before these cue timings, found none: the block ends here and a cue starts (as in browsers)',
                'missing-blank-line',
                place,
              )
              strayId = undefined
            }
          }
          break
        }
      } else if (line === '') {
        break
      } else {
        if (!inHeader && lineCount === 2 && !this.seenCue) {
          if (STYLE_LINE.test(buffer)) {
            stylesheet = true
            buffer = ''
          } else if (REGION_LINE.test(buffer)) {
            region = true
            buffer = ''
          }
        }
        if (cue && textStart === undefined) textStart = { line: lineNumber, column: 1, offset: start }
        if (buffer !== '') buffer += '\n'
        buffer += line
        lastLineOffset = start
        lastLineNumber = lineNumber
        previousOffset = this.offset
        previousLine = this.line
        previousLineStart = this.lineStart
        lastEndOffset = end
        lastEndLine = lineNumber
        lastEndColumn = endColumn
      }
      if (seenEof) break
    }

    let lastEnd: Point = { line: lastEndLine, column: lastEndColumn, offset: lastEndOffset }
    if (strayId && cue) {
      // Tolerant: the last text line was the next cue's id; give it back to the input.
      buffer = buffer.slice(0, Math.max(0, buffer.length - strayId.text.length - 1))
      this.restore(strayId.mark)
      if (buffer === '') textStart = undefined
      lastEnd = this.pointBefore(strayId.mark)
    }

    if (inHeader) return { buffer, end: lastEnd }
    const position: Position = { start: blockStart, end: lastEnd }
    if (cue) {
      cue.text = buffer
      cue.voice = buffer.indexOf('<v') === -1 ? null : firstVoice(buffer)
      cue.position = position
      if (textStart) cue.textPosition = { start: textStart, end: lastEnd }
      this.cues.push(cue)
    } else if (stylesheet) {
      this.styles.push({ value: buffer, position })
    } else if (region) {
      const settings = parseRegionSettings(buffer)
      this.regions.push({ ...settings, raw: buffer, position })
    } else if (timingFailed) {
      this.warn('expected cue timings (`00:00:00.000 --> 00:00:01.000`), found an invalid timing line: the cue is skipped, as browsers do', 'invalid-cue-timings', timingFailed)
    } else if (NOTE_START.test(buffer)) {
      this.notes.push({ value: noteValue(buffer), position })
    } else if (buffer !== '') {
      const firstLine = buffer.split('\n', 1)[0]!
      const what =
        STYLE_LINE.test(firstLine) || REGION_LINE.test(firstLine)
          ? `expected ${firstLine.startsWith('STYLE') ? 'STYLE' : 'REGION'} blocks before the first cue (and with content), found one after it: it is ignored, as browsers do`
          : 'expected a cue (timings line), a NOTE, STYLE or REGION block, found a block without timings: it is ignored, as browsers do'
      this.warn(what, 'ignored-block', position)
    }
    return { buffer, end: lastEnd }
  }

  /** The point at the end of the line before `mark` (mark is at the start of a line). */
  pointBefore(mark: Mark): Point {
    const input = this.input
    let end = mark.offset
    if (end > 0 && input.charCodeAt(end - 1) === LF) end--
    if (end > 0 && input.charCodeAt(end - 1) === CR) end--
    let lineStart = end
    while (lineStart > 0 && input.charCodeAt(lineStart - 1) !== LF && input.charCodeAt(lineStart - 1) !== CR) lineStart--
    return { line: mark.line - 1, column: end - lineStart + 1, offset: end }
  }

  /** "Collect WebVTT cue timings and settings"; null on failure. */
  collectTimingsAndSettings(line: string, linePoint: Point): { start: number; end: number; settings: string } | null {
    let position = skipWhitespace(line, 0)
    const start = this.timestamp(line, position, linePoint)
    if (!start) return null
    position = skipWhitespace(line, start.end)
    if (line.charCodeAt(position) !== 45 || line.charCodeAt(position + 1) !== 45 || line.charCodeAt(position + 2) !== 62) return null
    position = skipWhitespace(line, position + 3)
    const end = this.timestamp(line, position, linePoint)
    if (!end) return null
    return { start: start.value, end: end.value, settings: line.slice(end.end) }
  }

  timestamp(line: string, position: number, linePoint: Point): CollectedTimestamp | null {
    const strict = collectTimestamp(line, position)
    if (strict || !this.tolerant) return strict
    const tolerant = collectTolerantTimestamp(line, position)
    if (!tolerant) return null
    const offset = (linePoint.offset ?? 0) + position
    const place = {
      start: { line: linePoint.line, column: position + 1, offset },
      end: { line: linePoint.line, column: tolerant.end + 1, offset: (linePoint.offset ?? 0) + tolerant.end },
    }
    this.warn(`expected a WebVTT timestamp (\`mm:ss.ttt\` or \`hh:mm:ss.ttt\`), found \`${line.slice(position, tolerant.end)}\` with ${tolerant.deviation}: read as ${tolerant.value} s (tolerant)`, 'nonstandard-timestamp', place)
    return tolerant
  }
}

function isWhitespace(code: number): boolean {
  return code === 9 || code === 10 || code === 12 || code === 13 || code === 32
}

/** Strip ASCII whitespace at both ends (without a regular expression: most settings are empty). */
function trimWhitespace(value: string): string {
  let start = 0
  let end = value.length
  while (start < end && isWhitespace(value.charCodeAt(start))) start++
  while (end > start && isWhitespace(value.charCodeAt(end - 1))) end--
  return start === 0 && end === value.length ? value : value.slice(start, end)
}

function skipWhitespace(line: string, position: number): number {
  while (position < line.length) {
    const code = line.charCodeAt(position)
    if (code !== 9 && code !== 10 && code !== 12 && code !== 13 && code !== 32) break
    position++
  }
  return position
}

/** The text of a NOTE block after `NOTE` and one separating space, tab or line break. */
function noteValue(buffer: string): string {
  return buffer.slice(buffer.length > 4 ? 5 : 4)
}

/**
 * Parse a WebVTT file as a browser does. Throws a `VerbatimError` (`invalid-signature`) when the
 * file does not start with the WebVTT signature, as a browser refuses the track.
 */
export function parseWebVtt(source: string, options: ParseWebVttOptions = {}): ParsedWebVtt {
  // UTF-8 decode drops one byte order mark; a string read without decoding it still has it.
  const bom = source.charCodeAt(0) === 0xfeff ? 1 : 0
  const input = source.includes('\0') ? source.replace(/\0/g, '\ufffd') : source
  const parser = new Parser(input, bom, options)
  checkSignature(input, bom, options.file)

  const signatureEnd = parser.lineEnd()
  const signatureLine = input.slice(bom, signatureEnd)
  const signature = signatureLine.length > 6 ? signatureLine.slice(7) : ''
  parser.offset = signatureEnd
  const headerStart = parser.point(bom)
  let headerValue = ''
  let headerEnd = parser.point()
  if (!parser.atEnd) {
    parser.skipLineBreak()
    if (!parser.atEnd) {
      const code = input.charCodeAt(parser.offset)
      if (code !== LF && code !== CR) {
        const header = parser.collectBlock(true)
        headerValue = header.buffer
        headerEnd = header.end
      } else {
        parser.skipLineBreak()
      }
      parser.skipLineBreaks()
      while (!parser.atEnd) {
        parser.collectBlock(false)
        parser.skipLineBreaks()
      }
    }
  }

  return {
    header: { signature, value: headerValue, position: { start: headerStart, end: headerEnd } },
    cues: parser.cues,
    regions: parser.regions,
    styles: parser.styles,
    notes: parser.notes,
    messages: parser.messages,
  }
}

function checkSignature(input: string, start: number, file: string | undefined): void {
  const fail = (found: string) => {
    throw new VerbatimError(
      `expected the WebVTT signature (\`WEBVTT\` alone or followed by a space, tab or line break) at the start of the file, found ${found}: browsers refuse such a track`,
      'invalid-signature',
      SOURCE,
      { place: { line: 1, column: start + 1, offset: start }, ...(file === undefined ? {} : { file }) },
    )
  }
  const length = input.length - start
  if (length < 6 || !input.startsWith('WEBVTT', start)) {
    const first = input.slice(start, start + 12).split(/[\r\n]/, 1)[0]!
    fail(length === 0 ? 'an empty file' : JSON.stringify(first))
  }
  if (length > 6) {
    const seventh = input.charCodeAt(start + 6)
    if (seventh !== 32 && seventh !== 9 && seventh !== LF && seventh !== CR) {
      fail(`${JSON.stringify(input.slice(start, start + 7))} (the seventh character is U+${seventh.toString(16).toUpperCase().padStart(4, '0')})`)
    }
  }
}
