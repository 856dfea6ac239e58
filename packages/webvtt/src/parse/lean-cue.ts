/**
 * The cue record fromWebVtt reads: a `WebVttCue` whose positions are kept as numbers and made
 * into points only when asked for. fromWebVtt asks for them only at turn and paragraph
 * boundaries, so most cues never make the five position objects a `parseWebVtt` cue carries
 * (they were most of what the reader allocated). It never leaves fromWebVtt, where nothing
 * enumerates, copies or hands out cues (dedupe copies one with `withEnd`).
 */
import type { Point, Position } from '@verbatim/core'
import type { WebVttCue } from '../types.js'

export class LeanCue implements WebVttCue {
  readonly id: string
  readonly start: number
  readonly end: number
  readonly text: string
  readonly voice: string | null
  readonly settings: WebVttCue['settings']
  // Block start, block end (also the text end), text start (offset -1: no text).
  private readonly startLine: number
  private readonly startColumn: number
  private readonly startOffset: number
  private readonly endLine: number
  private readonly endColumn: number
  private readonly endOffset: number
  private readonly textLine: number
  private readonly textOffset: number
  // Made on first use and then shared: the reader asks for a cue's places once per node it makes.
  private blockPlace: Position | undefined = undefined
  private textPlace: Position | undefined = undefined
  private endPlace: Point | undefined = undefined

  constructor(
    id: string,
    start: number,
    end: number,
    text: string,
    voice: string | null,
    settings: WebVttCue['settings'],
    startLine: number,
    startColumn: number,
    startOffset: number,
    endLine: number,
    endColumn: number,
    endOffset: number,
    textLine: number,
    textOffset: number,
  ) {
    this.id = id
    this.start = start
    this.end = end
    this.text = text
    this.voice = voice
    this.settings = settings
    this.startLine = startLine
    this.startColumn = startColumn
    this.startOffset = startOffset
    this.endLine = endLine
    this.endColumn = endColumn
    this.endOffset = endOffset
    this.textLine = textLine
    this.textOffset = textOffset
  }

  get position(): Position {
    return (this.blockPlace ??= { start: { line: this.startLine, column: this.startColumn, offset: this.startOffset }, end: this.endPoint() })
  }

  get textPosition(): Position | undefined {
    if (this.textOffset === -1) return undefined
    return (this.textPlace ??= { start: { line: this.textLine, column: 1, offset: this.textOffset }, end: this.endPoint() })
  }

  /** Offset of the block start, without making a point. */
  get startsAt(): number {
    return this.startOffset
  }

  /** The same cue, shown until `end`. */
  withEnd(end: number): LeanCue {
    return new LeanCue(this.id, this.start, end, this.text, this.voice, this.settings, this.startLine, this.startColumn, this.startOffset, this.endLine, this.endColumn, this.endOffset, this.textLine, this.textOffset)
  }

  private endPoint(): Point {
    return (this.endPlace ??= { line: this.endLine, column: this.endColumn, offset: this.endOffset })
  }
}
