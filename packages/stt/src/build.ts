/**
 * The one place where a speech-to-text result becomes a transcript. Each reader turns its
 * service's JSON into units (the service's segments, sentences or utterances, each with its times,
 * its speaker label and its words); the builder makes a `segment` of each unit and a `word` of each
 * word, starts a turn where the speaker changes and a paragraph where the service starts one (or,
 * when it gives none, after a silence), and makes registry entries of the service's labels.
 */
import { MODEL_VERSION, slugifyId, type Inline, type Metadata, type Paragraph, type Phrasing, type Segment, type Speaker, type Timing, type Transcript, type Turn, type Word } from '@verbatim/core'
import type { Path, ReadContext, Where } from './read-context.js'

export interface SttWord {
  /** The word as the service punctuates it. */
  value: string
  start: number | undefined
  end: number | undefined
  confidence?: number | undefined
  /** True when no space goes before the word (a token that continues the previous one). */
  glue?: boolean
  path: Path
}

export interface Unit {
  start: number | undefined
  end: number | undefined
  /** The service's speaker label as a string (`0`, `A`, `spk_0`, `SPEAKER_00`, `AGENT`), or undefined. */
  speaker: string | undefined
  /** The speaker's name when the service gives one (Rev.ai `speaker_name`). */
  speakerName?: string | undefined
  words: SttWord[]
  /** The unit's text, when the service gives no words. */
  text?: string
  /** True: the service starts a paragraph here; false: it does not; undefined: after a silence. */
  paragraph?: boolean | undefined
  /** Where the unit is: its JSON path, or its offset in a text (HTML). */
  path: Where
  /**
   * The unit's words and the spaces between them as the transcript's nodes, made by the reader
   * itself (`ReadContext.word`), so that no other object is made per word; `words` is then empty.
   */
  nodes?: Phrasing[]
  /** With `nodes`: the first start and the latest end of its words (what `words` give otherwise), and how many words were read. */
  wordStart?: number | undefined
  wordEnd?: number | undefined
  wordCount?: number
}

/**
 * A word of a unit made its node at once (`Unit.nodes`), a space before it unless `glue`; the
 * unit's word times (`wordStart`, `wordEnd`) kept. An empty word adds only its times. `key`: the
 * word's key in `parent`, its JSON path made only when a message needs it.
 */
export function addWord(unit: Unit, value: string, start: number | undefined, end: number | undefined, confidence: number | undefined, glue: boolean, context: ReadContext, parent: Path, key?: string | number): void {
  unit.wordCount!++
  if (start !== undefined && unit.wordStart === undefined) unit.wordStart = start
  if (end !== undefined && (unit.wordEnd === undefined || end > unit.wordEnd)) unit.wordEnd = end
  if (value === '') return
  const nodes = unit.nodes!
  if (nodes.length > 0 && !glue) nodes.push({ type: 'text', value: ' ' })
  nodes.push(context.word(value, start, end, confidence, parent, key))
}

export interface BuildOptions {
  /** Start a paragraph after a silence of at least this many seconds, where the service gives no paragraphs. */
  paragraphGap: number
}

/** A readable name for a service's label: `0` -> `Speaker 1`, `spk_1` and `SPEAKER_01` -> `Speaker 2`, `A` -> `Speaker A`, `AGENT` -> `Agent`. */
export function speakerName(label: string): string {
  const number = /^(?:spk_|speaker_?|s)?(\d+)$/i.exec(label)
  if (number) return `Speaker ${Number(number[1]) + 1}`
  if (/^[A-Z]$/.test(label)) return `Speaker ${label}`
  if (/^[A-Z_]{2,}$/.test(label)) return label.charAt(0) + label.slice(1).toLowerCase().replace(/_/g, ' ')
  return label
}

export class TranscriptBuilder {
  private readonly speakers: Speaker[] = []
  private readonly turns: Turn[] = []
  private readonly byLabel = new Map<string, Speaker>()
  private readonly taken = new Set<string>()
  private turn: Turn | undefined
  private turnLabel: string | undefined
  private paragraph: Paragraph | undefined
  private lastEnd = -Infinity
  private previousTurnStart = 0

  constructor(
    private readonly context: ReadContext,
    private readonly options: BuildOptions,
  ) {}

  add(unit: Unit): void {
    if (!this.turn || unit.speaker !== this.turnLabel) this.startTurn(unit)
    const time = this.unitTime(unit)
    const newParagraph = unit.paragraph ?? (time !== undefined && time.start - this.lastEnd >= this.options.paragraphGap)
    if (!this.paragraph || newParagraph) {
      this.paragraph = { type: 'paragraph', children: [] }
      this.turn!.children.push(this.paragraph)
    } else this.paragraph.children.push({ type: 'text', value: ' ' })
    const children = this.phrasing(unit)
    if (time === undefined) {
      this.context.report('A segment has no time (no valid time of its own or of its words); its speech is kept untimed', 'untimed-segment', unit.path)
      this.paragraph.children.push(...(children as Inline[]))
      return
    }
    const segment: Segment = { type: 'segment', time, children }
    this.paragraph.children.push(segment)
    this.lastEnd = Math.max(this.lastEnd, time.end ?? time.start)
    this.timeTurn(time)
  }

  finish(meta: Metadata): Transcript {
    return { type: 'transcript', version: MODEL_VERSION, meta, speakers: this.speakers, children: this.turns }
  }

  private startTurn(unit: Unit): void {
    const label = unit.speaker
    const speaker = label === undefined ? undefined : this.speaker(label, unit.speakerName)
    // A service's label (`spk_0`) is no written label: it stays in the speaker's aliases. A name the source wrote (Podcasting 2.0, Rev.ai `speaker_name`) is.
    this.turn = { type: 'turn', speaker: speaker?.id ?? null, label: unit.speakerName ?? null, interpreted: false, children: [] }
    this.turnLabel = label
    this.paragraph = undefined
    this.turns.push(this.turn)
  }

  private speaker(label: string, name: string | undefined): Speaker {
    let speaker = this.byLabel.get(label)
    if (!speaker) {
      const display = name ?? speakerName(label)
      const id = slugifyId(display, this.taken)
      this.taken.add(id)
      // The name first: it is the label every writer writes (plain text takes the first alias), and it reads back; then the service's own label.
      speaker = { id, name: display, role: 'unknown', aliases: display === label ? [label] : [display, label], group: false }
      this.byLabel.set(label, speaker)
      this.speakers.push(speaker)
    }
    return speaker
  }

  /** The unit's own times, else its words' (first start to last end). */
  private unitTime(unit: Unit): Timing | undefined {
    let start = unit.start
    let end = unit.end
    if (unit.nodes) {
      start ??= unit.wordStart
      end ??= unit.wordEnd
    }
    if (start === undefined) start = unit.words.find((word) => word.start !== undefined)?.start
    if (end === undefined) for (const word of unit.words) if (word.end !== undefined && (end === undefined || word.end > end)) end = word.end
    if (start === undefined) return undefined
    if (end !== undefined && end < start) {
      this.context.report(`A segment ends (${end}s) before it starts (${start}s); its end is read as its start`, 'end-before-start', unit.path, { actual: end })
      end = start
    }
    return end === undefined ? { start, source: 'source' } : { start, end, source: 'source' }
  }

  private phrasing(unit: Unit): Phrasing[] {
    if (unit.nodes && unit.wordCount! > 0) return unit.nodes
    if (unit.words.length === 0) return unit.text ? [{ type: 'text', value: unit.text.trim() }] : []
    const out: Phrasing[] = []
    for (const word of unit.words) {
      if (word.value === '') continue
      if (out.length > 0 && !word.glue) out.push({ type: 'text', value: ' ' })
      out.push(this.context.word(word.value, word.start, word.end, word.confidence, word.path))
    }
    return out
  }

  /** A turn's time: its first segment's start to the latest end; none when it would start before the previous turn. */
  private timeTurn(time: Timing): void {
    const turn = this.turn!
    const end = time.end ?? time.start
    if (turn.time) {
      if (end > (turn.time.end ?? -Infinity)) turn.time.end = end
      return
    }
    if (time.start >= this.previousTurnStart) {
      turn.time = { start: time.start, end, source: 'source' }
      this.previousTurnStart = time.start
    }
  }
}
