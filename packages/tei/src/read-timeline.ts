/**
 * The timeline: `when` points resolved to seconds from the origin. `@interval` is relative to
 * `@since` (or to the origin when there is no `@since`); `@absolute` is a clock time or date-time
 * relative to the origin's, or a plain number of seconds (as LaBB-CAT writes). Points with no
 * value (LaBB-CAT gives times to 36 of 233) are interpolated along the order in which the body
 * refers to them, and marked as estimated.
 */
import { descendants, firstDescendant, pointers, type XmlElement } from './dom.js'
import { parseClockTime, parseSeconds, TIME_UNITS } from './numbers.js'
import type { ReadContext } from './read-context.js'

export interface TimePoint {
  seconds: number
  estimated: boolean
}

export class Timeline {
  private readonly points = new Map<string, TimePoint>()
  /** The same points under `#id`, so that a pointer is looked up as written (no slice per lookup: 10^5 of them). */
  private readonly pointed = new Map<string, TimePoint>()

  get size(): number {
    return this.points.size
  }

  get(ref: string | undefined): TimePoint | undefined {
    if (ref === undefined) return undefined
    return ref.charCodeAt(0) === 35 /* # */ ? this.pointed.get(ref) : this.points.get(ref)
  }

  set(id: string, point: TimePoint): void {
    this.points.set(id, point)
    this.pointed.set('#' + id, point)
  }
}

interface WhenEntry {
  element: XmlElement
  unit: number
  /** Resolved seconds, once known (saves a map lookup per reference). */
  seconds?: number
  /** Being resolved: a `since` chain that comes back here is a cycle. */
  resolving?: boolean
}

export function readTimeline(ctx: ReadContext, text: XmlElement | undefined): Timeline {
  const timeline = new Timeline()
  const timelineElement = firstDescendant(text, 'timeline')
  if (!timelineElement) return timeline
  const timelineUnit = TIME_UNITS[timelineElement.attributes.unit ?? 's'] ?? 1
  const entries = new Map<string, WhenEntry>()
  for (const when of descendants(timelineElement, 'when')) {
    const id = when.attributes['xml:id']
    if (id === undefined) continue
    entries.set(id, { element: when, unit: when.attributes.unit ? (TIME_UNITS[when.attributes.unit] ?? timelineUnit) : timelineUnit })
  }
  const originId = pointers(timelineElement.attributes.origin)[0]
  const originEntry = originId === undefined ? undefined : entries.get(originId)
  const originAbsolute = originEntry?.element.attributes.absolute
  const originClock = originAbsolute === undefined ? undefined : parseClockTime(originAbsolute)
  const originDate = originAbsolute === undefined ? undefined : Date.parse(originAbsolute)

  const resolve = (id: string): number | undefined => {
    // An xml:id written with a leading `#` is looked up as a pointer, as Timeline.get does.
    if (id.charCodeAt(0) === 35) {
      const known = timeline.get(id)
      if (known) return known.seconds
    }
    const entry = entries.get(id)
    if (!entry) return undefined
    if (entry.seconds !== undefined) return entry.seconds
    if (entry.resolving) return undefined
    entry.resolving = true
    let seconds: number | undefined
    const { absolute, interval, since } = entry.element.attributes
    if (absolute !== undefined) {
      seconds = parseSeconds(absolute)
      if (seconds === undefined) {
        const clock = parseClockTime(absolute)
        if (clock !== undefined) seconds = clock - (originClock ?? clock)
        else if (originDate !== undefined && !Number.isNaN(originDate) && !Number.isNaN(Date.parse(absolute))) seconds = (Date.parse(absolute) - originDate) / 1000
        else if (id === originId) seconds = 0
      }
    } else if (interval !== undefined) {
      const value = parseSeconds(interval)
      if (value !== undefined) {
        const reference = pointers(since)[0]
        let base: number | undefined = 0
        if (reference !== undefined && reference !== id) base = resolve(reference)
        else if (reference === undefined && originId !== undefined && originId !== id) base = resolve(originId)
        if (base !== undefined) seconds = base + value * entry.unit
      }
    } else if (id === originId) {
      seconds = 0
    }
    entry.resolving = false
    if (seconds !== undefined) {
      entry.seconds = seconds
      timeline.set(id, { seconds, estimated: false })
    }
    return seconds
  }
  for (const id of entries.keys()) resolve(id)

  const missing = entries.size - timeline.size
  if (missing > 0) interpolate(ctx, timeline, entries, text, timelineElement, missing)
  return timeline
}

/** Give unresolved points times by linear interpolation between the resolved points around them in body order. */
function interpolate(ctx: ReadContext, timeline: Timeline, entries: Map<string, WhenEntry>, text: XmlElement | undefined, timelineElement: XmlElement, missing: number): void {
  const order: string[] = []
  const seen = new Set<string>()
  const note = (refs: string[]): void => {
    for (const ref of refs) {
      if (entries.has(ref) && !seen.has(ref)) {
        seen.add(ref)
        order.push(ref)
      }
    }
  }
  // Document order of references in the text: an element's start (and first synch) before its
  // content, its end (and later synch points) after it, as the times run.
  const stack: Array<{ element: XmlElement; exit: boolean }> = text ? [{ element: text, exit: false }] : []
  while (stack.length > 0) {
    const { element, exit } = stack.pop()!
    const synch = pointers(element.attributes.synch)
    if (exit) {
      note([...synch.slice(1), ...pointers(element.attributes.end)])
      continue
    }
    if (element === timelineElement) continue
    note([...pointers(element.attributes.start), ...synch.slice(0, 1)])
    stack.push({ element, exit: true })
    for (let i = element.children.length - 1; i >= 0; i--) {
      const child = element.children[i]!
      if (child.type === 'element') stack.push({ element: child, exit: false })
    }
  }
  let estimated = 0
  for (let i = 0; i < order.length; i++) {
    const id = order[i]!
    if (timeline.get(id)) continue
    let before = i - 1
    while (before >= 0 && !timeline.get(order[before])) before--
    let after = i + 1
    while (after < order.length && (!timeline.get(order[after]) || timeline.get(order[after])!.estimated)) after++
    const from = before >= 0 ? timeline.get(order[before]) : undefined
    const to = after < order.length ? timeline.get(order[after]) : undefined
    let seconds: number | undefined
    if (from && to) seconds = from.seconds + ((to.seconds - from.seconds) * (i - before)) / (after - before)
    else seconds = (from ?? to)?.seconds
    if (seconds === undefined) continue
    timeline.set(id, { seconds: Math.max(0, seconds), estimated: true })
    estimated++
  }
  ctx.message(
    `expected a time for every point of the timeline, found ${missing} without one; ${estimated} interpolated from their neighbours in the text (times marked estimated)`,
    'interpolated-time',
    timelineElement,
    'info',
  )
}
