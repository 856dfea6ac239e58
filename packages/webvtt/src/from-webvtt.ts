/**
 * WebVTT -> transcript. Built on `parseWebVtt` (tolerant by default): cues become utterances
 * (one per voice run or speaker marker), utterances of one speaker merge into turns, bracketed
 * sound descriptions become events, and NOTE, STYLE, REGION and header blocks go to metadata.
 */
import {
  MODEL_VERSION,
  slugifyId,
  type Block,
  type Inline,
  type Metadata,
  type Note,
  type Paragraph,
  type Position,
  type Speaker,
  type Transcript,
  type Turn,
  type VerbatimMessage,
} from '@verbatim/core'
import { cueRuns } from './cue-lines.js'
import { eventKind, isEventContent, releaseTextBrackets } from './events.js'
import { message } from './message.js'
import { parseMetadataNote, speakerDetails, VOICES_ONLY } from './metadata-note.js'
import { parseWebVtt } from './parse-webvtt.js'
import { BRACKET_LABEL, CAPS_LABEL, CHEVRONS, DIALOGUE_DASH, isNameCandidate, isNameLabel, NAME_PREFIX } from './speaker-markers.js'
import type { WebVttCue } from './types.js'

export interface FromWebVttOptions {
  /** Accept the deviations of real files (see `parseWebVtt`); default `true`. */
  tolerant?: boolean
  /** Merge consecutive cues of the same speaker into one turn; default `true`. */
  mergeCues?: boolean
  /** Remove rolling-caption repeats (YouTube) and repeated cues (Whisper); default `true`. */
  dedupe?: boolean
  /** Read `Name: ` at the start of cues as the speaker, when the same name starts at least two cues; default `true`. */
  namePrefixes?: boolean
  /** Start a new paragraph inside a turn after a silence of at least this many seconds; default `2`. */
  paragraphGap?: number
  /** File name put into messages. */
  file?: string
}

export interface FromWebVttResult {
  transcript: Transcript
  messages: VerbatimMessage[]
}

/** A piece of speech text with the cue it came from (for positions and times). */
interface Piece {
  text: string
  cue: WebVttCue
}

interface Utterance {
  /** Display name; null for no or an anonymous speaker; undefined to continue the previous speaker. */
  speaker: string | null | undefined
  label: string | null
  /** A marker (`>>`, `- `, a new voice) says a new person speaks here. */
  forceNew: boolean
  interpreted: boolean
  language: string | undefined
  pieces: Piece[]
}

/** A section break as the writer notes it: `NOTE Section break` or `NOTE Section break: Title`. */
interface SectionBreak {
  break: string | undefined
  position: Position
}

const SECTION_BREAK = /^Section break(?:: (.+))?$/
const WHITESPACE = /\s+/g
const UNICODE_SPACE = /\s/

/** Collapse whitespace runs to one space and trim; returns the text itself when it is already so (the common case). */
function normalizeSpace(text: string): string {
  const length = text.length
  let previousSpace = true
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i)
    if (code === 32) {
      if (previousSpace) return text.replace(WHITESPACE, ' ').trim()
      previousSpace = true
    } else if (code < 32 || (code >= 0xa0 && UNICODE_SPACE.test(text[i]!))) {
      return text.replace(WHITESPACE, ' ').trim()
    } else previousSpace = false
  }
  return previousSpace && length > 0 ? text.slice(0, -1) : text
}
const BRACKETS = /\[[^[\]\n]*\]|\([^()\n]*\)/g

export function fromWebVtt(vtt: string, options: FromWebVttOptions = {}): FromWebVttResult {
  const file = options.file
  const parsed = parseWebVtt(vtt, { tolerant: options.tolerant ?? true, ...(file === undefined ? {} : { file }) })
  const messages = [...parsed.messages]
  const cues = options.dedupe ?? true ? dedupe(parsed.cues, messages, file) : parsed.cues.map((cue) => ({ cue, lines: null }))

  // With voices (or the writer's note saying so), speakers are never guessed from the text.
  const voiced = parsed.cues.some((cue) => cue.voice !== null) || parsed.notes.some((note) => note.value === VOICES_ONLY)
  const prefixes =
    !voiced && (options.namePrefixes ?? true) ? acceptedPrefixes(cues.map((entry) => entry.lines?.[0] ?? plainText(entry.cue).split('\n', 1)[0]!)) : new Set<string>()
  const sectionBreaks = parsed.notes
    .map((note) => ({ offset: note.position.start.offset ?? 0, match: SECTION_BREAK.exec(note.value), position: note.position }))
    .filter((entry) => entry.match !== null)
  const utterances: Array<Utterance | SectionBreak> = []
  let nextBreak = 0
  for (const { cue, lines } of cues) {
    while (nextBreak < sectionBreaks.length && sectionBreaks[nextBreak]!.offset < (cue.position.start.offset ?? 0)) {
      const entry = sectionBreaks[nextBreak++]!
      utterances.push({ break: entry.match![1], position: entry.position })
    }
    readCue(cue, lines, prefixes, voiced, utterances)
  }
  for (const entry of sectionBreaks.slice(nextBreak)) utterances.push({ break: entry.match![1], position: entry.position })

  const { meta, details, estimated } = metadata(parsed)
  const { speakers, children } = buildTurns(utterances, options, meta.languages?.[0], estimated, !voiced)
  for (const speaker of speakers) {
    const known = details.get(speaker.name)
    if (known) Object.assign(speaker, known)
  }
  const transcript: Transcript = { type: 'transcript', version: MODEL_VERSION, meta, speakers, children }
  const last = parsed.cues[parsed.cues.length - 1]
  transcript.position = { start: { line: 1, column: 1, offset: 0 }, end: last ? last.position.end : parsed.header.position.end }
  return { transcript, messages }
}

const CJK_END = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]$/u
const CJK_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u

/**
 * Join pieces of speech with a space; in files without voices (ASR, subtitles), not between two
 * CJK characters, since Chinese and Japanese captions are cut without spaces. Files with voices
 * (and this package's output) are cut at spaces, so there a space is always right.
 */
function joinPieces(pieces: readonly Piece[], cjk: boolean): string {
  let out = ''
  for (const piece of pieces) {
    if (out === '') out = piece.text
    else out += (cjk && CJK_END.test(out) && CJK_START.test(piece.text) ? '' : ' ') + piece.text
  }
  return out
}

function plainLines(cue: WebVttCue): string[] {
  const lines: string[] = []
  for (const line of plainText(cue).split('\n')) {
    const clean = normalizeSpace(line)
    if (clean !== '') lines.push(clean)
  }
  return lines
}

function plainText(cue: WebVttCue): string {
  return cueRuns(cue.text)
    .map((run) => run.text)
    .join('')
}

/**
 * Rolling captions show each line twice (YouTube: once being typed, once scrolled up), and
 * Whisper repeats whole cues. A cue that starts when the previous one ends (or earlier) loses the
 * leading lines that repeat the previous cue's last lines; a cue left empty is dropped and the
 * cue it repeats is extended to its end. Cues with voices are compared whole.
 */
function dedupe(cues: readonly WebVttCue[], messages: VerbatimMessage[], file: string | undefined): Array<{ cue: WebVttCue; lines: string[] | null }> {
  const out: Array<{ cue: WebVttCue; lines: string[] | null }> = []
  let previousLines: string[] = []
  let previous: WebVttCue | undefined
  let kept: { cue: WebVttCue; lines: string[] | null } | undefined
  let removedLines = 0
  let removedCues = 0
  for (const cue of cues) {
    const voiced = cue.voice !== null
    // Numbered cues are edited captions, not rolling or ASR output: never deduplicated.
    if (cue.id !== '') {
      previous = cue
      previousLines = []
      kept = { cue, lines: null }
      out.push(kept)
      continue
    }
    const lines = voiced ? [cue.text] : plainLines(cue)
    const adjacent = previous !== undefined && cue.start >= previous.start && cue.start - previous.end <= 0.05
    let drop = 0
    if (adjacent) {
      if (voiced) {
        if (previous!.text === cue.text) drop = lines.length
      } else {
        for (let k = Math.min(lines.length, previousLines.length); k >= 1; k--) {
          let same = true
          for (let i = 0; i < k; i++) {
            if (lines[i] !== previousLines[previousLines.length - k + i]) {
              same = false
              break
            }
          }
          if (same) {
            drop = k
            break
          }
        }
      }
    }
    previous = cue
    previousLines = lines
    if (lines.length === 0) continue
    if (drop >= lines.length) {
      removedCues++
      // The repeat keeps the kept cue on screen longer: extend it (on a copy).
      if (kept && cue.end > kept.cue.end) kept.cue = { ...kept.cue, end: cue.end }
      continue
    }
    removedLines += drop
    kept = { cue, lines: voiced ? null : lines.slice(drop) }
    out.push(kept)
  }
  if (removedLines + removedCues > 0) {
    messages.push(
      message(
        `expected each caption line once, found ${removedLines} line${removedLines === 1 ? '' : 's'} repeated at the start of the next cue and ${removedCues} cue${removedCues === 1 ? '' : 's'} repeating the previous one (rolling or repeated captions): read once`,
        'repeated-captions',
        undefined,
        file,
        'info',
      ),
    )
  }
  return out
}

/** `Name: ` prefixes that start at least two cues (one occurrence could be speech: `Note: ...`). */
function acceptedPrefixes(firstLines: readonly string[]): Set<string> {
  const counts = new Map<string, number>()
  for (const line of firstLines) {
    const match = NAME_PREFIX.exec(line.replace(DIALOGUE_DASH, ''))
    if (match && isNameCandidate(match[1]!)) counts.set(match[1]!, (counts.get(match[1]!) ?? 0) + 1)
  }
  return new Set([...counts].filter(([, count]) => count >= 2).map(([name]) => name))
}

function newUtterance(
  speaker: string | null | undefined,
  label: string | null,
  forceNew: boolean,
  interpreted = false,
  language: string | undefined = undefined,
  pieces: Piece[] = [],
): Utterance {
  return { speaker, label, forceNew, interpreted, language, pieces }
}

function readCue(cue: WebVttCue, lines: string[] | null, prefixes: ReadonlySet<string>, voiced: boolean, out: Array<Utterance | SectionBreak>): void {
  if (cue.voice !== null) {
    // Voice spans say who speaks; text outside them has no voice.
    for (const run of cueRuns(cue.text)) {
      const text = normalizeSpace(run.text)
      if (text === '') continue
      const last = out[out.length - 1] as Utterance | undefined
      const interpreted = run.classes.includes('interpreted')
      if (last && 'pieces' in last && last.pieces[last.pieces.length - 1]?.cue === cue && last.speaker === run.voice && last.language === run.language) {
        last.pieces.push({ text, cue })
        continue
      }
      out.push(newUtterance(run.voice, run.voice, false, interpreted, run.language, [{ text, cue }]))
    }
    return
  }
  const textLines = lines ?? plainText(cue).split('\n')
  if (voiced) {
    // In a file with voices, a cue without one is unattributed: no guessing from the text.
    const text = normalizeSpace(textLines.join(' '))
    if (text !== '') out.push(newUtterance(null, null, false, false, undefined, [{ text, cue }]))
    return
  }
  let current: Utterance | undefined
  const add = (text: string) => {
    const clean = normalizeSpace(text)
    if (clean === '') return
    if (!current) {
      current = newUtterance(undefined, null, false)
      out.push(current)
    }
    current.pieces.push({ text: clean, cue })
  }
  const start = (utterance: Utterance) => {
    current = utterance
    out.push(utterance)
  }
  textLines.forEach((rawLine, index) => {
    let line = rawLine.trim()
    if (line === '') return
    const dash = DIALOGUE_DASH.exec(line)
    if (dash) {
      line = line.slice(dash[0].length)
      start(newUtterance(null, null, true))
    }
    if (index === 0 && !dash) {
      const prefix = NAME_PREFIX.exec(line)
      if (prefix && prefixes.has(prefix[1]!)) {
        start(newUtterance(prefix[1]!, prefix[1]!, false))
        line = line.slice(prefix[0].length)
      }
    }
    const bracket = BRACKET_LABEL.exec(line)
    if (bracket && isNameLabel(bracket[1]!) && (line.length > bracket[0].length || index < textLines.length - 1)) {
      const name = bracket[1]!.trim()
      if (current && current.pieces.length === 0 && current.forceNew) {
        current.speaker = name
        current.label = name
      } else start(newUtterance(name, name, true))
      line = line.slice(bracket[0].length)
    }
    // `>>` anywhere in the line: each one starts a new (unnamed) speaker.
    CHEVRONS.lastIndex = 0
    let from = 0
    let match: RegExpExecArray | null
    while ((match = CHEVRONS.exec(line)) !== null) {
      add(line.slice(from, match.index))
      from = match.index + match[0].length
      let rest = line.slice(from).trimStart()
      const caps = CAPS_LABEL.exec(rest)
      if (caps) {
        const name = caps[1]!.trim()
        start(newUtterance(name, name, true))
        from = line.length - rest.length + caps[0].length
        rest = rest.slice(caps[0].length)
      } else start(newUtterance(null, null, true))
    }
    add(line.slice(from))
  })
}

function textNode(value: string, place: Position | undefined): Inline {
  return place ? { type: 'text', value, position: place } : { type: 'text', value }
}

/** Inline nodes of a paragraph's text: bracketed events become event nodes, spaces stay in text. */
function inlines(text: string, place: Position | undefined): Inline[] {
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

interface DraftTurn {
  speaker: string | null
  label: string | null
  interpreted: boolean
  language: string | undefined
  paragraphs: Piece[][]
}

function buildTurns(
  utterances: ReadonlyArray<Utterance | SectionBreak>,
  options: FromWebVttOptions,
  mainLanguage: string | undefined,
  estimated: (cue: WebVttCue) => boolean,
  cjk: boolean,
): { speakers: Speaker[]; children: Block[] } {
  const merge = options.mergeCues ?? true
  const gap = options.paragraphGap ?? 2
  const drafts: Array<DraftTurn | { event: Piece[] } | SectionBreak> = []
  let current: DraftTurn | undefined
  let lastSpeaker: string | null = null
  let lastLabel: string | null = null
  for (const utterance of utterances) {
    if ('break' in utterance) {
      drafts.push(utterance)
      current = undefined
      continue
    }
    if (utterance.pieces.length === 0) continue
    const text = joinPieces(utterance.pieces, cjk)
    const onlyEvents = utterance.speaker == null && inlines(text, undefined).every((node) => node.type === 'event')
    if (onlyEvents) {
      // A sound description alone between speech: an event between turns.
      drafts.push({ event: utterance.pieces })
      current = undefined
      continue
    }
    const speaker: string | null = utterance.speaker === undefined ? lastSpeaker : utterance.speaker
    const label: string | null = utterance.speaker === undefined ? lastLabel : utterance.label
    const same =
      current !== undefined &&
      merge &&
      !utterance.forceNew &&
      current.speaker === speaker &&
      current.interpreted === utterance.interpreted &&
      current.language === utterance.language
    if (same) {
      const paragraph = current!.paragraphs[current!.paragraphs.length - 1]!
      const previous = paragraph[paragraph.length - 1]!.cue
      const next = utterance.pieces[0]!.cue
      if (next !== previous && next.start - previous.end >= gap) current!.paragraphs.push([...utterance.pieces])
      else paragraph.push(...utterance.pieces)
    } else {
      current = { speaker, label, interpreted: utterance.interpreted, language: utterance.language, paragraphs: [[...utterance.pieces]] }
      drafts.push(current)
    }
    lastSpeaker = speaker
    lastLabel = label
  }

  const speakers: Speaker[] = []
  const byName = new Map<string, Speaker>()
  const taken = new Set<string>()
  const children: Block[] = []
  for (const draft of drafts) {
    if ('break' in draft) {
      children.push(draft.break === undefined ? { type: 'break', position: draft.position } : { type: 'break', title: draft.break, position: draft.position })
      continue
    }
    if ('event' in draft) {
      const first = draft.event[0]!.cue
      const last = draft.event[draft.event.length - 1]!.cue
      const place = span(first, last)
      for (const node of inlines(joinPieces(draft.event, cjk), place)) if (node.type === 'event') children.push(node)
      continue
    }
    let speakerId: string | null = null
    if (draft.speaker !== null && draft.speaker !== '') {
      let speaker = byName.get(draft.speaker)
      if (!speaker) {
        const id = slugifyId(draft.speaker, taken)
        taken.add(id)
        speaker = { id, name: draft.speaker, role: 'unknown', aliases: [], group: false }
        byName.set(draft.speaker, speaker)
        speakers.push(speaker)
      }
      if (draft.label !== null && !speaker.aliases.includes(draft.label)) speaker.aliases.push(draft.label)
      speakerId = speaker.id
    }
    const paragraphs: Paragraph[] = draft.paragraphs.map((pieces) => {
      const place = span(pieces[0]!.cue, pieces[pieces.length - 1]!.cue)
      return { type: 'paragraph', children: inlines(joinPieces(pieces, cjk), place), position: place }
    })
    const firstCue = draft.paragraphs[0]![0]!.cue
    const lastParagraph = draft.paragraphs[draft.paragraphs.length - 1]!
    const lastCue = lastParagraph[lastParagraph.length - 1]!.cue
    let end = firstCue.end
    let anyEstimated = false
    for (const pieces of draft.paragraphs) {
      for (const piece of pieces) {
        end = Math.max(end, piece.cue.end)
        if (estimated(piece.cue)) anyEstimated = true
      }
    }
    const turn: Turn = {
      type: 'turn',
      speaker: speakerId,
      label: speakerId === null ? null : draft.label,
      interpreted: draft.interpreted,
      time: { start: firstCue.start, end: Math.max(end, firstCue.start), source: anyEstimated ? 'estimated' : 'source' },
      children: paragraphs,
      position: { start: firstCue.position.start, end: lastCue.position.end },
    }
    if (draft.language !== undefined && draft.language !== '' && draft.language !== mainLanguage) turn.language = draft.language
    children.push(turn)
  }
  return { speakers, children }
}

/** `NOTE Estimated times: cues 1-12, 30 are timed from a speaking rate...` as the writer notes it. */
const ESTIMATED = /^Estimated times: (?:(all cues)|cues ([0-9, -]+)) are timed from a speaking rate/

function estimatedCues(value: string): ((cue: WebVttCue) => boolean) | undefined {
  const match = ESTIMATED.exec(value)
  if (!match) return undefined
  if (match[1]) return () => true
  const ids = new Set<string>()
  for (const part of match[2]!.split(/,\s*/)) {
    const [from, to] = part.split('-').map(Number) as [number, number | undefined]
    for (let id = from; id <= (to ?? from) && id - from < 1e6; id++) ids.add(String(id))
  }
  return (cue) => ids.has(cue.id)
}

function metadata(parsed: ReturnType<typeof parseWebVtt>): {
  meta: Metadata
  details: ReturnType<typeof speakerDetails>
  estimated: (cue: WebVttCue) => boolean
} {
  let details: ReturnType<typeof speakerDetails> = new Map()
  let estimated: (cue: WebVttCue) => boolean = () => false
  const meta: Metadata = {}
  const extra: Record<string, string> = {}
  const notes: Array<Note & { position: Position }> = []
  if (parsed.header.signature.trim() !== '') extra.WEBVTT = parsed.header.signature.trim()
  if (parsed.header.value !== '') {
    const lines = parsed.header.value.split('\n')
    const pairs = lines.map((line) => /^([A-Za-z][\w-]*):[ \t]*(.*)$/.exec(line))
    if (pairs.every((pair) => pair !== null && pair[2] !== '')) {
      for (const pair of pairs) {
        extra[pair![1]!] = pair![2]!.trim()
        if (pair![1]!.toLowerCase() === 'language') meta.languages = [pair![2]!.trim()]
      }
    } else {
      notes.push({ kind: 'webvtt-header', value: parsed.header.value, position: parsed.header.position })
    }
  }
  let usedMetadataNote = false
  const firstCueOffset = parsed.cues[0]?.position.start.offset ?? Infinity
  for (const note of parsed.notes) {
    if (SECTION_BREAK.test(note.value) || note.value === VOICES_ONLY) continue
    const before = (note.position.start.offset ?? 0) < firstCueOffset
    if (before && !usedMetadataNote) {
      const fields = parseMetadataNote(note.value)
      if (fields) {
        Object.assign(meta, fields)
        details = speakerDetails(note.value)
        usedMetadataNote = true
        continue
      }
    }
    const isEstimated = before ? estimatedCues(note.value) : undefined
    if (isEstimated) {
      estimated = isEstimated
      continue
    }
    notes.push({ kind: 'webvtt-note', value: note.value, position: note.position })
  }
  for (const style of parsed.styles) notes.push({ kind: 'webvtt-style', value: style.value, position: style.position })
  for (const region of parsed.regions) notes.push({ kind: 'webvtt-region', value: region.raw, position: region.position })
  notes.sort((a, b) => (a.position.start.offset ?? 0) - (b.position.start.offset ?? 0))
  if (Object.keys(extra).length > 0) meta.extra = { ...(meta.extra ?? {}), ...extra }
  if (notes.length > 0) meta.notes = [...(meta.notes ?? []), ...notes]
  return { meta, details, estimated }
}
