/**
 * The timeline: `when` points resolved to seconds from the origin. `@interval` is relative to
 * `@since` (or to the origin when there is no `@since`); `@absolute` is a clock time or date-time
 * relative to the origin's, or a plain number of seconds (as LaBB-CAT writes). Points with no
 * value (LaBB-CAT gives times to 36 of 233) are interpolated along the order in which the body
 * refers to them, and marked as estimated.
 */
import { descendants, firstDescendant, pointers, type XmlElement } from './dom.js'
import { MAX_SECONDS } from './constants.js'
import { parseClockTime, parseSeconds, TIME_UNITS } from './numbers.js'
import type { ReadContext } from './read-context.js'

export interface TimePoint {
  seconds: number
  estimated: boolean
}

/** One `when`: its time once resolved (the `TimePoint` the body's pointers get), and the state of resolving it. */
interface WhenEntry {
  id: string
  element: XmlElement
  unit: number
  seconds: number | undefined
  estimated: boolean
  /** Resolution was tried and gave no time (no value, a bad value, a cycle). */
  failed: boolean
  /** On the `since` chain being resolved: meeting it again is a cycle. */
  visiting: boolean
}

/** The points of the timeline by xml:id; one map, the entries themselves are the time points (10^6 of them for a million timed words). */
export class Timeline {
  private readonly points = new Map<string, WhenEntry>()
  /** Points with a time. */
  size = 0

  /** The time of a pointer (`#id` or `id`), when the point has one. */
  get(ref: string | undefined): TimePoint | undefined {
    if (ref === undefined) return undefined
    const entry = this.points.get(ref.charCodeAt(0) === 35 /* # */ ? ref.slice(1) : ref)
    return entry === undefined || entry.seconds === undefined ? undefined : (entry as TimePoint)
  }

  /** True when a `when` has this xml:id, timed or not. */
  declared(id: string): boolean {
    return this.points.has(id)
  }

  entry(id: string): WhenEntry | undefined {
    return this.points.get(id)
  }

  add(entry: WhenEntry): void {
    this.points.set(entry.id, entry)
  }

  entries(): IterableIterator<WhenEntry> {
    return this.points.values()
  }

  /** Give a point its time. */
  set(entry: WhenEntry, seconds: number, estimated: boolean): void {
    if (entry.seconds === undefined) this.size++
    entry.seconds = seconds
    entry.estimated = estimated
  }
}

/** What one `when` says by itself: seconds, an offset from another point, or nothing. */
type OwnValue = { seconds: number } | { offset: number; since: string | undefined } | undefined

export function readTimeline(ctx: ReadContext, text: XmlElement | undefined): Timeline {
  const timeline = new Timeline()
  const timelineElement = firstDescendant(text, 'timeline')
  if (!timelineElement) return timeline
  const timelineUnit = TIME_UNITS[timelineElement.attributes.unit ?? 's'] ?? 1
  for (const when of descendants(timelineElement, 'when')) {
    const id = when.attributes['xml:id']
    if (id === undefined) continue
    const unit = when.attributes.unit ? (TIME_UNITS[when.attributes.unit] ?? timelineUnit) : timelineUnit
    timeline.add({ id, element: when, unit, seconds: undefined, estimated: false, failed: false, visiting: false })
  }
  const entries = timeline
  const originId = pointers(timelineElement.attributes.origin)[0]
  const originEntry = originId === undefined ? undefined : entries.entry(originId)
  const originAbsolute = originEntry?.element.attributes.absolute
  const originClock = originAbsolute === undefined ? undefined : parseClockTime(originAbsolute)
  const originDate = originAbsolute === undefined ? undefined : Date.parse(originAbsolute)

  const ownValue = (entry: WhenEntry): OwnValue => {
    const { absolute, interval, since } = entry.element.attributes
    const id = entry.id
    if (absolute !== undefined) {
      const seconds = parseSeconds(absolute)
      if (seconds !== undefined) return { seconds }
      const clock = parseClockTime(absolute)
      if (clock !== undefined) return { seconds: clock - (originClock ?? clock) }
      if (originDate !== undefined && !Number.isNaN(originDate) && !Number.isNaN(Date.parse(absolute))) return { seconds: (Date.parse(absolute) - originDate) / 1000 }
      if (id === originId) return { seconds: 0 }
      return unreadable(entry, 'absolute', absolute)
    }
    if (interval !== undefined) {
      const value = parseSeconds(interval)
      if (value === undefined) return unreadable(entry, 'interval', interval)
      const reference = pointers(since)[0]
      // A point `since` itself (ISO 24624's origin) is relative to nothing.
      if (reference !== undefined && reference !== id) return { offset: value * entry.unit, since: reference }
      if (reference === undefined && originId !== undefined && originId !== id) return { offset: value * entry.unit, since: originId }
      return { seconds: value * entry.unit }
    }
    return id === originId ? { seconds: 0 } : undefined
  }

  const unreadable = (entry: WhenEntry, name: string, value: string): undefined => {
    ctx.message(`expected @${name} of <when xml:id="${entry.id}"> as a number of seconds${name === 'absolute' ? ' or a time of day' : ''}, found ${JSON.stringify(value)}; the point is given no time from the timeline`, 'unreadable-time', entry.element)
    return undefined
  }

  /** Resolve one point by walking its `since` chain in a loop (no recursion: chains can be as long as the input). */
  const resolve = (first: WhenEntry): void => {
    const chain: Array<{ entry: WhenEntry; offset: number }> = []
    let entry: WhenEntry | undefined = first
    let base: number | undefined
    while (entry) {
      if (entry.seconds !== undefined) {
        base = entry.seconds
        break
      }
      if (entry.failed) break
      if (entry.visiting) {
        ctx.message(`expected the @since chain of <when xml:id="${entry.id}"> to end at a point with a time, found a cycle back to it; these points are given no time from the timeline`, 'time-cycle', entry.element)
        break
      }
      entry.visiting = true
      const own = ownValue(entry)
      if (own === undefined) {
        chain.push({ entry, offset: Number.NaN })
        break
      }
      if ('seconds' in own) {
        chain.push({ entry, offset: own.seconds })
        base = 0
        break
      }
      chain.push({ entry, offset: own.offset })
      entry = entries.entry(own.since!) ?? entries.entry('#' + own.since!)
      if (!entry) ctx.message(`expected @since="${own.since}" to point at a <when> of the timeline, found none`, 'unresolved-time', chain[chain.length - 1]!.entry.element)
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const link = chain[i]!
      link.entry.visiting = false
      const seconds = base === undefined ? undefined : base + link.offset
      base = seconds !== undefined && accept(link.entry, seconds) ? seconds : undefined
      if (base === undefined) link.entry.failed = true
      else timeline.set(link.entry, base, false)
    }
  }

  /** A time the model can hold (0 or more, finite); beyond 100 hours kept, with a warning. */
  const accept = (entry: WhenEntry, seconds: number): boolean => {
    if (Number.isNaN(seconds)) return false
    if (!Number.isFinite(seconds) || seconds < 0) {
      ctx.message(`expected <when xml:id="${entry.id}"> at 0 s or later, found ${seconds} s; the point is given no time from the timeline`, 'invalid-time', entry.element)
      return false
    }
    if (seconds > MAX_SECONDS && !ctx.own) ctx.message(`expected <when xml:id="${entry.id}"> within 100 hours of the origin, found ${seconds} s; kept as written`, 'implausible-time', entry.element)
    return true
  }

  let count = 0
  for (const entry of entries.entries()) {
    count++
    if (entry.seconds !== undefined || entry.failed) continue
    // The common case (toTei, ISO 24624): an interval since a point already resolved.
    const { interval, since, absolute } = entry.element.attributes
    if (absolute === undefined && interval !== undefined && since !== undefined) {
      // (A point `since` itself is not resolved yet, so it never takes this path.)
      const base = timeline.get(since)
      const value = base === undefined ? undefined : parseSeconds(interval)
      if (value !== undefined) {
        const seconds = base!.seconds + value * entry.unit
        if (seconds >= 0 && seconds <= MAX_SECONDS) {
          timeline.set(entry, seconds, false)
          continue
        }
      }
    }
    resolve(entry)
  }

  const missing = count - timeline.size
  if (missing > 0) interpolate(ctx, timeline, text, timelineElement, missing)
  return timeline
}

/** Give unresolved points times by linear interpolation between the resolved points around them in body order. */
function interpolate(ctx: ReadContext, timeline: Timeline, text: XmlElement | undefined, timelineElement: XmlElement, missing: number): void {
  const order: string[] = []
  const seen = new Set<string>()
  const note = (refs: string[]): void => {
    for (const ref of refs) {
      if (timeline.declared(ref) && !seen.has(ref)) {
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
  // The next point with a time from the source: the same for a whole run of points without one
  // (found once per run, so a run of any length is linear).
  let after = -1
  // The last point before this one with a time (kept as the loop goes: no scan back).
  let before = -1
  for (let i = 0; i < order.length; i++) {
    const entry = timeline.entry(order[i]!)!
    if (entry.seconds !== undefined) {
      before = i
      continue
    }
    if (after <= i) {
      after = i + 1
      while (after < order.length && (!timeline.get(order[after]) || timeline.get(order[after])!.estimated)) after++
    }
    const from = before >= 0 ? timeline.get(order[before]) : undefined
    const to = after < order.length ? timeline.get(order[after]) : undefined
    let seconds: number | undefined
    if (from && to) seconds = from.seconds + ((to.seconds - from.seconds) * (i - before)) / (after - before)
    else seconds = (from ?? to)?.seconds
    if (seconds === undefined) continue
    timeline.set(entry, Math.max(0, seconds), true)
    before = i
    estimated++
  }
  ctx.message(
    `expected a time for every point of the timeline, found ${missing} without one; ${estimated} interpolated from their neighbours in the text (times marked estimated)`,
    'interpolated-time',
    timelineElement,
    'info',
  )
}
