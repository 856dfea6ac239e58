/**
 * Transcript -> cue plan: the captions a transcript makes, before any caption format writes them.
 * Source-timed segments (a WebVTT cue, an SRT block, a speech-to-text segment) become exactly one
 * cue at their times; timed events become their own cue; the rest is cut where captioning
 * conventions say (line length, lines per cue, duration, good break points) and timed from the
 * turn or estimated. A caption format only serialises the plan (times, lines, voices, word times).
 */
import { createMessage, eachEstimatedTime, speakingTime, unknownNodeMessage, withKnownNodes, type EstimatedTime, type TimedNode, type Block, type Event, type Inline, type Paragraph, type Segment, type Speaker, type Transcript, type Turn, type VerbatimMessage } from '@verbatim/core'
import { renderEvent } from './events.js'
import { breakWithGaps, DEFAULT_BREAK_RULES, gapCosts, linesNeededRange, type BreakRules } from './line-breaking.js'
import { SOURCE } from './message.js'
import { sourceTimes, type ResolvedTime, type TimedUnit } from './timing.js'

/** The caption limits, as data: the defaults of `planCues` (broadcast and streaming style guides). */
export interface CaptionLimits {
  /** Most characters per line. */
  maxLineLength: number
  /** Most lines per cue. */
  maxLines: number
  /** Reading speed target, characters per second. */
  maxCps: number
  /** Shortest estimated cue, seconds. */
  minDuration: number
  /** Longest estimated cue, seconds. */
  maxDuration: number
}

export const CAPTION_LIMITS: Readonly<CaptionLimits> = { maxLineLength: 42, maxLines: 2, maxCps: 17, minDuration: 5 / 6, maxDuration: 7 }

/** The caption options every caption writer takes (WebVTT, SubRip): limits, voice, events, estimation. */
export interface CaptionOptions {
  /** Most characters per line (default 42). */
  maxLineLength?: number
  /** Most lines per cue (default 2). */
  maxLines?: number
  /** Reading speed target in characters per second: estimated cues are kept on screen longer when the next cue leaves room (default 17). */
  maxCps?: number
  /** Shortest estimated cue duration in seconds, reached when the next cue leaves room (default 5/6). */
  minDuration?: number
  /** Longest estimated cue duration in seconds (default 7). */
  maxDuration?: number
  /** The voice of each cue: the speaker's display name, the turn's label as written, or none (default `'display'`). */
  voice?: 'display' | 'label' | 'none'
  /** Keep events as `[bracketed]` text, or drop them (default `'keep'`). */
  events?: 'keep' | 'drop'
  /** Estimate missing times from the speaking rate (default `true`); `false` throws a `VerbatimError` instead. */
  estimate?: boolean
  /** Speaking rate for estimated times (default 160 words per minute). */
  wordsPerMinute?: number
  /** Where line and cue breaks go (default `DEFAULT_BREAK_RULES`). */
  breakRules?: BreakRules
  /** Receives a message for everything the output cannot hold or had to change. */
  onMessage?: (message: VerbatimMessage) => void
}

/** What a format gives `planCues` besides the caption options. */
export interface CuePlanOptions extends CaptionOptions {
  /** Applied to speech text before it is cut into words (WebVTT holds brackets a reader would take for events). */
  prepareText?: (text: string) => string
  /** Text the format must escape or treat specially: a part whose words all miss it is `plain`. */
  special?: RegExp
  /** The package named as the `source` of messages (default `verbatim-captions`; formats pass their own). */
  messageSource?: string
  /** The width of the label the format writes in front of the first line of a speaker's first cue (`Ann: ` in SubRip): a speech-to-text segment cut at its words leaves room for it. */
  labelWidth?: (voice: string) => number
}

/**
 * The words of a stretch of speech as parallel arrays (as shown, not escaped), not an object per
 * word: a million words need no million records. A cue part shows `texts[from..to)`.
 */
export interface CueWords {
  texts: string[]
  /** Per word: the start time of a timed word (a timestamp in WebVTT), NaN for none; null when no word is timed. */
  times: number[] | null
  /** No word matches the format's `special` pattern: lines can be written as they are joined. */
  plain: boolean
}

/** What one speaker shows in a cue (a cue has several parts only when the source timed several speakers as one unit). */
export interface CuePart {
  /** Speaker id, or null. */
  speaker: string | null
  /** The name to show as the voice (per the `voice` option), or null. */
  voice: string | null
  interpreted: boolean
  language: string | undefined
  words: CueWords
  from: number
  to: number
  /** Where each line after the first starts (indexes into `words.texts`). */
  lineStarts: number[]
}

export interface PlannedCue {
  /** Seconds, to the millisecond. */
  start: number
  end: number
  /** `estimated`: some time of the cue was estimated (here or in the source); `source`: its times come from the source (a turn's time shared among its cues counts as source). */
  source: 'source' | 'estimated'
  /** One source unit (a segment or a timed event) written whole at its own times, never moved or cut. */
  fixed: boolean
  /** An estimated cue the source times around it leave too little room to be read at the limits (`minDuration`, `maxCps`). */
  squeezed?: true
  parts: CuePart[]
  /** Section breaks before this cue (their titles). */
  breaksBefore: Array<string | undefined>
}

export interface CuePlan {
  cues: PlannedCue[]
  /** Section breaks after the last cue. */
  trailingBreaks: Array<string | undefined>
  /** The speaking rate estimates used. */
  wordsPerMinute: number
}

/** A part's lines as shown (words joined by spaces, no word times). */
export function partLines(part: CuePart): string[] {
  const { texts } = part.words
  const lines: string[] = []
  let from = part.from
  for (const start of part.lineStarts) {
    lines.push(texts.slice(from, start).join(' '))
    from = start
  }
  lines.push(texts.slice(from, part.to).join(' '))
  return lines
}

/** Words of a paragraph or segment while planning: the shown words plus what cutting needs. */
interface Tokens extends CueWords {
  /** Per word, beside `times`: the end time of a timed word that has one (speech-to-text words), NaN for none; null when no word has an end. */
  ends_: number[] | null
  /** Share of the unit's time, per word. */
  weights_: number[]
  /** Per word: inside a bracketed event, so a cue should not end after it. Null: no event. */
  glued_: boolean[] | null
  /** `breakCost` before each word (index 0 unused), filled in when the tokens are cut. */
  gaps_: number[]
  /** A time waiting for the next word (a timed word with no text). */
  pendingTime_: number
  /** The end time that goes with `pendingTime` (NaN for none). */
  pendingEnd_: number
  /** The last word ended its node with no space after it: text that follows with no space before it continues that word (`L` + `'esquelet`, `[Off-mic]` + `.`). */
  openEnd_: boolean
}

/** The weights of tokens that need none (a fixed unit's): never written to. */
const NO_WEIGHTS: number[] = []

function newTokens(weigh = true): Tokens {
  return { texts: [], times: null, ends_: null, plain: true, weights_: weigh ? [] : NO_WEIGHTS, glued_: null, gaps_: [], pendingTime_: NaN, pendingEnd_: NaN, openEnd_: false }
}

const WHITESPACE = /\s+/
const HAS_WHITESPACE = /\s/
const ENDS_IN_WHITESPACE = /\s$/

/** `/\s$/.test(text)`, decided by the last code unit where it is ASCII (most text). */
function endsInWhitespace(text: string): boolean {
  const last = text.charCodeAt(text.length - 1)
  if (last < 128) return last === 32 || (last >= 9 && last <= 13)
  return ENDS_IN_WHITESPACE.test(text)
}

interface Unit extends TimedUnit {
  /** The first and last node the unit shows (a turn shown whole is both): its time is from the first's start to the last's end. */
  first_: TimedNode
  last_: TimedNode
  speaker_: string | null
  voice_: string | null
  interpreted_: boolean
  language_: string | undefined
  /** Which block it comes from (parts of one source cue come from different blocks). */
  block_: number
  /** Each paragraph starts a new cue. */
  paragraphs_: Tokens[]
  /** A source segment or timed event: exactly one cue at its times, never cut or moved. */
  fixed_: boolean
  /** The source said its time was estimated (a segment or event with `source: 'estimated'`). */
  estimatedSource_: boolean
  /** In a transcript with no time at all: the shared estimate of the first node's start and the last node's end (speaking time of the leaves before). */
  untimedStart_: number
  untimedEnd_: number
  breaksBefore_: Array<string | undefined>
}

/** The caption limits and break rules of one call (`CaptionLimits`' fields, under internal names). */
interface Limits {
  maxLineLength_: number
  maxLines_: number
  maxCps_: number
  minDuration_: number
  maxDuration_: number
  rules_: BreakRules
  labelWidth_: ((voice: string) => number) | undefined
}

/**
 * Internal switches for tests (not exported by the package), to check each shortcut against the
 * plain way: `alwaysShared` takes core's walk even where no node has a time; `dominance: false`
 * makes the cue cutter try every cue end; `gatherAll` reads every unit before timing them all at
 * once (no cue is given before the last block is read), as `planCues` did before `eachCue`.
 */
export const planning = { alwaysShared: false, dominance: true, gatherAll: false }

export function planCues(given: Transcript, options: CuePlanOptions = {}): CuePlan {
  const cues: PlannedCue[] = []
  const { trailingBreaks, wordsPerMinute } = eachCue(given, options, (cue) => {
    cues.push(cue)
  })
  return { cues, trailingBreaks, wordsPerMinute }
}

/** What `eachCue` returns once every cue has been given: the plan without its cues. */
export type CueStream = Omit<CuePlan, 'cues'>

/**
 * The cues of `planCues`, given one by one in order as soon as their times are settled, none kept:
 * a writer that writes each cue as it comes holds a few cues at a time, not the whole plan. The
 * cues and messages are exactly `planCues`' (which collects them). A cue's `parts[].words` are
 * shared with the other cues of its paragraph: read them in the callback, do not change them.
 */
export function eachCue(given: Transcript, options: CuePlanOptions, onCue: (cue: PlannedCue) => void): CueStream {
  // Node types this version does not know: reported, their text kept as speech without a speaker.
  const transcript = withKnownNodes(given, (node, path) =>
    options.onMessage?.(unknownNodeMessage(node, path, options.messageSource ?? SOURCE, 'its text is written as a cue')),
  )
  const limits: Limits = {
    maxLineLength_: Math.max(1, options.maxLineLength ?? CAPTION_LIMITS.maxLineLength),
    maxLines_: Math.max(1, options.maxLines ?? CAPTION_LIMITS.maxLines),
    maxCps_: options.maxCps ?? CAPTION_LIMITS.maxCps,
    minDuration_: options.minDuration ?? CAPTION_LIMITS.minDuration,
    maxDuration_: options.maxDuration ?? CAPTION_LIMITS.maxDuration,
    rules_: options.breakRules ?? DEFAULT_BREAK_RULES,
    labelWidth_: options.labelWidth,
  }
  const wordsPerMinute = options.wordsPerMinute ?? 160
  const source = options.messageSource ?? SOURCE
  const report: Report = (reason, ruleId, severity = 'info') => options.onMessage?.(createMessage(reason, ruleId, source, { severity }))
  const estimate = options.estimate ?? true
  // No time anywhere: every unit is timed by the speaking time of the leaves before it, added up
  // while collecting, and the cues are one run with nothing after it (see `Settler`).
  const untimed = estimate && !planning.alwaysShared && !hasTime(transcript)
  const cutter = new CueCutter(limits, report, new Settler(limits, report, onCue, untimed && !planning.gatherAll))
  const collector = new UnitCollector(transcript, options, wordsPerMinute, report)
  // Units are cut as each block is read when their times are their own (a unit with its source
  // start and end, or any unit of an untimed transcript). Units that need the shared estimate are
  // gathered with the timed units around them (`UnitGroup`) and timed together.
  const group = new UnitGroup(transcript, wordsPerMinute)
  // Every unit from the first that estimate: false refuses (or all, `planning.gatherAll`), timed once all are read.
  let rest: Unit[] | undefined = planning.gatherAll ? [] : undefined
  let previous: Unit | undefined
  const cut = (units: readonly Unit[], times: readonly ResolvedTime[], from: number) => {
    for (let i = from; i < units.length; i++) {
      cutter.unit_(units[i]!, times[i]!, previous)
      previous = units[i]
    }
  }
  const trailing = collector.collect_((units) => {
    for (const unit of units) {
      if (rest !== undefined) {
        rest.push(unit)
        continue
      }
      const own = untimed || hasOwnTimes(unit)
      if (group.units_.length > 0) {
        if (!group.closedBy_(unit, own)) continue
        const { units, times, from } = group.take_(previous)
        cut(units, times, from)
      }
      if (own) cut([unit], [untimed ? untimedTime(unit) : { start: unit.start!, end: unit.end!, estimated: false }], 0)
      // estimate: false refuses at the first unit without its times (sourceTimes throws), after every block is read.
      else if (!estimate) rest = [unit]
      else group.open_(previous, unit)
    }
  })
  if (group.units_.length > 0) {
    const { units, times, from } = group.take_(previous)
    cut(units, times, from)
  }
  if (rest !== undefined) cut(rest, !estimate || rest.every(hasOwnTimes) ? sourceTimes(rest, source) : untimed ? rest.map(untimedTime) : sharedTimes(transcript, rest, wordsPerMinute), 0)
  cutter.finish_()
  return { trailingBreaks: trailing, wordsPerMinute }
}

/**
 * Units that need the shared estimate, with the timed units around them: the last timed unit
 * before (if any) and the timed units after, up to the first in a later block than the first of
 * them. `sharedTimes` estimates each run of untimed units over the blocks from the timed unit
 * before it to the timed unit after it, and merges runs whose blocks meet: a group ends where no
 * later run can meet it, so timing each group alone gives every unit the time the whole list would.
 */
class UnitGroup {
  units_: Unit[] = []
  /** The block of the timed units after the group's last untimed run (-1 while the group ends with an untimed unit). */
  private closingBlock_ = -1

  // Assigned in the constructor, not parameter properties (esbuild would also declare those under
  // their unmangled names); `declare`: the build writes no empty declaration for them.
  private declare readonly transcript_: Transcript
  private declare readonly wordsPerMinute_: number

  constructor(
    transcript: Transcript,
    wordsPerMinute: number,
  ) {
    this.transcript_ = transcript
    this.wordsPerMinute_ = wordsPerMinute
  }

  /** A group starts at an untimed unit, after the last unit cut (when there is one). */
  open_(previous: Unit | undefined, unit: Unit): void {
    this.units_ = previous === undefined ? [unit] : [previous, unit]
    this.closingBlock_ = -1
  }

  /** Whether `unit` (`own`: it has its own times) comes after the group, which is then complete; else it joins the group. */
  closedBy_(unit: Unit, own: boolean): boolean {
    if (own && this.closingBlock_ >= 0 && unit.block_ > this.closingBlock_) return true
    this.units_.push(unit)
    if (!own) this.closingBlock_ = -1
    else if (this.closingBlock_ < 0) this.closingBlock_ = unit.block_
    return false
  }

  /** The group's units and times; units before `from` were cut already (the timed unit the group starts after). */
  take_(previous: Unit | undefined): { units: Unit[]; times: ResolvedTime[]; from: number } {
    const units = this.units_
    this.units_ = []
    return { units, times: sharedTimes(this.transcript_, units, this.wordsPerMinute_), from: previous !== undefined && units[0] === previous ? 1 : 0 }
  }
}

function hasOwnTimes(unit: Unit): boolean {
  return unit.start !== undefined && unit.end !== undefined && unit.end >= unit.start
}

/** The shared estimate of a unit of a transcript with no time: the speaking time of the leaves before it. */
function untimedTime(unit: Unit): ResolvedTime {
  return { start: unit.untimedStart_, end: Math.max(unit.untimedEnd_, unit.untimedStart_), estimated: true, startFromSource: false, endFromSource: false }
}

/** Whether any node the plan reads has a time (a turn, an event, a segment, a word): what the collector's `untimed` ends as. */
function hasTime(transcript: Transcript): boolean {
  for (const block of transcript.children) {
    if (block.type === 'break') continue
    if (block.time !== undefined) return true
    if (block.type !== 'turn') continue
    for (const paragraph of block.children) for (const node of paragraph.children) if (node.type === 'segment' || (node.type !== 'text' && node.time !== undefined)) return true
  }
  return false
}

/**
 * Unit times from core's `eachEstimatedTime`, the estimate every writer shares (source times kept,
 * the rest interpolated between them at the speaking rate): a unit runs from its first node's
 * start to its last node's end.
 */
function sharedTimes(transcript: Transcript, units: readonly Unit[], wordsPerMinute: number): ResolvedTime[] {
  const wanted = new Map<TimedNode, EstimatedTime | undefined>()
  const timed = (unit: Unit) => unit.start !== undefined && unit.end !== undefined && unit.end >= unit.start
  // Only the blocks around untimed units need estimating: each run of untimed units with the
  // blocks of the timed units on either side (the estimate between two source times depends only
  // on what lies between them), so a timed transcript with a few untimed events is not walked whole.
  const ranges: Array<[number, number]> = []
  for (let i = 0; i < units.length; i++) {
    if (timed(units[i]!)) continue
    let j = i
    while (j + 1 < units.length && !timed(units[j + 1]!)) j++
    const from = i > 0 ? units[i - 1]!.block_ : 0
    const to = j + 1 < units.length ? units[j + 1]!.block_ : transcript.children.length - 1
    const last = ranges[ranges.length - 1]
    if (last && from <= last[1]) last[1] = Math.max(last[1], to)
    else ranges.push([from, to])
    for (let k = i; k <= j; k++) {
      wanted.set(units[k]!.first_, undefined)
      wanted.set(units[k]!.last_, undefined)
    }
    i = j
  }
  const collect = (node: TimedNode, time: EstimatedTime) => {
    if (wanted.has(node)) wanted.set(node, time)
  }
  for (const [from, to] of ranges) {
    const part = from === 0 && to === transcript.children.length - 1 ? transcript : { ...transcript, children: transcript.children.slice(from, to + 1) }
    eachEstimatedTime(part, collect, { wordsPerSecond: wordsPerMinute / 60 })
  }
  return units.map((unit) => {
    if (timed(unit)) return { start: unit.start!, end: unit.end!, estimated: false }
    const first = wanted.get(unit.first_)!
    const last = wanted.get(unit.last_)!
    const start = first.start
    const end = Math.max(last.end, start)
    return { start, end, estimated: first.startSource !== 'source' || last.endSource !== 'source', startFromSource: first.startSource === 'source', endFromSource: last.endSource === 'source' }
  })
}

/** A turn while the collector reads it. */
interface TurnState {
  turn_: Turn
  /** The turn's block index. */
  index_: number
  voice_: string | null
  /** Untimed speech between fixed units gathers into one unit (each paragraph a new cue). */
  open_: Unit | undefined
  /** The turn has a segment or timed event of its own. */
  anyFixed_: boolean
  /** The first and last node of the speech gathered since the last fixed unit, and the shared clock where it started. */
  runFirst_: TimedNode | undefined
  runLast_: TimedNode | undefined
  runStart_: number
}

/** Reports a message of the plan (`info` unless said). */
type Report = (reason: string, ruleId: string, severity?: 'warning' | 'info') => void

/** Turns, segments and events -> units, each with its tokens, source times and speaking-time estimate. */
class UnitCollector {
  /** The units of the block being read. */
  private units_: Unit[] = []
  private pendingBreaks_: Array<string | undefined> = []
  private dataNodes_ = 0
  private droppedEvents_ = 0
  private declare readonly speakers_: Map<string, Speaker>
  private declare readonly keepEvents_: boolean
  private declare readonly secondsPerWord_: number
  private declare readonly prepare_: (text: string) => string
  private declare readonly special_: RegExp | undefined
  /** No node of the transcript has a time (so far). */
  untimed_ = true
  /** While `untimed`: the shared estimate's clock, the speaking time of every leaf so far (`speakingTime`, in document order). */
  private clock_ = 0
  private declare readonly speaking_: (value: string) => number
  /** The format's `special` pattern matches a space (none does: then a space text is skipped quickly). */
  private declare readonly spaceIsSpecial_: boolean

  // Assigned in the constructor, not parameter properties (esbuild would also declare those under
  // their unmangled names); `declare`: the build writes no empty declaration for them.
  private declare readonly transcript_: Transcript
  private declare readonly options_: CuePlanOptions
  private declare readonly report_: Report

  constructor(
    transcript: Transcript,
    options: CuePlanOptions,
    wordsPerMinute: number,
    report: Report,
  ) {
    this.transcript_ = transcript
    this.options_ = options
    this.report_ = report
    this.speakers_ = new Map(transcript.speakers.map((speaker) => [speaker.id, speaker]))
    this.keepEvents_ = (options.events ?? 'keep') === 'keep'
    this.secondsPerWord_ = 60 / wordsPerMinute
    this.prepare_ = options.prepareText ?? ((text) => text)
    this.special_ = options.special
    this.speaking_ = speakingTime({ wordsPerSecond: wordsPerMinute / 60 })
    this.spaceIsSpecial_ = this.special_?.test(this.prepare_(' ')) ?? false
  }

  /** A leaf passed in document order: the clock moves on by its speaking time while no time has been seen. */
  private pass_(leaf: { value: string; time?: unknown }): void {
    if (leaf.time !== undefined) this.untimed_ = false
    if (this.untimed_) this.clock_ += this.speaking_(leaf.value)
  }

  /** Reads every block; `take` gets the units of each block once the block is read (they are not kept). Returns the section breaks after the last unit. */
  collect_(take: (units: Unit[]) => void): Array<string | undefined> {
    const blocks = this.transcript_.children
    for (let index = 0; index < blocks.length; index++) {
      this.block_(blocks[index]!, index)
      if (this.units_.length > 0) {
        take(this.units_)
        this.units_ = []
      }
    }
    if (this.transcript_.data) this.dataNodes_++
    const { dataNodes_: dataNodes, droppedEvents_: droppedEvents, report_: report } = this
    if (dataNodes > 0) report(`${dataNodes} node${dataNodes === 1 ? ' has' : 's have'} \`data\`, which captions cannot hold: not written`, 'unsupported-content')
    if (droppedEvents > 0) report(`${droppedEvents} event${droppedEvents === 1 ? '' : 's'} not written (events: 'drop')`, 'unsupported-content')
    if (this.options_.voice === 'none' && this.transcript_.speakers.length > 0) report("speakers are not marked on cues (voice: 'none')", 'unsupported-content')
    return this.pendingBreaks_
  }

  private block_(block: Block, index: number): void {
    if (block.data) this.dataNodes_++
    if (block.type === 'break') {
      this.pendingBreaks_.push(block.title)
      return
    }
    if (block.type === 'event') {
      const start = this.clock_
      this.pass_(block)
      if (!this.keepEvents_) {
        this.droppedEvents_++
        return
      }
      const tokens = newTokens()
      this.addEvent_(tokens, block.value, 1)
      const unit = this.unit_(index, block, null, null, false, undefined, [tokens], Math.max(this.options_.minDuration ?? 5 / 6, 1.5))
      unit.untimedStart_ = start
      unit.untimedEnd_ = this.clock_
      this.time_(unit, block)
      return
    }
    this.turn_(block, index)
  }

  /** A new unit (after any section breaks waiting for one). */
  private unit_(block: number, node: TimedNode, speaker: string | null, voice: string | null, interpreted: boolean, language: string | undefined, paragraphs: Tokens[], estimate: number): Unit {
    const unit: Unit = { path: `children[${block}]`, first_: node, last_: node, block_: block, speaker_: speaker, voice_: voice, interpreted_: interpreted, language_: language, paragraphs_: paragraphs, estimate, fixed_: false, estimatedSource_: false, untimedStart_: this.clock_, untimedEnd_: this.clock_, breaksBefore_: this.pendingBreaks_ }
    this.pendingBreaks_ = []
    this.units_.push(unit)
    return unit
  }

  /** Give a fixed unit the time of a segment or event. */
  private time_(unit: Unit, node: { time?: { start: number; end?: number; source: string } }): void {
    if (!node.time) return
    unit.fixed_ = true
    unit.start = node.time.start
    if (node.time.end !== undefined) unit.end = node.time.end
    unit.estimatedSource_ = node.time.source !== 'source'
  }

  private turn_(turn: Turn, index: number): void {
    const state: TurnState = { turn_: turn, index_: index, voice_: this.voiceOf_(turn), open_: undefined, anyFixed_: false, runFirst_: undefined, runLast_: undefined, runStart_: 0 }
    if (turn.time) this.untimed_ = false
    for (const paragraph of turn.children) this.paragraph_(state, paragraph)
    this.finishTurn_(turn, index, state.anyFixed_)
  }

  /** The voice a turn's cues show (per the `voice` option), or null. */
  private voiceOf_(turn: Turn): string | null {
    const speaker = turn.speaker === null ? undefined : this.speakers_.get(turn.speaker)
    const voiceOption = this.options_.voice ?? 'display'
    if (!speaker || voiceOption === 'none') return null
    return voiceOption === 'label' ? (turn.label ?? speaker.name) : speaker.name
  }

  private turnUnit_(state: TurnState, node: TimedNode, paragraphs: Tokens[], estimate: number): Unit {
    const { turn_: turn } = state
    return this.unit_(state.index_, node, turn.speaker, state.voice_, turn.interpreted, turn.language, paragraphs, estimate)
  }

  /** A paragraph's untimed speech gathers into the turn's open unit; each segment or timed event becomes its own unit. */
  private paragraph_(state: TurnState, paragraph: Paragraph): void {
    if (paragraph.data) this.dataNodes_++
    let tokens = newTokens()
    let count = 0
    for (const node of paragraph.children) {
      if (node.data) this.dataNodes_++
      const timedEvent = node.type === 'event' && node.time !== undefined && this.keepEvents_
      if (node.type !== 'segment' && !timedEvent) {
        if (state.runFirst_ === undefined) state.runStart_ = this.clock_
        this.pass_(node)
        count += this.inline_(tokens, node)
        state.runFirst_ ??= node
        state.runLast_ = node
        continue
      }
      // A segment or a timed event: its own cue, at its time.
      this.untimed_ = false
      this.flush_(state, tokens, count)
      tokens = newTokens()
      count = 0
      state.open_ = undefined
      this.fixedUnit_(state, node)
    }
    this.flush_(state, tokens, count)
  }

  /** The speech gathered since the last fixed unit (`count` words) joins the turn's open unit as a paragraph. */
  private flush_(state: TurnState, tokens: Tokens, count: number): void {
    const first = state.runFirst_
    state.runFirst_ = undefined
    if (tokens.texts.length === 0 || first === undefined) return
    if (!state.open_) {
      state.open_ = this.turnUnit_(state, first, [], 0)
      state.open_.untimedStart_ = state.runStart_
    }
    const open = state.open_
    open.untimedEnd_ = this.clock_
    open.last_ = state.runLast_!
    open.paragraphs_.push(tokens)
    open.estimate += count * this.secondsPerWord_
  }

  /** A segment or a timed event: one fixed unit at its own time (none when it shows no word). */
  private fixedUnit_(state: TurnState, node: Segment | Event): void {
    // A fixed unit is never cut or timed by weight: no weights to keep.
    const own = newTokens(false)
    let ownCount = 0
    if (node.type === 'segment') {
      for (const child of node.children) {
        if (child.data) this.dataNodes_++
        ownCount += this.inline_(own, child)
      }
    } else ownCount = this.inline_(own, node)
    if (own.texts.length === 0) return
    const unit = this.turnUnit_(state, node, [own], Math.max(ownCount, 1) * this.secondsPerWord_)
    this.time_(unit, node as Event)
    state.anyFixed_ = true
  }

  /** A turn with no fixed unit is one unit timed by the turn; with fixed units, untimed speech between them is interpolated. */
  private finishTurn_(turn: Turn, index: number, anyFixed: boolean): void {
    const units = this.units_
    if (!anyFixed && turn.time) {
      const unit = units[units.length - 1]
      if (unit && unit.block_ === index) {
        unit.first_ = unit.last_ = turn
        unit.estimatedSource_ = turn.time.source !== 'source'
        unit.start = turn.time.start
        if (turn.time.end !== undefined) unit.end = turn.time.end
      }
    }
    for (let i = units.length - 1; i >= 0 && units[i]!.block_ === index; i--) {
      const unit = units[i]!
      if (!unit.fixed_ && unit.start === undefined) wordTimes(unit)
    }
  }

  /** Add an inline node's words; returns how many words it counts for the speaking-time estimate. */
  private inline_(tokens: Tokens, node: Inline): number {
    switch (node.type) {
      case 'event':
        if (!this.keepEvents_) {
          this.droppedEvents_++
          return 0
        }
        this.addEvent_(tokens, node.value, 6)
        return 1
      case 'word':
        return this.addText_(tokens, this.prepare_(node.value), node.time.start, node.time.end ?? NaN)
      case 'text':
        // The space between two words (most text nodes of a word-timed transcript): nothing to split or prepare.
        if (node.value === ' ' && !this.spaceIsSpecial_) {
          tokens.openEnd_ = false
          return 0
        }
        return this.addText_(tokens, this.prepare_(node.value), NaN, NaN)
      case 'segment': {
        // A segment is a unit of its own: its words never continue the words before or after it.
        tokens.openEnd_ = false
        let count = 0
        for (const child of node.children) count += this.inline_(tokens, child)
        tokens.openEnd_ = false
        return count
      }
    }
  }

  /** Words of `text` (split at whitespace); `time` (if a number) is the first word's start, `end` its end. */
  private addText_(tokens: Tokens, text: string, time: number, end: number): number {
    if (tokens.plain && this.special_?.test(text)) tokens.plain = false
    if (!Number.isNaN(time) && !Number.isNaN(tokens.pendingTime_)) this.report_('expected one word per timed word, found a timed word with no text before another: its time is left out', 'word-time-lost')
    if (!Number.isNaN(time)) {
      tokens.pendingTime_ = time
      tokens.pendingEnd_ = end
    }
    if (text === ' ') {
      tokens.openEnd_ = false
      return 0
    }
    if (!HAS_WHITESPACE.test(text)) {
      // One word (a timed word's value, mostly): no split, no array.
      if (text === '') return 0
      if (tokens.openEnd_ && tokens.texts.length > 0) {
        this.continueWord_(tokens, text)
        return 0
      }
      tokens.openEnd_ = true
      this.pushWord_(tokens, text)
      return 1
    }
    const words = text.split(WHITESPACE)
    let count = 0
    if (tokens.openEnd_ && words[0] !== '' && tokens.texts.length > 0) {
      this.continueWord_(tokens, words[0]!)
      words[0] = ''
    }
    tokens.openEnd_ = !endsInWhitespace(text)
    for (const word of words) {
      if (word === '') continue
      this.pushWord_(tokens, word)
      count++
    }
    return count
  }

  /** No space between this node and the last: one word as shown (its own time, if any, cannot start mid-word). */
  private continueWord_(tokens: Tokens, piece: string): void {
    const last = tokens.texts.length - 1
    tokens.texts[last] += piece
    if (tokens.weights_ !== NO_WEIGHTS) tokens.weights_[last]! += piece.length
    if (!Number.isNaN(tokens.pendingTime_)) {
      this.report_('expected timed words to be apart, found one written right after the previous word: its time is left out', 'word-time-lost')
      // The word as shown ends where its last piece ends.
      if (tokens.ends_ !== null && !Number.isNaN(tokens.pendingEnd_)) tokens.ends_[last] = tokens.pendingEnd_
      tokens.pendingTime_ = NaN
    }
  }

  private pushWord_(tokens: Tokens, word: string): void {
    if (!Number.isNaN(tokens.pendingTime_)) {
      tokens.times ??= new Array<number>(tokens.texts.length).fill(NaN)
      tokens.times.push(tokens.pendingTime_)
      // Ends only once a word has one (speech-to-text words; WebVTT timestamp tags have none).
      if (!Number.isNaN(tokens.pendingEnd_)) {
        tokens.ends_ ??= new Array<number>(tokens.texts.length).fill(NaN)
        tokens.ends_.push(tokens.pendingEnd_)
      } else tokens.ends_?.push(NaN)
      tokens.pendingTime_ = NaN
    } else if (tokens.times !== null) {
      tokens.times.push(NaN)
      tokens.ends_?.push(NaN)
    }
    tokens.texts.push(word)
    if (tokens.weights_ !== NO_WEIGHTS) tokens.weights_.push(word.length + 1)
    tokens.glued_?.push(false)
  }

  /** An event's words: a long description may wrap over lines like speech. */
  private addEvent_(tokens: Tokens, value: string, weight: number): void {
    const rendered = renderEvent(value)
    if (tokens.plain && this.special_?.test(rendered)) tokens.plain = false
    const parts = rendered.split(WHITESPACE).filter((part) => part !== '')
    tokens.glued_ ??= new Array<boolean>(tokens.texts.length).fill(false)
    parts.forEach((text, index) => {
      tokens.texts.push(text)
      tokens.times?.push(NaN)
      tokens.ends_?.push(NaN)
      if (tokens.weights_ !== NO_WEIGHTS) tokens.weights_.push(weight / parts.length)
      tokens.glued_!.push(index < parts.length - 1)
    })
    if (parts.length > 0) tokens.openEnd_ = true
  }
}

/** An untimed unit whose words carry times starts at its first timed word. */
function wordTimes(unit: Unit): void {
  for (const tokens of unit.paragraphs_) {
    if (!tokens.times) continue
    for (const time of tokens.times) {
      if (!Number.isNaN(time)) {
        unit.start = time
        return
      }
    }
  }
}

/** The word starts of the paragraph being cut, reused from paragraph to paragraph. */
let startsBuffer = new Float64Array(256)

/** Where each word starts, from the unit's time shared by weight; timed words are anchors, the words between them share the time between anchors. */
function wordStarts(tokens: Tokens, start: number, perWeight: number): Float64Array {
  const count = tokens.texts.length
  if (startsBuffer.length <= count) startsBuffer = new Float64Array(Math.max(count + 1, startsBuffer.length * 2))
  const starts = startsBuffer
  let clock = start
  for (let i = 0; i < count; i++) {
    starts[i] = clock
    clock += tokens.weights_[i]! * perWeight
  }
  starts[count] = clock
  const times = tokens.times
  if (!times) return starts
  // Between two anchors (or an anchor and the end), shift and scale the estimate onto them.
  let previous = -1
  for (let i = 0; i <= count; i++) {
    const anchor = i < count ? times[i]! : NaN
    if (Number.isNaN(anchor) && i < count) continue
    const anchorTime = i < count ? anchor : Math.max(starts[count]!, previous >= 0 ? starts[previous]! : starts[count]!)
    if (previous >= 0 && i - previous > 1) {
      const from = starts[previous]!
      const span = starts[i]! - starts[previous]!
      const target = anchorTime - from
      for (let k = previous + 1; k < i; k++) starts[k] = from + (span > 0 ? ((starts[k]! - starts[previous]!) / span) * target : 0)
    }
    if (i < count) starts[i] = anchor
    previous = i
  }
  for (let i = 1; i <= count; i++) if (starts[i]! < starts[i - 1]!) starts[i] = starts[i - 1]!
  return starts
}

/**
 * Units -> cues, unit by unit: fixed units whole (and merged when two speakers share one source
 * time), the rest cut to the limits. The last cue is held until the next one comes (a fixed unit
 * of the next block may join it as a part), then given to the settler.
 */
class CueCutter {
  /** The last cue made, not yet settled. */
  last_: PlannedCue | undefined
  /** It is an estimated cue whose start is a source time (a timed turn's first cue): settling never moves it. */
  private lastPinned_ = false
  /** It is the last cue of a unit whose end is a source time (a timed turn), in ms: settling keeps the unit's cues before it. */
  lastEndsAt_: number | undefined
  /** Source-timed cues over the lines or line length. */
  overLimits_ = 0
  /** Cues given more lines to hold an event whole. */
  longEvents_ = 0

  // Assigned in the constructor, not parameter properties (esbuild would also declare those under
  // their unmangled names); `declare`: the build writes no empty declaration for them.
  declare readonly limits_: Limits
  private declare readonly report_: Report
  private declare readonly settler_: Settler

  constructor(
    limits: Limits,
    report: Report,
    settler: Settler,
  ) {
    this.limits_ = limits
    this.report_ = report
    this.settler_ = settler
  }

  unit_(unit: Unit, time: ResolvedTime, previousUnit: Unit | undefined): void {
    if (unit.fixed_) cutFixed(this, unit, previousUnit, time, this.limits_)
    else cutSpeech(this, unit, time, this.limits_)
  }

  push_(cue: PlannedCue, pinned = false): void {
    if (this.last_ !== undefined) this.settler_.add_(this.last_, this.lastPinned_, this.lastEndsAt_)
    this.last_ = cue
    this.lastPinned_ = pinned
    this.lastEndsAt_ = undefined
  }

  finish_(): void {
    if (this.last_ !== undefined) this.settler_.add_(this.last_, this.lastPinned_, this.lastEndsAt_)
    this.last_ = undefined
    const { limits_: limits, longEvents_: longEvents, overLimits_: overLimits, report_: report } = this
    const over = (what: string, count: number, kept: string) => report(`expected ${what} within ${limits.maxLines_} lines of ${limits.maxLineLength_} characters, found ${count} longer: ${kept}`, 'caption-limits')
    if (longEvents > 0) over('events', longEvents, 'each written whole in one cue with more lines')
    if (overLimits > 0) over('source-timed cues', overLimits, 'written whole at their source times, wrapped to more lines')
    this.settler_.finish_()
  }
}

/**
 * A fixed unit: one cue at its times (cut at its words when it breaks the limits and its words
 * are timed), or one more part of the previous cue when another block's fixed unit has the same times.
 */
function cutFixed(state: CueCutter, unit: Unit, previousUnit: Unit | undefined, time: ResolvedTime, limits: Limits): void {
  const tokens = unit.paragraphs_[0]!
  const needed = linesNeededRange(tokens.texts, 0, tokens.texts.length, limits.maxLineLength_)
  const before = state.last_
  const labelled = unit.voice_ !== null && limits.labelWidth_ !== undefined && (before === undefined || before.parts[before.parts.length - 1]!.speaker !== unit.speaker_)
  const labelWidth = labelled ? limits.labelWidth_!(unit.voice_!) : 0
  const neededWithLabel = labelWidth > 0 ? linesNeededRange(tokens.texts, 0, tokens.texts.length, limits.maxLineLength_, labelWidth) : needed
  if (cutsAtWords(unit, tokens, time, neededWithLabel, limits)) {
    cutAtWords(unit, tokens, time, limits, state, labelWidth)
    return
  }
  // Break costs only when there are lines to break.
  if (needed > 1) tokens.gaps_ = gapCosts(tokens.texts, limits.rules_)
  if (needed > limits.maxLines_ || hasLongWord(tokens.texts, limits.maxLineLength_)) state.overLimits_++
  const part = makePart(unit, tokens, 0, tokens.texts.length, limits, Math.max(limits.maxLines_, needed))
  release(tokens)
  const source = time.estimated || unit.estimatedSource_ ? 'estimated' : 'source'
  const breaksBefore = unit.breaksBefore_
  const previous = state.last_
  if (previous && previousUnit?.fixed_ && previousUnit.block_ !== unit.block_ && breaksBefore.length === 0 && previous.start === ms(time.start) && previous.end === ms(time.end) && previous.source === source) {
    previous.parts.push(part)
    return
  }
  state.push_({ start: ms(time.start), end: ms(time.end), source, fixed: true, parts: [part], breaksBefore })
}

/** A unit of speech: each paragraph cut into cues to the limits, its time shared by weight (or by its words' times). */
function cutSpeech(state: CueCutter, unit: Unit, time: ResolvedTime, limits: Limits): void {
  let breaksBefore = unit.breaksBefore_
  let totalWeight = 0
  for (const paragraph of unit.paragraphs_) for (const weight of paragraph.weights_) totalWeight += weight
  const perWeight = totalWeight > 0 ? (time.end - time.start) / totalWeight : 0
  let clock = time.start
  let firstOfUnit = time.startFromSource !== false
  for (const tokens of unit.paragraphs_) {
    const starts = wordStarts(tokens, clock, perWeight)
    clock = starts[tokens.texts.length]!
    tokens.gaps_ = gapCosts(tokens.texts, limits.rules_)
    let from = 0
    for (const to of splitCues(tokens, starts, limits)) {
      // Only a cue holding an event longer than the cue's lines needs more lines.
      const lines = tokens.glued_ ? Math.max(limits.maxLines_, linesNeededRange(tokens.texts, from, to, limits.maxLineLength_)) : limits.maxLines_
      if (lines > limits.maxLines_) state.longEvents_++
      const cue: PlannedCue = { start: ms(starts[from]!), end: ms(starts[to]!), source: time.estimated || unit.estimatedSource_ ? 'estimated' : 'source', fixed: false, parts: [makePart(unit, tokens, from, to, limits, lines)], breaksBefore }
      state.push_(cue, firstOfUnit)
      firstOfUnit = false
      breaksBefore = NO_BREAKS
      from = to
    }
    release(tokens)
  }
  if ((!time.estimated || time.endFromSource === true) && state.last_ !== undefined) state.lastEndsAt_ = Math.round(time.end * 1000)
}

/** The gaps of tokens that are cut (shared, never written to). */
const NO_GAPS: number[] = []

/**
 * What only cutting needs (weights, break costs, event marks) is let go once a paragraph's cues are
 * made: the plan keeps its words alive until the format is written, and less kept is less for the
 * garbage collector to copy.
 */
function release(tokens: Tokens): void {
  tokens.weights_ = NO_WEIGHTS
  tokens.gaps_ = NO_GAPS
  tokens.glued_ = null
  tokens.ends_ = null
}

/**
 * A source segment is cut at its words, as a captioner cuts a unit of speech, when it breaks the
 * limits (more lines than `maxLines`, longer than `maxDuration`) and its words were timed by a
 * recogniser: every word with a start and an end (speech-to-text words). A caption file's cue (a
 * display unit, its timestamp tags marking only when words appear) is never cut.
 */
function cutsAtWords(unit: Unit, tokens: Tokens, time: ResolvedTime, needed: number, limits: Limits): boolean {
  if (tokens.ends_ === null || tokens.texts.length < 2 || time.estimated || unit.estimatedSource_) return false
  if (needed <= limits.maxLines_ && time.end - time.start <= limits.maxDuration_ + 1e-9) return false
  // Every word timed from start to end: a cut never needs a time the source does not give.
  const { times, ends_: ends } = tokens
  for (let k = 0; k < ends.length; k++) if (Number.isNaN(ends[k]!) || Number.isNaN(times![k]!)) return false
  return true
}

/** Where each word of a segment starts (its own time; never before the word before, for the cutter's clock), then the segment's end. */
function timedStarts(times: readonly number[], end: number): Float64Array {
  const count = times.length
  if (startsBuffer.length <= count) startsBuffer = new Float64Array(Math.max(count + 1, startsBuffer.length * 2))
  for (let k = 0; k < count; k++) startsBuffer[k] = k > 0 ? Math.max(times[k]!, startsBuffer[k - 1]!) : times[k]!
  startsBuffer[count] = Math.max(end, startsBuffer[count - 1]!)
  return startsBuffer
}

/** A pause before a word this long (seconds) makes a break there as good as after a comma; longer ones better still. */
const PAUSE = 0.3
/** The bonus of a break at a pause of one second or more (a sentence end scores -60). */
const PAUSE_BONUS = -50

/**
 * Cut a speech-to-text segment into cues at word boundaries, the way untimed speech is cut (line
 * and duration limits, sentence ends, clause breaks) and at pauses, avoiding cues read faster
 * than `maxCps`. Every cue takes its times from the source: the segment's start (first cue), the start of
 * its first word, and the start of the next cue's first word (or the segment's end) when that
 * keeps it within `maxDuration`, else its last word's end. Nothing is moved: the cues are `fixed`.
 */
function cutAtWords(unit: Unit, tokens: Tokens, time: ResolvedTime, limits: Limits, state: CueCutter, labelWidth: number): void {
  const { texts } = tokens
  const times = tokens.times!
  const ends = tokens.ends_!
  const count = texts.length
  const starts = timedStarts(times, time.end)
  const gaps = gapCosts(texts, limits.rules_)
  for (let k = 1; k < count; k++) {
    const pause = times[k]! - ends[k - 1]!
    if (pause >= PAUSE) gaps[k]! += PAUSE_BONUS * Math.min(1, pause)
  }
  tokens.gaps_ = gaps
  let from = 0
  let breaksBefore = unit.breaksBefore_
  for (const to of splitCues(tokens, starts, limits, { labelWidth_: labelWidth })) {
    const start = from === 0 ? time.start : times[from]!
    const next = to === count ? time.end : times[to]!
    const last = Math.min(next, Math.max(ends[to - 1]!, start))
    const end = next - start <= limits.maxDuration_ + 1e-9 ? next : last
    const lines = Math.max(limits.maxLines_, linesNeededRange(texts, from, to, limits.maxLineLength_))
    state.push_({ start: ms(start), end: ms(end), source: 'source', fixed: true, parts: [makePart(unit, tokens, from, to, limits, lines)], breaksBefore })
    breaksBefore = NO_BREAKS
    from = to
  }
  release(tokens)
}

function hasLongWord(texts: readonly string[], max: number): boolean {
  for (const text of texts) if (text.length > max) return true
  return false
}

/** Seconds rounded to the millisecond. */
function ms(seconds: number): number {
  return Math.round(seconds * 1000) / 1000
}

function makePart(unit: Unit, tokens: Tokens, from: number, to: number, limits: Limits, maxLines: number): CuePart {
  return {
    speaker: unit.speaker_,
    voice: unit.voice_,
    interpreted: unit.interpreted_,
    language: unit.language_,
    words: tokens,
    from,
    to,
    lineStarts: breakWithGaps(tokens.texts, from, to, limits.maxLineLength_, maxLines, limits.rules_.forbidden, tokens.gaps_),
  }
}

/** The section breaks of most cues: none (shared, frozen: a cue's list is only read). */
const NO_BREAKS: Array<string | undefined> = Object.freeze([]) as unknown as Array<string | undefined>

/** Options of the cue cutter for cues timed by their words (`cutAtWords`). */
interface TimedCut {
  /** The width of the label the format writes before the first word (0 for none). */
  labelWidth_: number
}

/** A cue timed by its words read faster than `maxCps` (only there: estimated cues are shown longer when settled). */
const CPS_COST = 120

/** Penalties of the cue cutter, next to the break costs of `BreakRules` (a cue ending after a sentence scores -60). */
const CUE_COST = 100
/** A cue of one or two words when its paragraph has more: avoided unless nothing else fits. */
const ORPHAN_COST = 400
/** A break inside a sentence that would fit one cue. */
const SPLIT_SENTENCE_COST = 250
/** A cue whose words take longer than `maxDuration` to say (slow speech): shown `maxDuration` only. */
const SLOW_COST = 150
/** Ending a cue at a cost this high (a name cut in two, after an article, inside an event) is never chosen when anything else fits. */
const NAME_BREAK = 300

const SENTENCE_END = /[.!?…]["'”’)\]]*$/
/** Abbreviations that end in a full stop without ending the sentence (`Mr. Finkel`). */
const ABBREVIATION = /^(?:mr|mrs|ms|dr|st|sr|jr|prof|gen|sen|rep|gov|sec|lt|col|sgt|capt|no|vs|u\.s|sra?|srta|dra?)\.$/i

function endsSentence(word: string): boolean {
  // Most words end in a letter: decided by the last code unit, without a regular expression.
  const last = word.charCodeAt(word.length - 1)
  if (last !== 46 && last !== 33 && last !== 63 && last !== 0x2026 && last !== 34 && last !== 39 && last !== 0x201d && last !== 0x2019 && last !== 41 && last !== 93) return false
  return SENTENCE_END.test(word) && !(last === 46 && word.length <= 5 && ABBREVIATION.test(word))
}

/**
 * Cut words into cues, best overall (dynamic programming over where cues end): every cue within
 * the line and duration limits, as few cues as possible, ending at good breaks (sentence end,
 * comma, before a conjunction; never after an article, inside a name or inside an event unless
 * nothing else fits), no cue of one or two words when its words can join a neighbour, and no
 * sentence that fits one cue cut in two. An event longer than a cue is kept whole (the cue gets
 * more lines). Returns where each cue ends (the next one starts there). Linear in the words times
 * the words a cue can hold.
 */
function splitCues(tokens: Tokens, starts: ArrayLike<number>, limits: Limits, timed: TimedCut | null = null, prune = true): number[] {
  const count = tokens.texts.length
  if (count === 0) return []
  const arrays = prepareCut(tokens, starts, limits, timed?.labelWidth_ ?? 0)
  const costs = cutCosts(limits, timed, count)
  const { endCost_: endCost, best_: best, back_: back, reach_: reach } = arrays
  // A cue never starts where ending the previous one costs a name break or more (after an
  // article, inside a name or an event), unless no cutting is possible otherwise (then all are tried).
  const skip = prune ? NAME_BREAK : Infinity
  for (let from = 0; from < count; from++) {
    if (endCost[from]! >= skip || best[from] === Infinity) reach[from] = from
    else tryCuesFrom(arrays, costs, from, count)
  }
  if (best[count] === Infinity && prune) return splitCues(tokens, starts, limits, timed, false)
  const ends: number[] = []
  for (let end = count; end > 0; end = back[end]!) ends.push(end)
  return ends.reverse()
}

/** What the cue cutter's costs depend on besides the words, for one paragraph. */
interface CutCosts {
  /** Cues timed by their words (see `cutAtWords`) are also judged by reading speed. */
  cpsCost_: number
  maxCps_: number
  maxLines_: number
  maxDuration_: number
  /** Cues of more than twice the duration limit are not considered (a bound on the work per word). */
  longest_: number
  orphan_: number
  overCost_: number
  fillWeight_: number
}

function cutCosts(limits: Limits, timed: TimedCut | null, count: number): CutCosts {
  const { maxLines_: maxLines, maxDuration_: maxDuration } = limits
  return {
    cpsCost_: timed === null ? 0 : CPS_COST,
    maxCps_: limits.maxCps_,
    maxLines_: maxLines,
    maxDuration_: maxDuration,
    longest_: maxDuration * 2,
    orphan_: count > 2 ? ORPHAN_COST : 0,
    overCost_: limits.rules_.forbidden,
    fillWeight_: 10 / (limits.maxLineLength_ * maxLines),
  }
}

/** Every cue starting at `from` worth trying: each end whose total cost beats the best so far is recorded in `best` and `back`. */
function tryCuesFrom(arrays: CutArrays, costs: CutCosts, from: number, count: number): void {
  const { prefix_: prefix, nextLine_: nextLine, at_: at, inEvent_: inEvent, endCost_: endCost, best_: best, back_: back, reach_: reach } = arrays
  const { cpsCost_: cpsCost, maxCps_: maxCps, maxLines_: maxLines, maxDuration_: maxDuration, longest_: longest, orphan_: orphan, overCost_: overCost, fillWeight_: fillWeight } = costs
  const base = best[from]! + CUE_COST
  const begin = at[from]!
  const before = prefix[from]! + 1
  // Ends a cue from here cannot win (see `dominatedUpTo`) are not tried.
  const dominated = dominatedUpTo(from, back, reach, endCost)
  // A cue of one word: always possible (an orphan when the paragraph has more). (A one-word cue
  // right after g's start, at g + 2, was an orphan for g: tried.)
  if (from + 1 > dominated || from + 1 < back[from]! + 3) {
    let cost = base - (prefix[from + 1]! - before) * fillWeight + endCost[from + 1]!
    if (at[from + 1]! - begin > maxDuration) cost += SLOW_COST
    cost += orphan
    if (cost < best[from + 1]!) {
      best[from + 1] = cost
      back[from + 1] = from
    }
  }
  // Longer cues, from the first end not dominated. Lines: greedy fill from `from` (`nextLine`).
  let to = Math.max(from + 2, dominated + 1)
  // The last end within the lines and `maxDuration` (no penalty): what later starts are compared with.
  let plain = to - 1
  // No end so far had a penalty (`reach` is the last of a run of ends without one).
  let clean = true
  let lines = 1
  let lineEnd = nextLine[from]!
  for (; to <= count; to++) {
    while (to - 1 >= lineEnd) {
      lines++
      lineEnd = nextLine[lineEnd]!
    }
    const over = lines > maxLines
    const span = at[to]! - begin
    // Beyond the lines only to finish an event.
    if ((over || span > longest) && inEvent[to - 1] === 0) break
    let cost = base - (prefix[to]! - before) * fillWeight + endCost[to]!
    if (over) cost += overCost
    // Speech slower than the cue can show (its time is cut to `maxDuration` when settled).
    if (span > maxDuration) cost += SLOW_COST
    else if (!over && clean) plain = to
    if (cpsCost > 0 && prefix[to]! - before > maxCps * span) {
      cost += cpsCost
      clean = false
    }
    if (to - from === 2) cost += orphan
    if (cost < best[to]!) {
      best[to] = cost
      back[to] = from
    }
  }
  reach[from] = plain
}

/**
 * The last cue end a cue starting at `from` need not try (`from` when none). A cue from `from`
 * ending at `to` costs exactly CUE_COST + fill weight + endCost[from] (+ penalties) more than the
 * cue from `g = back[from]` (the start of the best cue ending at `from`) ending at `to` (the fill
 * terms cancel): when that is at least 1, `g`'s cue, already tried, beats it wherever `g`'s cue
 * had no penalty (`reach[g]`: within the lines and `maxDuration`; 3 words or more, so no orphan).
 * Skipping those ends changes no cost and no choice (ties still go to the earliest start).
 */
function dominatedUpTo(from: number, back: Int32Array, reach: Int32Array, endCost: Float64Array): number {
  if (from === 0 || CUE_COST + endCost[from]! < 1 || !planning.dominance) return from
  const g = back[from]!
  const upTo = reach[g]!
  // Ends g + 1 and g + 2 were orphans for g's cue (a penalty): never dominated (the caller tries from + 1 = g + 2 itself).
  return upTo >= g + 3 ? upTo : from
}

/** Work arrays of the cue cutter, reused from paragraph to paragraph (grown when a paragraph is longer). */
interface CutArrays {
  size_: number
  /** Per start: the last end its cue reached within the lines and `maxDuration` (see `dominatedUpTo`). */
  reach_: Int32Array
  /** Characters of the words before k, each with the space after it. */
  prefix_: Float64Array
  /** Per word: where the next line starts when a line starts with it (greedy fill). */
  nextLine_: Int32Array
  at_: Float64Array
  inEvent_: Uint8Array
  endCost_: Float64Array
  best_: Float64Array
  back_: Int32Array
}

let cutArrays: CutArrays = allocateCut(256)

function allocateCut(size: number): CutArrays {
  return { size_: size, reach_: new Int32Array(size), prefix_: new Float64Array(size + 1), nextLine_: new Int32Array(size), at_: new Float64Array(size), inEvent_: new Uint8Array(size), endCost_: new Float64Array(size), best_: new Float64Array(size), back_: new Int32Array(size) }
}

/**
 * Per word and per cue end, what the cutter's inner loop reads: lengths, times, whether an event
 * goes on, and the cost of ending a cue there; `best` and `back` reset.
 */
function prepareCut(tokens: Tokens, starts: ArrayLike<number>, limits: Limits, labelWidth: number): CutArrays {
  const { texts, gaps_: gaps, glued_: glued } = tokens
  const count = texts.length
  if (cutArrays.size_ <= count) cutArrays = allocateCut(Math.max(count + 1, cutArrays.size_ * 2))
  const arrays = cutArrays
  const { prefix_: prefix, nextLine_: nextLine, at_: at, inEvent_: inEvent, endCost_: endCost } = arrays
  inEvent.fill(0, 0, count + 1)
  endCost.fill(0, 0, count + 1)
  markSentencesFitting(texts, limits, endCost)
  const forbidden = limits.rules_.forbidden * 2
  prefix[0] = 0
  for (let k = 0; k < count; k++) {
    prefix[k + 1] = prefix[k]! + texts[k]!.length + 1 + (k === 0 ? labelWidth : 0)
    at[k] = starts[k]!
    if (glued !== null && glued[k]) inEvent[k + 1] = 1
    if (k > 0) endCost[k] = gaps[k]! + (inEvent[k] === 1 ? forbidden : 0) + endCost[k]!
  }
  endCost[0] = 0
  endCost[count] = 0
  at[count] = starts[count]!
  // Greedy line fill as a table: a line starting at word i holds words up to nextLine[i] (at least one word).
  const max = limits.maxLineLength_
  let j = 0
  for (let i = 0; i < count; i++) {
    if (j < i + 1) j = i + 1
    while (j < count && prefix[j + 1]! - prefix[i]! - 1 <= max) j++
    nextLine[i] = j
  }
  arrays.best_.fill(Infinity, 0, count + 1)
  arrays.best_[0] = 0
  return arrays
}

/**
 * Adds `SPLIT_SENTENCE_COST` to `costs` at each break position k (between words k - 1 and k)
 * that falls inside a sentence that fits one cue (in characters and lines).
 */
function markSentencesFitting(texts: readonly string[], limits: Limits, costs: Float64Array): void {
  const { maxLineLength_: maxLineLength, maxLines_: maxLines } = limits
  const capacity = maxLineLength * maxLines
  let from = 0
  for (let k = 0; k < texts.length; k++) {
    if (k < texts.length - 1 && !endsSentence(texts[k]!)) continue
    // The sentence is texts[from..k].
    let chars = -1
    let lines = 1
    let width = -1
    for (let i = from; i <= k && chars <= capacity; i++) {
      const length = texts[i]!.length
      chars += length + 1
      if (width + 1 + length > maxLineLength && width >= 0) {
        lines++
        width = length
      } else width += 1 + length
    }
    if (chars <= capacity && lines <= maxLines) for (let i = from + 1; i <= k; i++) costs[i] = SPLIT_SENTENCE_COST
    from = k + 1
  }
}

/**
 * Final times, cue by cue in order; each cue is given on (`emit`) once its times are final.
 * Source cues (`fixed`) keep their times (out of order ones are reported; one that ends before it
 * starts ends 1 ms after). Estimated cues are laid out again, run by run between the times they
 * may not pass (a fixed cue, or the source start of a turn's first cue): each is shown long enough
 * to read (`minDuration`, `maxCps`) and at most `maxDuration`, in order, without overlapping the
 * previous one; when a run has less room than that, its cues share the room in proportion and an
 * info message (`reading-speed`) counts those read too fast. A run is held until the cue after it
 * comes (its start bounds the run); in a transcript with no time at all (`openEnded`) nothing can
 * come after the one run, so each cue is laid out and given on at once.
 */
class Settler {
  /** The estimated cues of the run being gathered, and what each shows (characters). */
  private run_: PlannedCue[] = []
  private shown_ = new Float64Array(64)
  private runPinned_ = false
  /** The source end (ms) of the turn whose last cue ends the run, once that cue came. */
  private runEndsAt_: number | undefined
  private previousStart_ = 0
  private previousEnd_ = 0
  /** An open-ended run: where the next cue may start (ms), or -1 before its first cue. */
  private cursor_ = -1
  private readonly counts_: SettleCounts = { moved_: 0, sourceOutOfOrder_: 0, widened_: 0 }
  private tooFast_ = 0

  // Assigned in the constructor, not parameter properties (esbuild would also declare those under
  // their unmangled names); `declare`: the build writes no empty declaration for them.
  private declare readonly limits_: Limits
  private declare readonly report_: Report
  private declare readonly emit_: (cue: PlannedCue) => void
  private declare readonly openEnded_: boolean

  constructor(
    limits: Limits,
    report: Report,
    emit: (cue: PlannedCue) => void,
    openEnded: boolean,
  ) {
    this.limits_ = limits
    this.report_ = report
    this.emit_ = emit
    this.openEnded_ = openEnded
  }

  add_(cue: PlannedCue, pinned: boolean, endsAt: number | undefined): void {
    const source = cue.fixed && cue.source === 'source'
    // A run ends before the next cue it may not pass, or with the last cue of a turn whose end is a source time.
    if (this.run_.length > 0 && (this.runEndsAt_ !== undefined || source || pinned)) this.close_(toMs(cue.start))
    if (source) return this.source_(cue)
    const shown = shownLength(cue)
    if (this.openEnded_) return this.forward_(cue, shown)
    const n = this.run_.length
    if (n === 0) this.runPinned_ = pinned
    if (this.shown_.length <= n) {
      const grown = new Float64Array(this.shown_.length * 2)
      grown.set(this.shown_)
      this.shown_ = grown
    }
    this.shown_[n] = shown
    this.run_.push(cue)
    this.runEndsAt_ = endsAt
  }

  finish_(): void {
    if (this.run_.length > 0) this.close_(Infinity)
    const { limits_: limits, report_: report, tooFast_: tooFast } = this
    const { moved_: moved, sourceOutOfOrder_: sourceOutOfOrder, widened_: widened } = this.counts_
    const early = (what: string, count: number, kept: string) => report(`expected ${what} times in order, found ${count} cue${count === 1 ? '' : 's'} starting before the previous one: ${kept}`, 'time-out-of-order', 'warning')
    if (moved > 0) early('turn', moved, 'moved to the previous start, as captions require')
    if (sourceOutOfOrder > 0) early('source', sourceOutOfOrder, 'kept at their source times')
    if (widened > 0) report(`expected source cues to end after they start, found ${widened} that do not: each ends 1 ms after its start`, 'time-moved', 'warning')
    if (tooFast > 0) report(`${tooFast} cue${tooFast === 1 ? '' : 's'} read faster than ${limits.maxCps_} characters per second: the source times leave no room to show them longer`, 'reading-speed')
  }

  private give_(cue: PlannedCue, shown: number): void {
    if (shown / (cue.end - cue.start) > this.limits_.maxCps_ + 1e-9) this.tooFast_++
    this.emit_(cue)
  }

  /** A source cue: at its own times. */
  private source_(cue: PlannedCue): void {
    const start = toMs(cue.start)
    let end = toMs(cue.end)
    if (start < this.previousStart_) this.counts_.sourceOutOfOrder_++
    if (end <= start) {
      end = start + 1
      this.counts_.widened_++
    }
    cue.start = start / 1000
    cue.end = end / 1000
    this.previousStart_ = start
    this.previousEnd_ = Math.max(this.previousEnd_, end)
    this.give_(cue, shownLength(cue))
  }

  /** The run gathered so far, laid out before `upper` (the next cue's start) and given on. */
  private close_(upper: number): void {
    const { run_: run, shown_: shown } = this
    const last = layRun(run, shown, 0, run.length, this.runPinned_, upper, this.runEndsAt_, this.previousStart_, this.previousEnd_, this.limits_, this.counts_)
    this.previousStart_ = last.start
    this.previousEnd_ = Math.max(this.previousEnd_, last.end)
    for (let k = 0; k < run.length; k++) this.give_(run[k]!, shown[k]!)
    run.length = 0
    this.runEndsAt_ = undefined
  }

  /** The next cue of an open-ended run, laid out as `layRun` lays it when nothing bounds the run (`layForward` alone). */
  private forward_(cue: PlannedCue, shown: number): void {
    let start: number
    if (this.cursor_ < 0) {
      let first = toMs(cue.start)
      if (first < this.previousStart_) {
        first = this.previousStart_
        this.counts_.moved_++
      }
      start = Math.max(first, this.previousEnd_)
    } else start = Math.max(toMs(cue.start), this.cursor_)
    const end = start + cueNeeds(cue, shown, this.limits_)
    this.cursor_ = end
    cue.start = start / 1000
    cue.end = end / 1000
    this.give_(cue, shown)
  }
}

/** What settling counts for its messages. */
interface SettleCounts {
  /** Estimated cues moved to keep starts in order. */
  moved_: number
  /** Source cues starting before the previous cue. */
  sourceOutOfOrder_: number
  /** Source cues that end before they start, widened to 1 ms. */
  widened_: number
}

/** The time (ms) an estimated cue needs on screen: long enough to read (`minDuration`, `maxCps`), at most `maxDuration`, and at least its own. */
function cueNeeds(cue: PlannedCue, shown: number, limits: Limits): number {
  const minMs = Math.ceil(limits.minDuration_ * 1000 - 1e-6)
  const maxMs = Math.floor(limits.maxDuration_ * 1000 + 1e-6)
  const own = toMs(cue.end) - toMs(cue.start)
  return Math.max(1, Math.min(maxMs, Math.max(minMs, Math.ceil((shown / limits.maxCps_) * 1000), own)))
}

function toMs(seconds: number): number {
  return Math.round(seconds * 1000)
}

/** Characters a cue shows (spaces between words included, line breaks not). */
function shownLength(cue: PlannedCue): number {
  let length = 0
  for (const part of cue.parts) {
    length += part.to - part.from - 1
    for (let k = part.from; k < part.to; k++) length += part.words.texts[k]!.length
  }
  return length
}

/** Work arrays of `layRun`, reused from run to run (a timed turn is a run: thousands of them). */
let runArrays = allocateRun(64)

function allocateRun(size: number): { starts: Float64Array; ends: Float64Array; needs: Float64Array } {
  return { starts: new Float64Array(size), ends: new Float64Array(size), needs: new Float64Array(size) }
}

/**
 * Lay out the estimated cues `from..to` (in milliseconds) before `upper`: forward, each at its
 * estimated start or after the previous cue, for the time it needs; then, if the run passes
 * `upper`, backward from it; if even that does not fit, the room is shared in proportion.
 * Returns the last cue's times.
 */
function layRun(
  cues: PlannedCue[],
  /** Characters each cue shows. */
  shown: Float64Array,
  from: number,
  to: number,
  pinnedStart: boolean,
  upper: number,
  /** The source end of the turn the run's cues belong to: no cue starts after it (a cue may end after it, into silence). */
  sourceEnd: number | undefined,
  previousStart: number,
  previousEnd: number,
  limits: Limits,
  counts: SettleCounts,
): { start: number; end: number } {
  const n = to - from
  if (runArrays.starts.length < n) runArrays = allocateRun(Math.max(n, runArrays.starts.length * 2))
  const { starts, ends, needs } = runArrays
  let first = toMs(cues[from]!.start)
  if (first < previousStart) {
    first = previousStart
    counts.moved_++
  }
  // The earliest the run may start: its own (source) start, or after the previous cue when there is room.
  const lowest = pinnedStart ? first : Math.max(first, previousEnd < upper ? previousEnd : previousStart)
  const total = layForward(cues, shown, from, n, lowest, limits)
  if (ends[n - 1]! > upper) {
    layBackward(n, upper)
    // Not enough room: share it in proportion to what each cue needs.
    if (starts[0]! < lowest) shareRoom(cues, from, n, lowest, Math.max(upper - lowest, n), total)
  }
  // The turn's speech would start past its source end: its cues share the turn's time instead.
  if (sourceEnd !== undefined && starts[n - 1]! > sourceEnd) shareTurn(cues, from, n, lowest, upper, sourceEnd, total)
  for (let k = 0; k < n; k++) {
    cues[from + k]!.start = starts[k]! / 1000
    cues[from + k]!.end = ends[k]! / 1000
  }
  return { start: starts[n - 1]!, end: ends[n - 1]! }
}

/**
 * Forward: each cue of the run at its estimated start or after the previous cue, for the time it
 * needs (`runArrays`: `needs`, `starts`, `ends`). Returns the total time needed.
 */
function layForward(cues: readonly PlannedCue[], shown: Float64Array, from: number, n: number, lowest: number, limits: Limits): number {
  const { starts, ends, needs } = runArrays
  let cursor = lowest
  let total = 0
  for (let k = 0; k < n; k++) {
    const cue = cues[from + k]!
    needs[k] = cueNeeds(cue, shown[from + k]!, limits)
    total += needs[k]!
    starts[k] = k === 0 ? lowest : Math.max(toMs(cue.start), cursor)
    ends[k] = starts[k]! + needs[k]!
    cursor = ends[k]!
  }
  return total
}

/** Backward from `upper`: each cue ends by the next one's start, starting early enough for what it needs. */
function layBackward(n: number, upper: number): void {
  const { starts, ends, needs } = runArrays
  let limit = upper
  for (let k = n - 1; k >= 0; k--) {
    ends[k] = Math.min(ends[k]!, limit)
    starts[k] = Math.min(starts[k]!, ends[k]! - needs[k]!)
    limit = starts[k]!
  }
}

/** The run's cues share `room` from `lowest` in proportion to what each needs; those given less are `squeezed`. */
function shareRoom(cues: PlannedCue[], from: number, n: number, lowest: number, room: number, total: number): void {
  const { starts, ends, needs } = runArrays
  let clock = lowest
  for (let k = 0; k < n; k++) {
    starts[k] = Math.round(clock)
    clock += (needs[k]! / total) * room
    ends[k] = Math.max(starts[k]! + 1, Math.round(clock))
    if (ends[k]! - starts[k]! < needs[k]!) cues[from + k]!.squeezed = true
  }
}

/**
 * The cues before the last share the turn's time up to its source end in proportion; the last
 * starts after them and ends by `upper`. Those given less than they need are `squeezed`.
 */
function shareTurn(cues: PlannedCue[], from: number, n: number, lowest: number, upper: number, sourceEnd: number, total: number): void {
  const { starts, ends, needs } = runArrays
  const room = Math.max(sourceEnd - lowest, 0)
  const before = total - needs[n - 1]!
  let clock = lowest
  for (let k = 0; k < n - 1; k++) {
    starts[k] = Math.round(clock)
    clock += before > 0 ? (needs[k]! / before) * room : 0
    ends[k] = Math.max(starts[k]! + 1, Math.round(clock))
    if (ends[k]! - starts[k]! < needs[k]!) cues[from + k]!.squeezed = true
  }
  starts[n - 1] = Math.max(Math.round(clock), n > 1 ? starts[n - 2]! : lowest)
  ends[n - 1] = Math.max(starts[n - 1]! + 1, Math.min(upper, starts[n - 1]! + needs[n - 1]!))
  if (ends[n - 1]! - starts[n - 1]! < needs[n - 1]!) cues[from + n - 1]!.squeezed = true
}
