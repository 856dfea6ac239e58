/**
 * The text: a timeline when any turn is timed, then one `div` per section (a break starts a
 * `div type="section"` with its title as `head`), each turn a `u` preceded by its label as
 * `note type="speaker"`, paragraphs as `seg`, events as gap/vocal/kinesic/incident/pause.
 */
import { unknownNodeText, type Block, type Event, type Inline, type Paragraph, type Phrasing, type Segment, type Turn, type Word } from '@verbatim/core'
import { ANCHOR_END_TYPE, SECTION_DIV_TYPE } from './constants.js'
import { WRITE_EVENT } from './event-map.js'
import { decimal } from './numbers.js'
import type { WriteContext } from './write-context.js'
import { timeRef, timingAttributes, writeTimeline } from './write-timeline.js'
import { escapeAttribute, escapeText, isClean, isPlainText, isTokenList } from './xml-chars.js'

export function writeBody(ctx: WriteContext): void {
  const { xml, transcript, timeline } = ctx
  xml.open('text')
  xml.open('body')
  if (timeline) writeTimeline(ctx, timeline)
  const children = transcript.children
  if (children.length === 0) xml.empty('div')
  let index = 0
  // Blocks before the first break go in an untyped div (no break to read back).
  if (children.length > 0 && children[0]!.type !== 'break') {
    xml.open('div')
    while (index < children.length && children[index]!.type !== 'break') {
      writeBlock(ctx, children[index]!, index)
      index++
    }
    xml.close('div')
  }
  while (index < children.length) {
    const brk = children[index]!
    if (brk.type !== 'break') throw new Error('unreachable: a section starts at a break')
    const path = `children[${index}]`
    index++
    const start = index
    while (index < children.length && children[index]!.type !== 'break') index++
    if (brk.title === undefined && start === index) {
      xml.empty('div', [['type', SECTION_DIV_TYPE]])
      continue
    }
    xml.open('div', [['type', SECTION_DIV_TYPE]])
    if (brk.title !== undefined) xml.leaf('head', undefined, ctx.clean(brk.title, path + '.title'))
    for (let i = start; i < index; i++) writeBlock(ctx, children[i]!, i)
    xml.close('div')
  }
  xml.close('body')
  xml.close('text')
}

function writeBlock(ctx: WriteContext, block: Block, index: number): void {
  const path = `children[${index}]`
  if (block.type === 'turn') writeTurn(ctx, block, path)
  else if (block.type === 'event') writeEvent(ctx, block, path, false)
  else if (block.type === 'break') throw new Error('unreachable: breaks are written as divs')
  else writeUnknownBlock(ctx, block, path)
}

/** A block type this version does not know: reported, its text kept as an utterance without a speaker. */
function writeUnknownBlock(ctx: WriteContext, block: unknown, path: string): void {
  ctx.reportUnknown(block, path, 'its text is written as an utterance without a speaker')
  const text = unknownNodeText(block)
  if (text === '') return
  const paragraphs = text.split('\n\n').map((value): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] }))
  writeTurn(ctx, { type: 'turn', speaker: null, label: null, interpreted: false, children: paragraphs }, path)
}

function writeTurn(ctx: WriteContext, turn: Turn, path: string): void {
  const { xml } = ctx
  if (turn.label !== null) {
    xml.openMixed('note', [['type', 'speaker']])
    xml.text(ctx.clean(turn.label, path + '.label'))
    xml.closeInline('note')
  }
  let who: string | undefined
  if (turn.speaker !== null) {
    let id = ctx.speakerIds.get(turn.speaker)
    if (id === undefined) {
      ctx.report(`expected ${path}.speaker to name a speaker of the registry, found ${JSON.stringify(turn.speaker)}; written as a pointer to nothing`, 'unknown-speaker', path + '.speaker')
      id = ctx.clean(turn.speaker, path + '.speaker')
    }
    who = '#' + id
  }
  // The attributes of u are built as one string: this runs once per turn.
  let attributes = ` xml:id="${escapeAttribute(ctx.ids.fresh(`u${++ctx.turnCount}`))}"`
  if (who !== undefined) attributes += ` who="${escapeAttribute(who)}"`
  attributes += timingAttributes(ctx, turn.time, path, -1, 'start-end', turn.interpreted ? '#' + escapeAttribute(ctx.interpretedId!) : '')
  if (turn.language !== undefined) attributes += ` xml:lang="${escapeAttribute(ctx.clean(turn.language, path + '.language'))}"`
  if (turn.children.length === 0) {
    xml.emptyRaw('u', attributes)
    return
  }
  xml.openRaw('u', attributes)
  turn.children.forEach((paragraph, index) => writeParagraph(ctx, paragraph, `${path}.children[${index}]`))
  xml.close('u')
}

function writeParagraph(ctx: WriteContext, paragraph: Paragraph, path: string): void {
  const { xml } = ctx
  if (paragraph.children.length === 0) {
    xml.empty('seg')
    return
  }
  xml.openMixed('seg')
  const children = paragraph.children
  for (let index = 0; index < children.length; index++) {
    const inline = children[index]!
    if (inline.type === 'segment') writeSegment(ctx, inline, children[index + 1], path, index)
    else writePhrasing(ctx, inline, path, index)
  }
  xml.closeInline('seg')
}

/** Text, an event or a word; `path` is its container's (paths are built only when needed: this runs for every text). */
function writePhrasing(ctx: WriteContext, inline: Phrasing, path: string, index: number): void {
  const { xml } = ctx
  if (inline.type === 'text') {
    const value = inline.value
    if (isPlainText(value)) xml.safeText(value)
    else xml.text(isClean(value) ? value : ctx.clean(value, `${path}.children[${index}].value`))
  } else if (inline.type === 'event') writeEvent(ctx, inline, `${path}.children[${index}]`, true)
  else if (inline.type === 'word') writeWord(ctx, inline, path, index)
  else {
    // An inline type this version does not know: reported, its text kept as text.
    const where = `${path}.children[${index}]`
    ctx.reportUnknown(inline, where, 'its text is written as text')
    xml.text(ctx.clean(unknownNodeText(inline), where))
  }
}

/**
 * A segment between anchors (ISO 24624): `<anchor synch="#start"/>` content, then the end as
 * `<anchor synch="#end"/>` when the next node is a segment starting at that time (one anchor
 * ends one segment and starts the next), else `<anchor type="end" synch="#end"/>` (no `synch`
 * when the segment has no end).
 */
function writeSegment(ctx: WriteContext, segment: Segment, next: Inline | undefined, parent: string, at: number): void {
  const { xml } = ctx
  xml.safeText(`<anchor${timingAttributes(ctx, segment.time, parent, at, 'anchor')}/>`)
  const children = segment.children
  if (children.length > 0) {
    const path = `${parent}.children[${at}]`
    for (let index = 0; index < children.length; index++) writePhrasing(ctx, children[index]!, path, index)
  }
  const end = segment.time.end
  if (end !== undefined && next?.type === 'segment' && next.time.start === end) return
  const synch = timeRef(ctx, end, parent, at, 'end')
  xml.safeText(`<anchor type="${ANCHOR_END_TYPE}"${synch === undefined ? '' : ` synch="${synch}"`}/>`)
}

/** A timed word: `<w synch="#start #end">`, its confidence as `@cert`; child `index` of `parent` (paths built only for messages). */
function writeWord(ctx: WriteContext, word: Word, parent: string, index: number): void {
  // One piece per word (joining costs per piece more than per character): constants and cached `#T…` pointers.
  let out = '<w' + wordTiming(ctx, word.time, parent, index)
  const confidence = word.confidence
  if (confidence !== undefined) {
    if (confidence >= 0 && confidence <= 1) out += ' cert="' + decimal(confidence) + '"'
    else ctx.report(`expected a confidence from 0 to 1 at ${parent}.children[${index}].confidence, found ${String(confidence)}; not written`, 'invalid-confidence', `${parent}.children[${index}].confidence`)
  }
  const value = word.value
  ctx.xml.safeText(out + '>' + (isPlainText(value) ? value : escapeText(isClean(value) ? value : ctx.clean(value, `${parent}.children[${index}].value`))) + '</w>')
}

/** A word's `synch` (start and end) and estimated `ana`, as timingAttributes writes them. */
function wordTiming(ctx: WriteContext, time: Word['time'], parent: string, index: number): string {
  const start = timeRef(ctx, time.start, parent, index, 'start')
  const end = timeRef(ctx, time.end, parent, index, 'end')
  let out = ''
  if (start !== undefined) out = end === undefined ? ' synch="' + start + '"' : ' synch="' + start + ' ' + end + '"'
  if (time.source === 'estimated') out += ' ana="#' + escapeAttribute(ctx.estimatedId!) + '"'
  return out
}

/** An event: its element by kind, the wording in `desc` (in `@rend` for the empty `pause`), its time as `@start`/`@end`. */
function writeEvent(ctx: WriteContext, event: Event, path: string, inline: boolean): void {
  const { xml } = ctx
  const value = ctx.clean(event.value, path + '.value')
  const mapping = WRITE_EVENT[event.kind] ?? WRITE_EVENT.other
  if (WRITE_EVENT[event.kind] === undefined) {
    ctx.report(`expected an event kind at ${path}.kind, found ${JSON.stringify(event.kind)}; written as other`, 'unsupported-content', path + '.kind')
  }
  const timing = event.time === undefined ? '' : timingAttributes(ctx, event.time, path, -1, 'start-end')
  // pause is empty in TEI; ISO 24624 keeps the wording as @rend, which takes space-separated words.
  if (mapping.element === 'pause' && (value === '' || isTokenList(value))) {
    const attributes = ` type="${mapping.value}"${value === '' ? '' : ` rend="${escapeAttribute(value)}"`}${timing}`
    if (inline) xml.safeText(`<pause${attributes}/>`)
    else xml.emptyRaw('pause', attributes)
    return
  }
  const element = mapping.element === 'pause' ? 'incident' : mapping.element
  const attributes = ` ${mapping.attribute}="${mapping.value}"${timing}`
  if (inline) xml.safeText(`<${element}${attributes}>`)
  else xml.openMixedRaw(element, attributes)
  xml.safeText(value === '' ? '<desc/>' : `<desc>${escapeText(value)}</desc>`)
  xml.closeInline(element)
}
