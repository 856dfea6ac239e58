/**
 * The text of one SubRip block: markup players understand (`<b> <i> <u> <s> <font>`, ASS override
 * blocks `{\an8}`, `\N` and `\h`) taken out of the speech with a message, the lines trimmed as
 * players trim them, then speaker markers (`>> ALICE:`, `Name:`, dialogue dashes) and bracketed
 * sounds (`[intro music]`) found.
 */
import type { Event, Phrasing } from '@verbatim/core'
import { bracketEventKind, isNameCandidate } from '@verbatim/captions'
import { isEdgeSpace, type SourceLines } from './read-blocks.js'
import type { ReadContext } from './read-context.js'

/** Formatting tags of SubRip as players render them; their markup is not speech. */
export const FORMATTING_TAGS: ReadonlySet<string> = new Set(['b', 'i', 'u', 's', 'font'])

const TAG = /<(\/?)([A-Za-z][\w-]*)(?:\s[^<>]*)?>/g
/** ASS override blocks (`{\an8}`, `{\i1}`) and MicroDVD-style codes (`{Y:i}`). */
const OVERRIDE = /\{\\[^{}]*\}|\{[A-Za-z]:[^{}]*\}/g
const ESCAPE = /\\[Nnh]/g
/** Ordinary spaces players trim at the ends of a line (hard spaces `\h` stay). */
const EDGE_SPACE = /^[ \t\f\v\u3000]+|[ \t\f\v\u3000]+$/g

/**
 * Take the markup out of a block's text lines (`source`, which follow its timing line `line`);
 * `\N` splits a line. The cleaned lines, none empty (`source` itself when nothing changed).
 */
export function cleanLines(source: string[], line: number, lines: SourceLines, context: ReadContext): string[] {
  // The tags closed in the block, found only when an unknown opening tag asks.
  const closing: Closing = { lines: source, names: undefined }
  let out: string[] | undefined
  for (let index = 0; index < source.length; index++) {
    const written = source[index]!
    let text = written
    // Text lines follow the timing line one after the other.
    if (text.indexOf('<') !== -1) text = removeTags(text, lines, line + 1 + index, closing, context)
    if (text.indexOf('{') !== -1) text = removeOverrides(text, lines, line + 1 + index, context)
    if (text.indexOf('\\') !== -1) {
      out ??= source.slice(0, index)
      const pieces = text.replace(ESCAPE, (escape) => (escape === '\\h' ? '\u00a0' : '\n')).split('\n')
      for (const piece of pieces) pushLine(out, piece)
      continue
    }
    const trimmed = trim(text)
    if (out === undefined && trimmed === written) continue
    out ??= source.slice(0, index)
    if (trimmed !== '') out.push(trimmed)
  }
  return out ?? source
}

/** A line without the spaces players trim; most lines have none, and the regex runs only when an end is a space. */
const trim = (text: string): string => (text !== '' && (isEdgeSpace(text.charCodeAt(0)) || isEdgeSpace(text.charCodeAt(text.length - 1))) ? text.replace(EDGE_SPACE, '') : text)

function pushLine(out: string[], text: string): void {
  const trimmed = trim(text)
  if (trimmed !== '') out.push(trimmed)
}

/** Names of the tags closed somewhere in the block (an unknown tag is markup only when closed). */
function closingTags(lines: readonly string[]): Set<string> {
  const names = new Set<string>()
  for (const line of lines) {
    if (line.indexOf('</') === -1) continue
    for (const match of line.matchAll(TAG)) if (match[1] === '/') names.add(match[2]!.toLowerCase())
  }
  return names
}

/** A block's lines and, once asked, the names of the tags closed in them. */
interface Closing {
  lines: readonly string[]
  names: Set<string> | undefined
}

function removeTags(text: string, lines: SourceLines, line: number, closing: Closing, context: ReadContext): string {
  return text.replace(TAG, (tag, slash: string, rawName: string, index: number) => {
    const name = rawName.toLowerCase()
    if (FORMATTING_TAGS.has(name)) {
      if (!context.repeat('formatting-removed', name)) context.report(`Formatting <${name}> is not kept: the model holds speech, not its styling`, 'formatting-removed', { severity: 'info', place: lines.point(line, index), actual: tag, gather: name })
      return ''
    }
    if (slash === '' && !(closing.names ??= closingTags(closing.lines)).has(name)) {
      if (!context.repeat('unknown-tag', tag)) context.report(`Unclosed unknown tag ${tag} is kept as text, as players show it`, 'unknown-tag', { place: lines.point(line, index), actual: tag, gather: tag })
      return tag
    }
    if (!context.repeat('unknown-tag', `/${name}`)) context.report(`Unknown tag ${tag} is taken out of the text, as players hide it`, 'unknown-tag', { place: lines.point(line, index), actual: tag, gather: `/${name}` })
    return ''
  })
}

function removeOverrides(text: string, lines: SourceLines, line: number, context: ReadContext): string {
  return text.replace(OVERRIDE, (block, index: number) => {
    const kind = block.startsWith('{\\an') ? 'position' : 'override'
    if (context.repeat('override-removed', kind)) return ''
    context.report(
      kind === 'position' ? `Caption position ${block} is not kept (the model has no caption layout)` : `Override code ${block} is not kept`,
      'override-removed',
      { severity: 'info', place: lines.point(line, index), actual: block, gather: kind },
    )
    return ''
  })
}

/** A stretch of a cue said by one speaker: the whole cue, or one dialogue line. */
export interface CuePart {
  /** `named`: a label names the speaker; `unnamed`: a marker says the speaker changes; `none`: no marker. */
  change: 'named' | 'unnamed' | 'none'
  /** The speaker's name as written (without `>>` and colon), for `named`. */
  name?: string
  text: string
}

const CHEVRON = /^>{2,3}(?:\s+|$)/
const DASH = /^[-‐–]\s+/
/** `Name: ` at the start of a cue (`Travis: When you first get`). */
export const NAME_PREFIX = /^([^:\n]{1,60}?):(?:[ \t]+(?=\S)|$)/
/** `ALICE: ` after `>>`: a label in capitals. */
const CAPS_LABEL = /^([\p{Lu}][\p{Lu}\p{M}\d .'’-]{0,40}):\s*/u

/** captions' `isNameCandidate` (the rule WebVTT's `Name:` prefixes follow too) of the names met so far (a file repeats its few labels on every turn); emptied past 1,000. */
const candidates = new Map<string, boolean>()

/** The `Name:` candidate at the start of a line, if any. */
export function namePrefix(text: string): string | undefined {
  // NAME_PREFIX needs a colon within the first 61 characters: most lines have none.
  const colon = text.indexOf(':')
  if (colon < 1 || colon > 60) return undefined
  const match = NAME_PREFIX.exec(text)
  if (!match) return undefined
  const name = match[1]!
  let candidate = candidates.get(name)
  if (candidate === undefined) {
    if (candidates.size >= 1000) candidates.clear()
    candidate = isNameCandidate(name)
    candidates.set(name, candidate)
  }
  return candidate ? name : undefined
}

/**
 * Split a cleaned cue into speaker parts; `names` are the `Name:` prefixes that start two cues or
 * more. A cue without any marker (most cues) is its text alone: one part, no marker.
 */
export function cueParts(lines: readonly string[], names: ReadonlySet<string>): CuePart[] | string {
  if (lines.length === 0) return []
  const dashed = lines.length > 1 && DASH.test(lines[0]!) && lines.filter((line) => DASH.test(line)).length >= 2
  // The common cue: no dialogue dashes, no chevrons, no label on its first line: one part, its lines joined.
  if (!dashed && markerOf(lines[0]!, true, false, names) === undefined && !anyChevron(lines)) {
    return lines.length === 1 ? lines[0]! : lines.join(' ')
  }
  const parts: CuePart[] = []
  let current: CuePart | undefined
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    const marked = markerOf(line, index === 0, dashed, names)
    if (marked || !current) {
      current = { change: marked?.change ?? 'none', text: marked ? marked.text : line }
      if (marked?.name !== undefined) current.name = marked.name
      parts.push(current)
    } else current.text += current.text === '' ? line : ' ' + line
  }
  return parts
}

/** Whether a line starts with `>` (a chevron marker, maybe). */
function anyChevron(lines: readonly string[]): boolean {
  for (const line of lines) if (line.charCodeAt(0) === 62) return true
  return false
}

function markerOf(text: string, first: boolean, dashed: boolean, names: ReadonlySet<string>): { change: CuePart['change']; name?: string; text: string } | undefined {
  const dash = dashed ? DASH.exec(text) : null
  const chevron = dash || text.charCodeAt(0) !== 62 ? null : CHEVRON.exec(text)
  if (!first && !dash && !chevron) return undefined
  const rest = dash || chevron ? text.slice((dash ?? chevron)![0].length) : text
  const caps = chevron ? CAPS_LABEL.exec(rest) : null
  if (caps) return { change: 'named', name: caps[1]!.trim(), text: rest.slice(caps[0].length) }
  const name = namePrefix(rest)
  if (name !== undefined && (names.has(name) || isCapsName(name) || GENERIC_LABEL.test(name))) return { change: 'named', name, text: rest.slice(rest.indexOf(':') + 1).trimStart() }
  if (dash || chevron) return { change: 'unnamed', text: rest }
  return undefined
}

/** `Speaker 1:`, `Speaker A:`: the labels of transcription services, speaker labels even when they start only one cue. */
const GENERIC_LABEL = /^(?:Speaker|Spk|Interviewer|Interviewee|Host|Guest|Agent|Customer|Caller) ?[\p{L}\d]{0,3}$/u

const isCapsName = (name: string) => /\p{L}{2}/u.test(name) && name === name.toUpperCase() && !/\d/.test(name)

const BRACKETED = /\[([^[\]]*)\]|\(([^()]*)\)/g

/** Speech and bracketed sounds: `[intro music] Hello` -> event, text. Which brackets are events is captions' answer (`bracketEventKind`), as for WebVTT. */
export function phrasing(text: string): Phrasing[] {
  if (text.indexOf('[') === -1 && text.indexOf('(') === -1) return text === '' ? [] : [{ type: 'text', value: text }]
  const out: Phrasing[] = []
  let last = 0
  for (const match of text.matchAll(BRACKETED)) {
    const kind = bracketEventKind(match[0])
    if (kind === null) continue
    if (match.index > last) out.push({ type: 'text', value: text.slice(last, match.index) })
    const event: Event = { type: 'event', kind, value: match[0] }
    out.push(event)
    last = match.index + match[0].length
  }
  if (last < text.length) out.push({ type: 'text', value: text.slice(last) })
  return out
}
