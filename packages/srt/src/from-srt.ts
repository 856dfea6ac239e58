/**
 * SubRip -> transcript. Every block becomes a `segment` with the block's times (source times, as
 * written, never moved); speaker markers start turns; bracketed sounds become events. Markup,
 * positions and stray lines are taken out with a message, or kept in `meta.notes`.
 */
import { MODEL_VERSION, NextIndex, VerbatimError, type Note, type Paragraph, type Position, type ReadOptions, type Segment, type Speaker, type Transcript, type Turn, type VerbatimMessage, type ReadResult } from '@verbatim/core'
import { decodeBytes, slugifyId } from '@verbatim/core'
import { DIRTY, scanBlocks, type Blocks, type SourceLines } from './read-blocks.js'
import { ReadContext } from './read-context.js'
import { cleanLines, cueParts, namePrefix, phrasing, type CuePart } from './read-cue-text.js'

export interface FromSrtOptions extends ReadOptions {
  /** Start a new paragraph inside a turn after a silence of at least this many seconds; default `2`. */
  paragraphGap?: number
  /** Read `Name: ` at the start of a cue as the speaker (see the README for when a name counts as a label); default `true`. */
  namePrefixes?: boolean
}

/** What the reader returns: core's one reader result. */
export type FromSrtResult = ReadResult

/**
 * Read SubRip. Text is read as it is; bytes are decoded by core's `decodeBytes` (UTF-8 with or
 * without BOM, UTF-16 with BOM, else Windows-1252, as old subtitle tools saved them), with a message
 * saying which encoding was assumed.
 */
export function fromSrt(srt: string | Uint8Array, options: FromSrtOptions = {}): FromSrtResult {
  let decoded: VerbatimMessage[] = []
  if (srt instanceof Uint8Array) {
    const result = decodeBytes(srt, options.file === undefined ? {} : { file: options.file })
    srt = result.text
    decoded = result.messages
  }
  if (typeof srt !== 'string') throw new VerbatimError(`fromSrt expects a string or bytes, not ${srt === null ? 'null' : typeof srt}`, 'not-text', 'verbatim-srt')
  const context = new ReadContext(options.file)
  const positions = options.positions ?? true
  const text = withoutNuls(srt, context)
  const { blocks, stray, lines, end } = scanBlocks(text, text.charCodeAt(0) === 0xfeff ? 1 : 0, context)
  const notes: Note[] = stray.map((run) => {
    context.report(`Text outside any cue is kept as a note: "${clip(run.lines[0]!.text)}"`, 'stray-text', { place: run.position, expected: 'a cue number or a timing line' })
    const value = run.lines.map((line) => line.text).join('\n')
    return positions ? { kind: 'srt-stray-text', value, position: run.position } : { kind: 'srt-stray-text', value }
  })
  if (blocks.count === 0 && text.trim() !== '') {
    throw new VerbatimError('Not SubRip: no timing line (00:00:01,000 --> 00:00:02,000) anywhere', 'not-srt', 'verbatim-srt', { place: { line: 1, column: 1, offset: 0 }, expected: 'HH:MM:SS,mmm --> HH:MM:SS,mmm' })
  }
  // Only blocks that may hold markup are cleaned (and kept cleaned until read); the others are their lines as written.
  const cleaned = new Map<number, string[]>()
  for (let index = 0; index < blocks.count; index++) {
    if ((blocks.flags[index]! & DIRTY) !== 0) cleaned.set(index, cleanLines(blocks.lines(index), blocks.line[index]!, lines, context))
  }
  const names = options.namePrefixes === false ? new Set<string>() : speakerNames(blocks, cleaned, lines)
  const builder = new TurnBuilder(options.paragraphGap ?? 2, positions)
  checkNumbers(blocks, lines, context)
  const colons = new NextIndex(text, ':')
  for (let index = 0; index < blocks.count; index++) {
    checkTiming(blocks, index, lines, context)
    const own = (blocks.flags[index]! & DIRTY) === 0 ? undefined : cleaned.get(index)
    if (own !== undefined) cleaned.delete(index)
    // Most blocks are plain lines without markers: their text is read in place.
    builder.addBlock(blocks, index, own === undefined ? (blocks.plainText(index, colons) ?? cueParts(blocks.lines(index), names)) : cueParts(own, names))
  }
  const meta = notes.length > 0 ? { notes } : {}
  const transcript: Transcript = { type: 'transcript', version: MODEL_VERSION, meta, speakers: builder.speakers, children: builder.turns }
  if (positions) transcript.position = { start: { line: 1, column: 1, offset: 0 }, end }
  return { transcript, messages: [...decoded, ...context.finish()] }
}

const clip = (text: string) => (text.length > 40 ? text.slice(0, 40) + '…' : text)

function withoutNuls(text: string, context: ReadContext): string {
  const nul = text.indexOf('\0')
  if (nul === -1) return text
  const before = text.slice(0, nul)
  const line = before.split(/\r\n|\r|\n/).length
  context.report('NUL characters are replaced by U+FFFD', 'nul-character', { place: { line, column: nul - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')), offset: nul } })
  return text.replace(/\0/g, '\ufffd')
}

/**
 * `Name:` prefixes read as speaker labels: those that start at least two cues (names, not the
 * first words of a sentence), and, in a file where two or more different Title Case names start
 * cues (`Darth Vader:`, `Luke:`), every such name: a dialogue labels each speaker where they start.
 */
function speakerNames(blocks: Blocks, cleaned: ReadonlyMap<number, string[]>, source: SourceLines): Set<string> {
  const counts = new Map<string, number>()
  const count = (line: string) => {
    const name = namePrefix(withoutDialogueMarker(line))
    if (name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1)
  }
  const text = source.text
  const colons = new NextIndex(text, ':')
  for (let index = 0; index < blocks.count; index++) {
    const own = (blocks.flags[index]! & DIRTY) === 0 ? undefined : cleaned.get(index)
    if (own !== undefined) {
      for (const line of own) count(line)
      continue
    }
    // Lines as written: sliced only when they start with a marker or have a colon where a name's would be.
    const first = blocks.line[index]! + 1
    for (let line = first; line < first + blocks.textLines[index]!; line++) {
      const start = source.start(line)
      const colon = colons.at(start)
      if (isMarker(text.charCodeAt(start)) || (colon > start && colon <= start + 60 && colon < source.stop(line))) count(source.lineText(line))
    }
  }
  const names = new Set([...counts].filter(([, count]) => count >= 2).map(([name]) => name))
  const titled = [...counts.keys()].filter((name) => TITLE_CASE_NAME.test(name))
  if (titled.length >= 2) for (const name of titled) names.add(name)
  return names
}

/** Chevrons and dialogue dashes (`>>`, `-`, `‐`, `–`) start a line before the name. */
const isMarker = (code: number) => code === 62 || code === 45 || code === 0x2010 || code === 0x2013

/** A line without the chevrons or dialogue dash before a name: they are not part of it. */
const withoutDialogueMarker = (line: string) => (isMarker(line.charCodeAt(0)) ? line.replace(/^(?:>{2,3}|[-‐–])\s+/, '') : line)

/** One to three words, each starting with a capital (`Darth Vader`, `Luke`, `Dr. Ruiz` is not: no full stops in names here). */
const TITLE_CASE_NAME = /^\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){0,2}$/u

function checkNumbers(blocks: Blocks, lines: SourceLines, context: ReadContext): void {
  let expected: number | undefined
  for (let index = 0; index < blocks.count; index++) {
    const number = blocks.numberValue(index)
    if (Number.isNaN(number)) {
      context.report('A cue has no number (kept; numbers are written afresh)', 'cue-number-missing', { severity: 'info', place: lines.point(blocks.line[index]!), gather: '' })
      expected = undefined
      continue
    }
    if (expected !== undefined && number !== expected) {
      const written = blocks.number(index)!
      context.report(`Cue number ${written} is out of sequence (expected ${expected}); numbers are written afresh`, 'cue-number-sequence', { severity: 'info', place: blocks.position(index), expected: String(expected), actual: written, gather: '' })
    }
    expected = number + 1
  }
}

function checkTiming(blocks: Blocks, index: number, lines: SourceLines, context: ReadContext): void {
  const start = blocks.start[index]!
  const end = blocks.end[index]!
  const overlaps = index > 0 && start < blocks.end[index - 1]!
  const odd = blocks.odd.get(index)
  if (odd === undefined && end > start && !overlaps) return
  const line = blocks.line[index]!
  const place = lines.point(line)
  const timingLine = lines.lineText(line)
  for (const separator of odd?.oddSeparators ?? []) {
    context.report(separator === '' ? 'A timestamp has no milliseconds (read as ,000)' : `A timestamp has "${separator}" before the milliseconds instead of ","`, 'timestamp-format', { severity: 'info', place, expected: ',', actual: separator, gather: separator })
  }
  const rest = odd?.rest ?? ''
  if (rest !== '') context.report(`Text after the timing line is not kept: "${clip(rest)}" (cue coordinates)`, 'timing-line-rest', { severity: 'info', place: lines.point(line, timingLine.indexOf(rest)), actual: rest })
  if (end < start) {
    context.report(`A cue ends (${end}s) before it starts (${start}s); its end is read as its start`, 'end-before-start', { place, actual: timingLine.trim() })
    blocks.end[index] = start
  } else if (end === start) {
    context.report('A cue lasts no time (kept, with its times)', 'zero-length-cue', { severity: 'info', place, gather: '' })
  }
  if (overlaps) context.report('A cue starts before the previous one ends (kept, with its times)', 'overlapping-cue', { severity: 'info', place, gather: '' })
}

/** Segments into paragraphs and turns, speakers into the registry. */
class TurnBuilder {
  readonly speakers: Speaker[] = []
  readonly turns: Turn[] = []
  private readonly byName = new Map<string, Speaker>()
  private readonly taken = new Set<string>()
  private turn: Turn | undefined
  private paragraph: Paragraph | undefined
  private lastEnd = -Infinity
  private previousStart = 0

  constructor(
    private readonly gap: number,
    private readonly positions: boolean,
  ) {}

  /** A block: its parts, or its text when it is one part without a marker (most cues). */
  addBlock(blocks: Blocks, index: number, parts: CuePart[] | string): void {
    // The block's position, made once for its segments (none without positions).
    const position = this.positions ? blocks.position(index) : undefined
    const start = blocks.start[index]!
    const end = blocks.end[index]!
    if (typeof parts === 'string') this.add(position, start, end, 'none', undefined, parts)
    else if (parts.length === 0) this.add(position, start, end, 'none', undefined, '')
    else for (const part of parts) this.add(position, start, end, part.change, part.name, part.text)
  }

  private add(position: Position | undefined, start: number, end: number, change: CuePart['change'], name: string | undefined, text: string): void {
    if (change !== 'none' || !this.turn) this.startTurn(name, position)
    const turn = this.turn!
    let paragraph = this.paragraph
    if (!paragraph || start - this.lastEnd >= this.gap) {
      // Paragraphs and turns own their positions (not shared), so their ends are moved in place.
      paragraph = position ? { type: 'paragraph', children: [], position: { start: position.start, end: position.end } } : { type: 'paragraph', children: [] }
      this.paragraph = paragraph
      // A turn's first paragraph makes its children array, at its size (push on an empty one reserves 17 slots).
      if (turn.children.length === 0) turn.children = [paragraph]
      else turn.children.push(paragraph)
    } else paragraph.children.push({ type: 'text', value: ' ' })
    const time = { start, end, source: 'source' as const }
    const segment: Segment = position ? { type: 'segment', time, children: phrasing(text), position } : { type: 'segment', time, children: phrasing(text) }
    paragraph.children.push(segment)
    if (position) {
      paragraph.position!.end = position.end
      turn.position!.end = position.end
    }
    this.lastEnd = Math.max(this.lastEnd, end)
    this.timeTurn(turn, start, end)
  }

  /** A turn's time: from its first cue's start to the latest end; none when cues out of order would put it before the previous turn. */
  private timeTurn(turn: Turn, start: number, end: number): void {
    if (turn.time) {
      if (end > (turn.time.end ?? -Infinity)) turn.time.end = end
      return
    }
    if (start >= this.previousStart) {
      turn.time = { start, end, source: 'source' }
      this.previousStart = start
    }
  }

  private startTurn(name: string | undefined, position: Position | undefined): void {
    const speaker = name === undefined ? null : this.speaker(name)
    const turn: Turn = { type: 'turn', speaker: speaker?.id ?? null, label: name ?? null, interpreted: false, children: [] }
    if (position) turn.position = { start: position.start, end: position.end }
    this.turn = turn
    this.paragraph = undefined
    this.turns.push(turn)
  }

  private speaker(name: string): Speaker {
    let speaker = this.byName.get(name)
    if (!speaker) {
      const id = slugifyId(name, this.taken)
      this.taken.add(id)
      speaker = { id, name, role: 'unknown', aliases: [name], group: false }
      this.byName.set(name, speaker)
      this.speakers.push(speaker)
    }
    return speaker
  }
}
