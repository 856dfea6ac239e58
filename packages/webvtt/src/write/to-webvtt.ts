/**
 * Transcript -> WebVTT captions: the cue plan (`planCues`: source-timed segments as one cue each
 * at their times, the rest cut and timed by captioning conventions) written as WebVTT, with the
 * speaker as a voice span on every cue and timed words as timestamp tags.
 */
import { isolateLines } from './bidi.js'
import { escapeAnnotation, escapeText } from './escape.js'
import { holdTextBrackets, writeHeldBrackets } from '../brackets.js'
import { planCues, timestampFormatter, type CaptionOptions, type CuePart, type PlannedCue, type TimestampFormatter } from '@verbatim/captions'
import { createMessage, type Transcript, type VerbatimMessage } from '@verbatim/core'
import { SOURCE } from '../message.js'
import { metadataLines, noteSafe, VOICES_ONLY } from '../metadata-note.js'

/** The caption options of `@verbatim/captions` (limits, voice, events, estimation, break rules), and WebVTT's own. */
export interface ToWebVttOptions extends CaptionOptions {
  /** Write the metadata (title, date, place, source, speakers...) as a NOTE block at the top (default `true`). */
  metadata?: boolean
  /** Mark interpreted speech with the class `interpreted` on its voice span (`<v.interpreted Name>`), or not (default `'class'`). */
  interpreted?: 'class' | 'none'
  /** Number the cues (`1`, `2`, ...) as cue identifiers (default `true`). */
  cueIds?: boolean
}


/** What makes a line need more than joining: characters to escape, held brackets, right-to-left text (see `escape.ts`, `events.ts`, `bidi.ts`). */
const NOT_PLAIN = /[&<>\ue05b\ue05d\ue028\ue029\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|\ud802[\udc00-\udfff]|\ud803[\udc00-\udfff]|\ud83a[\udc00-\udfff]|\ud83b[\udc00-\udeff]/

export function toWebVtt(transcript: Transcript, options: ToWebVttOptions = {}): string {
  const report = (reason: string, ruleId: string, severity: 'warning' | 'info', path?: string) =>
    options.onMessage?.(createMessage(reason, ruleId, SOURCE, { severity, ...(path === undefined ? {} : { path }) }))
  const plan = planCues(transcript, { ...options, prepareText: holdTextBrackets, special: NOT_PLAIN, messageSource: SOURCE })
  const { cues } = plan
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
  const stamp = timestampFormatter('.')
  const stamps = new StampCheck(stamp)
  const partTags = new PartTags(options.interpreted ?? 'class')
  let unvoiced = false
  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i]!
    if (cue.source === 'estimated') estimatedIds.push(i + 1)
    for (const title of cue.breaksBefore) body.push(title === undefined ? 'NOTE Section break' : `NOTE Section break: ${noteSafe(title)}`, '')
    if (cueIds) body.push(String(i + 1))
    body.push(stamp(cue.start) + ' --> ' + stamp(cue.end))
    let text = ''
    for (let k = 0; k < cue.parts.length; k++) {
      const part = cue.parts[k]!
      const [open, close, voiced] = partTags.of(part)
      if (!voiced) unvoiced = true
      text += (text === '' ? '' : '\n') + open + payload(part, cue, stamps) + close
    }
    body.push(text, '')
  }
  if (unvoiced && cues.length > 0) {
    // Tells readers (and fromWebVtt) not to guess speakers from `- `, `>>`, `[Name]` or `Name:` in the text.
    lines.push(`NOTE ${VOICES_ONLY}`, '')
  }
  if (estimatedIds.length > 0) {
    const which = estimatedIds.length === cues.length ? 'all cues' : `cues ${ranges(estimatedIds)}`
    lines.push(`NOTE Estimated times: ${which} are timed from a speaking rate of ${plan.wordsPerMinute} words per minute, not from the source.`, '')
  }
  if (stamps.outside > 0) report(`expected word times inside their cue and in order, found ${stamps.outside}: written as timestamp tags as they are (players show such words at once)`, 'word-time-outside-cue', 'info')
  // Section breaks after the last cue.
  for (const title of plan.trailingBreaks) body.push(title === undefined ? 'NOTE Section break' : `NOTE Section break: ${noteSafe(title)}`, '')
  // Joined apart (no copy of the body array, which has four entries a cue).
  return body.length === 0 ? lines.join('\n') : lines.join('\n') + '\n' + body.join('\n')
}

/** Counts word times a cue's timestamp tags cannot hold validly (outside the cue, or not after the previous tag). */
class StampCheck {
  outside = 0
  private cue: PlannedCue | undefined
  private last = 0

  constructor(private readonly stamp: TimestampFormatter) {}

  tag(time: number, cue: PlannedCue): string {
    if (cue !== this.cue) {
      this.cue = cue
      this.last = cue.start
    }
    if (!(time > this.last && time < cue.end)) this.outside++
    if (time > this.last) this.last = time
    return `<${this.stamp(time)}>`
  }
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

/** The pieces of a part's text, reused from part to part. */
const PIECES: string[] = []

/** One part of a cue: its lines (timed words with their timestamp tags), without the voice and language tags. */
function payload(part: CuePart, cue: PlannedCue, stamps: StampCheck): string {
  const { texts, plain, times } = part.words
  const breaks = part.lineStarts
  let text: string
  if (plain && times === null) {
    // Nothing to escape, isolate or time: each line is its words joined (a flat string, not one concatenation per word).
    let from = part.from
    text = ''
    for (const start of breaks) {
      text += texts.slice(from, start).join(' ') + '\n'
      from = start
    }
    text += texts.slice(from, part.to).join(' ')
  } else if (plain) {
    // Timed words, nothing to escape or isolate: a tag before each timed word, in one pass, joined
    // once (a flat string per part, not a rope of a few strings per word kept until the end).
    const pieces = PIECES
    pieces.length = 0
    let next = 0
    for (let k = part.from; k < part.to; k++) {
      if (k > part.from) {
        if (next < breaks.length && breaks[next] === k) {
          pieces.push('\n')
          next++
        } else pieces.push(' ')
      }
      const time = times![k]!
      if (!Number.isNaN(time)) pieces.push(stamps.tag(time, cue))
      pieces.push(texts[k]!)
    }
    text = pieces.join('')
    pieces.length = 0
  } else {
    const lines: string[] = []
    const lineTimes: number[][] = []
    let from = part.from
    for (const start of [...breaks, part.to]) {
      lines.push(texts.slice(from, start).join(' '))
      lineTimes.push(times ? times.slice(from, start) : [])
      from = start
    }
    const shown = plain ? lines : isolateLines(lines).map((line) => writeHeldBrackets(escapeText(line)))
    text = shown.map((line, index) => (times ? withStamps(line, lineTimes[index]!, cue, stamps) : line)).join('\n')
  }
  return text
}

/**
 * The tags around a part, kept for the next part of the same speaker, language and interpretation
 * (a turn's cues all have the same): each voice is escaped once per run of cues, not per cue.
 */
class PartTags {
  private voice: string | null = null
  private language: string | undefined
  private interpreted = false
  private value: [string, string, boolean] | undefined

  constructor(private readonly option: 'class' | 'none') {}

  /** Opening tag, closing tag, and whether the part has a voice span. */
  of(part: CuePart): [string, string, boolean] {
    if (this.value === undefined || part.voice !== this.voice || part.language !== this.language || part.interpreted !== this.interpreted) {
      this.voice = part.voice
      this.language = part.language
      this.interpreted = part.interpreted
      const [open, close] = tags(part, this.option)
      this.value = [open, close, part.voice !== null && escapeAnnotation(part.voice) !== '']
    }
    return this.value
  }
}

/**
 * A line with a timestamp tag before each timed word. The line's words are found again by their
 * separating spaces (escaping and isolates never add a space), so the tag goes before the word's
 * escaped form, after any opening isolate.
 */
function withStamps(line: string, times: readonly number[], cue: PlannedCue, stamps: StampCheck): string {
  let out = ''
  let index = 0
  let from = 0
  for (let k = 0; k <= line.length; k++) {
    if (k < line.length && line.charCodeAt(k) !== 32) continue
    const time = times[index++]
    let word = line.slice(from, k)
    if (time !== undefined && !Number.isNaN(time)) {
      const isolate = word.charCodeAt(0) === 0x2068 ? 1 : 0
      word = word.slice(0, isolate) + stamps.tag(time, cue) + word.slice(isolate)
    }
    out += (from === 0 ? '' : ' ') + word
    from = k + 1
  }
  return out
}

/** The tags around a part: language, then the voice (or a class for interpreted speech without one). */
function tags(part: CuePart, interpreted: 'class' | 'none'): [string, string] {
  let open = ''
  let close = ''
  if (part.language) {
    open = `<lang ${escapeAnnotation(part.language)}>`
    close = '</lang>'
  }
  const mark = part.interpreted && interpreted === 'class'
  const voice = part.voice === null ? '' : escapeAnnotation(part.voice)
  if (voice !== '') return [`<v${mark ? '.interpreted' : ''} ${voice}>${open}`, `${close}</v>`]
  return mark ? [`<c.interpreted>${open}`, `${close}</c>`] : [open, close]
}
