/**
 * The timeline of toTei: every time the transcript holds (turns, segments, words, events), one
 * `when` per distinct value in time order, after the origin `T0` at 0 s (`interval` since `T0`,
 * as ISO 24624 writes it). Elements point at the `when`s: `u/@start`, `@end`, `anchor/@synch`,
 * `w/@synch`, and the `@start`/`@end` of event elements.
 */
import type { Block, Inline, Timing } from '@verbatim/core'
import { decimal } from './numbers.js'
import type { WriteContext } from './write-context.js'
import { escapeAttribute } from './xml-chars.js'

/** The distinct times of the transcript, ascending, and the xml:id of each one's `when`. */
export interface Timeline {
  times: Float64Array
  ids: string[]
  /** `#id` of each point, escaped, as pointers write it (built once: every word points at two). */
  refs: string[]
  /** The index last found: the next time asked for is most often this one or one of the next two. */
  cursor: number
}

/**
 * Times collected in one growing array (a million words make two million times), in the order
 * they run in a well-formed transcript: a turn's or segment's start, then what it holds, then its
 * end. Then the array is most often sorted already, and the sort is skipped.
 */
class TimeCollector {
  values = new Float64Array(64)
  length = 0
  estimated = false

  add(time: Timing | undefined): void {
    if (time === undefined) return
    this.start(time)
    this.end(time)
  }

  private start(time: Timing): void {
    if (time.source === 'estimated') this.estimated = true
    this.push(time.start)
  }

  private end(time: Timing): void {
    if (time.end !== undefined) this.push(time.end)
  }

  private push(value: number): void {
    // Only times the model allows get a `when`; the writer reports the others where they are used.
    if (!(value >= 0) || value === Infinity) return
    if (this.length === this.values.length) {
      const grown = new Float64Array(this.values.length * 2)
      grown.set(this.values)
      this.values = grown
    }
    this.values[this.length++] = value
  }

  /**
   * The times of inlines and of what their segments hold. A segment in a segment (only a hostile
   * transcript has one) is taken later, from a list: a loop, not recursion, whatever the depth.
   */
  inlines(children: readonly Inline[]): void {
    let list = children
    let nested: Array<readonly Inline[]> | undefined
    for (;;) {
      for (let i = 0; i < list.length; i++) {
        const inline = list[i]!
        if (inline.type === 'text') continue
        if (inline.type !== 'segment') {
          this.add(inline.time)
          continue
        }
        if (inline.time !== undefined) this.start(inline.time)
        const held: readonly Inline[] = Array.isArray(inline.children) ? inline.children : []
        for (let j = 0; j < held.length; j++) {
          const phrasing = held[j]!
          if (phrasing.type === 'segment') (nested ??= []).push([phrasing])
          else if (phrasing.type !== 'text') this.add(phrasing.time)
        }
        if (inline.time !== undefined) this.end(inline.time)
      }
      if (nested === undefined || nested.length === 0) return
      list = nested.pop()!
    }
  }

  blocks(children: readonly Block[]): void {
    for (const block of children) {
      if (block.type === 'break') continue
      if (block.type !== 'turn') {
        this.add(block.time)
        continue
      }
      if (block.time !== undefined) this.start(block.time)
      for (const paragraph of block.children) this.inlines(paragraph.children)
      if (block.time !== undefined) this.end(block.time)
    }
  }

  /** The times, ascending (sorted only when they are not already). */
  sorted(): Float64Array {
    const values = this.values.subarray(0, this.length)
    for (let i = 1; i < values.length; i++) if (values[i]! < values[i - 1]!) return values.sort()
    return values
  }
}

/** The timeline of a transcript (undefined when nothing is timed), and whether any time is estimated. */
export function buildTimeline(ctx: WriteContext): { timeline: Timeline | undefined; estimated: boolean } {
  const collector = new TimeCollector()
  collector.blocks(ctx.transcript.children)
  if (collector.length === 0) return { timeline: undefined, estimated: collector.estimated }
  const sorted = collector.sorted()
  // The origin 0 first; -0 and 0 are one time.
  let count = 1
  const times = new Float64Array(collector.length + 1)
  for (let i = 0; i < sorted.length; i++) {
    if (sorted[i]! !== times[count - 1]!) times[count++] = sorted[i]!
  }
  const ids: string[] = new Array<string>(count)
  const refs: string[] = new Array<string>(count)
  for (let i = 0; i < count; i++) {
    ids[i] = ctx.ids.fresh(`T${i}`)
    refs[i] = '#' + escapeAttribute(ids[i]!)
  }
  return { timeline: { times: times.slice(0, count), ids, refs, cursor: 0 }, estimated: collector.estimated }
}

/** The index of the `when` of a time, or -1 when the time has none: near the last one found, else by binary search (the times are sorted). */
function whenIndex(timeline: Timeline, time: number): number {
  const { times, cursor } = timeline
  for (let at = cursor; at < cursor + 3 && at < times.length; at++) {
    if (times[at] === time) {
      timeline.cursor = at
      return at
    }
  }
  const found = searchTime(times, time)
  if (found !== -1) timeline.cursor = found
  return found
}

function searchTime(times: Float64Array, time: number): number {
  let low = 0
  let high = times.length - 1
  while (low < high) {
    const mid = (low + high) >> 1
    if (times[mid]! < time) low = mid + 1
    else high = mid
  }
  return times[low] === time ? low : -1
}

export function writeTimeline(ctx: WriteContext, timeline: Timeline): void {
  const { xml } = ctx
  const origin = timeline.ids[0]!
  const since = '" since="' + escapeAttribute('#' + origin) + '"/>'
  xml.open('timeline', [['unit', 's'], ['origin', '#' + origin]])
  xml.empty('when', [['xml:id', origin], ['absolute', '00:00:00']])
  // One piece per point (a million words make two million points; joining costs per piece more than per character): the escaped id is the pointer without its `#`.
  const start = xml.lineStart() + '<when xml:id="'
  for (let i = 1; i < timeline.times.length; i++) {
    xml.safeText(start + timeline.refs[i]!.slice(1) + '" interval="' + decimal(timeline.times[i]!) + since)
  }
  xml.close('timeline')
}

/**
 * `#id` of the `when` of a time, or undefined (with a message) when the model does not allow the
 * time (negative, not finite) and it therefore has no `when`. The node's path is `base`, or its
 * child `index` when `index` is 0 or more; it is built only for a message (this runs for every word).
 */
export function timeRef(ctx: WriteContext, time: number | undefined, base: string, index: number, field: 'start' | 'end'): string | undefined {
  if (time === undefined) return undefined
  const at = ctx.timeline === undefined ? -1 : whenIndex(ctx.timeline, time)
  if (at === -1) {
    const path = `${base}${index >= 0 ? `.children[${index}]` : ''}.time.${field}`
    ctx.report(`expected a time in seconds, 0 or more, at ${path}, found ${String(time)}; not written`, 'invalid-time', path)
    return undefined
  }
  return ctx.timeline!.refs[at]
}

/**
 * The timing attributes of an element, as one string: `@start`/`@end` (att.timed: `u` and the event
 * elements), `synch` with start and end (`w`) or `synch` with the start (`anchor`), with `ana`
 * pointing at the estimated-time category when estimated. `ana` extra tokens (the interpreted
 * category of a turn) come first. The node is at `base` (child `index` of it when 0 or more).
 */
export function timingAttributes(ctx: WriteContext, time: Timing | undefined, base: string, index: number, style: 'start-end' | 'synch' | 'anchor', ana = ''): string {
  let out = ''
  if (time !== undefined) {
    const start = timeRef(ctx, time.start, base, index, 'start')
    // An anchor marks the start only: the segment's end is the next anchor.
    const end = style === 'anchor' ? undefined : timeRef(ctx, time.end, base, index, 'end')
    if (style !== 'start-end') {
      if (start !== undefined) out += ` synch="${start}${end === undefined ? '' : ' ' + end}"`
    } else {
      if (start !== undefined) out += ` start="${start}"`
      if (end !== undefined) out += ` end="${end}"`
    }
    if (time.source === 'estimated') ana += (ana === '' ? '' : ' ') + '#' + escapeAttribute(ctx.estimatedId!)
  }
  if (ana !== '') out += ` ana="${ana}"`
  return out
}
