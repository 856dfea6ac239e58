/**
 * WebVTT -> transcript. Built on `parseWebVtt` (tolerant by default): cues become utterances
 * (one per voice run or speaker marker), utterances of one speaker merge into turns, bracketed
 * sound descriptions become events, and NOTE, STYLE, REGION and header blocks go to metadata.
 */
import { MODEL_VERSION, type Metadata, type Note, type Position, type ReadOptions, type Transcript, type VerbatimMessage, type ReadResult } from '@verbatim/core'
import { cueRuns, styleTagsRemoved } from './cue-lines.js'
import { LeanCue } from '../parse/lean-cue.js'
import { parseMetadataNote, speakerDetails, VOICES_ONLY, type NoteProblem } from '../metadata-note.js'
import { parseCues } from '../parse/parse-webvtt.js'
import { cueStamps, plainText, repeatedCues, UNMARKED } from './repeated-cues.js'
import { LINES, MARKERS, MARKUP, ISOLATE, NOT_PLAIN, PRIVATE, scanCue, trimmedLines } from './cue-scan.js'
import { CueTimes } from './cue-times.js'
import { message, SOURCE } from '../message.js'
import { BRACKET_LABEL, CAPS_LABEL, CHEVRONS, DIALOGUE_DASH, isNameCandidate, NAME_PREFIX } from '@verbatim/captions'
import { nameLabel } from './bracket-memo.js'
import { TurnBuilder, type Piece, type Utterance } from './turn-builder.js'
import type { ParsedWebVtt, WebVttCue, WebVttNote } from '../types.js'
import { collapseJsWhitespace } from '../whitespace.js'

export interface FromWebVttOptions extends ReadOptions {
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
}

/** What the reader returns: core's one reader result. */
export type FromWebVttResult = ReadResult

const SECTION_BREAK = /^Section break(?:: (.+))?$/

/** Collapse whitespace runs to one space and trim. */
const normalizeSpace = collapseJsWhitespace

export function fromWebVtt(vtt: string, options: FromWebVttOptions = {}): FromWebVttResult {
  const file = options.file
  let stream: CueStream | undefined
  let first: WebVttCue | undefined
  let last: WebVttCue | undefined
  // A file whose first cue has a voice is read as it is parsed (its cues are not all kept at
  // once); any other is read once parsed, since whether it has voices at all decides how.
  const parsed = parseCues(vtt, { tolerant: options.tolerant ?? true, ...(file === undefined ? {} : { file }) }, true, (cue, soFar) => {
    last = cue
    if (first === undefined) {
      first = cue
      if (cue.voice !== null) stream = new CueStream(soFar, options, cue)
    }
    stream?.push(cue)
    return stream !== undefined
  })
  const messages = [...parsed.messages]
  const builder = stream ? stream.finish(messages) : readAll(parsed, options, messages)

  const { meta, details } = metadata({ ...parsed, cues: first ? [first] : [] }, messages, file)
  const { speakers, children } = builder
  for (const speaker of speakers) {
    const known = details.get(speaker.name)
    if (known) Object.assign(speaker, known)
  }
  const transcript: Transcript = { type: 'transcript', version: MODEL_VERSION, meta, speakers, children }
  if (options.positions ?? true) transcript.position = { start: { line: 1, column: 1, offset: 0 }, end: last ? last.position.end : parsed.header.position.end }
  else if (meta.notes) meta.notes = meta.notes.map(({ position: _position, ...note }) => note)
  return { transcript, messages }
}

/** The section breaks among the notes read so far, handed out in order by offset. */
class SectionBreaks {
  private readonly notes: readonly WebVttNote[]
  private next = 0

  constructor(notes: readonly WebVttNote[]) {
    this.notes = notes
  }

  /** Add the breaks before `offset` (all remaining ones without it) to the builder. */
  addBefore(builder: TurnBuilder, offset = Infinity): void {
    const notes = this.notes
    while (this.next < notes.length && (notes[this.next]!.position.start.offset ?? 0) < offset) {
      const note = notes[this.next++]!
      const match = SECTION_BREAK.exec(note.value)
      if (match) builder.addBreak(match[1], note.position)
    }
  }
}

/**
 * Reading a file with voices cue by cue, as it is parsed. With a voice on the first cue the file
 * has voices, so nothing later changes how a cue is read, and what the builder needs from the
 * metadata (estimated times, main language) is in the blocks before the first cue.
 */
class CueStream {
  private readonly builder: TurnBuilder
  private readonly repeats: ReturnType<typeof repeatedCues> | undefined
  private readonly breaks: SectionBreaks
  private readonly utterances: Utterance[] = []
  private readonly file: string | undefined
  private readonly times: CueTimes

  constructor(soFar: ParsedWebVtt, options: FromWebVttOptions, first: WebVttCue) {
    this.times = new CueTimes(options.file)
    const { meta, estimated } = metadata({ ...soFar, cues: [first] })
    this.builder = new TurnBuilder({ merge: options.mergeCues ?? true, gap: options.paragraphGap ?? 2, mainLanguage: meta.languages?.[0], estimated, cjk: false, positions: options.positions ?? true })
    this.breaks = new SectionBreaks(soFar.notes)
    this.file = options.file
    this.repeats = options.dedupe ?? true ? repeatedCues((cue, lines, stamps) => this.read(cue, lines, stamps)) : undefined
  }

  push(cue: WebVttCue): void {
    if (this.repeats) this.repeats.push(cue)
    else this.read(cue, null, undefined)
  }

  private read(cue: WebVttCue, lines: string[] | null, stamps: number[] | undefined): void {
    this.breaks.addBefore(this.builder, startOffset(cue))
    this.times.check(cue)
    readCueInto(this.builder, cue, lines, stamps, NO_PREFIXES, true, this.utterances, NOT_SCANNED)
  }

  finish(messages: VerbatimMessage[]): TurnBuilder {
    const repeated = this.repeats?.finish(this.file, SOURCE)
    if (repeated) messages.push(repeated)
    this.times.addTo(messages)
    this.breaks.addBefore(this.builder)
    this.builder.finish()
    return this.builder
  }
}

const NO_PREFIXES: ReadonlySet<string> = new Set()

/** Reading a file once parsed: whether it has voices, and which `Name:` prefixes it repeats, decide how each cue is read. */
function readAll(parsed: ParsedWebVtt, options: FromWebVttOptions, messages: VerbatimMessage[]): TurnBuilder {
  // Kept cues and, for cues without voices, their deduplicated lines (null: read the cue's own text).
  const cues: Array<WebVttCue | undefined> = []
  const cueLines: Array<string[] | null> = []
  const cueStampTimes: Array<number[] | undefined> = []
  // What `scanCue` finds in the text of each cue read whole (no voice, no deduplicated lines).
  const cueFlags: number[] = []
  const keep = (cue: WebVttCue, lines: string[] | null, stamps: number[] | undefined) => {
    cues.push(cue)
    cueLines.push(lines)
    cueStampTimes.push(stamps)
    cueFlags.push(lines === null && cue.voice === null ? scanCue(cue.text) : NOT_SCANNED)
  }
  if (options.dedupe ?? true) {
    const repeats = repeatedCues(keep)
    for (const cue of parsed.cues) repeats.push(cue)
    const repeated = repeats.finish(options.file, SOURCE)
    if (repeated) messages.push(repeated)
  } else {
    for (const cue of parsed.cues) keep(cue, null, undefined)
  }

  // With voices (or the writer's note saying so), speakers are never guessed from the text.
  const voiced = parsed.cues.some((cue) => cue.voice !== null) || parsed.notes.some((note) => note.value === VOICES_ONLY)
  // Each cue's first line and its `Name: ` match, found once: `readUnmarked` takes the match again.
  const firstLines = !voiced && (options.namePrefixes ?? true) ? cues.map((cue, index) => cueLines[index]?.[0] ?? firstLine(cue!, cueFlags[index]!)) : []
  const known: Array<KnownPrefix | undefined> = []
  const prefixes = firstLines.length > 0 ? acceptedPrefixes(firstLines, known) : NO_PREFIXES
  const { meta, estimated } = metadata(parsed)
  const builder = new TurnBuilder({ merge: options.mergeCues ?? true, gap: options.paragraphGap ?? 2, mainLanguage: meta.languages?.[0], estimated, cjk: !voiced, positions: options.positions ?? true })
  const breaks = new SectionBreaks(parsed.notes)
  // One cue's utterances at a time: they may change while the cue is read, then go to the builder.
  const utterances: Utterance[] = []
  const times = new CueTimes(options.file)
  // Each cue and what was found for it are let go once read, so the parsed cues and the
  // transcript are not all held at once (the peak memory of a big file).
  parsed.cues.length = 0
  for (let index = 0; index < cues.length; index++) {
    const cue = cues[index]!
    breaks.addBefore(builder, startOffset(cue))
    times.check(cue)
    readCueInto(builder, cue, cueLines[index]!, cueStampTimes[index], prefixes, voiced, utterances, cueFlags[index]!, known[index])
    cues[index] = undefined
    cueLines[index] = null
    cueStampTimes[index] = undefined
    known[index] = undefined
  }
  times.addTo(messages)
  breaks.addBefore(builder)
  builder.finish()
  return builder
}

/** Where the cue's block starts, without making a point for it. */
function startOffset(cue: WebVttCue): number {
  return cue instanceof LeanCue ? cue.startsAt : (cue.position.start.offset ?? 0)
}

/** Flags of a cue that was not scanned (voiced, or read from deduplicated lines). */
const NOT_SCANNED = -1

/** The first line of the cue's text without markup (not trimmed). */
function firstLine(cue: WebVttCue, flags: number): string {
  if (flags === NOT_SCANNED || (flags & (MARKUP | ISOLATE)) !== 0) return plainText(cue).split('\n', 1)[0]!
  const end = cue.text.indexOf('\n')
  return end === -1 ? cue.text : cue.text.slice(0, end)
}

/** `Name: ` prefixes that start at least two cues (one occurrence could be speech: `Note: ...`). */
function acceptedPrefixes(firstLines: readonly string[], known: Array<KnownPrefix | undefined>): Set<string> {
  const counts = new Map<string, number>()
  for (const line of firstLines) {
    // The regexes run only where their first character can match (most lines have no marker).
    if (line.indexOf(':') === -1) {
      known.push(undefined)
      continue
    }
    const match = NAME_PREFIX.exec(line.charCodeAt(0) === 45 /* - */ ? line.replace(DIALOGUE_DASH, '') : line)
    known.push({ line, match })
    if (match) counts.set(match[1]!, (counts.get(match[1]!) ?? 0) + 1)
  }
  // Whether a name looks like one is asked once per name, of the names that repeat.
  const accepted = new Set<string>()
  for (const [name, count] of counts) if (count >= 2 && isNameCandidate(name)) accepted.add(name)
  return accepted
}

function newUtterance(
  speaker: string | null | undefined,
  label: string | null,
  forceNew: boolean,
  interpreted = false,
  language: string | undefined = undefined,
  pieces: Piece[] = [],
  raw = false,
): Utterance {
  return { speaker, label, forceNew, interpreted, language, pieces, raw }
}

/**
 * The common voiced cue, `<v.class Name>text</v>`, whose text needs no reading beyond turning its
 * single LFs into spaces: no other tag, no character reference, no directional isolate, no
 * whitespace but single spaces and LFs between words. One native regex pass decides it; any
 * other cue takes the full path (`cueRuns`). Group 1: the classes; group 2: the text.
 */
const PLAIN_VOICED_CUE = /^<v((?:\.[^\t\n\f\r .>&<\u2066-\u2069]*)*)[\t\f ][^>&<\u2066-\u2069]*>([^\s<&\u2066-\u2069]+(?:[ \n][^\s<&\u2066-\u2069]+)*)(?:<\/v>)?$/

/** Read a cue into the builder: the common voiced cue directly, any other through its utterances. */
function readCueInto(
  builder: TurnBuilder,
  cue: WebVttCue,
  lines: string[] | null,
  stamps: number[] | undefined,
  prefixes: ReadonlySet<string>,
  voiced: boolean,
  utterances: Utterance[],
  flags: number,
  prefix?: KnownPrefix,
): void {
  if (cue.voice === null && !voiced) {
    // Plain lines without markers (most cues of Whisper and Zoom files): straight to the builder.
    if (lines !== null ? stamps === UNMARKED : flags !== NOT_SCANNED && (flags & (NOT_PLAIN | MARKERS)) === 0) {
      // A one-line cue is its text trimmed, without an array around it.
      const own = lines ?? ((flags & LINES) === 0 ? cue.text.trim() : trimmedLines(cue.text, flags))
      if (own !== null && own.length > 0) readUnmarked(builder, cue, own, prefixes, prefix)
      return
    }
    // Style tags alone (`<i>...</i>`): the same, once they are removed.
    if (lines === null && flags !== NOT_SCANNED && (flags & (MARKUP | ISOLATE | PRIVATE)) === MARKUP) {
      const styled = styleTagsRemoved(cue.text)
      const inner = styled === null ? NOT_SCANNED : scanCue(styled)
      if (inner !== NOT_SCANNED && (inner & (NOT_PLAIN | MARKERS)) === 0) {
        const own = trimmedLines(styled!, inner)
        if (own !== null) readUnmarked(builder, cue, own, prefixes, prefix)
        return
      }
    }
  }
  if (cue.voice !== null) {
    const plain = PLAIN_VOICED_CUE.exec(cue.text)
    if (plain) {
      // The voice is the one the parser read from this same start tag.
      const classes = plain[1]!
      builder.addVoiced(cue.voice, classes !== '' && classes.slice(1).split('.').includes('interpreted'), plain[2]!, cue)
      return
    }
  }
  utterances.length = 0
  // Deduplicated lines come with their stamps; a cue's own text collects them as it is read.
  const cueStampTimes = lines === null ? cueStamps(cue.text) : stamps
  readCue(cue, lines, cueStampTimes, prefixes, voiced, utterances)
  for (const utterance of utterances) builder.add(utterance, cueStampTimes)
}

/** A cue's first line as `acceptedPrefixes` read it (when it has a colon), and its `Name: ` match there. */
interface KnownPrefix {
  line: string
  match: RegExpExecArray | null
}

/** A cue of plain lines without markers: one utterance, named by an accepted `Name: ` prefix or continuing the speaker. */
function readUnmarked(builder: TurnBuilder, cue: WebVttCue, lines: string | readonly string[], prefixes: ReadonlySet<string>, known: KnownPrefix | undefined): void {
  let first = typeof lines === 'string' ? lines : lines[0]!
  let speaker: string | undefined
  if (prefixes.size > 0 && first.indexOf(':') !== -1) {
    const prefix = known !== undefined && known.line === first ? known.match : NAME_PREFIX.exec(first)
    if (prefix && prefixes.has(prefix[1]!)) {
      speaker = prefix[1]!
      first = first.slice(prefix[0].length)
    }
  }
  builder.addLines(speaker, cue, first, typeof lines === 'string' ? NO_MORE_LINES : lines)
}

/** The lines after the first of a one-line cue. */
const NO_MORE_LINES: readonly string[] = []

function readCue(cue: WebVttCue, lines: string[] | null, stamps: number[] | undefined, prefixes: ReadonlySet<string>, voiced: boolean, out: Utterance[]): void {
  if (cue.voice !== null) return readVoiceRuns(cue, stamps, out)
  const textLines = lines ?? plainText(cue, stamps).split('\n')
  if (voiced) {
    // In a file with voices, a cue without one is unattributed: no guessing from the text.
    const text = normalizeSpace(textLines.join(' '))
    if (text !== '') out.push(newUtterance(null, null, false, false, undefined, [{ text, cue }]))
    return
  }
  const state: MarkerState = { cue, out, current: undefined }
  for (let index = 0; index < textLines.length; index++) readMarkedLine(state, textLines[index]!, index, textLines.length, prefixes)
}

/** Voice spans say who speaks; text outside them has no voice. */
function readVoiceRuns(cue: WebVttCue, stamps: number[] | undefined, out: Utterance[]): void {
  for (const run of cueRuns(cue.text, stamps)) {
    const text = normalizeSpace(run.text)
    if (text === '') continue
    const last = out[out.length - 1]
    const interpreted = run.classes.includes('interpreted')
    if (last && last.pieces[last.pieces.length - 1]?.cue === cue && last.speaker === run.voice && last.language === run.language) {
      last.pieces.push({ text, cue })
      continue
    }
    out.push(newUtterance(run.voice, run.voice, false, interpreted, run.language, [{ text, cue }]))
  }
}

/** The utterances a cue's lines make while their speaker markers are read. */
interface MarkerState {
  readonly cue: WebVttCue
  readonly out: Utterance[]
  current: Utterance | undefined
}

/** Text for the current utterance (an unnamed one opens if none is). */
function addMarked(state: MarkerState, text: string): void {
  const clean = normalizeSpace(text)
  if (clean === '') return
  if (!state.current) {
    state.current = newUtterance(undefined, null, false)
    state.out.push(state.current)
  }
  state.current.pieces.push({ text: clean, cue: state.cue })
}

function startMarked(state: MarkerState, utterance: Utterance): void {
  state.current = utterance
  state.out.push(utterance)
}

/** One line of an unvoiced cue: a dialogue dash, a `Name:` prefix (first line), a `[Name]` label, `>>` changes. */
function readMarkedLine(state: MarkerState, rawLine: string, index: number, count: number, prefixes: ReadonlySet<string>): void {
  let line = rawLine.trim()
  if (line === '') return
  // Each marker's regex runs only when the line has its first character (most lines have none).
  const dash = line.charCodeAt(0) === 45 /* - */ ? DIALOGUE_DASH.exec(line) : null
  if (dash) {
    line = line.slice(dash[0].length)
    startMarked(state, newUtterance(null, null, true))
  }
  if (index === 0 && !dash) {
    const prefix = prefixes.size > 0 && line.indexOf(':') !== -1 ? NAME_PREFIX.exec(line) : null
    if (prefix && prefixes.has(prefix[1]!)) {
      startMarked(state, newUtterance(prefix[1]!, prefix[1]!, false))
      line = line.slice(prefix[0].length)
    }
  }
  const bracket = line.charCodeAt(0) === 91 /* [ */ ? BRACKET_LABEL.exec(line) : null
  if (bracket && nameLabel(bracket[1]!) && (line.length > bracket[0].length || index < count - 1)) {
    const name = bracket[1]!.trim()
    const current = state.current
    if (current && current.pieces.length === 0 && current.forceNew) {
      current.speaker = name
      current.label = name
    } else startMarked(state, newUtterance(name, name, true))
    line = line.slice(bracket[0].length)
  }
  readChevrons(state, line)
}

/** `>>` anywhere in the line: each one starts a new speaker (named when a capitals label follows). */
function readChevrons(state: MarkerState, line: string): void {
  CHEVRONS.lastIndex = 0
  let from = 0
  let match: RegExpExecArray | null
  while (line.indexOf('>>', from) !== -1 && (match = CHEVRONS.exec(line)) !== null) {
    addMarked(state, line.slice(from, match.index))
    from = match.index + match[0].length
    const rest = line.slice(from).trimStart()
    const caps = CAPS_LABEL.exec(rest)
    if (caps) {
      const name = caps[1]!.trim()
      startMarked(state, newUtterance(name, name, true))
      from = line.length - rest.length + caps[0].length
    } else startMarked(state, newUtterance(null, null, true))
  }
  addMarked(state, line.slice(from))
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

/** Problems of a note's values as positioned messages: `line` counts from the note's first line of text. */
function noteProblems(note: WebVttNote, messages: VerbatimMessage[], file: string | undefined): NoteProblem {
  const { start, end } = note.position
  // The text starts on the NOTE line (`NOTE text`) or on the next one: the block has one line more then.
  const first = start.line + (end.line - start.line + 1 - note.value.split('\n').length)
  return (line, reason, ruleId) => {
    messages.push(message(reason, ruleId, { line: first + line, column: 1 }, file))
  }
}

/** The metadata of the blocks; `messages` (given once per file) gets what the model does not accept. */
function metadata(parsed: ParsedWebVtt, messages?: VerbatimMessage[], file?: string): {
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
      const problem = messages ? noteProblems(note, messages, file) : undefined
      const fields = parseMetadataNote(note.value, problem)
      if (fields) {
        Object.assign(meta, fields)
        details = speakerDetails(note.value, problem)
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
