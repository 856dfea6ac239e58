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
import { cueRuns, STAMP_CHARS } from './cue-lines.js'
import { LeanCue } from './lean-cue.js'
import { message } from './message.js'
import type { WebVttCue } from './types.js'
import { collapseJsWhitespace } from './whitespace.js'

/**
 * Gets each kept cue with its deduplicated lines (null: read the cue's own text), in which
 * timestamp tags are stamp characters indexing `stamps` (see `cueStamps`).
 */
export type EmitCue = (cue: WebVttCue, lines: string[] | null, stamps: number[] | undefined) => void

export class RepeatedCaptions {
  private readonly emit: EmitCue
  private previousLines: string[] = []
  private previous: WebVttCue | undefined
  /** The last kept cue, not emitted yet. */
  private kept: WebVttCue | undefined
  private keptLines: string[] | null = null
  private keptStamps: number[] | undefined
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
      this.keep(cue, null, undefined)
      return
    }
    const stamps = voiced ? undefined : cueStamps(cue.text)
    const rawLines = voiced ? [cue.text] : plainLines(cue, stamps)
    // Lines are compared without their timestamp tags (the repeat of a line has none).
    const lines = stamps && stamps.length > 0 ? rawLines.map(withoutStamps) : rawLines
    const previous = this.previous
    const previousLines = this.previousLines
    const adjacent = previous !== undefined && cue.start >= previous.start && cue.start - previous.end <= 0.05
    let drop = 0
    if (adjacent) {
      if (voiced) {
        if (previous.text === cue.text) drop = lines.length
      } else {
        for (let k = Math.min(lines.length, previousLines.length); k >= 1; k--) {
          let same = true
          for (let i = 0; i < k; i++) {
            if (lines[i] !== previousLines[previousLines.length - k + i]) {
              same = false
              break
            }
          }
          if (same) {
            drop = k
            break
          }
        }
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
    this.keep(cue, voiced ? null : rawLines.slice(drop), stamps)
  }

  /** Emit the last kept cue; returns the message saying what was removed, if anything was. */
  finish(file: string | undefined): VerbatimMessage | undefined {
    if (this.kept) this.emit(this.kept, this.keptLines, this.keptStamps)
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

  private keep(cue: WebVttCue, lines: string[] | null, stamps: number[] | undefined): void {
    if (this.kept) this.emit(this.kept, this.keptLines, this.keptStamps)
    this.kept = cue
    this.keptLines = lines
    this.keptStamps = stamps
  }
}

/** A copy of the cue shown until `end`. */
function withEnd(cue: WebVttCue, end: number): WebVttCue {
  return cue instanceof LeanCue ? cue.withEnd(end) : { ...cue, end }
}

/**
 * An empty array to collect the times of the cue's timestamp tags in (`cueRuns`), or undefined
 * when the text has none, or already holds the characters that stand for them (then its tags are
 * left out, as before this reader kept them).
 */
export function cueStamps(text: string): number[] | undefined {
  if (text.indexOf('<') === -1 || !TIMESTAMP_TAG.test(text) || STAMP_CHARS.test(text)) return undefined
  return []
}

const TIMESTAMP_TAG = /<[0-9]/
const STAMPS = new RegExp(STAMP_CHARS.source, 'g')

function withoutStamps(line: string): string {
  return collapseJsWhitespace(line.replace(STAMPS, ''))
}

/** The cue's text lines without markup, whitespace collapsed, empty lines left out. */
function plainLines(cue: WebVttCue, stamps: number[] | undefined): string[] {
  const lines: string[] = []
  for (const line of plainText(cue, stamps).split('\n')) {
    const clean = collapseJsWhitespace(line)
    if (clean !== '') lines.push(clean)
  }
  return lines
}

/** The cue's text without markup (the text of its voice runs). */
export function plainText(cue: WebVttCue, stamps?: number[]): string {
  return cueRuns(cue.text, stamps)
    .map((run) => run.text)
    .join('')
}
