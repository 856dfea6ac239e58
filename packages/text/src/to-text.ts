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

const vocabulary = buildVocabulary()

export function toText(transcript: Transcript, options: ToTextOptions = {}): string {
  const newline = options.newline ?? '\n'
  const header = options.header ?? 'yaml'
  const writeSpeakers = options.speakers ?? true
  const writeTimes = options.times ?? true
  const markStyle = options.timeMarks ?? 'bracket'
  const qualifier = options.interpretedQualifier ?? '(THROUGH TRANSLATOR)'
  const report = (reason: string, path: string, ruleId = 'unsupported-content') =>
    options.onMessage?.(createMessage(reason, ruleId, SOURCE, { severity: 'warning', path }) as VerbatimMessage)

  const speakers = new Map(transcript.speakers.map((speaker) => [speaker.id, speaker]))
  // Labels used by more than one speaker need the speaker id to read back.
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

  const out: string[] = []
  if (header === 'yaml') out.push(...yamlHeader(transcript, writeSpeakers, usedLabels, report))
  else if (header === 'plain') out.push(...plainHeader(transcript.meta, report))
  else if (Object.keys(transcript.meta).length > 0) report('header `none`: the metadata is not written', 'meta')
  if (header !== 'yaml' && transcript.speakers.length > 0) report('without the YAML header, speaker names, roles and titles are only implied by the labels', 'speakers')

  let previous: Block | undefined
  let previousTurn: Turn | undefined
  transcript.children.forEach((block, index) => {
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
        out.push(...turnLines(block, path, previous, previousTurn))
        previousTurn = block
        break
      default: {
        // A node type this version does not know: its text is kept as an unattributed paragraph.
        options.onMessage?.(unknownNodeMessage(block, path, SOURCE, 'its text is written as a paragraph'))
        const text = unknownNodeText(block).replace(/\s*\n\s*/g, ' ')
        if (text !== '') {
          const turn: Turn = { type: 'turn', speaker: null, label: null, interpreted: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] }
          out.push(...turnLines(turn, path, previous, previousTurn))
          previousTurn = turn
        }
      }
    }
    previous = block
  })
  // Leading blank lines go, except before an unattributed first turn: its two empty lines mark it as speech, not header.
  const first = transcript.children[0]
  const keepGap = out[0] === '' && first?.type === 'turn' && first.label === null && first.speaker === null
  while (out.length > 0 && out[0] === '' && !(keepGap && out[1] === '' && out[2] !== '')) out.shift()
  return out.join(newline) + newline

  function turnLines(turn: Turn, path: string, before: Block | undefined, lastTurn: Turn | undefined): string[] {
    const lines: string[] = []
    if (turn.language) report(`turn language \`${turn.language}\` is not written to plain text`, `${path}.language`)
    if (turn.time?.end !== undefined && !writeTimes) report('turn times are not written (option `times: false`)', `${path}.time`)
    if (turn.time && turn.time.source !== 'source') report('estimated times read back as source times', `${path}.time.source`)
    let label = turn.label
    const speaker = turn.speaker === null ? undefined : speakers.get(turn.speaker)
    if (turn.speaker !== null && !speaker) report(`speaker \`${turn.speaker}\` is not in the registry`, `${path}.speaker`)
    const continuesAfterEvent = label === null && turn.speaker !== null && before?.type === 'event' && lastTurn?.speaker === turn.speaker
    if (label === null && turn.speaker !== null && !continuesAfterEvent) {
      label = speaker?.aliases[0] ?? speaker?.name ?? turn.speaker
      report(`turn has a speaker but no label: written with the label \`${label}\``, `${path}.label`, 'missing-label')
    }
    const paragraphs = turn.children.map((paragraph, i) => paragraphText(paragraph, `${path}.children[${i}]`))
    if (label === null) {
      // Unattributed: a section gap (two empty lines) makes it a turn of its own; after an event, one line continues the speaker.
      if (turn.interpreted && continuesAfterEvent) report('a turn continuing after an event cannot be marked as interpreted in plain text', `${path}.interpreted`)
      if (turn.time && continuesAfterEvent) report('a turn continuing after an event cannot carry a time in plain text', `${path}.time`)
      lines.push(...(continuesAfterEvent ? [''] : ['', '', '']))
      if (paragraphs.length === 0) report('an empty unattributed turn cannot be written', path)
      paragraphs.forEach((paragraph, i) => {
        if (i > 0) lines.push('')
        const opening = i === 0 && !continuesAfterEvent
        let stamp = opening && writeTimes && turn.time ? `${timeStamp(turn.time.start, turn.time.end)} ` : ''
        if (opening && turn.interpreted) stamp += `${qualifier} `
        const marker = opening && !turn.interpreted && startsWithInterpretation(turn.children[0]!)
        lines.push(stamp + (stamp ? maybeEscape(paragraph, marker || escapeRuleFor(paragraph, { afterLabel: true, turnStart: true, onlyEvents: false }) !== undefined) : marker ? maybeEscape(paragraph, true) : escapeParagraph(paragraph, turn.children[i]!, false, opening)))
      })
      return lines
    }
    let head = oneLine(label, `${path}.label`, report)
    if (!labelReadsBack(head)) report(`label \`${head}\` does not read back as a label`, `${path}.label`)
    if (turn.speaker !== null && (labelOwners.get(label.toUpperCase())?.size ?? 0) > 1) head += ` (#${turn.speaker})`
    if (turn.interpreted) head += ` ${qualifier}`
    head += ':'
    if (writeTimes && turn.time) head += ` ${timeStamp(turn.time.start, turn.time.end)}`
    lines.push('')
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

  function paragraphText(paragraph: Paragraph, path: string): string {
    if (paragraph.children.length === 0) report('an empty paragraph cannot be written', path)
    return paragraph.children
      .map((inline: Inline, i) => {
        if (inline.type === 'event') return eventText(inline, `${path}.children[${i}]`)
        if (!isKnownInline(inline)) {
          options.onMessage?.(unknownNodeMessage(inline, `${path}.children[${i}]`, SOURCE, 'its text is written as text'))
          return unknownNodeText(inline).replace(/\s*\n\s*/g, ' ')
        }
        if (inline.type === 'segment') return segmentText(inline, `${path}.children[${i}]`, i === 0)
        const text = oneLine(inline.value, `${path}.children[${i}].value`, report)
        if (text.includes(':') && findTimeMarks(text, [], i === 0).length > 0) report('text contains a time mark that reads back as the start of a timed segment', `${path}.children[${i}].value`, 'ambiguous-text')
        if ((text.includes('(') || text.includes('[')) && findEvents(text, vocabulary).length > 0) {
          report('text contains a bracketed wording that reads back as an event', `${path}.children[${i}].value`, 'ambiguous-text')
        }
        return text
      })
      .join('')
  }

  /** A segment: its time mark (as the source wrote it when `data.mark` still says the same time, else in `timeMarks` style), then its speech. */
  /**
   * A segment: its time mark, then its speech. At the start of a paragraph a mark would read back as
   * the turn's time or need an escape that turns it into text, so there the speech is written
   * without its mark, and the time is reported as not written.
   */
  function segmentText(segment: Segment, path: string, atParagraphStart = false): string {
    const speech = segment.children
      .map((child, i) => (child.type === 'event' ? eventText(child, `${path}.children[${i}]`) : oneLine(child.value, `${path}.children[${i}].value`, report)))
      .join('')
    if (atParagraphStart) {
      report('a segment time at the start of a paragraph is not written (a mark there reads as the turn time or as text); its speech is kept', `${path}.time`)
      return speech
    }
    if (segment.time.source !== 'source') report('an estimated segment time is written as a time mark and reads back as a time from the source', `${path}.time`)
    if (segment.time.end !== undefined) report('a segment end time is not written (the next mark or the paragraph end closes a segment)', `${path}.time.end`)
    const written = segment.data?.mark
    const keeps = typeof written === 'string' && findTimeMarks(written, []).length === 1 && findTimeMarks(written, [])[0]!.seconds_ === segment.time.start
    const mark = keeps ? written : markStyle === 'paren' ? `(${formatClock(segment.time.start)})` : `[${formatClock(segment.time.start)}]`
    return mark + speech
  }

  function escapeParagraph(text: string, paragraph: Paragraph, afterLabel: boolean, turnStart = false): string {
    const onlyEvents = paragraph.children.length > 0 && paragraph.children.every((child) => child.type === 'event' || (child.type !== 'segment' && /^[\s.,;]*$/.test(child.value)))
    return maybeEscape(text, escapeRuleFor(text, { afterLabel, turnStart, onlyEvents }) !== undefined)
  }

  function eventText(event: Event, path: string, reportTo = report): string {
    const found = findEvents(event.value, vocabulary)
    const parenthetical = /^\([^()\n]*\)$/.test(event.value)
    if (!(found.length === 1 && found[0]!.start === 0 && found[0]!.end === event.value.length && found[0]!.kind === event.kind) && !(parenthetical && event.kind === 'other')) {
      reportTo(`event \`${event.value}\` (${event.kind}) does not read back as the same event`, path, 'ambiguous-event')
    }
    return oneLine(event.value, `${path}.value`, reportTo)
  }
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
