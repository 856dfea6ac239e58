/**
 * Utterances (speech of one speaker from one cue) -> turns, paragraphs and events, built as the
 * utterances arrive. A turn is finished as soon as the next turn, event or section break starts,
 * and a paragraph's text is joined as it grows, so a long file never holds every utterance and
 * piece at once (they were most of the reader's garbage-collection work).
 */
import { slugifyId, type Block, type Inline, type Paragraph, type Phrasing, type Position, type Segment, type Speaker, type Timing, type Turn } from '@verbatim/core'
import { STAMP_BASE, STAMP_CHARS } from './cue-lines.js'
import { bracketEventKind } from '@verbatim/captions'
import { releaseTextBrackets } from '../brackets.js'
import type { WebVttCue } from '../types.js'

/** A piece of speech text with the cue it came from (for positions and times). */
export interface Piece {
  /** Whitespace collapsed, except that `raw` pieces may still hold LF for a space (see `Utterance.raw`). */
  text: string
  cue: WebVttCue
}

export interface Utterance {
  /** Display name; null for no or an anonymous speaker; undefined to continue the previous speaker. */
  speaker: string | null | undefined
  label: string | null
  /** A marker (`>>`, `- `, a new voice) says a new person speaks here. */
  forceNew: boolean
  interpreted: boolean
  language: string | undefined
  pieces: Piece[]
  /**
   * The pieces' text is already collapsed except for single LFs, which stand for spaces: the
   * reader's fast path for voiced cues, whose LFs are replaced once per paragraph instead of once
   * per piece. Such an utterance always has a speaker, so it is never tested for events alone.
   */
  raw: boolean
}

export interface TurnBuilderOptions {
  merge: boolean
  gap: number
  mainLanguage: string | undefined
  estimated: (cue: WebVttCue) => boolean
  /** Join pieces without a space between CJK characters (files without voices). */
  cjk: boolean
  /** Give nodes their positions (the read option `positions`). */
  positions: boolean
}

const CJK_END = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]$/u
const CJK_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u
/** No character of those scripts is below U+1100 (Hangul Jamo): most text is ruled out by one code unit. */
const CJK_FIRST = 0x1100

/** Whether no space goes between `before` and `after` (a CJK character on each side). */
function joinsCjk(before: string, after: string): boolean {
  return before.charCodeAt(before.length - 1) >= CJK_FIRST && after.charCodeAt(0) >= CJK_FIRST && CJK_END.test(before) && CJK_START.test(after)
}

const BRACKETS = /\[[^[\]\n]*\]|\([^()\n]*\)/g

function textNode(value: string, place: Position | undefined): Inline & Phrasing {
  return place ? { type: 'text', value, position: place } : { type: 'text', value }
}

/** Inline nodes of a paragraph's text: bracketed events become event nodes, spaces stay in text. */
export function inlines(text: string, place: Position | undefined): Inline[] {
  const nodes: Inline[] = []
  let from = 0
  BRACKETS.lastIndex = 0
  let match: RegExpExecArray | null
  if (text.indexOf('[') !== -1 || text.indexOf('(') !== -1) {
    while ((match = BRACKETS.exec(text)) !== null) {
      const value = match[0]
      const kind = bracketEventKind(value)
      if (kind === null) continue
      if (match.index > from) nodes.push(textNode(releaseTextBrackets(text.slice(from, match.index)), place))
      const event: Inline = { type: 'event', kind, value }
      if (place) event.position = place
      nodes.push(event)
      from = match.index + value.length
    }
  }
  if (from < text.length) nodes.push(textNode(releaseTextBrackets(from === 0 ? text : text.slice(from)), place))
  return nodes
}

const STAMP_CHARS_ALL = /* @__PURE__ */ (() => new RegExp(STAMP_CHARS.source, 'g'))()
const STAMP_SPLIT = /* @__PURE__ */ (() => new RegExp(`(${STAMP_CHARS.source})(\\s*)(\\S*?)(?=${STAMP_CHARS.source}|\\s|$)`, 'g'))()

/**
 * A segment's content from one piece of cue text: events and text as in `inlines`, and each
 * timestamp tag (a stamp character, see `cueRuns`) as a word node timed by the tag: the word is
 * the run of non-space characters that follows the tag (after any spaces, which stay text); further
 * words before the next tag stay text, since the tag times only the first. A word has a start and
 * no end: the source gives none (the next tag is where the next word starts, not where this one
 * ends). A tag inside an event's brackets is left out of the event's value.
 */
/**
 * The phrasing of a segment's text; stamp characters become timed words. A timestamp tag with no
 * word after it (`<00:00.500>` ending a cue) has no word to time: its time is returned, and kept
 * in the segment's `data.timestampsWithoutWord`.
 */
function phrasing(text: string, place: Position | undefined, stamps: readonly number[] | undefined, out: Phrasing[]): number[] {
  const wordless: number[] = []
  for (const node of inlines(text, place) as Phrasing[]) {
    if (stamps === undefined || stamps.length === 0 || !STAMP_CHARS.test(node.type === 'text' || node.type === 'event' ? node.value : '')) {
      out.push(node)
      continue
    }
    if (node.type === 'event') {
      node.value = node.value.replace(STAMP_CHARS_ALL, '')
      out.push(node)
      continue
    }
    const value = (node as { value: string }).value
    let from = 0
    STAMP_SPLIT.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = STAMP_SPLIT.exec(value)) !== null) {
      if (match.index > from) out.push(textNode(value.slice(from, match.index), place))
      if (match[2] !== '') out.push(textNode(match[2]!, place))
      const time = stamps[match[1]!.charCodeAt(0) - STAMP_BASE]
      if (match[3] !== '') {
        const word: Phrasing = { type: 'word', value: match[3]!, time: { start: time ?? 0, source: 'source' } }
        if (place) word.position = place
        out.push(word)
      } else if (time !== undefined) wordless.push(time)
      from = match.index + match[0].length
    }
    if (from < value.length) out.push(textNode(value.slice(from), place))
  }
  return wordless
}

/** Phrasing of the segment being closed, gathered here and copied out at its exact size. */
const scratch: Phrasing[] = []

/**
 * Read the open segment's text into its children. The children array is made at its final size:
 * an array filled by `push` from empty reserves 17 slots, which for a million one-node segments
 * was a fifth of the transcript's memory.
 */
function closeSegment(paragraph: OpenParagraph): void {
  const segment = paragraph.segment
  if (segment === undefined) return
  paragraph.segment = undefined
  const place = segment.position
  if (paragraph.segmentPlain) {
    segment.children = [textNode(paragraph.segmentText, place)]
    return
  }
  scratch.length = 0
  const wordless = phrasing(paragraph.segmentText, place, paragraph.stamps, scratch)
  segment.children = scratch.length === 1 ? [scratch[0]!] : scratch.slice()
  scratch.length = 0
  if (wordless.length > 0) segment.data = { ...segment.data, timestampsWithoutWord: wordless }
}

function span(first: WebVttCue, last: WebVttCue): Position {
  return { start: (first.textPosition ?? first.position).start, end: (last.textPosition ?? last.position).end }
}

/** A paragraph being filled: its segments so far and the cues it spans. */
interface OpenParagraph {
  children: Inline[]
  /** The segment of the last cue, and its text so far (more text of the same cue joins it; read into nodes when the segment ends). */
  segment: Segment | undefined
  segmentText: string
  /** The segment's text is plain (no events, held brackets or stamps): one text node. */
  segmentPlain: boolean
  stamps: readonly number[] | undefined
  /** The last piece's text (whether a space goes before the next one). */
  lastText: string
  first: WebVttCue
  last: WebVttCue
}

function openParagraph(cue: WebVttCue): OpenParagraph {
  return { children: [], segment: undefined, segmentText: '', segmentPlain: false, stamps: undefined, lastText: '', first: cue, last: cue }
}

/** A turn being filled: what the finished turn needs, gathered piece by piece. */
interface OpenTurn {
  speaker: string | null
  label: string | null
  interpreted: boolean
  language: string | undefined
  paragraphs: Paragraph[]
  paragraph: OpenParagraph
  firstCue: WebVttCue
  end: number
  anyEstimated: boolean
}

function hasBracket(piece: Piece): boolean {
  return piece.text.indexOf('[') !== -1 || piece.text.indexOf('(') !== -1
}

export class TurnBuilder {
  readonly speakers: Speaker[] = []
  readonly children: Block[] = []
  private readonly options: TurnBuilderOptions
  private readonly byName = new Map<string, Speaker>()
  private readonly taken = new Set<string>()
  private current: OpenTurn | undefined
  private lastSpeaker: string | null = null
  private lastLabel: string | null = null

  constructor(options: TurnBuilderOptions) {
    this.options = options
  }

  /** A section break (`NOTE Section break`) between cues. */
  addBreak(title: string | undefined, position: Position): void {
    this.finishTurn()
    const node: Block = title === undefined ? { type: 'break' } : { type: 'break', title }
    if (this.options.positions) node.position = position
    this.children.push(node)
  }

  /** Add an utterance; `stamps` are the times of the timestamp tags its pieces' text marks (see `cueRuns`). */
  add(utterance: Utterance, stamps?: readonly number[]): void {
    const pieces = utterance.pieces
    if (pieces.length === 0) return
    const raw = utterance.raw
    if (utterance.speaker == null && !raw && this.addEvents(pieces)) return
    const turn = this.turnFor(utterance.speaker, utterance.label, utterance.forceNew, utterance.interpreted, utterance.language, pieces[0]!.cue)
    for (const piece of pieces) this.append(turn, piece.text, piece.cue, raw, stamps, false)
  }

  /**
   * `add` of one cue's lines without speaker markers, events, markup or stamps (see `scanCue`):
   * `speaker` from a `Name: ` prefix, or undefined to continue the current one. `first` is the
   * first line's text (after the prefix), `lines` the cue's lines (the first not read).
   */
  addLines(speaker: string | undefined, cue: WebVttCue, first: string, lines: readonly string[]): void {
    const turn = this.turnFor(speaker, speaker ?? null, false, false, undefined, cue)
    this.append(turn, first, cue, false, undefined, true)
    for (let i = 1; i < lines.length; i++) this.append(turn, lines[i]!, cue, false, undefined, true)
  }

  /** A sound description alone between speech: events between turns, with the cue's time. False when the pieces hold speech. */
  private addEvents(pieces: readonly Piece[]): boolean {
    // An utterance comes from one cue; its pieces are its lines. Events need brackets.
    if (!pieces.some(hasBracket)) return false
    let text = pieces[0]!.text
    for (let i = 1; i < pieces.length; i++) text += ' ' + pieces[i]!.text
    const nodes = inlines(text, undefined)
    if (!nodes.every((node) => node.type === 'event')) return false
    this.finishTurn()
    const cue = pieces[0]!.cue
    const place = this.options.positions ? span(cue, cue) : undefined
    for (const node of nodes) {
      if (place) node.position = place
      node.time = this.timing(cue)
      this.children.push(node)
    }
    return true
  }

  /** The cue's times; an end before the start (which browsers accept) is left out, and CueTimes says so. */
  private timing(cue: WebVttCue): Timing {
    const source = this.options.estimated(cue) ? 'estimated' : 'source'
    return cue.end >= cue.start ? { start: cue.start, end: cue.end, source } : { start: cue.start, source }
  }

  /**
   * `add` of a raw utterance of one piece (`<v Name>text</v>`, the common cue), without making
   * the utterance, its piece array and its piece.
   */
  addVoiced(voice: string, interpreted: boolean, text: string, cue: WebVttCue): void {
    this.append(this.turnFor(voice, voice, false, interpreted, undefined, cue), text, cue, true, undefined, false)
  }

  /** The turn the next speech goes to: the open one, or a new one when the speaker or kind changes. */
  private turnFor(utteranceSpeaker: string | null | undefined, utteranceLabel: string | null, forceNew: boolean, interpreted: boolean, language: string | undefined, next: WebVttCue): OpenTurn {
    const speaker: string | null = utteranceSpeaker === undefined ? this.lastSpeaker : utteranceSpeaker
    const label: string | null = utteranceSpeaker === undefined ? this.lastLabel : utteranceLabel
    this.lastSpeaker = speaker
    this.lastLabel = label
    const current = this.current
    if (current !== undefined && this.options.merge && !forceNew && current.speaker === speaker && current.interpreted === interpreted && current.language === language) {
      const previous = current.paragraph.last
      if (next !== previous && next.start - previous.end >= this.options.gap) {
        current.paragraphs.push(this.paragraphNode(current.paragraph))
        current.paragraph = openParagraph(next)
      }
      return current
    }
    this.finishTurn()
    const turn: OpenTurn = {
      speaker,
      label,
      interpreted,
      language,
      paragraphs: [],
      paragraph: openParagraph(next),
      firstCue: next,
      end: next.end,
      anyEstimated: false,
    }
    this.current = turn
    return turn
  }

  /** One cue's text of the turn: a segment with the cue's time (text more of the same cue joins it). */
  private append(turn: OpenTurn, rawText: string, cue: WebVttCue, raw: boolean, stamps: readonly number[] | undefined, plain: boolean): void {
    const paragraph = turn.paragraph
    const text = raw && rawText.indexOf('\n') !== -1 ? rawText.replaceAll('\n', ' ') : rawText
    const place = this.options.positions ? (cue.textPosition ?? cue.position) : undefined
    const children = paragraph.children
    const spaced = paragraph.lastText !== '' && !(this.options.cjk && joinsCjk(paragraph.lastText, text))
    if (paragraph.segment !== undefined && paragraph.last === cue) {
      paragraph.segmentText += spaced ? ' ' + text : text
      if (!plain) paragraph.segmentPlain = false
    } else {
      closeSegment(paragraph)
      if (spaced) children.push(textNode(' ', place))
      const segment: Segment = place ? { type: 'segment', time: this.timing(cue), children: [], position: place } : { type: 'segment', time: this.timing(cue), children: [] }
      children.push(segment)
      paragraph.segment = segment
      paragraph.segmentText = text
      paragraph.segmentPlain = plain
      paragraph.stamps = stamps
    }
    paragraph.lastText = text
    paragraph.last = cue
    if (cue.end > turn.end) turn.end = cue.end
    if (!turn.anyEstimated && this.options.estimated(cue)) turn.anyEstimated = true
  }

  /** Finish the open turn; call once after the last utterance. */
  finish(): void {
    this.finishTurn()
  }

  private paragraphNode(paragraph: OpenParagraph): Paragraph {
    closeSegment(paragraph)
    const children = paragraph.children
    return this.options.positions ? { type: 'paragraph', children, position: span(paragraph.first, paragraph.last) } : { type: 'paragraph', children }
  }

  private finishTurn(): void {
    const draft = this.current
    if (!draft) return
    this.current = undefined
    let speakerId: string | null = null
    if (draft.speaker !== null && draft.speaker !== '') {
      let speaker = this.byName.get(draft.speaker)
      if (!speaker) {
        const id = slugifyId(draft.speaker, this.taken)
        this.taken.add(id)
        speaker = { id, name: draft.speaker, role: 'unknown', aliases: [], group: false }
        this.byName.set(draft.speaker, speaker)
        this.speakers.push(speaker)
      }
      if (draft.label !== null && !speaker.aliases.includes(draft.label)) speaker.aliases.push(draft.label)
      speakerId = speaker.id
    }
    draft.paragraphs.push(this.paragraphNode(draft.paragraph))
    const firstCue = draft.firstCue
    const lastCue = draft.paragraph.last
    const label = speakerId === null ? null : draft.label
    const time: Timing = { start: firstCue.start, end: Math.max(draft.end, firstCue.start), source: draft.anyEstimated ? 'estimated' : 'source' }
    // One paragraph (most turns) in an array of its size, not the 17 slots push reserved; the position in the
    // literal, so that it is a field of the object, not of a second store. (Copying every pushed array to its
    // size was measured 10-25% slower for SubRip, whose builder is the same: not done.)
    const children = draft.paragraphs.length === 1 ? [draft.paragraphs[0]!] : draft.paragraphs
    const turn: Turn = this.options.positions
      ? { type: 'turn', speaker: speakerId, label, interpreted: draft.interpreted, time, children, position: { start: firstCue.position.start, end: lastCue.position.end } }
      : { type: 'turn', speaker: speakerId, label, interpreted: draft.interpreted, time, children }
    const language = draft.language
    if (language !== undefined && language !== '' && language !== this.options.mainLanguage) turn.language = language
    this.children.push(turn)
  }
}
