/**
 * Transcript -> WebVTT captions. Turns become cues (a speaker change always starts a new cue),
 * cut where captioning conventions say (line length, lines per cue, duration, good break points),
 * timed from the source or estimated, with the speaker as a voice span on every cue.
 */
import { createMessage, type Block, type Speaker, type Transcript, type Turn, type VerbatimMessage } from '@verbatim/core'
import { isolateLines } from './bidi.js'
import { escapeAnnotation, escapeText } from './escape.js'
import { holdTextBrackets, renderEvent, writeHeldBrackets } from './events.js'
import { breakCost, breakLines, DEFAULT_BREAK_RULES, type BreakRules } from './line-breaking.js'
import { SOURCE } from './message.js'
import { metadataLines, noteSafe, VOICES_ONLY } from './metadata-note.js'
import { formatTimestamp } from './timestamp.js'
import { resolveTimes, type TimedUnit } from './timing.js'

export interface ToWebVttOptions {
  /** Most characters per line (default 42). */
  maxLineLength?: number
  /** Most lines per cue (default 2). */
  maxLines?: number
  /** Reading speed target in characters per second: cues are kept on screen longer when the next cue leaves room (default 17). */
  maxCps?: number
  /** Shortest cue duration in seconds, reached when the next cue leaves room (default 5/6). */
  minDuration?: number
  /** Longest cue duration in seconds (default 7). */
  maxDuration?: number
  /** The voice name on each cue: the speaker's display name, the turn's label as written, or no voice span (default `'display'`). */
  voice?: 'display' | 'label' | 'none'
  /** Keep events as `[bracketed]` text, or drop them (default `'keep'`). */
  events?: 'keep' | 'drop'
  /** Estimate missing times from the speaking rate (default `true`); `false` throws a `VerbatimError` instead. */
  estimate?: boolean
  /** Speaking rate for estimated times (default 160 words per minute). */
  wordsPerMinute?: number
  /** Write the metadata (title, date, place, source, speakers...) as a NOTE block at the top (default `true`). */
  metadata?: boolean
  /** Mark interpreted speech with the class `interpreted` on its voice span (`<v.interpreted Name>`), or not (default `'class'`). */
  interpreted?: 'class' | 'none'
  /** Number the cues (`1`, `2`, ...) as cue identifiers (default `true`). */
  cueIds?: boolean
  /** Where line and cue breaks go (default `DEFAULT_BREAK_RULES`). */
  breakRules?: BreakRules
  /** Receives a message for everything the output cannot hold or had to change. */
  onMessage?: (message: VerbatimMessage) => void
}

interface Token {
  /** As shown (not escaped). */
  text: string
  /** Share of the unit's time. */
  weight: number
  /** Inside a bracketed event: a cue should not end after this token (a line may). */
  glued?: boolean
}

/** An event's words as tokens: a long description may wrap over lines like speech. */
function eventTokens(value: string, weight: number): Token[] {
  const parts = renderEvent(value).split(WHITESPACE).filter((part) => part !== '')
  return parts.map((text, index) => (index < parts.length - 1 ? { text, weight: weight / parts.length, glued: true } : { text, weight: weight / parts.length }))
}

interface Unit extends TimedUnit {
  voice: string | null
  interpreted: boolean
  language: string | undefined
  paragraphs: Token[][]
  /** Section breaks just before this unit (NOTE blocks). */
  breaksBefore: Array<string | undefined>
}

interface Cue {
  start: number
  end: number
  estimated: boolean
  tokens: Token[]
  /** Break costs before each token (index 0 unused). */
  gaps: number[]
  unit: Unit
  /** Section breaks to write before this cue. */
  breaksBefore: Array<string | undefined>
}

const WHITESPACE = /\s+/

export function toWebVtt(transcript: Transcript, options: ToWebVttOptions = {}): string {
  const maxLineLength = Math.max(1, options.maxLineLength ?? 42)
  const maxLines = Math.max(1, options.maxLines ?? 2)
  const maxCps = options.maxCps ?? 17
  const minDuration = options.minDuration ?? 5 / 6
  const maxDuration = options.maxDuration ?? 7
  const voiceOption = options.voice ?? 'display'
  const keepEvents = (options.events ?? 'keep') === 'keep'
  const wordsPerMinute = options.wordsPerMinute ?? 160
  const rules = options.breakRules ?? DEFAULT_BREAK_RULES
  const report = (reason: string, ruleId: string, severity: 'warning' | 'info', path?: string) =>
    options.onMessage?.(createMessage(reason, ruleId, SOURCE, { severity, ...(path === undefined ? {} : { path }) }))

  const speakers = new Map<string, Speaker>(transcript.speakers.map((speaker) => [speaker.id, speaker]))
  const { units, trailing } = collectUnits(transcript, { speakers, voiceOption, keepEvents, wordsPerMinute, minDuration, report })
  const times = resolveTimes(units, options.estimate ?? true)

  const cues: Cue[] = []
  units.forEach((unit, index) => {
    const time = times[index]!
    let totalWeight = 0
    for (const paragraph of unit.paragraphs) for (const token of paragraph) totalWeight += token.weight
    const perWeight = totalWeight > 0 ? (time.end - time.start) / totalWeight : 0
    let clock = time.start
    let breaksBefore = unit.breaksBefore
    for (const paragraph of unit.paragraphs) {
      const starts = new Array<number>(paragraph.length + 1)
      for (let i = 0; i < paragraph.length; i++) {
        starts[i] = clock
        clock += paragraph[i]!.weight * perWeight
      }
      starts[paragraph.length] = clock
      const gaps = new Array<number>(paragraph.length)
      gaps[0] = 0
      for (let i = 1; i < paragraph.length; i++) gaps[i] = breakCost(paragraph[i - 1]!.text, paragraph[i]!.text, rules)
      for (const [from, to] of splitCues(paragraph, starts, gaps, { maxLineLength, maxLines, maxDuration, rules })) {
        cues.push({ start: starts[from]!, end: starts[to]!, estimated: time.estimated, tokens: paragraph.slice(from, to), gaps: gaps.slice(from, to), unit, breaksBefore })
        breaksBefore = []
      }
    }
  })

  // Reading time: lengthen short cues into the silence before the next one; keep starts in order.
  let outOfOrder = 0
  let tooFast = 0
  let previousStart = 0
  const lines: string[] = ['WEBVTT', '']
  if (options.metadata ?? true) {
    const meta = metadataLines(transcript.meta, transcript.speakers)
    if (meta.length > 0) lines.push('NOTE', ...meta, '')
  } else if (Object.keys(transcript.meta).length > 0 || transcript.speakers.length > 0) {
    report('metadata and speaker details are not written (metadata: false)', 'unsupported-content', 'info', 'meta')
  }
  const estimatedIds: number[] = []
  const body: string[] = []
  const cueIds = options.cueIds ?? true
  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i]!
    let start = Math.round(cue.start * 1000)
    if (start < previousStart) {
      start = previousStart
      outOfOrder++
    }
    previousStart = start
    const words = new Array<string>(cue.tokens.length)
    let textLength = cue.tokens.length - 1
    for (let k = 0; k < words.length; k++) {
      words[k] = cue.tokens[k]!.text
      textLength += words[k]!.length
    }
    const next = cues[i + 1]
    const nextStart = next ? Math.round(next.start * 1000) : Infinity
    let end = Math.round(cue.end * 1000)
    const wanted = start + Math.round(Math.max(minDuration, textLength / maxCps) * 1000)
    if (end < wanted) end = Math.max(end, Math.min(wanted, Math.max(nextStart, start), start + Math.round(maxDuration * 1000)))
    if (end <= start) end = start + 1
    if (textLength / ((end - start) / 1000) > maxCps + 1e-9) tooFast++
    if (cue.estimated) estimatedIds.push(i + 1)
    for (const title of cue.breaksBefore) body.push(title === undefined ? 'NOTE Section break' : `NOTE Section break: ${noteSafe(title)}`, '')
    if (cueIds) body.push(String(i + 1))
    body.push(`${formatTimestamp(start / 1000)} --> ${formatTimestamp(end / 1000)}`)
    body.push(payload(cue, words, maxLineLength, maxLines, rules, options.interpreted ?? 'class'), '')
  }
  if (cues.some((cue) => cue.unit.voice === null)) {
    // Tells readers (and fromWebVtt) not to guess speakers from `- `, `>>`, `[Name]` or `Name:` in the text.
    lines.push(`NOTE ${VOICES_ONLY}`, '')
  }
  if (estimatedIds.length > 0) {
    const which = estimatedIds.length === cues.length ? 'all cues' : `cues ${ranges(estimatedIds)}`
    lines.push(`NOTE Estimated times: ${which} are timed from a speaking rate of ${wordsPerMinute} words per minute, not from the source.`, '')
  }
  if (outOfOrder > 0) report(`expected turn times in order, found ${outOfOrder} cue${outOfOrder === 1 ? '' : 's'} starting before the previous one: moved to the previous start, as WebVTT requires`, 'time-out-of-order', 'warning')
  if (tooFast > 0) report(`${tooFast} cue${tooFast === 1 ? '' : 's'} read faster than ${maxCps} characters per second: the source times leave no room to show them longer`, 'reading-speed', 'info')
  // Section breaks after the last cue.
  for (const title of trailing) body.push(title === undefined ? 'NOTE Section break' : `NOTE Section break: ${noteSafe(title)}`, '')
  return lines.concat(body).join('\n')
}

function ranges(ids: readonly number[]): string {
  const parts: string[] = []
  let from = ids[0]!
  let to = from
  for (let i = 1; i <= ids.length; i++) {
    const id = ids[i]
    if (id === to + 1) to = id
    else {
      parts.push(from === to ? String(from) : `${from}-${to}`)
      if (id !== undefined) from = to = id
    }
  }
  return parts.join(', ')
}

interface CollectContext {
  speakers: Map<string, Speaker>
  voiceOption: 'display' | 'label' | 'none'
  keepEvents: boolean
  wordsPerMinute: number
  minDuration: number
  report: (reason: string, ruleId: string, severity: 'warning' | 'info', path?: string) => void
}

/** Turns and events between turns, with their tokens and speaking-time estimates. */
function collectUnits(transcript: Transcript, context: CollectContext): { units: Unit[]; trailing: Array<string | undefined> } {
  const units: Unit[] = []
  let pendingBreaks: Array<string | undefined> = []
  let dataNodes = 0
  let droppedEvents = 0
  const secondsPerWord = 60 / context.wordsPerMinute
  transcript.children.forEach((block: Block, index) => {
    if (block.data) dataNodes++
    const path = `children[${index}]`
    if (block.type === 'break') {
      pendingBreaks.push(block.title)
      return
    }
    if (block.type === 'event') {
      if (!context.keepEvents) {
        droppedEvents++
        return
      }
      units.push({ path, voice: null, interpreted: false, language: undefined, paragraphs: [eventTokens(block.value, 1)], estimate: Math.max(context.minDuration, 1.5), breaksBefore: pendingBreaks })
      pendingBreaks = []
      return
    }
    const turn: Turn = block
    const paragraphs: Token[][] = []
    let words = 0
    for (const paragraph of turn.children) {
      if (paragraph.data) dataNodes++
      const tokens: Token[] = []
      for (const node of paragraph.children) {
        if (node.data) dataNodes++
        if (node.type === 'event') {
          if (!context.keepEvents) {
            droppedEvents++
            continue
          }
          tokens.push(...eventTokens(node.value, 6))
          words++
          continue
        }
        for (const word of holdTextBrackets(node.value).split(WHITESPACE)) {
          if (word === '') continue
          tokens.push({ text: word, weight: word.length + 1 })
          words++
        }
      }
      if (tokens.length > 0) paragraphs.push(tokens)
    }
    if (paragraphs.length === 0) return
    const speaker = turn.speaker === null ? undefined : context.speakers.get(turn.speaker)
    let voice: string | null = null
    if (speaker && context.voiceOption !== 'none') voice = context.voiceOption === 'label' ? (turn.label ?? speaker.name) : speaker.name
    if (voice !== null && escapeAnnotation(voice) === '') voice = null
    const unit: Unit = {
      path,
      voice,
      interpreted: turn.interpreted,
      language: turn.language,
      paragraphs,
      estimate: words * secondsPerWord,
      breaksBefore: pendingBreaks,
    }
    if (turn.time) {
      unit.start = turn.time.start
      if (turn.time.end !== undefined) unit.end = turn.time.end
    }
    pendingBreaks = []
    units.push(unit)
  })
  if (transcript.data) dataNodes++
  if (dataNodes > 0) context.report(`${dataNodes} node${dataNodes === 1 ? ' has' : 's have'} \`data\`, which WebVTT cannot hold: not written`, 'unsupported-content', 'info')
  if (droppedEvents > 0) context.report(`${droppedEvents} event${droppedEvents === 1 ? '' : 's'} not written (events: 'drop')`, 'unsupported-content', 'info')
  if (context.voiceOption === 'none' && transcript.speakers.length > 0) context.report("speakers are not marked on cues (voice: 'none')", 'unsupported-content', 'info')
  return { units, trailing: pendingBreaks }
}

interface SplitOptions {
  maxLineLength: number
  maxLines: number
  maxDuration: number
  rules: BreakRules
}

/**
 * Cut a paragraph's tokens into cues: each as full as the line and duration limits allow, ended
 * at the best break point in its second half (sentence end, comma, before a conjunction; never
 * after an article or inside a name unless nothing else fits). Returns [from, to) index pairs.
 */
function splitCues(tokens: readonly Token[], starts: readonly number[], gaps: readonly number[], options: SplitOptions): Array<[number, number]> {
  const { maxLineLength, maxLines, maxDuration, rules } = options
  const capacity = maxLineLength * maxLines
  const out: Array<[number, number]> = []
  let from = 0
  while (from < tokens.length) {
    // Greedy line fill, kept incrementally: `lines` lines so far, `width` of the last one.
    let lines = 1
    let width = tokens[from]!.text.length
    let to = from + 1
    while (to < tokens.length) {
      const length = tokens[to]!.text.length
      let nextLines = lines
      let nextWidth = width + 1 + length
      if (nextWidth > maxLineLength) {
        nextLines++
        nextWidth = length
      }
      if (nextLines > maxLines || starts[to + 1]! - starts[from]! > maxDuration) break
      lines = nextLines
      width = nextWidth
      to++
    }
    if (to < tokens.length) {
      // Choose where to end this cue among from+1..to.
      let best = to
      let bestCost = Infinity
      let chars = -1
      for (let j = from + 1; j <= to; j++) {
        chars += tokens[j - 1]!.text.length + 1
        const fill = chars / capacity
        const cost = gaps[j]! + (1 - fill) * 100 + (tokens[j - 1]!.glued ? rules.forbidden / 2 : 0)
        if (cost <= bestCost) {
          bestCost = cost
          best = j
        }
      }
      to = best
    }
    out.push([from, to])
    from = to
  }
  return out
}

function payload(cue: Cue, words: string[], maxLineLength: number, maxLines: number, rules: BreakRules, interpreted: 'class' | 'none'): string {
  const starts = breakLines(words, maxLineLength, maxLines, rules, cue.gaps)
  const lines: string[] = []
  let from = 0
  for (const start of [...starts, words.length]) {
    lines.push(words.slice(from, start).join(' '))
    from = start
  }
  let text = isolateLines(lines)
    .map((line) => writeHeldBrackets(escapeText(line)))
    .join('\n')
  const unit = cue.unit
  if (unit.language) text = `<lang ${escapeAnnotation(unit.language)}>${text}</lang>`
  const mark = unit.interpreted && interpreted === 'class'
  if (unit.voice !== null) return `<v${mark ? '.interpreted' : ''} ${escapeAnnotation(unit.voice)}>${text}</v>`
  return mark ? `<c.interpreted>${text}</c>` : text
}
