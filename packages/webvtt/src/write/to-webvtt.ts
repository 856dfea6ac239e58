/**
 * Transcript -> WebVTT captions: the cue plan (`planCues`: source-timed segments as one cue each
 * at their times, the rest cut and timed by captioning conventions) written as WebVTT, with the
 * speaker as a voice span on every cue and timed words as timestamp tags.
 */
import { isolateLines } from './bidi.js'
import { escapeAnnotation, escapeText } from './escape.js'
import { holdTextBrackets, writeHeldBrackets } from '../brackets.js'
import { eachCue, OutputChunks, timestampFormatter, writePartLines, type CaptionOptions, type CuePart, type PlannedCue, type TimestampFormatter } from '@verbatim/captions'
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
  // The cues are written as they are planned (none kept); the header, which says what the cues
  // were (voices only, estimated times), goes in front of them once all are written.
  const body = new OutputChunks()
  const writer = new CueWriter(body, options)
  const plan = eachCue(transcript, { ...options, prepareText: holdTextBrackets, special: NOT_PLAIN, messageSource: SOURCE }, (cue) => writer.cue_(cue))
  const lines: string[] = ['WEBVTT', '']
  if (options.metadata ?? true) {
    const meta = metadataLines(transcript.meta, transcript.speakers)
    if (meta.length > 0) lines.push('NOTE', ...meta, '')
  } else if (Object.keys(transcript.meta).length > 0 || transcript.speakers.length > 0) {
    report('metadata and speaker details are not written (metadata: false)', 'unsupported-content', 'info', 'meta')
  }
  const count = writer.count_
  if (writer.unvoiced_ && count > 0) {
    // Tells readers (and fromWebVtt) not to guess speakers from `- `, `>>`, `[Name]` or `Name:` in the text.
    lines.push(`NOTE ${VOICES_ONLY}`, '')
  }
  if (writer.estimated_.count_ > 0) {
    const which = writer.estimated_.count_ === count ? 'all cues' : `cues ${writer.estimated_.toString()}`
    lines.push(`NOTE Estimated times: ${which} are timed from a speaking rate of ${plan.wordsPerMinute} words per minute, not from the source.`, '')
  }
  const { stamps_: stamps } = writer
  if (stamps.outside_ > 0) report(`expected word times inside their cue and in order, found ${stamps.outside_}: written as timestamp tags as they are (players show such words at once)`, 'word-time-outside-cue', 'info')
  // Section breaks after the last cue.
  for (const title of plan.trailingBreaks) writer.block_(sectionBreak(title))
  const header = lines.join('\n')
  return writer.blocks_ === 0 ? header : header + '\n' + body.toString()
}

function sectionBreak(title: string | undefined): string {
  return title === undefined ? 'NOTE Section break\n' : `NOTE Section break: ${noteSafe(title)}\n`
}

/** Writes each cue as it comes: its blocks (section breaks, the cue) separated by blank lines. */
class CueWriter {
  /** Cues written. */
  count_ = 0
  /** Blocks written (cues and section breaks). */
  blocks_ = 0
  /** A part had no voice span. */
  unvoiced_ = false
  /** The numbers of the cues with estimated times. */
  readonly estimated_ = new NumberRanges()
  declare readonly stamps_: StampCheck
  private declare readonly stamp_: TimestampFormatter
  private declare readonly partTags_: PartTags
  private declare readonly cueIds_: boolean
  // Assigned in the constructor, not parameter properties (esbuild would also declare those under
  // their unmangled names); `declare`: the build writes no empty declaration for them.
  private declare readonly out_: OutputChunks

  constructor(out: OutputChunks, options: ToWebVttOptions) {
    this.out_ = out
    this.stamp_ = timestampFormatter('.')
    this.stamps_ = new StampCheck(this.stamp_)
    this.partTags_ = new PartTags(options.interpreted ?? 'class')
    this.cueIds_ = options.cueIds ?? true
  }

  /** A block of lines (each ending in a line break), after a blank line unless it is the first. */
  block_(text: string): void {
    if (this.blocks_++ > 0) this.out_.add('\n')
    this.out_.add(text)
  }

  cue_(cue: PlannedCue): void {
    const number = ++this.count_
    if (cue.source === 'estimated') this.estimated_.add_(number)
    for (const title of cue.breaksBefore) this.block_(sectionBreak(title))
    const { out_: out, stamp_: stamp } = this
    if (this.blocks_++ > 0) out.add('\n')
    out.add((this.cueIds_ ? String(number) + '\n' : '') + stamp(cue.start) + ' --> ' + stamp(cue.end) + '\n')
    for (let k = 0; k < cue.parts.length; k++) {
      const part = cue.parts[k]!
      const [open, close, voiced] = this.partTags_.of_(part)
      if (!voiced) this.unvoiced_ = true
      if (k > 0) out.add('\n')
      if (open !== '') out.add(open)
      payload(part, cue, this.stamps_, out)
      if (close !== '') out.add(close)
    }
    out.add('\n')
  }
}

/** Increasing numbers as ranges (`1-3, 5`), gathered one at a time. */
class NumberRanges {
  count_ = 0
  private readonly parts_: string[] = []
  private from_ = 0
  private to_ = 0

  add_(value: number): void {
    this.count_++
    if (this.count_ > 1 && value === this.to_ + 1) {
      this.to_ = value
      return
    }
    if (this.count_ > 1) this.close_()
    this.from_ = this.to_ = value
  }

  toString(): string {
    if (this.count_ === 0) return ''
    this.close_()
    const text = this.parts_.join(', ')
    this.parts_.pop()
    return text
  }

  private close_(): void {
    this.parts_.push(this.from_ === this.to_ ? String(this.from_) : `${this.from_}-${this.to_}`)
  }
}

/** Counts word times a cue's timestamp tags cannot hold validly (outside the cue, or not after the previous tag). */
class StampCheck {
  outside_ = 0
  private cue_: PlannedCue | undefined
  private last_ = 0
  private declare readonly stamp_: TimestampFormatter

  constructor(stamp: TimestampFormatter) {
    this.stamp_ = stamp
  }

  tag_(time: number, cue: PlannedCue): string {
    if (cue !== this.cue_) {
      this.cue_ = cue
      this.last_ = cue.start
    }
    if (!(time > this.last_ && time < cue.end)) this.outside_++
    if (time > this.last_) this.last_ = time
    return `<${this.stamp_(time)}>`
  }
}

/** One part of a cue: its lines (timed words with their timestamp tags), without the voice and language tags. */
function payload(part: CuePart, cue: PlannedCue, stamps: StampCheck, out: OutputChunks): void {
  const { texts, plain, times } = part.words
  const breaks = part.lineStarts
  if (plain && times === null) {
    // Nothing to escape, isolate or time: each line is its words joined.
    writePartLines(part, out)
    return
  }
  if (plain) {
    // Nothing to escape or isolate: the words as they are, a space or a line break between them,
    // and a timestamp tag before each timed word (each word copied once, when the chunk is joined).
    let next = 0
    for (let k = part.from; k < part.to; k++) {
      if (k > part.from) {
        if (next < breaks.length && breaks[next] === k) {
          out.add('\n')
          next++
        } else out.add(' ')
      }
      if (times !== null) {
        const time = times[k]!
        if (!Number.isNaN(time)) out.add(stamps.tag_(time, cue))
      }
      out.add(texts[k]!)
    }
    return
  }
  const lines: string[] = []
  const lineTimes: number[][] = []
  let from = part.from
  for (const start of [...breaks, part.to]) {
    lines.push(texts.slice(from, start).join(' '))
    lineTimes.push(times ? times.slice(from, start) : [])
    from = start
  }
  const shown = isolateLines(lines).map((line) => writeHeldBrackets(escapeText(line)))
  out.add(shown.map((line, index) => (times ? withStamps(line, lineTimes[index]!, cue, stamps) : line)).join('\n'))
}

/**
 * The tags around a part, kept for the next part of the same speaker, language and interpretation
 * (a turn's cues all have the same): each voice is escaped once per run of cues, not per cue.
 */
class PartTags {
  private voice_: string | null = null
  private language_: string | undefined
  private interpreted_ = false
  private value_: [string, string, boolean] | undefined
  private declare readonly option_: 'class' | 'none'

  constructor(option: 'class' | 'none') {
    this.option_ = option
  }

  /** Opening tag, closing tag, and whether the part has a voice span. */
  of_(part: CuePart): [string, string, boolean] {
    if (this.value_ === undefined || part.voice !== this.voice_ || part.language !== this.language_ || part.interpreted !== this.interpreted_) {
      this.voice_ = part.voice
      this.language_ = part.language
      this.interpreted_ = part.interpreted
      const [open, close] = tags(part, this.option_)
      this.value_ = [open, close, part.voice !== null && escapeAnnotation(part.voice) !== '']
    }
    return this.value_
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
      word = word.slice(0, isolate) + stamps.tag_(time, cue) + word.slice(isolate)
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
