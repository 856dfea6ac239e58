/**
 * The WebVTT file as cues: what `parseWebVtt` returns. Names follow the WebVTT specification
 * and the `VTTCue` / `VTTRegion` interfaces browsers expose, so a value here can be compared with
 * what a browser gives for the same file.
 */
import type { Position, VerbatimMessage } from '@verbatim/core'

/** `vertical` setting: `''` is horizontal. */
export type WritingDirection = '' | 'rl' | 'lr'
export type LineAlign = 'start' | 'center' | 'end'
export type PositionAlign = 'line-left' | 'center' | 'line-right' | 'auto'
export type TextAlign = 'start' | 'center' | 'end' | 'left' | 'right'

/** A cue's settings after "parse the WebVTT cue settings", with the spec's defaults. */
export interface CueSettings {
  /** Id of the region the cue belongs to, or null (no `region:`, unknown id, or dropped out by `line`, `size` or `vertical`). */
  region: string | null
  vertical: WritingDirection
  /** A number (lines or percent, see `snapToLines`) or `'auto'`. */
  line: number | 'auto'
  lineAlign: LineAlign
  /** False when `line` is a percentage. */
  snapToLines: boolean
  /** A percentage or `'auto'`. */
  position: number | 'auto'
  positionAlign: PositionAlign
  /** A percentage (default 100). */
  size: number
  align: TextAlign
}

export interface WebVttCue {
  /** The cue identifier (`VTTCue.id`): the line before the timings, or `''`. */
  id: string
  /** Start and end times in seconds. */
  start: number
  end: number
  /** The cue text exactly as a browser's `VTTCue.text`: raw, tags and character references left in, lines joined by LF. */
  text: string
  /** The annotation of the first `<v>` span of the cue text (the voice name), or null. */
  voice: string | null
  settings: {
    /** Everything after the end timestamp, as written (NULs already replaced by U+FFFD). */
    raw: string
    parsed: CueSettings
  }
  /** The whole block: id line (if any) to the last line of text. */
  position: Position
  /** Where the cue text starts and ends (absent when the cue has no text). */
  textPosition?: Position
}

export interface WebVttRegion {
  /** Region identifier (`''` when the block has no `id:`). */
  id: string
  /** Width in percent (default 100). */
  width: number
  /** Number of lines (default 3). The spec reads the digits as an integer; values past 2^53 lose precision. */
  lines: number
  /** Region anchor point in percent (default `[0, 100]`). */
  regionAnchor: [number, number]
  /** Viewport anchor point in percent (default `[0, 100]`). */
  viewportAnchor: [number, number]
  scroll: '' | 'up'
  /** The settings text of the block, as written. */
  raw: string
  position: Position
}

/** A STYLE block: its CSS as written (not parsed). */
export interface WebVttStyle {
  value: string
  position: Position
}

/** A NOTE block: the text after `NOTE` (and after one following space, tab or line break). */
export interface WebVttNote {
  value: string
  position: Position
}

export interface WebVttHeader {
  /** What follows `WEBVTT` on the signature line, without the separating space or tab (`''` if nothing). */
  signature: string
  /** The lines after the signature line up to the first blank line, joined by LF (`''` if none). */
  value: string
  position: Position
}

export interface ParsedWebVtt {
  header: WebVttHeader
  cues: WebVttCue[]
  regions: WebVttRegion[]
  styles: WebVttStyle[]
  notes: WebVttNote[]
  /** Everything the parser noticed: blocks a browser ignores, tolerated deviations. */
  messages: VerbatimMessage[]
}

export interface ParseWebVttOptions {
  /**
   * Accept the common deviations of real files, each with a positioned warning: one-digit minutes,
   * seconds or fractions (`0:0:0.0`, Teams), `,` decimals (SRT), a missing fraction, and an id
   * line stuck to the previous cue (missing blank line). Default `false`: exactly the browser
   * algorithm.
   */
  tolerant?: boolean
  /** File name put into messages. */
  file?: string
}
