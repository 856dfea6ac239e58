/**
 * toText: Verbatim transcript -> plain text in the press-conference convention: a metadata
 * header, `LABEL: text` turns, blank lines between paragraphs, events as written. Whatever the
 * text form cannot hold is reported through `onMessage`, never dropped silently.
 */
import { createMessage, isKnownInline, toString, unknownNodeMessage, unknownNodeText, type Block, type Event, type Inline, type Metadata, type Paragraph, type Segment, type Speaker, type Transcript, type Turn, type VerbatimMessage } from '@verbatim/core'
import { formatClock } from './clock.js'
import { findTimeMarks } from './inlines.js'
import { ESCAPE, escapeRuleFor } from './escape.js'
import { findEvents } from './events.js'
import { GRAMMARS } from './grammars.js'
import type { ToTextOptions } from './options.js'
import { SOURCE } from './source.js'
import { buildVocabulary, isInterpretationWording } from './vocabulary.js'
import { yamlScalar } from './yaml.js'

const vocabulary = /* @__PURE__ */ buildVocabulary()

type Report = (reason: string, path: string, ruleId?: string) => void

/** What the steps of `toText` share: the options as read, the speaker registry and who owns each label. */
interface WriteContext {
  onMessage_: ToTextOptions['onMessage']
  writeTimes_: boolean
  markStyle_: NonNullable<ToTextOptions['timeMarks']>
  qualifier_: string
  report_: Report
  speakers_: Map<string, Speaker>
  /** Upper-cased label -> the ids of the speakers it names (by name, alias or use). */
  labelOwners_: Map<string, Set<string>>
}

export function toText(transcript: Transcript, options: ToTextOptions = {}): string {
  const newline = options.newline ?? '\n'
  const report: Report = (reason, path, ruleId = 'unsupported-content') =>
    options.onMessage?.(createMessage(reason, ruleId, SOURCE, { severity: 'warning', path }) as VerbatimMessage)
  const { labelOwners, usedLabels } = collectLabels(transcript)
  const ctx: WriteContext = {
    onMessage_: options.onMessage,
    writeTimes_: options.times ?? true,
    markStyle_: options.timeMarks ?? 'bracket',
    qualifier_: options.interpretedQualifier ?? '(THROUGH TRANSLATOR)',
    report_: report,
    speakers_: new Map(transcript.speakers.map((speaker) => [speaker.id, speaker])),
    labelOwners_: labelOwners,
  }
  const out = headerLines(transcript, options.header ?? 'yaml', options.speakers ?? true, usedLabels, report)
  writeBlocks(ctx, transcript.children, out)
  trimLeadingBlanks(out, transcript.children[0])
  return out.join(newline) + newline
}

/** Labels used by more than one speaker need the speaker id to read back; the labels each speaker's turns use go to its aliases. */
function collectLabels(transcript: Transcript): { labelOwners: Map<string, Set<string>>; usedLabels: Map<string, Set<string>> } {
  const labelOwners = new Map<string, Set<string>>()
  const own = (label: string, id: string) => {
    const key = label.toUpperCase()
    if (!labelOwners.has(key)) labelOwners.set(key, new Set())
    labelOwners.get(key)!.add(id)
  }
  for (const speaker of transcript.speakers) {
    own(speaker.name, speaker.id)
    for (const alias of speaker.aliases) own(alias, speaker.id)
  }
  const usedLabels = new Map<string, Set<string>>()
  for (const block of transcript.children) {
    if (block.type === 'turn' && block.speaker !== null && block.label !== null) {
      own(block.label, block.speaker)
      if (!usedLabels.has(block.speaker)) usedLabels.set(block.speaker, new Set())
      usedLabels.get(block.speaker)!.add(block.label)
    }
  }
  return { labelOwners, usedLabels }
}

/** The header in the style asked for, reporting what it leaves out. */
function headerLines(transcript: Transcript, header: NonNullable<ToTextOptions['header']>, writeSpeakers: boolean, usedLabels: Map<string, Set<string>>, report: Report): string[] {
  const out: string[] = []
  if (header === 'yaml') out.push(...yamlHeader(transcript, writeSpeakers, usedLabels, report))
  else if (header === 'plain') out.push(...plainHeader(transcript.meta, report))
  else if (Object.keys(transcript.meta).length > 0) report('header `none`: the metadata is not written', 'meta')
  if (header !== 'yaml' && transcript.speakers.length > 0) report('without the YAML header, speaker names, roles and titles are only implied by the labels', 'speakers')
  return out
}

/** The body: each block's lines, after a blank line. */
function writeBlocks(ctx: WriteContext, blocks: readonly Block[], out: string[]): void {
  const { report_: report } = ctx
  let previous: Block | undefined
  let previousTurn: Turn | undefined
  blocks.forEach((block, index) => {
    const path = `children[${index}]`
    if (block.data) report('node data is not written to plain text', `${path}.data`)
    switch (block.type) {
      case 'break':
        out.push('', block.title !== undefined ? `## ${oneLine(block.title, `${path}.title`, report)}` : '* * *')
        break
      case 'event':
        out.push('', eventText(block, `${path}`, report))
        break
      case 'turn':
        out.push(...turnLines(ctx, block, path, previous, previousTurn))
        previousTurn = block
        break
      default: {
        const turn = unknownBlockTurn(ctx, block, path)
        if (turn) {
          out.push(...turnLines(ctx, turn, path, previous, previousTurn))
          previousTurn = turn
        }
      }
    }
    previous = block
  })
}

/** A node type this version does not know: its text is kept as an unattributed paragraph (none when it has no text). */
function unknownBlockTurn(ctx: WriteContext, block: Block, path: string): Turn | undefined {
  ctx.onMessage_?.(unknownNodeMessage(block, path, SOURCE, 'its text is written as a paragraph'))
  const text = unknownNodeText(block).replace(/\s*\n\s*/g, ' ')
  if (text === '') return undefined
  return { type: 'turn', speaker: null, label: null, interpreted: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] }
}

/** Leading blank lines go, except before an unattributed first turn: its two empty lines mark it as speech, not header. */
function trimLeadingBlanks(out: string[], first: Block | undefined): void {
  const keepGap = out[0] === '' && first?.type === 'turn' && first.label === null && first.speaker === null
  while (out.length > 0 && out[0] === '' && !(keepGap && out[1] === '' && out[2] !== '')) out.shift()
}

function turnLines(ctx: WriteContext, turn: Turn, path: string, before: Block | undefined, lastTurn: Turn | undefined): string[] {
  const { report_: report } = ctx
  if (turn.language) report(`turn language \`${turn.language}\` is not written to plain text`, `${path}.language`)
  if (turn.time?.end !== undefined && !ctx.writeTimes_) report('turn times are not written (option `times: false`)', `${path}.time`)
  if (turn.time && turn.time.source !== 'source') report('estimated times read back as source times', `${path}.time.source`)
  let label = turn.label
  const speaker = turn.speaker === null ? undefined : ctx.speakers_.get(turn.speaker)
  if (turn.speaker !== null && !speaker) report(`speaker \`${turn.speaker}\` is not in the registry`, `${path}.speaker`)
  const continuesAfterEvent = label === null && turn.speaker !== null && before?.type === 'event' && lastTurn?.speaker === turn.speaker
  if (label === null && turn.speaker !== null && !continuesAfterEvent) {
    label = speaker?.aliases[0] ?? speaker?.name ?? turn.speaker
    report(`turn has a speaker but no label: written with the label \`${label}\``, `${path}.label`, 'missing-label')
  }
  const paragraphs = turn.children.map((paragraph, i) => paragraphText(ctx, paragraph, `${path}.children[${i}]`))
  return label === null ? unattributedLines(ctx, turn, path, paragraphs, continuesAfterEvent) : labelledLines(ctx, turn, path, label, paragraphs)
}

/** Unattributed: a section gap (two empty lines) makes it a turn of its own; after an event, one line continues the speaker. */
function unattributedLines(ctx: WriteContext, turn: Turn, path: string, paragraphs: string[], continuesAfterEvent: boolean): string[] {
  const { report_: report } = ctx
  if (turn.interpreted && continuesAfterEvent) report('a turn continuing after an event cannot be marked as interpreted in plain text', `${path}.interpreted`)
  if (turn.time && continuesAfterEvent) report('a turn continuing after an event cannot carry a time in plain text', `${path}.time`)
  const lines = continuesAfterEvent ? [''] : ['', '', '']
  if (paragraphs.length === 0) report('an empty unattributed turn cannot be written', path)
  paragraphs.forEach((paragraph, i) => {
    if (i > 0) lines.push('')
    const opening = i === 0 && !continuesAfterEvent
    let stamp = opening && ctx.writeTimes_ && turn.time ? `${timeStamp(turn.time.start, turn.time.end)} ` : ''
    if (opening && turn.interpreted) stamp += `${ctx.qualifier_} `
    const marker = opening && !turn.interpreted && startsWithInterpretation(turn.children[0]!)
    lines.push(stamp + (stamp ? maybeEscape(paragraph, marker || escapeRuleFor(paragraph, { afterLabel: true, turnStart: true, onlyEvents: false }) !== undefined) : marker ? maybeEscape(paragraph, true) : escapeParagraph(paragraph, turn.children[i]!, false, opening)))
  })
  return lines
}

/** `LABEL (#id) (QUALIFIER): [time] text`, then the turn's other paragraphs. */
function labelledLines(ctx: WriteContext, turn: Turn, path: string, label: string, paragraphs: string[]): string[] {
  let head = oneLine(label, `${path}.label`, ctx.report_)
  if (!labelReadsBack(head)) ctx.report_(`label \`${head}\` does not read back as a label`, `${path}.label`)
  if (turn.speaker !== null && (ctx.labelOwners_.get(label.toUpperCase())?.size ?? 0) > 1) head += ` (#${turn.speaker})`
  if (turn.interpreted) head += ` ${ctx.qualifier_}`
  head += ':'
  if (ctx.writeTimes_ && turn.time) head += ` ${timeStamp(turn.time.start, turn.time.end)}`
  const lines = ['']
  if (paragraphs.length === 0) {
    lines.push(head)
    return lines
  }
  const firstText = paragraphs[0]!
  const first = turn.children[0]!
  const rule = escapeRuleFor(firstText, { afterLabel: true, turnStart: true, onlyEvents: false })
  const leadingMarker = !turn.interpreted && startsWithInterpretation(first)
  lines.push(`${head} ${maybeEscape(firstText, rule !== undefined || leadingMarker)}`)
  paragraphs.slice(1).forEach((paragraph, i) => {
    lines.push('', escapeParagraph(paragraph, turn.children[i + 1]!, false))
  })
  return lines
}

function paragraphText(ctx: WriteContext, paragraph: Paragraph, path: string): string {
  if (paragraph.children.length === 0) ctx.report_('an empty paragraph cannot be written', path)
  return paragraph.children
    .map((inline: Inline, i) => {
      if (inline.type === 'event') return eventText(inline, `${path}.children[${i}]`, ctx.report_)
      if (!isKnownInline(inline)) {
        ctx.onMessage_?.(unknownNodeMessage(inline, `${path}.children[${i}]`, SOURCE, 'its text is written as text'))
        return unknownNodeText(inline).replace(/\s*\n\s*/g, ' ')
      }
      if (inline.type === 'segment') return segmentText(ctx, inline, `${path}.children[${i}]`, i === 0)
      return plainText(inline.value, `${path}.children[${i}].value`, i === 0, ctx.report_)
    })
    .join('')
}

/** A text inline on one line, reporting wordings that would read back as a time mark or an event. */
function plainText(value: string, path: string, atParagraphStart: boolean, report: Report): string {
  const text = oneLine(value, path, report)
  if (text.includes(':') && findTimeMarks(text, [], atParagraphStart).length > 0) report('text contains a time mark that reads back as the start of a timed segment', path, 'ambiguous-text')
  if ((text.includes('(') || text.includes('[')) && findEvents(text, vocabulary).length > 0) {
    report('text contains a bracketed wording that reads back as an event', path, 'ambiguous-text')
  }
  return text
}

/**
 * A segment: its time mark (as the source wrote it when `data.mark` still says the same time, else
 * in `timeMarks` style), then its speech. At the start of a paragraph a mark would read back as
 * the turn's time or need an escape that turns it into text, so there the speech is written
 * without its mark, and the time is reported as not written.
 */
function segmentText(ctx: WriteContext, segment: Segment, path: string, atParagraphStart = false): string {
  const { report_: report } = ctx
  const speech = segment.children
    .map((child, i) => (child.type === 'event' ? eventText(child, `${path}.children[${i}]`, report) : oneLine(child.value, `${path}.children[${i}].value`, report)))
    .join('')
  if (atParagraphStart) {
    report('a segment time at the start of a paragraph is not written (a mark there reads as the turn time or as text); its speech is kept', `${path}.time`)
    return speech
  }
  if (segment.time.source !== 'source') report('an estimated segment time is written as a time mark and reads back as a time from the source', `${path}.time`)
  if (segment.time.end !== undefined) report('a segment end time is not written (the next mark or the paragraph end closes a segment)', `${path}.time.end`)
  const written = segment.data?.mark
  const keeps = typeof written === 'string' && findTimeMarks(written, []).length === 1 && findTimeMarks(written, [])[0]!.seconds_ === segment.time.start
  const mark = keeps ? written : ctx.markStyle_ === 'paren' ? `(${formatClock(segment.time.start)})` : `[${formatClock(segment.time.start)}]`
  return mark + speech
}

function escapeParagraph(text: string, paragraph: Paragraph, afterLabel: boolean, turnStart = false): string {
  const onlyEvents = paragraph.children.length > 0 && paragraph.children.every((child) => child.type === 'event' || (child.type !== 'segment' && /^[\s.,;]*$/.test(child.value)))
  return maybeEscape(text, escapeRuleFor(text, { afterLabel, turnStart, onlyEvents }) !== undefined)
}

function eventText(event: Event, path: string, report: Report): string {
  const found = findEvents(event.value, vocabulary)
  const parenthetical = /^\([^()\n]*\)$/.test(event.value)
  if (!(found.length === 1 && found[0]!.start === 0 && found[0]!.end === event.value.length && found[0]!.kind === event.kind) && !(parenthetical && event.kind === 'other')) {
    report(`event \`${event.value}\` (${event.kind}) does not read back as the same event`, path, 'ambiguous-event')
  }
  return oneLine(event.value, `${path}.value`, report)
}

/** A paragraph opening with an interpretation note (`(As interpreted.)`), which would mark the turn interpreted. */
function startsWithInterpretation(paragraph: Paragraph): boolean {
  const head = paragraph.children[0]
  return head?.type === 'event' && isInterpretationWording(head.value)
}

function timeStamp(start: number, end: number | undefined): string {
  return `[${formatClock(start)}${end !== undefined ? ` --> ${formatClock(end)}` : ''}]`
}

function maybeEscape(text: string, escape: boolean): string {
  return escape ? ESCAPE + text : text
}

function labelReadsBack(label: string): boolean {
  return GRAMMARS.some((grammar) => grammar.id !== 'court' && grammar.match(`${label}: x`)?.label === label)
}

function oneLine(text: string, path: string, report: (reason: string, path: string, ruleId?: string) => void): string {
  if (!/[\n\r\u2028\u2029]/.test(text)) return text
  report('line breaks inside text are written as spaces', path, 'line-break')
  return text.replace(/[ \t]*(?:\r\n|[\n\r\u2028\u2029])[ \t]*/g, ' ')
}

function yamlHeader(transcript: Transcript, writeSpeakers: boolean, usedLabels: Map<string, Set<string>>, report: (reason: string, path: string) => void): string[] {
  const meta = transcript.meta
  const lines: string[] = []
  const scalar = (key: string, value: string | undefined, indent = '') => {
    if (value !== undefined) lines.push(`${indent}${key}: ${yamlScalar(value)}`)
  }
  scalar('title', meta.title)
  scalar('subtitle', meta.subtitle)
  scalar('date', meta.date)
  scalar('place', meta.place)
  if (meta.languages?.length) lines.push(`languages: [${meta.languages.map(yamlScalar).join(', ')}]`)
  scalar('description', meta.description)
  if (meta.source && Object.keys(meta.source).length === 0) lines.push('source: {}')
  if (meta.media && Object.keys(meta.media).length === 0) lines.push('media: {}')
  if (meta.source && Object.keys(meta.source).length > 0) {
    lines.push('source:')
    for (const key of ['url', 'publisher', 'title', 'date'] as const) scalar(key, meta.source[key], '  ')
  }
  if (meta.media && Object.keys(meta.media).length > 0) {
    lines.push('media:')
    scalar('url', meta.media.url, '  ')
    scalar('type', meta.media.type, '  ')
    if (meta.media.duration !== undefined) lines.push(`  duration: ${meta.media.duration}`)
  }
  if (meta.extra && Object.keys(meta.extra).length === 0) lines.push('extra: {}')
  if (meta.notes && meta.notes.length === 0) lines.push('notes: []')
  if (meta.extra && Object.keys(meta.extra).length > 0) {
    lines.push('extra:')
    for (const [key, value] of Object.entries(meta.extra)) lines.push(`  ${yamlScalar(key)}: ${yamlScalar(value)}`)
  }
  if (meta.notes?.length) {
    lines.push('notes:')
    for (const note of meta.notes) lines.push(`  - kind: ${yamlScalar(note.kind)}`, `    value: ${yamlScalar(note.value)}`)
  }
  if (writeSpeakers && transcript.speakers.length > 0) {
    lines.push('speakers:')
    for (const speaker of transcript.speakers) lines.push(...speakerYaml(speaker, usedLabels.get(speaker.id)))
  }
  if (transcript.speakers.some((speaker) => speaker.data)) report('speaker data is not written to plain text', 'speakers')
  // Always fenced, even when empty: with front matter, headings read back as breaks, not the title.
  return ['---', ...lines, '---']
}

function speakerYaml(speaker: Speaker, used: Set<string> | undefined): string[] {
  const aliases = [...speaker.aliases]
  for (const label of used ?? []) if (!aliases.includes(label)) aliases.push(label)
  const lines = [`  - id: ${yamlScalar(speaker.id)}`, `    name: ${yamlScalar(speaker.name)}`, `    role: ${yamlScalar(speaker.role)}`]
  if (speaker.title !== undefined) lines.push(`    title: ${yamlScalar(speaker.title)}`)
  if (speaker.affiliation !== undefined) lines.push(`    affiliation: ${yamlScalar(speaker.affiliation)}`)
  lines.push(`    group: ${speaker.group}`)
  if (aliases.length > 0) lines.push(`    aliases: [${aliases.map((alias) => JSON.stringify(alias)).join(', ')}]`)
  return lines
}

function plainHeader(meta: Metadata, report: (reason: string, path: string) => void): string[] {
  const lines: string[] = []
  for (const value of [meta.title, meta.date, meta.place]) {
    if (value === undefined) continue
    if (lines.length > 0) lines.push('')
    lines.push(value.replace(/\s*\n\s*/g, ' '))
  }
  for (const key of Object.keys(meta) as (keyof Metadata)[]) {
    if (key !== 'title' && key !== 'date' && key !== 'place') report(`header \`plain\`: metadata field \`${key}\` is not written`, `meta.${key}`)
  }
  return lines
}
