/**
 * Utterances (speech of one speaker from one cue) -> turns, paragraphs and events, built as the
 * utterances arrive. A turn is finished as soon as the next turn, event or section break starts,
 * and a paragraph's text is joined as it grows, so a long file never holds every utterance and
 * piece at once (they were most of the reader's garbage-collection work).
 */
import { slugifyId, type Block, type Inline, type Paragraph, type Position, type Speaker, type Turn } from '@verbatim/core'
import { eventKind, isEventContent, releaseTextBrackets } from './events.js'
import type { WebVttCue } from './types.js'

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
}

const CJK_END = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]$/u
const CJK_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u
const BRACKETS = /\[[^[\]\n]*\]|\([^()\n]*\)/g

/**
 * The text joined so far, with a space between pieces; in files without voices (ASR, subtitles),
 * not between two CJK characters, since Chinese and Japanese captions are cut without spaces.
 * Files with voices (and this package's output) are cut at spaces, so there a space is always right.
 */
class JoinedText {
  text = ''
  private last = ''
  /** Some piece may hold LFs standing for spaces. */
  private raw = false

  add(piece: string, raw: boolean, cjk: boolean): void {
    if (this.text === '') this.text = piece
    // The joined text ends with the last piece, so only that piece's end needs testing.
    else this.text += (cjk && CJK_END.test(this.last) && CJK_START.test(piece) ? '' : ' ') + piece
    this.last = piece
    if (raw) this.raw = true
  }

  value(): string {
    return this.raw ? this.text.replaceAll('\n', ' ') : this.text
  }
}

function joinPieces(pieces: readonly Piece[], raw: boolean, cjk: boolean): string {
  const joined = new JoinedText()
  for (const piece of pieces) joined.add(piece.text, raw, cjk)
  return joined.value()
}

function textNode(value: string, place: Position | undefined): Inline {
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
      if (!isEventContent(value.slice(1, -1), value[0] as '[' | '(')) continue
      if (match.index > from) nodes.push(textNode(releaseTextBrackets(text.slice(from, match.index)), place))
      const event: Inline = { type: 'event', kind: eventKind(value.slice(1, -1)), value }
      if (place) event.position = place
      nodes.push(event)
      from = match.index + value.length
    }
  }
  if (from < text.length) nodes.push(textNode(releaseTextBrackets(from === 0 ? text : text.slice(from)), place))
  return nodes
}

function span(first: WebVttCue, last: WebVttCue): Position {
  return { start: (first.textPosition ?? first.position).start, end: (last.textPosition ?? last.position).end }
}

/** A paragraph being filled: its text so far and the cues it spans. */
interface OpenParagraph {
  joined: JoinedText
  first: WebVttCue
  last: WebVttCue
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
    this.children.push(title === undefined ? { type: 'break', position } : { type: 'break', title, position })
  }

  add(utterance: Utterance): void {
    const pieces = utterance.pieces
    if (pieces.length === 0) return
    const raw = utterance.raw
    if (utterance.speaker == null && !raw) {
      const text = joinPieces(pieces, false, this.options.cjk)
      if (inlines(text, undefined).every((node) => node.type === 'event')) {
        // A sound description alone between speech: an event between turns.
        this.finishTurn()
        const place = span(pieces[0]!.cue, pieces[pieces.length - 1]!.cue)
        for (const node of inlines(text, place)) if (node.type === 'event') this.children.push(node)
        return
      }
    }
    const turn = this.turnFor(utterance.speaker, utterance.label, utterance.forceNew, utterance.interpreted, utterance.language, pieces[0]!.cue)
    for (const piece of pieces) this.append(turn, piece.text, piece.cue, raw)
  }

  /**
   * `add` of a raw utterance of one piece (`<v Name>text</v>`, the common cue), without making
   * the utterance, its piece array and its piece.
   */
  addVoiced(voice: string, interpreted: boolean, text: string, cue: WebVttCue): void {
    this.append(this.turnFor(voice, voice, false, interpreted, undefined, cue), text, cue, true)
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
        current.paragraph = { joined: new JoinedText(), first: next, last: next }
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
      paragraph: { joined: new JoinedText(), first: next, last: next },
      firstCue: next,
      end: next.end,
      anyEstimated: false,
    }
    this.current = turn
    return turn
  }

  private append(turn: OpenTurn, text: string, cue: WebVttCue, raw: boolean): void {
    const paragraph = turn.paragraph
    paragraph.joined.add(text, raw, this.options.cjk)
    paragraph.last = cue
    if (cue.end > turn.end) turn.end = cue.end
    if (!turn.anyEstimated && this.options.estimated(cue)) turn.anyEstimated = true
  }

  /** Finish the open turn; call once after the last utterance. */
  finish(): void {
    this.finishTurn()
  }

  private paragraphNode(paragraph: OpenParagraph): Paragraph {
    const place = span(paragraph.first, paragraph.last)
    return { type: 'paragraph', children: inlines(paragraph.joined.value(), place), position: place }
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
    const turn: Turn = {
      type: 'turn',
      speaker: speakerId,
      label: speakerId === null ? null : draft.label,
      interpreted: draft.interpreted,
      time: { start: firstCue.start, end: Math.max(draft.end, firstCue.start), source: draft.anyEstimated ? 'estimated' : 'source' },
      children: draft.paragraphs,
      position: { start: firstCue.position.start, end: lastCue.position.end },
    }
    const language = draft.language
    if (language !== undefined && language !== '' && language !== this.options.mainLanguage) turn.language = language
    this.children.push(turn)
  }
}
