/**
 * Rolling captions show each line twice (YouTube: once being typed, once scrolled up), and
 * Whisper repeats whole cues. A cue that starts when the previous one ends (or earlier) loses the
 * leading lines that repeat the previous cue's last lines; a cue left empty is dropped and the
 * cue it repeats is extended to its end. Numbered cues (edited captions) are never deduplicated.
 *
 * Format-neutral: the caption format says what a cue's lines are (`CueLinesOf`). Cues go in one
 * at a time and come out (to `emit`) one kept cue behind, since a later repeat may still extend
 * the last kept cue: so a reader can read a file's cues as they are parsed.
 */
import { createMessage, type VerbatimMessage } from '@verbatim/core'
import { SOURCE } from './message.js'

/** What deduplication needs of a cue. */
export interface RollingCue {
  /** The cue identifier, `''` for none. */
  id: string
  start: number
  end: number
}

/** A cue's lines as the format reads them. */
export interface CueLines<Data> {
  /** The lines compared with the previous cue's (plain text, whitespace collapsed, empty lines left out). */
  compare: string[]
  /** The same lines as the reader keeps them (markup it still reads, such as word times), or null to compare the cue whole and keep its own text (voiced cues). */
  keep: string[] | null
  /** Anything the reader needs back with the kept lines (the times of the cue's word tags). */
  data: Data
}

export interface RepeatedCaptionsFormat<Cue extends RollingCue, Data> {
  lines(cue: Cue): CueLines<Data>
  /** A copy of the cue shown until `end`. */
  withEnd(cue: Cue, end: number): Cue
  /** Gets each kept cue with its kept lines (the leading repeats removed; null: read the cue's own text). */
  emit(cue: Cue, lines: string[] | null, data: Data | undefined): void
}

export class RepeatedCaptions<Cue extends RollingCue, Data = undefined> {
  private readonly format: RepeatedCaptionsFormat<Cue, Data>
  private previousLines_: string[] = []
  private previous_: Cue | undefined
  /** The last kept cue, not emitted yet. */
  private kept_: Cue | undefined
  private keptLines_: string[] | null = null
  private keptData_: Data | undefined
  private removedLines_ = 0
  private removedCues_ = 0

  constructor(format_: RepeatedCaptionsFormat<Cue, Data>) {
    this.format = format_
  }

  push(cue: Cue): void {
    if (cue.id !== '') {
      this.previous_ = cue
      this.previousLines_ = []
      this.keep_(cue, null, undefined)
      return
    }
    const { compare: lines, keep, data } = this.format.lines(cue)
    const whole = keep === null
    const previous = this.previous_
    const previousLines = this.previousLines_
    const adjacent = previous !== undefined && cue.start >= previous.start && cue.start - previous.end <= 0.05
    const drop = adjacent ? (whole ? (previousLines.length === 1 && lines[0] === previousLines[0] ? lines.length : 0) : repeatedLines(lines, previousLines)) : 0
    this.previous_ = cue
    this.previousLines_ = lines
    if (lines.length === 0) return
    if (drop >= lines.length) {
      this.removedCues_++
      // The repeat keeps the kept cue on screen longer: extend it (on a copy).
      if (this.kept_ && cue.end > this.kept_.end) this.kept_ = this.format.withEnd(this.kept_, cue.end)
      return
    }
    this.removedLines_ += drop
    this.keep_(cue, whole ? null : keep.slice(drop), data)
  }

  /** Emit the last kept cue; returns the message saying what was removed, if anything was. */
  finish(file: string | undefined, source: string = SOURCE): VerbatimMessage | undefined {
    if (this.kept_) this.format.emit(this.kept_, this.keptLines_, this.keptData_)
    this.kept_ = undefined
    const { removedLines_: removedLines, removedCues_: removedCues } = this
    if (removedLines + removedCues === 0) return undefined
    return createMessage(
      `expected each caption line once, found ${removedLines} line${removedLines === 1 ? '' : 's'} repeated at the start of the next cue and ${removedCues} cue${removedCues === 1 ? '' : 's'} repeating the previous one (rolling or repeated captions): read once`,
      'repeated-captions',
      source,
      { severity: 'info', ...(file === undefined ? {} : { file }) },
    )
  }

  private keep_(cue: Cue, lines: string[] | null, data: Data | undefined): void {
    if (this.kept_) this.format.emit(this.kept_, this.keptLines_, this.keptData_)
    this.kept_ = cue
    this.keptLines_ = lines
    this.keptData_ = data
  }
}

/** How many leading `lines` repeat the last lines of `previous` (the longest such run). */
function repeatedLines(lines: readonly string[], previous: readonly string[]): number {
  return overlap(previous, lines)
}

/**
 * The most leading lines of `lines` that repeat the last lines of `previous` (the longest prefix
 * of one that is a suffix of the other), in linear time: a prefix-function (Knuth-Morris-Pratt)
 * pass, since comparing every candidate length is quadratic in the number of lines.
 */
export function overlap(previous: readonly string[], lines: readonly string[]): number {
  const length = Math.min(lines.length, previous.length)
  if (length === 0) return 0
  // Any overlap starts with lines[0] among the last `length` lines of previous: most cues repeat
  // nothing, and are told so without the table (an allocation per cue of a small file).
  let found = false
  for (let i = previous.length - length; i < previous.length && !found; i++) found = previous[i] === lines[0]
  if (!found) return 0
  // failure[i]: the longest proper prefix of lines[0..i] that is also its suffix.
  const failure = new Int32Array(length)
  for (let i = 1, k = 0; i < length; i++) {
    while (k > 0 && lines[i] !== lines[k]) k = failure[k - 1]!
    if (lines[i] === lines[k]) k++
    failure[i] = k
  }
  // Match the pattern along the last `length` lines of previous; the state at the end is the overlap.
  let k = 0
  for (let i = previous.length - length; i < previous.length; i++) {
    while (k > 0 && (k === length || previous[i] !== lines[k])) k = failure[k - 1]!
    if (previous[i] === lines[k]) k++
  }
  return k
}
