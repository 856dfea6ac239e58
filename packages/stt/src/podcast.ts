/**
 * Podcasting 2.0 transcripts (`<podcast:transcript>`, podcastindex.org namespace): the
 * `application/json` form (`version`, `segments` of `speaker`, `startTime`, `endTime`, `body`,
 * phrase- or word-level) read and written, and the `text/html` form (`<cite>` speaker, `<time>`
 * start, `<p>` text) read. Each JSON segment is one segment of the model, its body its text, so the
 * JSON comes back segment for segment.
 */
import { createMessage, estimateTimes, MessageGatherer, speakerIndex, toString, unknownNodeMessage, visit, withKnownNodes, type EstimatedTime, type Metadata, type Segment, type TimedNode, type Transcript, type Turn, type VerbatimMessage } from '@verbatim/core'
import type { Unit } from './build.js'
import { at, isRecord, SOURCE, type ReadContext } from './read-context.js'
import { PODCAST } from './keys.js'

export function podcastUnits(json: Record<string, unknown>, context: ReadContext): { units: Unit[]; meta: Metadata } {
  const units: Unit[] = []
  const segments = Array.isArray(json.segments) ? json.segments : []
  context.keepUnknown(json, PODCAST.response, '')
  segments.forEach((segment: unknown, index) => {
    const path = at('segments', index)
    if (!isRecord(segment)) return context.report('A segment is not an object; skipped', 'invalid-segment', path, { actual: segment })
    context.reportUnknown(segment, PODCAST.segment, 'segments[]', path)
    if (typeof segment.body !== 'string') context.report('A segment has no body (text)', 'invalid-segment', at(path, 'body'), { actual: segment.body })
    const speaker = typeof segment.speaker === 'string' && segment.speaker.trim() !== '' ? segment.speaker.trim() : undefined
    units.push({
      start: context.time(segment.startTime, at(path, 'startTime')),
      end: context.time(segment.endTime, at(path, 'endTime')),
      speaker,
      speakerName: speaker,
      words: [],
      text: typeof segment.body === 'string' ? segment.body : '',
      path,
    })
  })
  const meta: Metadata = { extra: { 'podcast-transcript-version': typeof json.version === 'string' ? json.version : '' } }
  if (typeof json.version !== 'string') context.note('The transcript has no "version"', 'missing-version', 'version', 'warning')
  return { units, meta }
}

export interface ToPodcastJsonOptions {
  /** One JSON segment per model segment (default), or one per word where segments hold timed words. */
  granularity?: 'segment' | 'word'
  /** Indentation of the JSON (default 2; 0 for one line). */
  indent?: number
  /** Receives a message for everything the format cannot hold. */
  onMessage?: (message: VerbatimMessage) => void
}

interface PodcastSegment {
  speaker?: string
  startTime: number
  endTime: number
  body: string
}

const milliseconds = (seconds: number): number => Math.round(seconds * 1000) / 1000

/** The transcript as Podcasting 2.0 JSON (`version` 1.0.0). */
export function toPodcastJson(given: Transcript, options: ToPodcastJsonOptions = {}): string {
  const report = options.onMessage ?? (() => {})
  // Node types this version does not know: reported, their text kept as speech without a speaker (written when timed).
  const transcript = withKnownNodes(given, (node, path) => report(unknownNodeMessage(node, path, SOURCE, 'its text is kept as untimed speech')))
  const speakers = speakerIndex(transcript)
  const segments: PodcastSegment[] = []
  const paragraphs = new ParagraphTimes(transcript)
  transcript.children.forEach((block, b) => {
    if (block.type !== 'turn') {
      if (block.type === 'event') report(createMessage(`An event between turns is not written: ${block.value}`, 'unsupported-content', SOURCE, { path: `children[${b}]` }))
      return
    }
    const name = block.speaker === null ? undefined : (speakers.get(block.speaker)?.name ?? block.label ?? undefined)
    block.children.forEach((paragraph, p) => {
      // A timed turn whose paragraph has no timed speech: the paragraph is one segment, timed from the turn.
      if (block.time && !paragraph.children.some((inline) => inline.type === 'segment' || inline.type === 'word')) return paragraphs.add(segments, block, p, name, `children[${b}].children[${p}]`)
      paragraph.children.forEach((inline, i) => {
        const path = `children[${b}].children[${p}].children[${i}]`
        if (inline.type === 'segment') addSegment(segments, inline, name, options.granularity ?? 'segment', path, report)
        else if (inline.type === 'word') push(segments, name, inline.time.start, inline.time.end, inline.value, path, report)
        else if (inline.value.trim() !== '') report(createMessage(`Speech outside timed segments is not written: "${inline.value.slice(0, 40)}"`, 'untimed-content', SOURCE, { path }))
      })
    })
  })
  for (const message of paragraphs.messages.finish()) report(message)
  reportUnwritten(transcript, report)
  return JSON.stringify({ version: '1.0.0', segments }, null, options.indent ?? 2)
}

/** What Podcasting 2.0 JSON has no place for (it holds `version` and `segments` only): the metadata and the nodes' `data`, one info message each. */
function reportUnwritten(transcript: Transcript, report: (message: VerbatimMessage) => void): void {
  const meta = transcript.meta
  const fields = Object.keys(meta).filter((key) => key !== 'extra' || Object.keys(meta.extra!).some((name) => !name.startsWith('podcast-transcript-')))
  if (fields.length > 0) report(createMessage(`Metadata is not written: Podcasting 2.0 JSON holds segments only (${fields.join(', ')})`, 'unsupported-content', SOURCE, { path: 'meta', severity: 'info' }))
  let dataNodes = 0
  visit(transcript, (node) => {
    if (node.data !== undefined) dataNodes++
  })
  if (dataNodes > 0) report(createMessage(`${dataNodes} node${dataNodes === 1 ? ' has' : 's have'} \`data\`, which Podcasting 2.0 JSON cannot hold: not written`, 'unsupported-content', SOURCE, { severity: 'info' }))
}

/**
 * Paragraphs of timed turns written as segments: their times from core's estimate (the one every
 * writer shares: the turn's own times kept, paragraphs between placed by speaking time), made
 * only when a transcript has such paragraphs. Each estimated time is reported, one message per
 * kind (start, end, both) with the count.
 */
class ParagraphTimes {
  private times: Map<TimedNode, EstimatedTime> | undefined
  readonly messages = new MessageGatherer()

  constructor(private readonly transcript: Transcript) {}

  add(out: PodcastSegment[], turn: Turn, index: number, speaker: string | undefined, path: string): void {
    const paragraph = turn.children[index]!
    const body = toString(paragraph).trim()
    if (body === '') return
    this.times ??= estimateTimes(this.transcript)
    const time = this.times.get(paragraph)!
    // The turn's own times where the paragraph starts or ends the turn; the others estimated, written to the millisecond.
    const source = turn.time!.source === 'source'
    const start = index === 0 && source ? turn.time!.start : undefined
    const end = index === turn.children.length - 1 && source ? turn.time!.end : undefined
    out.push({ ...(speaker === undefined ? {} : { speaker }), startTime: start ?? milliseconds(time.start), endTime: end ?? milliseconds(time.end), body })
    const estimated = start === undefined ? (end === undefined ? 'start and end' : 'start') : end === undefined ? 'end' : undefined
    if (estimated === undefined || this.messages.repeat('estimated-time', estimated)) return
    const reason = `A paragraph without times of its own is written as one segment timed from its turn; its ${estimated} ${estimated === 'start and end' ? 'are' : 'is'} estimated (between the turn's times, by speaking time)`
    this.messages.add(createMessage(reason, 'estimated-time', SOURCE, { path, severity: 'info' }), estimated)
  }
}

function addSegment(out: PodcastSegment[], segment: Segment, speaker: string | undefined, granularity: 'segment' | 'word', path: string, report: (message: VerbatimMessage) => void): void {
  const words = segment.children.filter((child) => child.type === 'word')
  if (granularity === 'word' && words.length > 0) {
    for (const word of words) push(out, speaker, word.time.start, word.time.end, word.value, path, report)
    return
  }
  push(out, speaker, segment.time.start, segment.time.end, toString(segment), path, report)
}

function push(out: PodcastSegment[], speaker: string | undefined, start: number, end: number | undefined, body: string, path: string, report: (message: VerbatimMessage) => void): void {
  if (end === undefined) report(createMessage('A segment has no end time; endTime is written as its startTime', 'estimated-end', SOURCE, { path, severity: 'info' }))
  out.push({ ...(speaker === undefined ? {} : { speaker }), startTime: start, endTime: end ?? start, body })
}

/** The start of a tag the reader acts on, open or close, at `lastIndex`: the transcript's `<cite>`, `<time>` and `<p>`, the `<title>`, and the elements whose content is no text (`<head>`, `<style>`, `<script>`). */
const TAG = /<(\/?)(cite|time|p|title|head|style|script)\b/iy
const ENTITY = /&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos|nbsp));/gi
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

/** Text of HTML: tags out, entities decoded, whitespace collapsed. */
function htmlText(html: string): string {
  return withoutTags(html)
    .replace(ENTITY, (_, dec: string | undefined, hex: string | undefined, name: string | undefined) => (name ? NAMED[name.toLowerCase()]! : character(dec ? Number(dec) : parseInt(hex!, 16))))
    .replace(/\s+/g, ' ')
    .trim()
}

/** The text without its tags (each from a `<` to the first `>` after it), in one pass: a `<` with no `>` after it stays. */
function withoutTags(html: string): string {
  let out = ''
  let from = 0
  for (let lt = html.indexOf('<'); lt >= 0; lt = html.indexOf('<', from)) {
    const gt = html.indexOf('>', lt + 1)
    if (gt < 0) break
    out += html.slice(from, lt)
    from = gt + 1
  }
  return out + html.slice(from)
}

/** The character of a numeric reference; U+FFFD for what is no character (0, a surrogate, beyond U+10FFFF), as HTML reads it. */
const character = (code: number): string => (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\ufffd' : String.fromCodePoint(code))

/** `1:02:03.5`, `02:03`, `123.5` -> seconds, or undefined. */
export function clockTime(text: string): number | undefined {
  const match = /^(?:(?:(\d+):)?(\d{1,2}):)?(\d+(?:[.,]\d+)?)$/.exec(text.trim())
  if (!match) return undefined
  return Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3]!.replace(',', '.'))
}

/** The HTML form: each `<p>` a segment starting at the `<time>` before it, said by the `<cite>` before it; the `<title>` the title. */
export function podcastHtmlUnits(html: string, context: ReadContext): { units: Unit[]; meta: Metadata } {
  const units: Unit[] = []
  const meta: Metadata = { extra: { 'podcast-transcript-type': 'text/html' } }
  let speaker: string | undefined
  let start: number | undefined
  let open: { name: string; from: number } | undefined
  // Inside `<head>`, `<style>` or `<script>`: no speech (only a `<title>` is read there).
  let skip: string | undefined
  // Where text outside the transcript's elements may start (reported, not read).
  let outside = 0
  // Each tag runs from its `<` to the first `>` after it; that `>` is found once for all the `<`
  // before it, and a `<` with none after it ends the search (linear).
  let gt = -1
  for (let lt = html.indexOf('<'); lt >= 0; lt = html.indexOf('<', lt + 1)) {
    if (gt < lt && (gt = html.indexOf('>', lt + 1)) < 0) break
    TAG.lastIndex = lt
    const match = TAG.exec(html)
    if (!match) continue
    const index = lt
    lt = gt
    const name = match[2]!.toLowerCase()
    if (match[1] === '') {
      if (skip !== undefined && name !== 'title') continue
      if (skip === undefined && open === undefined) reportOutside(html, outside, index, context)
      if (name === 'head' || name === 'style' || name === 'script') skip = name
      else open = { name, from: gt + 1 }
      continue
    }
    if (skip !== undefined && name === skip) {
      skip = undefined
      outside = gt + 1
      continue
    }
    if (!open || open.name !== name) continue
    const content = htmlText(html.slice(open.from, index))
    // Messages point at the element's text, by line and column.
    const path = open.from
    if (name === 'title') {
      if (content !== '') meta.title = content
    } else if (name === 'cite') speaker = content.replace(/:\s*$/, '') || undefined
    else if (name === 'time') {
      start = clockTime(content)
      if (start === undefined) context.report(`A <time> is not a time: "${content}"`, 'invalid-time', path, { actual: content })
    } else if (content !== '') {
      units.push({ start, end: undefined, speaker, speakerName: speaker, words: [], text: content, paragraph: true, path })
    }
    open = undefined
    if (skip === undefined) outside = gt + 1
  }
  if (skip === undefined && open === undefined) reportOutside(html, outside, html.length, context)
  return { units, meta }
}

/** Text between `from` and `to` outside any tag (outside the transcript's elements): reported at its first character, not read. */
function reportOutside(html: string, from: number, to: number, context: ReadContext): void {
  let index = from
  while (index < to) {
    const code = html.charCodeAt(index)
    if (code === 0x3c) {
      const gt = html.indexOf('>', index + 1)
      if (gt < 0 || gt >= to) break
      index = gt + 1
    } else if (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0x0c) index++
    else break
  }
  if (index >= to) return
  const text = htmlText(html.slice(index, to))
  if (text === '') return
  context.report(`Text outside <cite>, <time> and <p> is not read: "${text.length > 60 ? text.slice(0, 60) + '…' : text}"`, 'text-not-read', index, { actual: text })
}
