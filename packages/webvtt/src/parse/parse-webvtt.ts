/**
 * The WebVTT parser algorithm (WebVTT 6.1, "WebVTT file parsing" and "collect a WebVTT block"),
 * step by step, on the string as given: instead of first rewriting CRLF and CR to LF (which would
 * shift every offset), the line reader treats CR, LF and CRLF as one line break each, which gives
 * the same lines; NULs become U+FFFD in place (same length). So every offset, line and column
 * refers to the input the caller passed.
 */
import { NextIndex, scanText, VerbatimError, type Point, type Position, type VerbatimMessage } from '@verbatim/core'
import { defaultCueSettings, parseCueSettings, parseRegionSettings } from './cue-settings.js'
import { firstVoice } from './cue-text.js'
import { message, SOURCE } from '../message.js'
import { LeanCue } from './lean-cue.js'
import { collectTolerantTimestamp, timestampAt, timestampEnd } from './timestamp.js'
import type { ParsedWebVtt, ParseWebVttOptions, WebVttCue, WebVttNote, WebVttRegion, WebVttStyle } from '../types.js'

const LF = 10
const CR = 13

/** A saved reader state: "previous position" in the spec, with the line bookkeeping. */
interface Mark {
  offset: number
  line: number
  lineStart: number
}

/** Stand-in settings shared by fromWebVtt's cues (frozen: nothing may change it). */
const NO_SETTINGS: WebVttCue['settings'] = /* @__PURE__ */ Object.freeze({ raw: '', parsed: /* @__PURE__ */ Object.freeze(/* @__PURE__ */ defaultCueSettings()) })

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
  // Line breaks and arrows are found with native searches over the input, not per character.
  private readonly lf: NextIndex
  /** Null when the input has no CR at all (the common case): then only LF ends lines. */
  private readonly cr: NextIndex | null
  private readonly arrow: NextIndex

  /** Make `LeanCue`s: fromWebVtt's cues, without settings and with positions made on demand. */
  readonly lean: boolean
  /** Gets each lean cue as it is read; when it returns true the cue is its (not kept in `cues`). */
  onCue: ((cue: WebVttCue) => boolean) | undefined

  /** `hasCr`: whether the input holds a CR at all (the caller has scanned it already). */
  constructor(input: string, start: number, options: ParseWebVttOptions, lean: boolean, hasCr: boolean) {
    this.input = input
    this.offset = start
    this.tolerant = options.tolerant ?? false
    this.file = options.file
    this.lean = lean
    this.lf = new NextIndex(input, '\n')
    this.cr = hasCr ? new NextIndex(input, '\r') : null
    this.arrow = new NextIndex(input, '-->')
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
    const offset = this.offset
    let end = this.lf.at(offset)
    if (end === -1) end = this.input.length
    if (this.cr) {
      const cr = this.cr.at(offset)
      if (cr !== -1 && cr < end) end = cr
    }
    return end
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

  /**
   * "Collect a WebVTT block". Returns the block's text and where its last line ends (used for
   * the header). Lines are not sliced one by one: the block's text lines are kept as a range of
   * the input, which is the text itself whenever they are separated by single LFs (the common
   * case); only other line breaks make it join the lines into a new string.
   */
  collectBlock(inHeader: boolean): { buffer: string; end: Point } | undefined {
    const input = this.input
    let lineCount = 0
    // "previous position", kept as numbers (no allocation per line).
    let previousOffset = this.offset
    let previousLine = this.line
    let previousLineStart = this.lineStart
    // Where the block starts, as numbers: a point is made only for what keeps one.
    const blockLine = this.line
    const blockColumn = this.offset - this.lineStart + 1
    const blockOffset = this.offset
    let blockStart: Point | undefined
    // The spec's "buffer": lines [bufferStart, bufferEnd) of the input, or `joined` once they are not LF-separated.
    let bufferStart = -1
    let bufferEnd = 0
    let joined: string | null = null
    let seenArrow = false
    let isCue = false
    let cueId = ''
    let cueStart = 0
    let cueEnd = 0
    let cueSettings: WebVttCue['settings'] | undefined
    let stylesheet = false
    let region = false
    // End of the last line that belongs to the block.
    let lastEndOffset = blockOffset
    let lastEndLine = blockLine
    let lastEndColumn = blockColumn
    // First text line after the timings (-1: none yet).
    let textStartOffset = -1
    let textStartLine = 0
    let timingFailed: Position | undefined
    let strayId: { text: string; mark: Mark } | undefined
    let lastLineOffset = previousOffset
    let lastLineNumber = previousLine
    for (;;) {
      const lineNumber = this.line
      const start = this.offset
      const end = this.lineEnd()
      lineCount++
      this.offset = end
      const endColumn = end - this.lineStart + 1
      let seenEof = false
      if (end >= input.length) seenEof = true
      else this.skipLineBreak()
      // `-->` has no line break in it, so an occurrence starting before the line end is inside the line.
      const arrow = this.arrow.at(start)
      if (arrow !== -1 && arrow < end) {
        if (!inHeader && (lineCount === 1 || (lineCount === 2 && !seenArrow))) {
          seenArrow = true
          previousOffset = this.offset
          previousLine = this.line
          previousLineStart = this.lineStart
          let id = joined ?? (bufferStart === -1 ? '' : input.slice(bufferStart, bufferEnd))
          if (this.tolerant && lineCount === 2 && NOTE_START.test(id)) {
            // A NOTE line stuck to the timings: keep it as a note, not as the cue id.
            this.warn('expected a blank line between the NOTE line and the cue timings, found none: read the NOTE as a comment, not as the cue id', 'missing-blank-line', {
              start: (blockStart ??= { line: blockLine, column: blockColumn, offset: blockOffset }),
              end: { line: lineNumber, column: endColumn, offset: end },
            })
            this.notes.push({ value: noteValue(id), position: { start: (blockStart ??= { line: blockLine, column: blockColumn, offset: blockOffset }), end: { line: lastEndLine, column: lastEndColumn, offset: lastEndOffset } } })
            id = ''
          }
          const timings = this.collectTimingsAndSettings(start, end, lineNumber)
          if (timings) {
            isCue = true
            cueId = id
            cueStart = timings.start
            cueEnd = timings.end
            cueSettings = this.lean ? NO_SETTINGS : { raw: trimWhitespace(timings.settings), parsed: parseCueSettings(timings.settings, this.regions, defaultCueSettings()) }
            bufferStart = -1
            joined = null
            this.seenCue = true
          } else {
            timingFailed = { start: { line: lineNumber, column: 1, offset: start }, end: { line: lineNumber, column: endColumn, offset: end } }
          }
          lastEndOffset = end
          lastEndLine = lineNumber
          lastEndColumn = endColumn
        } else {
          // The buffer's last line is the last text line, [lastLineOffset, lastEndOffset).
          if (isCue && bufferStart !== -1 && isDigits(input, lastLineOffset, lastEndOffset)) {
            strayId = { text: input.slice(lastLineOffset, lastEndOffset), mark: { offset: lastLineOffset, line: lastLineNumber, lineStart: lastLineOffset } }
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
                isCue
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
      } else if (start === end) {
        break
      } else {
        if (!inHeader && lineCount === 2 && !this.seenCue) {
          const first = joined ?? (bufferStart === -1 ? '' : input.slice(bufferStart, bufferEnd))
          if (STYLE_LINE.test(first)) {
            stylesheet = true
            bufferStart = -1
            joined = null
          } else if (REGION_LINE.test(first)) {
            region = true
            bufferStart = -1
            joined = null
          }
        }
        if (isCue && textStartOffset === -1) {
          textStartOffset = start
          textStartLine = lineNumber
        }
        if (bufferStart === -1) {
          bufferStart = start
        } else {
          if (joined === null && !(start === bufferEnd + 1 && input.charCodeAt(bufferEnd) === LF)) joined = input.slice(bufferStart, bufferEnd)
          if (joined !== null) joined += '\n' + input.slice(start, end)
        }
        bufferEnd = end
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

    let buffer = joined ?? (bufferStart === -1 ? '' : input.slice(bufferStart, bufferEnd))
    if (strayId && isCue) {
      // Tolerant: the last text line was the next cue's id; give it back to the input.
      buffer = buffer.slice(0, Math.max(0, buffer.length - strayId.text.length - 1))
      this.restore(strayId.mark)
      if (buffer === '') textStartOffset = -1
      const before = this.pointBefore(strayId.mark)
      lastEndLine = before.line
      lastEndColumn = before.column
      lastEndOffset = before.offset!
    }

    if (isCue && this.lean) {
      const voice = buffer.indexOf('<v') === -1 ? null : firstVoice(buffer)
      const cue = new LeanCue(cueId, cueStart, cueEnd, buffer, voice, NO_SETTINGS, blockLine, blockColumn, blockOffset, lastEndLine, lastEndColumn, lastEndOffset, textStartLine, textStartOffset)
      if (!this.onCue?.(cue)) this.cues.push(cue)
      return undefined
    }
    const lastEnd: Point = { line: lastEndLine, column: lastEndColumn, offset: lastEndOffset }
    if (inHeader) return { buffer, end: lastEnd }
    const position: Position = { start: (blockStart ??= { line: blockLine, column: blockColumn, offset: blockOffset }), end: lastEnd }
    if (isCue) {
      const voice = buffer.indexOf('<v') === -1 ? null : firstVoice(buffer)
      const settings = cueSettings!
      // Two literals rather than adding `textPosition` later: an added property would cost every cue a separate property store.
      const cue: WebVttCue =
        textStartOffset === -1
          ? { id: cueId, start: cueStart, end: cueEnd, text: buffer, voice, settings, position }
          : {
              id: cueId,
              start: cueStart,
              end: cueEnd,
              text: buffer,
              voice,
              settings,
              position,
              textPosition: { start: { line: textStartLine, column: 1, offset: textStartOffset }, end: lastEnd },
            }
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
    return undefined
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

  /**
   * "Collect WebVTT cue timings and settings" on the line [start, end) of the input (not a copy
   * of it: the timestamp rules stop at a line break as they would at the end of a line); null on
   * failure.
   */
  collectTimingsAndSettings(start: number, end: number, lineNumber: number): { start: number; end: number; settings: string } | null {
    const input = this.input
    let position = skipWhitespace(input, start, end)
    const from = this.timestamp(position, start, lineNumber)
    if (Number.isNaN(from)) return null
    position = skipWhitespace(input, timestampEnd.end, end)
    if (position + 3 > end || input.charCodeAt(position) !== 45 || input.charCodeAt(position + 1) !== 45 || input.charCodeAt(position + 2) !== 62) return null
    position = skipWhitespace(input, position + 3, end)
    const to = this.timestamp(position, start, lineNumber)
    if (Number.isNaN(to)) return null
    return { start: from, end: to, settings: input.slice(timestampEnd.end, end) }
  }

  /** A timestamp at `position` of the line starting at `lineOffset`: seconds or NaN, its end in `timestampEnd`. */
  timestamp(position: number, lineOffset: number, lineNumber: number): number {
    const input = this.input
    const strict = timestampAt(input, position)
    if (!Number.isNaN(strict) || !this.tolerant) return strict
    const tolerant = collectTolerantTimestamp(input, position)
    if (!tolerant) return NaN
    const place = {
      start: { line: lineNumber, column: position - lineOffset + 1, offset: position },
      end: { line: lineNumber, column: tolerant.end - lineOffset + 1, offset: tolerant.end },
    }
    this.warn(`expected a WebVTT timestamp (\`mm:ss.ttt\` or \`hh:mm:ss.ttt\`), found \`${input.slice(position, tolerant.end)}\` with ${tolerant.deviation}: read as ${tolerant.value} s (tolerant)`, 'nonstandard-timestamp', place)
    timestampEnd.end = tolerant.end
    return tolerant.value
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

function skipWhitespace(input: string, position: number, end: number): number {
  while (position < end) {
    const code = input.charCodeAt(position)
    if (code !== 9 && code !== 10 && code !== 12 && code !== 13 && code !== 32) break
    position++
  }
  return position
}

/** Whether [start, end) is one or more ASCII digits. */
function isDigits(input: string, start: number, end: number): boolean {
  if (start >= end) return false
  for (let i = start; i < end; i++) {
    const code = input.charCodeAt(i)
    if (code < 48 || code > 57) return false
  }
  return true
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
  return parseCues(source, options, false)
}

/**
 * The parser behind `parseWebVtt`. With `lean` (fromWebVtt, which neither reads settings nor
 * hands cues out) the cues are `LeanCue`s: settings shared, positions made only when asked for.
 * `onCue` (lean only) sees each cue as it is read, with the file read so far (header, notes,
 * styles and regions before the cue); a cue it takes is left out of `cues`, so a reader that
 * consumes cues at once does not keep them all.
 */
export function parseCues(
  source: string,
  options: ParseWebVttOptions,
  lean: boolean,
  onCue?: (cue: WebVttCue, soFar: ParsedWebVtt) => boolean,
): ParsedWebVtt {
  // UTF-8 decode drops one byte order mark; a string read without decoding it still has it.
  const bom = source.charCodeAt(0) === 0xfeff ? 1 : 0
  // One fast pass for NULs and CRs (`includes('\0')` alone is slow on text beyond Latin-1).
  const scan = scanText(source)
  const input = scan.nul === -1 ? source : source.replace(/\0/g, '\ufffd')
  // The scan only answers for CRs before the first NUL; after one, look again.
  const parser = new Parser(input, bom, options, lean, scan.nul === -1 ? scan.cr : input.indexOf('\r') !== -1)
  checkSignature(input, bom, options.file)

  const signatureEnd = parser.lineEnd()
  const signatureLine = input.slice(bom, signatureEnd)
  const signature = signatureLine.length > 6 ? signatureLine.slice(7) : ''
  parser.offset = signatureEnd
  const headerStart = parser.point(bom)
  const result: ParsedWebVtt = {
    header: { signature, value: '', position: { start: headerStart, end: parser.point() } },
    cues: parser.cues,
    regions: parser.regions,
    styles: parser.styles,
    notes: parser.notes,
    messages: parser.messages,
  }
  if (onCue) parser.onCue = (cue) => onCue(cue, result)
  if (!parser.atEnd) {
    parser.skipLineBreak()
    if (!parser.atEnd) {
      const code = input.charCodeAt(parser.offset)
      if (code !== LF && code !== CR) {
        const header = parser.collectBlock(true)!
        result.header.value = header.buffer
        result.header.position.end = header.end
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
  return result
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
