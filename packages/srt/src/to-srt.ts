/**
 * Transcript -> SubRip: the cue plan of `@verbatim/captions` (the caption conventions every caption
 * format shares: a source-timed segment is one cue at its own times, untimed speech is cut and
 * timed from the turn or estimated), written as numbered SubRip blocks. A speaker's name starts
 * the first cue where the speaker changes; a cue of several speakers (dialogue read from one block)
 * has a dialogue dash per speaker. SubRip has no escapes and no word times: what it cannot hold is
 * reported.
 */
import { breakLines, CAPTION_LIMITS, DEFAULT_BREAK_RULES, eachCue, gapCosts, linesNeeded, OutputChunks, timestampFormatter, writePartLines, type BreakRules, type CuePart, type CuePlanOptions } from '@verbatim/captions'
import { createMessage, type Timing, type Transcript, type VerbatimMessage } from '@verbatim/core'
import { SOURCE } from './read-context.js'

export interface ToSrtOptions {
  /** Most characters per line (default 42). */
  maxLineLength?: number
  /** Most lines per cue for cues the writer cuts (default 2; a source segment keeps its text whole, on more lines if need be). */
  maxLines?: number
  /** Reading speed target for estimated cues, characters per second (default 17). */
  maxCps?: number
  /** Shortest estimated cue, seconds (default 5/6). */
  minDuration?: number
  /** Longest estimated cue, seconds (default 7). */
  maxDuration?: number
  /** How the first cue of a speaker names them: `Name: ` (default), `>> NAME: ` (broadcast style), or not at all. */
  speakers?: 'name' | 'chevrons' | 'none'
  /** Keep events as `[bracketed]` text, or drop them (default `'keep'`). */
  events?: 'keep' | 'drop'
  /** Estimate times for speech without any (default `true`); `false` throws a `VerbatimError` instead. */
  estimate?: boolean
  /** Speaking rate for estimated times (default 160 words per minute). */
  wordsPerMinute?: number
  /** Where line and cue breaks go (default the captions package's rules). */
  breakRules?: BreakRules
  /** Line ending (default `'\n'`; `'\r\n'` for old Windows players). */
  lineEnding?: '\n' | '\r\n'
  /** Receives a message for everything the output cannot hold or had to change. */
  onMessage?: (message: VerbatimMessage) => void
}

/** Looks like markup to a SubRip reader: a tag, an override block, a `\N` escape. */
const MARKUP_LIKE = /<\/?[A-Za-z][^<>]*>|\{\\[^{}]*\}|\{[A-Za-z]:[^{}]*\}|\\[Nnh]/

export function toSrt(transcript: Transcript, options: ToSrtOptions = {}): string {
  const report = (reason: string, ruleId: string, severity: 'warning' | 'info') => options.onMessage?.(createMessage(reason, ruleId, SOURCE, { severity }))
  const { lineEnding: eol = '\n', speakers: style = 'name', ...captionOptions } = options
  const planOptions: CuePlanOptions = { ...captionOptions, voice: style === 'none' ? 'none' : 'display', special: MARKUP_LIKE, messageSource: SOURCE, labelWidth: (voice) => prefix(voice, style).length }
  const zeroLength = zeroLengthStarts(transcript)
  const limits = { maxLineLength: options.maxLineLength ?? CAPTION_LIMITS.maxLineLength, maxLines: options.maxLines ?? CAPTION_LIMITS.maxLines, rules: options.breakRules ?? DEFAULT_BREAK_RULES }
  const stamp = timestampFormatter(',')
  // Each cue is written as it is planned (none kept).
  const out = new OutputChunks()
  let count = 0
  let breaks = 0
  let previousSpeaker: string | null | undefined
  let markup = 0
  let wordTimes = 0
  let longer = 0
  const plan = eachCue(transcript, planOptions, (cue) => {
    breaks += cue.breaksBefore.length
    const dialogue = cue.parts.length > 1
    // The plan widens a source cue that ends when it starts to 1 ms (WebVTT needs it); SubRip keeps it as it is.
    const start = Math.round(cue.start * 1000)
    const end = cue.fixed && Math.round(cue.end * 1000) === start + 1 && zeroLength.has(start) ? cue.start : cue.end
    out.add(`${++count}${eol}${stamp(cue.start)} --> ${stamp(end)}${eol}`)
    for (let k = 0; k < cue.parts.length; k++) {
      const part = cue.parts[k]!
      if (!part.words.plain) markup++
      if (part.words.times !== null) wordTimes++
      const label = part.voice !== null && part.speaker !== previousSpeaker ? prefix(part.voice, style) : ''
      previousSpeaker = part.speaker
      const dash = dialogue ? '- ' : ''
      if (k > 0) out.add(eol)
      if (label === '' && dash === '') writePartLines(part, out, eol)
      else {
        const shown = labelledLines(part, dash + label, limits)
        if (shown.length > Math.max(limits.maxLines, part.lineStarts.length + 1)) longer++
        out.add(shown.join(eol))
      }
    }
    out.add(eol + eol)
  })
  if (longer > 0) report(`${longer} cue part(s) take one line more than the caption limits for the speaker label in front`, 'caption-limits', 'info')
  if (markup > 0) report(`${markup} cue part(s) hold text that SubRip readers take for markup (<b>, {\\an8}, \\N): written as it is, since SubRip has no escapes`, 'markup-like-text', 'info')
  if (wordTimes > 0) report(`Word times are not kept: SubRip has no timestamps inside a cue (${wordTimes} cue part(s) had timed words)`, 'word-times-dropped', 'info')
  breaks += plan.trailingBreaks.length
  if (breaks > 0) report(`${breaks} section break(s) are not written: SubRip has no place for them`, 'unsupported-content', 'warning')
  return out.toString()
}


/** Starts (ms) of source segments and timed events that end when they start, unless another unit of 1 ms starts there too. */
function zeroLengthStarts(transcript: Transcript): Set<number> {
  const zero = new Set<number>()
  const oneMs = new Set<number>()
  const note = (time: Timing | undefined) => {
    if (time?.end === undefined || time.source !== 'source') return
    const start = Math.round(time.start * 1000)
    const length = Math.round(time.end * 1000) - start
    if (length === 0) zero.add(start)
    else if (length === 1) oneMs.add(start)
  }
  for (const block of transcript.children) {
    if (block.type === 'event') note(block.time)
    if (block.type !== 'turn') continue
    for (const paragraph of block.children) for (const inline of paragraph.children) if (inline.type === 'segment' || inline.type === 'event') note(inline.time)
  }
  for (const start of oneMs) zero.delete(start)
  return zero
}

function prefix(voice: string, style: 'name' | 'chevrons' | 'none'): string {
  if (style === 'none') return ''
  return style === 'chevrons' ? `>> ${voice.toUpperCase()}: ` : `${voice}: `
}

/**
 * A part's lines with a label (`Ann Lee: `, `- `) in front: the label is one more token of the
 * first line, and the part is broken into lines again with it (the plan broke it without), on more
 * lines than `maxLines` only when it cannot fit otherwise.
 */
function labelledLines(part: CuePart, label: string, limits: { maxLineLength: number; maxLines: number; rules: BreakRules }): string[] {
  const tokens = [label.trimEnd(), ...part.words.texts.slice(part.from, part.to)]
  if (tokens.length === 1) return [tokens[0]!]
  const lines = Math.max(limits.maxLines, part.lineStarts.length + 1, linesNeeded(tokens.map((token) => token.length), limits.maxLineLength))
  // Break costs once per gap (the line breaker would otherwise score each gap at every step).
  const starts = breakLines(tokens, limits.maxLineLength, lines, limits.rules, gapCosts(tokens, limits.rules))
  const out: string[] = []
  let from = 0
  for (const start of [...starts, tokens.length]) {
    out.push(tokens.slice(from, start).join(' '))
    from = start
  }
  return out
}
