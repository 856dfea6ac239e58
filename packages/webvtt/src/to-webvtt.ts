/**
 * Transcript -> WebVTT captions. Turns become cues (a speaker change always starts a new cue),
 * cut where captioning conventions say (line length, lines per cue, duration, good break points),
 * timed from the source or estimated, with the speaker as a voice span on every cue.
 */
import { createMessage, toString, type Block, type Speaker, type Transcript, type Turn, type VerbatimMessage } from '@verbatim/core'
import { isolateLines } from './bidi.js'
import { escapeAnnotation, escapeText } from './escape.js'
import { holdTextBrackets, renderEvent, writeHeldBrackets } from './events.js'
import { breakRange, DEFAULT_BREAK_RULES, gapCosts, type BreakRules } from './line-breaking.js'
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

/**
 * A paragraph's words as parallel arrays (as shown, not escaped), not an object per word: the
 * writer handles a million words without a million records to collect.
 */
interface Words {
  texts: string[]
  /** Share of the unit's time, per word. */
  weights: number[]
  /** Per word: inside a bracketed event, so a cue should not end after it (a line may). Null: no event in the paragraph. */
  glued: boolean[] | null
  /** No word needs escaping, held brackets or bidi isolation: lines are written as they are joined. */
  plain: boolean
  /** `breakCost` before each word (index 0 unused), filled in when the paragraph is cut. */
  gaps: number[]
}

function newWords(): Words {
  return { texts: [], weights: [], glued: null, plain: true, gaps: [] }
}

/** What makes a line need more than joining: characters to escape, held brackets, right-to-left text (see `escape.ts`, `events.ts`, `bidi.ts`). */
const NOT_PLAIN = /[&<>\ue05b\ue05d\ue028\ue029\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|\ud802[\udc00-\udfff]|\ud803[\udc00-\udfff]|\ud83a[\udc00-\udfff]|\ud83b[\udc00-\udeff]/

/** Words of `text` (split at whitespace) added to `words`. */
function addText(words: Words, text: string): number {
  if (words.plain && NOT_PLAIN.test(text)) words.plain = false
  let count = 0
  for (const word of text.split(WHITESPACE)) {
    if (word === '') continue
    words.texts.push(word)
    words.weights.push(word.length + 1)
    words.glued?.push(false)
    count++
  }
  return count
}

/** An event's words: a long description may wrap over lines like speech. */
function addEvent(words: Words, value: string, weight: number): void {
  const rendered = renderEvent(value)
  if (words.plain && NOT_PLAIN.test(rendered)) words.plain = false
  const parts = rendered.split(WHITESPACE).filter((part) => part !== '')
  if (!words.glued) words.glued = new Array<boolean>(words.texts.length).fill(false)
  parts.forEach((text, index) => {
    words.texts.push(text)
    words.weights.push(weight / parts.length)
    words.glued!.push(index < parts.length - 1)
  })
}

interface Unit extends TimedUnit {
  voice: string | null
  interpreted: boolean
  language: string | undefined
  paragraphs: Words[]
  /** Section breaks just before this unit (NOTE blocks). */
  breaksBefore: Array<string | undefined>
  /** The unit's opening and closing payload tags, made once for all its cues. */
  tags?: [string, string]
}

interface Cue {
  start: number
  end: number
  estimated: boolean
  /** The cue shows `words.texts[from..to)`. */
  words: Words
  from: number
  to: number
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
    for (const paragraph of unit.paragraphs) for (const weight of paragraph.weights) totalWeight += weight
    const perWeight = totalWeight > 0 ? (time.end - time.start) / totalWeight : 0
    let clock = time.start
    let breaksBefore = unit.breaksBefore
    for (const paragraph of unit.paragraphs) {
      const count = paragraph.texts.length
      const starts = new Array<number>(count + 1)
      for (let i = 0; i < count; i++) {
        starts[i] = clock
        clock += paragraph.weights[i]! * perWeight
      }
      starts[count] = clock
      paragraph.gaps = gapCosts(paragraph.texts, rules)
      let from = 0
      for (const to of splitCues(paragraph, starts, { maxLineLength, maxLines, maxDuration, rules })) {
        cues.push({ start: starts[from]!, end: starts[to]!, estimated: time.estimated, words: paragraph, from, to, unit, breaksBefore })
        breaksBefore = []
        from = to
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
    const texts = cue.words.texts
    let textLength = cue.to - cue.from - 1
    for (let k = cue.from; k < cue.to; k++) textLength += texts[k]!.length
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
    body.push(payload(cue, maxLineLength, maxLines, rules, options.interpreted ?? 'class'), '')
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
      const words = newWords()
      addEvent(words, block.value, 1)
      units.push({ path, voice: null, interpreted: false, language: undefined, paragraphs: [words], estimate: Math.max(context.minDuration, 1.5), breaksBefore: pendingBreaks })
      pendingBreaks = []
      return
    }
    const turn: Turn = block
    const paragraphs: Words[] = []
    let words = 0
    for (const paragraph of turn.children) {
      if (paragraph.data) dataNodes++
      const tokens = newWords()
      for (const node of paragraph.children) {
        if (node.data) dataNodes++
        if (node.type === 'event') {
          if (!context.keepEvents) {
            droppedEvents++
            continue
          }
          addEvent(tokens, node.value, 6)
          words++
          continue
        }
        words += addText(tokens, holdTextBrackets(node.type === 'segment' ? toString(node) : node.value))
      }
      if (tokens.texts.length > 0) paragraphs.push(tokens)
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
 * Cut a paragraph's words into cues: each as full as the line and duration limits allow, ended
 * at the best break point in its second half (sentence end, comma, before a conjunction; never
 * after an article or inside a name unless nothing else fits). Returns where each cue ends
 * (the next one starts there).
 */
function splitCues(words: Words, starts: readonly number[], options: SplitOptions): number[] {
  const { maxLineLength, maxLines, maxDuration, rules } = options
  const { texts, gaps, glued } = words
  const capacity = maxLineLength * maxLines
  const ends: number[] = []
  let from = 0
  while (from < texts.length) {
    // Greedy line fill, kept incrementally: `lines` lines so far, `width` of the last one.
    let lines = 1
    let width = texts[from]!.length
    let to = from + 1
    while (to < texts.length) {
      const length = texts[to]!.length
      let nextLines = lines
      let nextWidth = width + 1 + length
      if (nextWidth > maxLineLength) {
        nextLines++
        nextWidth = length
      }
      // A bracketed event is not cut for time (only when it does not fit the lines).
      if (nextLines > maxLines || (starts[to + 1]! - starts[from]! > maxDuration && !glued?.[to - 1])) break
      lines = nextLines
      width = nextWidth
      to++
    }
    if (to < texts.length) {
      // Choose where to end this cue among from+1..to.
      let best = to
      let bestCost = Infinity
      let chars = -1
      for (let j = from + 1; j <= to; j++) {
        chars += texts[j - 1]!.length + 1
        const fill = chars / capacity
        const cost = gaps[j]! + (1 - fill) * 100 + (glued?.[j - 1] ? rules.forbidden * 2 : 0)
        if (cost <= bestCost) {
          bestCost = cost
          best = j
        }
      }
      to = best
    }
    ends.push(to)
    from = to
  }
  return ends
}

function payload(cue: Cue, maxLineLength: number, maxLines: number, rules: BreakRules, interpreted: 'class' | 'none'): string {
  const { texts, gaps, plain } = cue.words
  const breaks = breakRange(texts, cue.from, cue.to, maxLineLength, maxLines, rules, gaps)
  let text: string
  if (plain) {
    // Nothing to escape or isolate: each line is its words joined (a flat string, not one concatenation per word).
    let from = cue.from
    text = ''
    for (const start of breaks) {
      text += texts.slice(from, start).join(' ') + '\n'
      from = start
    }
    text += texts.slice(from, cue.to).join(' ')
  } else {
    const lines: string[] = []
    let from = cue.from
    for (const start of [...breaks, cue.to]) {
      lines.push(texts.slice(from, start).join(' '))
      from = start
    }
    text = isolateLines(lines)
      .map((line) => writeHeldBrackets(escapeText(line)))
      .join('\n')
  }
  const [open, close] = (cue.unit.tags ??= tags(cue.unit, interpreted))
  return open + text + close
}

/** The tags around every cue of a unit: language, then the voice (or a class for interpreted speech without one). */
function tags(unit: Unit, interpreted: 'class' | 'none'): [string, string] {
  let open = ''
  let close = ''
  if (unit.language) {
    open = `<lang ${escapeAnnotation(unit.language)}>`
    close = '</lang>'
  }
  const mark = unit.interpreted && interpreted === 'class'
  if (unit.voice !== null) return [`<v${mark ? '.interpreted' : ''} ${escapeAnnotation(unit.voice)}>${open}`, `${close}</v>`]
  return mark ? [`<c.interpreted>${open}`, `${close}</c>`] : [open, close]
}
