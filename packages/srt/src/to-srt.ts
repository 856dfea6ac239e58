/**
 * Transcript -> SubRip. One cue per segment with its times as they are; a speaker label on the
 * first cue of each turn; cues of different turns with the same times (dialogue read from one
 * block) written back as one block with dialogue dashes. SubRip has no escapes: text that a reader
 * would take for markup is reported.
 */
import { createMessage, speakerIndex, type Transcript, type VerbatimMessage } from '@verbatim/core'
import { SOURCE } from './read-context.js'
import { formatSrtTimestamp } from './timestamp.js'
import { collectCues, type Cue } from './write-cues.js'

export interface ToSrtOptions {
  /** Most characters per line: longer cue text is wrapped at spaces (default 42; `Infinity`: one line). */
  maxLineLength?: number
  /** How a turn's first cue names its speaker: `Name: ` (default), `>> NAME: ` (broadcast style), or not at all. */
  speakers?: 'name' | 'chevrons' | 'none'
  /** Keep events as their bracketed wording, or drop them (default `'keep'`). */
  events?: 'keep' | 'drop'
  /** Line ending (default `'\n'`; `'\r\n'` for old Windows players). */
  lineEnding?: '\n' | '\r\n'
  /** Receives a message for everything the output cannot hold or had to change. */
  onMessage?: (message: VerbatimMessage) => void
}

/** Looks like markup to a SubRip reader: a tag, an override block, a `\N` escape. */
const MARKUP_LIKE = /<\/?[A-Za-z][^<>]*>|\{\\[^{}]*\}|\\[Nnh]/

export function toSrt(transcript: Transcript, options: ToSrtOptions = {}): string {
  const report = options.onMessage ?? (() => {})
  const cues = collectCues(transcript, { speakers: speakerIndex(transcript), events: options.events ?? 'keep', report })
  const speakers = speakerIndex(transcript)
  const style = options.speakers ?? 'name'
  const width = options.maxLineLength ?? 42
  const eol = options.lineEnding ?? '\n'
  let out = ''
  let number = 0
  let previousTurn: Cue['turn'] = null
  for (let i = 0; i < cues.length; ) {
    const group = [cues[i]!]
    while (i + group.length < cues.length && sameBlock(group[group.length - 1]!, cues[i + group.length]!)) group.push(cues[i + group.length]!)
    i += group.length
    const first = group[0]!
    const end = first.end ?? estimatedEnd(first, cues[i], report)
    const texts = group.map((cue) => {
      const text = label(cue, previousTurn, style, speakers) + cue.text
      if (MARKUP_LIKE.test(cue.text)) report(createMessage(`Text that SubRip readers take for markup is written as it is: "${cue.text.slice(0, 60)}"`, 'markup-like-text', SOURCE, { path: cue.path, severity: 'info' }))
      previousTurn = cue.turn ?? previousTurn
      return text
    })
    const lines = group.length > 1 ? texts.map((text) => `- ${text}`) : wrap(texts[0]!, width)
    out += `${++number}${eol}${formatSrtTimestamp(first.start)} --> ${formatSrtTimestamp(end)}${eol}${lines.join(eol)}${eol}${eol}`
  }
  return out
}

/** Cues of different turns with the same times: one block with dialogue dashes. */
function sameBlock(previous: Cue, next: Cue): boolean {
  return next.turn !== previous.turn && next.turn !== null && previous.turn !== null && next.first && next.start === previous.start && next.end === previous.end && next.text !== '' && previous.text !== ''
}

function label(cue: Cue, previousTurn: Cue['turn'], style: 'name' | 'chevrons' | 'none', speakers: ReturnType<typeof speakerIndex>): string {
  if (!cue.first || cue.turn === null || style === 'none') return ''
  const id = cue.turn.speaker
  const name = id === null ? null : (speakers.get(id)?.name ?? cue.turn.label ?? id)
  if (style === 'chevrons') {
    if (name !== null) return `>> ${name.toUpperCase()}: `
    return previousTurn !== null && previousTurn !== cue.turn ? '>> ' : ''
  }
  return name === null ? '' : `${name}: `
}

function estimatedEnd(cue: Cue, next: Cue | undefined, report: (message: VerbatimMessage) => void): number {
  const words = cue.text === '' ? 0 : cue.text.split(' ').length
  const end = next && next.start > cue.start ? Math.min(next.start, cue.start + Math.max(1, words * 0.375)) : cue.start + Math.max(1, words * 0.375)
  report(createMessage(`A segment has no end time; its cue ends at ${end.toFixed(3)}s (estimated from its words)`, 'estimated-end', SOURCE, { path: cue.path, severity: 'info' }))
  return end
}

/**
 * Lines of at most `width` characters, broken at spaces: text that fits on two lines is cut at the
 * space nearest the middle (balanced lines, as captioners do); longer text is wrapped greedily. A
 * word longer than a line stands alone.
 */
export function wrap(text: string, width: number): string[] {
  if (text.length <= width) return [text]
  if (text.length <= 2 * width + 1) {
    const middle = text.length / 2
    let best = -1
    for (let at = text.indexOf(' '); at !== -1; at = text.indexOf(' ', at + 1)) {
      if (at <= width && text.length - at - 1 <= width && (best === -1 || Math.abs(at - middle) < Math.abs(best - middle))) best = at
    }
    if (best !== -1) return [text.slice(0, best), text.slice(best + 1)]
  }
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line === '') line = word
    else if (line.length + 1 + word.length <= width) line += ' ' + word
    else {
      lines.push(line)
      line = word
    }
  }
  if (line !== '') lines.push(line)
  return lines
}
