/**
 * Rolling captions show each line twice (YouTube: once being typed, once scrolled up), and
 * Whisper repeats whole cues. A cue that starts when the previous one ends (or earlier) loses the
 * leading lines that repeat the previous cue's last lines; a cue left empty is dropped and the
 * cue it repeats is extended to its end. Cues with voices are compared whole.
 *
 * Cues go in one at a time and come out (to `emit`) one kept cue behind, since a later repeat
 * may still extend the last kept cue: so fromWebVtt can read a file's cues as they are parsed.
 */
import type { VerbatimMessage } from '@verbatim/core'
import { cueText } from './cue-lines.js'
import { LeanCue } from './lean-cue.js'
import { message } from './message.js'
import type { WebVttCue } from './types.js'
import { collapseJsWhitespace } from './whitespace.js'

/** Gets each kept cue with its deduplicated lines (null: read the cue's own text). */
export type EmitCue = (cue: WebVttCue, lines: string[] | null) => void

export class RepeatedCaptions {
  private readonly emit: EmitCue
  private previousLines: string[] = []
  private previous: WebVttCue | undefined
  /** The last kept cue, not emitted yet. */
  private kept: WebVttCue | undefined
  private keptLines: string[] | null = null
  private removedLines = 0
  private removedCues = 0

  constructor(emit: EmitCue) {
    this.emit = emit
  }

  push(cue: WebVttCue): void {
    const voiced = cue.voice !== null
    // Numbered cues are edited captions, not rolling or ASR output: never deduplicated.
    if (cue.id !== '') {
      this.previous = cue
      this.previousLines = []
      this.keep(cue, null)
      return
    }
    const lines = voiced ? [cue.text] : plainLines(cue)
    const previous = this.previous
    const previousLines = this.previousLines
    const adjacent = previous !== undefined && cue.start >= previous.start && cue.start - previous.end <= 0.05
    let drop = 0
    if (adjacent) {
      if (voiced) {
        if (previous.text === cue.text) drop = lines.length
      } else {
        drop = overlap(previousLines, lines)
      }
    }
    this.previous = cue
    this.previousLines = lines
    if (lines.length === 0) return
    if (drop >= lines.length) {
      this.removedCues++
      // The repeat keeps the kept cue on screen longer: extend it (on a copy).
      if (this.kept && cue.end > this.kept.end) this.kept = withEnd(this.kept, cue.end)
      return
    }
    this.removedLines += drop
    this.keep(cue, voiced ? null : lines.slice(drop))
  }

  /** Emit the last kept cue; returns the message saying what was removed, if anything was. */
  finish(file: string | undefined): VerbatimMessage | undefined {
    if (this.kept) this.emit(this.kept, this.keptLines)
    this.kept = undefined
    const { removedLines, removedCues } = this
    if (removedLines + removedCues === 0) return undefined
    return message(
      `expected each caption line once, found ${removedLines} line${removedLines === 1 ? '' : 's'} repeated at the start of the next cue and ${removedCues} cue${removedCues === 1 ? '' : 's'} repeating the previous one (rolling or repeated captions): read once`,
      'repeated-captions',
      undefined,
      file,
      'info',
    )
  }

  private keep(cue: WebVttCue, lines: string[] | null): void {
    if (this.kept) this.emit(this.kept, this.keptLines)
    this.kept = cue
    this.keptLines = lines
  }
}

/**
 * The most leading lines of `lines` that repeat the last lines of `previous` (the longest prefix
 * of one that is a suffix of the other), in linear time: a prefix-function (Knuth-Morris-Pratt)
 * pass, since comparing every candidate length is quadratic in the number of lines.
 */
export function overlap(previous: readonly string[], lines: readonly string[]): number {
  const length = Math.min(lines.length, previous.length)
  if (length === 0) return 0
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

/** A copy of the cue shown until `end`. */
function withEnd(cue: WebVttCue, end: number): WebVttCue {
  return cue instanceof LeanCue ? cue.withEnd(end) : { ...cue, end }
}

/** The cue's text lines without markup, whitespace collapsed, empty lines left out. */
function plainLines(cue: WebVttCue): string[] {
  const lines: string[] = []
  for (const line of plainText(cue).split('\n')) {
    const clean = collapseJsWhitespace(line)
    if (clean !== '') lines.push(clean)
  }
  return lines
}

/** The cue's text without markup (the text of its voice runs). */
export function plainText(cue: WebVttCue): string {
  return cueText(cue.text)
}
