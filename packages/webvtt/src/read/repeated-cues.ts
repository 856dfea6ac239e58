/**
 * WebVTT cues for captions' `RepeatedCaptions` (rolling YouTube captions, Whisper's repeated
 * cues): a cue's lines are its text without markup, and its timestamp tags are kept as stamp
 * characters in the kept lines (the repeat of a line has none), so the kept text keeps its word
 * times. Voiced cues are compared whole.
 */
import { RepeatedCaptions, type CueLines } from '@verbatim/captions'
import { LeanCue } from '../parse/lean-cue.js'
import type { WebVttCue } from '../types.js'
import { collapseJsWhitespace } from '../whitespace.js'
import { cueRuns, cueText, STAMP_CHARS } from './cue-lines.js'
import { MARKERS, NOT_PLAIN, scanCue, trimmedLines } from './cue-scan.js'

/** Gets each kept cue with its deduplicated lines (null: read the cue's own text) and the times its stamp characters index. */
export type EmitCue = (cue: WebVttCue, lines: string[] | null, stamps: number[] | undefined) => void

export function repeatedCues(emit: EmitCue): RepeatedCaptions<WebVttCue, number[] | undefined> {
  return new RepeatedCaptions<WebVttCue, number[] | undefined>({ lines: cueLines, withEnd, emit })
}

/**
 * The data of a cue whose text is plain lines without speaker markers or events (see `scanCue`):
 * no timestamp tags, and the reader may take its kept lines as they are.
 */
export const UNMARKED: number[] = /* @__PURE__ */ Object.freeze([]) as unknown as number[]

function cueLines(cue: WebVttCue): CueLines<number[] | undefined> {
  if (cue.voice !== null) return { compare: [cue.text], keep: null, data: undefined }
  const flags = scanCue(cue.text)
  if ((flags & NOT_PLAIN) === 0) {
    const lines = trimmedLines(cue.text, flags) ?? []
    return { compare: lines, keep: lines, data: (flags & MARKERS) === 0 ? UNMARKED : undefined }
  }
  const stamps = cueStamps(cue.text)
  const keep = plainLines(cue, stamps)
  // Lines are compared without their timestamp tags (the repeat of a line has none).
  const compare = stamps && stamps.length > 0 ? keep.map(withoutStamps) : keep
  return { compare, keep, data: stamps }
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
const STAMPS = /* @__PURE__ */ (() => new RegExp(STAMP_CHARS.source, 'g'))()

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
  if (stamps === undefined) return cueText(cue.text)
  return cueRuns(cue.text, stamps)
    .map((run) => run.text)
    .join('')
}
