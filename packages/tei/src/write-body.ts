/**
 * The text: a timeline when any turn is timed, then one `div` per section (a break starts a
 * `div type="section"` with its title as `head`), each turn a `u` preceded by its label as
 * `note type="speaker"`, paragraphs as `seg`, events as gap/vocal/kinesic/incident/pause.
 */
import { toString, type Block, type Event, type Paragraph, type Turn } from '@verbatim/core'
import { SECTION_DIV_TYPE } from './constants.js'
import { WRITE_EVENT } from './event-map.js'
import { decimal } from './numbers.js'
import type { WriteContext } from './write-context.js'
import { escapeAttribute, isClean, isPlainText, isTokenList } from './xml-chars.js'
import type { Attributes } from './xml-writer.js'

/** The distinct times of the transcript, ascending, and the xml:id of each one's `when`. */
interface Timeline {
  times: Float64Array
  ids: string[]
}

/** The xml:id of the `when` of a time (binary search: the times are sorted). */
function whenId(timeline: Timeline, time: number): string {
  const { times } = timeline
  let low = 0
  let high = times.length - 1
  while (low < high) {
    const mid = (low + high) >> 1
    if (times[mid]! < time) low = mid + 1
    else high = mid
  }
  return timeline.ids[low]!
}

export function writeBody(ctx: WriteContext): void {
  const { xml, transcript } = ctx
  const timeline = buildTimeline(ctx)
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
      writeBlock(ctx, children[index]!, index, timeline)
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
    for (let i = start; i < index; i++) writeBlock(ctx, children[i]!, i, timeline)
    xml.close('div')
  }
  xml.close('body')
  xml.close('text')
}

/** One `when` per distinct time, in time order, after the origin `T0` at 0 s. */
function buildTimeline(ctx: WriteContext): Timeline | undefined {
  const all: number[] = [0]
  for (const block of ctx.transcript.children) {
    if (block.type !== 'turn' || !block.time) continue
    all.push(block.time.start)
    if (block.time.end !== undefined) all.push(block.time.end)
  }
  if (all.length === 1) return undefined
  const sorted = Float64Array.from(all).sort()
  let count = 0
  for (let i = 0; i < sorted.length; i++) {
    // -0 and 0 are one time; the origin is 0.
    if (count === 0 || sorted[i]! !== sorted[count - 1]!) sorted[count++] = sorted[i]! === 0 ? 0 : sorted[i]!
  }
  const times = sorted.slice(0, count)
  const ids: string[] = new Array<string>(count)
  for (let i = 0; i < count; i++) ids[i] = ctx.ids.fresh(`T${i}`)
  return { times, ids }
}

function writeTimeline(ctx: WriteContext, timeline: Timeline): void {
  const { xml } = ctx
  const origin = timeline.ids[0]!
  const since = escapeAttribute('#' + origin)
  xml.open('timeline', [['unit', 's'], ['origin', '#' + origin]])
  xml.empty('when', [['xml:id', origin], ['absolute', '00:00:00']])
  for (let i = 1; i < timeline.times.length; i++) {
    xml.emptyRaw('when', ` xml:id="${escapeAttribute(timeline.ids[i]!)}" interval="${decimal(timeline.times[i]!)}" since="${since}"`)
  }
  xml.close('timeline')
}

function writeBlock(ctx: WriteContext, block: Block, index: number, timeline: Timeline | undefined): void {
  const path = `children[${index}]`
  if (block.type === 'turn') writeTurn(ctx, block, path, timeline)
  else if (block.type === 'event') writeEvent(ctx, block, path, false)
  else throw new Error('unreachable: breaks are written as divs')
}

function writeTurn(ctx: WriteContext, turn: Turn, path: string, timeline: Timeline | undefined): void {
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
  if (turn.time && timeline) {
    attributes += ` start="#${escapeAttribute(whenId(timeline, turn.time.start))}"`
    if (turn.time.end !== undefined) attributes += ` end="#${escapeAttribute(whenId(timeline, turn.time.end))}"`
  }
  const estimated = turn.time?.source === 'estimated'
  if (turn.interpreted || estimated) {
    attributes += ` ana="${turn.interpreted ? '#' + escapeAttribute(ctx.interpretedId!) : ''}${turn.interpreted && estimated ? ' ' : ''}${estimated ? '#' + escapeAttribute(ctx.estimatedId!) : ''}"`
  }
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
    // Paths are built only when needed: this loop runs for every text of the transcript.
    if (inline.type === 'text') {
      const value = inline.value
      if (isPlainText(value)) xml.safeText(value)
      else xml.text(isClean(value) ? value : ctx.clean(value, `${path}.children[${index}].value`))
    }
    else if (inline.type === 'event') writeEvent(ctx, inline, `${path}.children[${index}]`, true)
    else xml.text(ctx.clean(toString(inline), `${path}.children[${index}]`))
  }
  xml.closeInline('seg')
}

/** An event: its element by kind, the wording in `desc` (in `@rend` for the empty `pause`). */
function writeEvent(ctx: WriteContext, event: Event, path: string, inline: boolean): void {
  const { xml } = ctx
  const value = ctx.clean(event.value, path + '.value')
  const mapping = WRITE_EVENT[event.kind] ?? WRITE_EVENT.other
  if (WRITE_EVENT[event.kind] === undefined) {
    ctx.report(`expected an event kind at ${path}.kind, found ${JSON.stringify(event.kind)}; written as other`, 'unsupported-content', path + '.kind')
  }
  if (mapping.element === 'pause') {
    // pause is empty in TEI; ISO 24624 keeps the wording as @rend, which takes space-separated words.
    if (value === '' || isTokenList(value)) {
      const attributes: Attributes = [['type', mapping.value], ['rend', value === '' ? undefined : value]]
      if (inline) xml.emptyInline('pause', attributes)
      else xml.empty('pause', attributes)
      return
    }
  }
  const element = mapping.element === 'pause' ? 'incident' : mapping.element
  const attributes: Attributes = [[mapping.attribute, mapping.value]]
  if (inline) xml.openInline(element, attributes)
  else xml.openMixed(element, attributes)
  if (value === '') xml.emptyInline('desc')
  else {
    xml.openInline('desc')
    xml.text(value)
    xml.closeInline('desc')
  }
  xml.closeInline(element)
}
