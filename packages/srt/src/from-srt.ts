/**
 * SubRip -> transcript. Every block becomes a `segment` with the block's times (source times, as
 * written, never moved); speaker markers start turns; bracketed sounds become events. Markup,
 * positions and stray lines are taken out with a message, or kept in `meta.notes`.
 */
import { MODEL_VERSION, VerbatimError, type Note, type Paragraph, type Position, type Segment, type Speaker, type Transcript, type Turn, type VerbatimMessage, type ReadResult } from '@verbatim/core'
import { decodeBytes, slugifyId } from '@verbatim/core'
import { scanBlocks, type Block, type SourceLines } from './read-blocks.js'
import { ReadContext } from './read-context.js'
import { cleanLines, cueParts, namePrefix, phrasing, type CuePart } from './read-cue-text.js'

export interface FromSrtOptions {
  /** Start a new paragraph inside a turn after a silence of at least this many seconds; default `2`. */
  paragraphGap?: number
  /** Read `Name: ` at the start of a cue as the speaker (see the README for when a name counts as a label); default `true`. */
  namePrefixes?: boolean
  /** File name put into messages. */
  file?: string
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
  const text = withoutNuls(srt, context)
  const { blocks, stray, lines, end } = scanBlocks(text, text.charCodeAt(0) === 0xfeff ? 1 : 0, context)
  const notes: Note[] = stray.map((run) => {
    context.report(`Text outside any cue is kept as a note: "${clip(run.lines[0]!.text)}"`, 'stray-text', { place: run.position, expected: 'a cue number or a timing line' })
    return { kind: 'srt-stray-text', value: run.lines.map((line) => line.text).join('\n'), position: run.position }
  })
  if (blocks.length === 0 && text.trim() !== '') {
    throw new VerbatimError('Not SubRip: no timing line (00:00:01,000 --> 00:00:02,000) anywhere', 'not-srt', 'verbatim-srt', { place: { line: 1, column: 1, offset: 0 }, expected: 'HH:MM:SS,mmm --> HH:MM:SS,mmm' })
  }
  const cleaned = blocks.map((block) => cleanLines(block, lines, context))
  const names = options.namePrefixes === false ? new Set<string>() : speakerNames(cleaned)
  const builder = new TurnBuilder(options.paragraphGap ?? 2)
  checkNumbers(blocks, lines, context)
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!
    checkTiming(block, blocks[index - 1], lines, context)
    builder.addBlock(block, cueParts(cleaned[index]!, names))
  }
  const meta = notes.length > 0 ? { notes } : {}
  const transcript: Transcript = { type: 'transcript', version: MODEL_VERSION, meta, speakers: builder.speakers, children: builder.turns }
  transcript.position = { start: { line: 1, column: 1, offset: 0 }, end }
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
function speakerNames(cleaned: readonly string[][]): Set<string> {
  const counts = new Map<string, number>()
  for (const lines of cleaned) {
    for (const line of lines) {
      const first = line.charCodeAt(0)
      // Chevrons and dialogue dashes (`>>`, `-`, `‐`, `–`) before the name are not part of it.
      const text = first === 62 || first === 45 || first === 0x2010 || first === 0x2013 ? line.replace(/^(?:>{2,3}|[-‐–])\s+/, '') : line
      const name = namePrefix(text)
      if (name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1)
    }
  }
  const names = new Set([...counts].filter(([, count]) => count >= 2).map(([name]) => name))
  const titled = [...counts.keys()].filter((name) => TITLE_CASE_NAME.test(name))
  if (titled.length >= 2) for (const name of titled) names.add(name)
  return names
}

/** One to three words, each starting with a capital (`Darth Vader`, `Luke`, `Dr. Ruiz` is not: no full stops in names here). */
const TITLE_CASE_NAME = /^\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){0,2}$/u

function checkNumbers(blocks: readonly Block[], lines: SourceLines, context: ReadContext): void {
  let expected: number | undefined
  for (const block of blocks) {
    if (block.number === null) {
      context.report('A cue has no number (kept; numbers are written afresh)', 'cue-number-missing', { severity: 'info', place: lines.point(block.line), gather: '' })
      expected = undefined
      continue
    }
    const number = Number(block.number)
    if (expected !== undefined && number !== expected) {
      context.report(`Cue number ${block.number} is out of sequence (expected ${expected}); numbers are written afresh`, 'cue-number-sequence', { severity: 'info', place: block.position, expected: String(expected), actual: block.number, gather: '' })
    }
    expected = number + 1
  }
}

function checkTiming(block: Block, previous: Block | undefined, lines: SourceLines, context: ReadContext): void {
  const { timing } = block
  if (timing.oddSeparators.length === 0 && timing.rest === '' && timing.end > timing.start && !(previous && timing.start < previous.timing.end)) return
  const place = lines.point(block.line)
  const timingLine = lines.lineText(block.line)
  for (const separator of timing.oddSeparators) {
    context.report(separator === '' ? 'A timestamp has no milliseconds (read as ,000)' : `A timestamp has "${separator}" before the milliseconds instead of ","`, 'timestamp-format', { severity: 'info', place, expected: ',', actual: separator, gather: separator })
  }
  if (timing.rest !== '') context.report(`Text after the timing line is not kept: "${clip(timing.rest)}" (cue coordinates)`, 'timing-line-rest', { severity: 'info', place: lines.point(block.line, timingLine.indexOf(timing.rest)), actual: timing.rest })
  if (timing.end < timing.start) {
    context.report(`A cue ends (${timing.end}s) before it starts (${timing.start}s); its end is read as its start`, 'end-before-start', { place, actual: timingLine.trim() })
    timing.end = timing.start
  } else if (timing.end === timing.start) {
    context.report('A cue lasts no time (kept, with its times)', 'zero-length-cue', { severity: 'info', place, gather: '' })
  }
  if (previous && timing.start < previous.timing.end) {
    context.report('A cue starts before the previous one ends (kept, with its times)', 'overlapping-cue', { severity: 'info', place, gather: '' })
  }
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

  constructor(private readonly gap: number) {}

  /** A block: its parts, or its text when it is one part without a marker (most cues). */
  addBlock(block: Block, parts: CuePart[] | string): void {
    if (typeof parts === 'string') this.add(block, 'none', undefined, parts)
    else if (parts.length === 0) this.add(block, 'none', undefined, '')
    else for (const part of parts) this.add(block, part.change, part.name, part.text)
  }

  private add(block: Block, change: CuePart['change'], name: string | undefined, text: string): void {
    const position = block.position
    const time = { start: block.timing.start, end: block.timing.end, source: 'source' as const }
    if (change !== 'none' || !this.turn) this.startTurn(name, position)
    const turn = this.turn!
    if (!this.paragraph || time.start - this.lastEnd >= this.gap) {
      // Paragraphs and turns own their positions (not shared), so their ends are moved in place.
      this.paragraph = { type: 'paragraph', children: [], position: { start: position.start, end: position.end } }
      turn.children.push(this.paragraph)
    } else this.paragraph.children.push({ type: 'text', value: ' ' })
    const segment: Segment = { type: 'segment', time, children: phrasing(text), position }
    this.paragraph.children.push(segment)
    this.paragraph.position!.end = position.end
    turn.position!.end = position.end
    this.lastEnd = Math.max(this.lastEnd, time.end)
    this.timeTurn(turn, time.start, time.end)
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

  private startTurn(name: string | undefined, position: Position): void {
    const speaker = name === undefined ? null : this.speaker(name)
    const turn: Turn = { type: 'turn', speaker: speaker?.id ?? null, label: name ?? null, interpreted: false, children: [], position: { start: position.start, end: position.end } }
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
