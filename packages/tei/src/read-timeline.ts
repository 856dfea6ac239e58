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

/** Flags of a point, in `Timeline.flags`. */
const ESTIMATED = 1
/** Resolution was tried and gave no time (no value, a bad value, a cycle). */
const FAILED = 2
/** On the `since` chain being resolved: meeting it again is a cycle. */
const VISITING = 4
/** A later `when` has the same xml:id (the map holds that one). */
const SHADOWED = 8

/**
 * The points of the timeline, as numbers: point `i` (its place in document order) has its time in
 * `seconds[i]` (NaN until it has one), its flags and unit beside it, and its `when` element only
 * while it has no time (10^6 points for a million timed words: a few typed arrays, not 10^6
 * objects). The body points at them mostly in timeline order, so a lookup first tries the point
 * last found and the one after it.
 */
export class Timeline {
  /** Points by xml:id, once the ids are not dense (see `dense`). */
  private readonly points = new Map<string, number>()
  /** The xml:id of each point, once the ids are not dense. */
  private ids: string[] = []
  /**
   * While every id so far is this prefix and the point's index in decimal (toTei's `T0`, `T1`...,
   * with an idPrefix before them), ids are read as numbers: no strings kept, no map of a million
   * strings (a hash table that size costs a cache miss per lookup). Undefined once an id is not.
   */
  private dense: string | undefined
  private seconds = new Float64Array(16)
  private units = new Float64Array(16)
  private flags = new Uint8Array(16)
  /** The `when` of each point without a time yet. */
  private readonly elements: Array<XmlElement | undefined> = []
  private cursor = 0
  /** Points, timed or not. */
  length = 0
  /** Points with a time. */
  size = 0

  /** The time of a pointer (`#id` or `id`), when the point has one. */
  get(ref: string | undefined): TimePoint | undefined {
    if (ref === undefined) return undefined
    const point = this.find(ref)
    if (point === -1) return undefined
    const seconds = this.seconds[point]!
    return Number.isNaN(seconds) ? undefined : { seconds, estimated: (this.flags[point]! & ESTIMATED) !== 0 }
  }

  /** The point of a pointer: the one at the cursor or after it when it matches, else by its id. */
  private find(ref: string): number {
    const hash = ref.charCodeAt(0) === 35 /* # */ ? 1 : 0
    if (this.dense === undefined) {
      const length = ref.length - hash
      for (let at = this.cursor; at <= this.cursor + 1 && at < this.length; at++) {
        const id = this.ids[at]!
        if (id.length === length && (this.flags[at]! & SHADOWED) === 0 && ref.endsWith(id)) {
          this.cursor = at
          return at
        }
      }
    }
    const point = this.entry(hash === 1 ? ref.slice(1) : ref)
    if (point !== -1) this.cursor = point
    return point
  }

  /**
   * The point whose id is `text` from `from` to `to` (no `#`), or -1; while ids are dense, read
   * in place, without a string made (this runs twice for every timed word).
   */
  pointIn(text: string, from: number, to: number): number {
    const prefix = this.dense
    if (prefix === undefined) return this.find(text.slice(from, to))
    const point = digitsAfter(text, prefix, from, to)
    return point < this.length ? point : -1
  }

  /** True when a `when` has this xml:id, timed or not. */
  declared(id: string): boolean {
    return this.entry(id) !== -1
  }

  /** The point of an xml:id, or -1. */
  entry(id: string): number {
    const prefix = this.dense
    if (prefix === undefined) return this.points.get(id) ?? -1
    const index = denseIndex(id, prefix)
    return index < this.length ? index : -1
  }

  idOf(point: number): string {
    return this.dense === undefined ? this.ids[point]! : this.dense + point
  }

  unitOf(point: number): number {
    return this.units[point]!
  }

  /** The `when` of a point while it has no time, else undefined. */
  elementOf(point: number): XmlElement | undefined {
    return this.elements[point]
  }

  /** The `when` of a point, while it has no time. */
  whenOf(point: number): XmlElement {
    const element = this.elements[point]
    if (element === undefined) throw new Error(`unreachable: <when xml:id="${this.idOf(point)}"> asked for after the timeline was read`)
    return element
  }

  /** The time of a point, or undefined. */
  secondsOf(point: number): number | undefined {
    const seconds = this.seconds[point]!
    return Number.isNaN(seconds) ? undefined : seconds
  }

  isEstimated(point: number): boolean {
    return (this.flags[point]! & ESTIMATED) !== 0
  }

  failed(point: number): boolean {
    return (this.flags[point]! & FAILED) !== 0
  }

  fail(point: number): void {
    this.flags[point] = this.flags[point]! | FAILED
  }

  visiting(point: number): boolean {
    return (this.flags[point]! & VISITING) !== 0
  }

  visit(point: number, on: boolean): void {
    this.flags[point] = on ? this.flags[point]! | VISITING : this.flags[point]! & ~VISITING
  }

  /** A `when` read from the timeline; a later one with the same xml:id replaces it. */
  add(id: string, element: XmlElement, unit: number): number {
    const point = this.length
    if (point === 0 && id.endsWith('0')) this.dense = id.slice(0, -1)
    else if (this.dense !== undefined && denseIndex(id, this.dense) !== point) this.undense()
    if (point === this.seconds.length) this.grow()
    this.seconds[point] = Number.NaN
    this.units[point] = unit
    this.elements.push(element)
    this.length++
    if (this.dense !== undefined) return point
    this.ids.push(id)
    const previous = this.points.get(id)
    if (previous !== undefined) this.flags[previous] = this.flags[previous]! | SHADOWED
    this.points.set(id, point)
    return point
  }

  /** Ids are not all dense: keep them as strings, in a map. */
  private undense(): void {
    const prefix = this.dense!
    this.dense = undefined
    for (let point = 0; point < this.length; point++) {
      const id = prefix + point
      this.ids.push(id)
      this.points.set(id, point)
    }
  }

  private grow(): void {
    const size = this.seconds.length * 2
    const seconds = new Float64Array(size)
    seconds.set(this.seconds)
    this.seconds = seconds
    const units = new Float64Array(size)
    units.set(this.units)
    this.units = units
    const flags = new Uint8Array(size)
    flags.set(this.flags)
    this.flags = flags
  }

  /** The points the map holds (a point shadowed by a later one of the same id is left out), in document order; undefined when that is every point. */
  mapped(): number[] | undefined {
    return this.dense === undefined ? Array.from(this.points.values()) : undefined
  }

  /** Forget the `when` elements of the points that got no time, once the timeline is read: the body needs only the times. */
  release(): void {
    this.elements.length = 0
  }

  /** Give a point its time. */
  set(point: number, seconds: number, estimated: boolean): void {
    if (Number.isNaN(this.seconds[point]!)) this.size++
    this.seconds[point] = seconds
    this.flags[point] = estimated ? this.flags[point]! | ESTIMATED : this.flags[point]! & ~ESTIMATED
    // Timed: nothing reads its `when` again (messages about it come before), so the tree of a big timeline goes as it is read.
    if (point < this.elements.length) this.elements[point] = undefined
  }
}

/**
 * The index `id` names when it is `prefix` and a number in decimal with no leading zero, else -1
 * (read without making a string: this runs for every pointer).
 */
function denseIndex(id: string, prefix: string): number {
  return digitsAfter(id, prefix, 0, id.length)
}

/** The number written in decimal (no leading zero) after `prefix` in `text` from `from` to `to`, or -1. */
function digitsAfter(text: string, prefix: string, from: number, to: number): number {
  const digits = from + prefix.length
  if (to <= digits || to - digits > 15 || !text.startsWith(prefix, from)) return -1
  if (text.charCodeAt(digits) === 48 /* 0 */ && to - digits > 1) return -1
  let value = 0
  for (let i = digits; i < to; i++) {
    const digit = text.charCodeAt(i) - 48
    if (digit < 0 || digit > 9) return -1
    value = value * 10 + digit
  }
  return value
}

/** What one `when` says by itself: seconds, an offset from another point, or nothing. */
type OwnValue = { seconds: number } | { offset: number; since: string | undefined } | undefined

export function readTimeline(ctx: ReadContext, text: XmlElement | undefined): Timeline {
  return completeTimeline(ctx, text, resolveTimeline(ctx, text))
}

/** A timeline whose points have their times from the source: `missing` of them have none yet. */
export interface ResolvedTimeline {
  timeline: Timeline
  element: XmlElement | undefined
  missing: number
}

/**
 * The first half of readTimeline: the points of the first `timeline` of the text, with the times
 * the source gives.
 */
export function resolveTimeline(ctx: ReadContext, text: XmlElement | undefined): ResolvedTimeline {
  const timelineElement = firstDescendant(text, 'timeline')
  if (!timelineElement) return { timeline: new Timeline(), element: undefined, missing: 0 }
  const builder = new TimelineBuilder(ctx, timelineElement)
  for (const when of descendants(timelineElement, 'when')) builder.add(when, false)
  return builder.resolve()
}

/**
 * The points of one timeline, added one by one (by resolveTimeline from the tree, or by the early
 * reader as the scanner closes each `when`), then resolved.
 */
export class TimelineBuilder {
  readonly timeline = new Timeline()
  private count = 0
  private readonly unit: number
  private readonly originId: string | undefined
  /** Made once the origin is known (its `@absolute` is the clock the others are relative to). */
  private resolver: Resolver | undefined

  constructor(
    private readonly ctx: ReadContext,
    readonly element: XmlElement,
  ) {
    this.unit = TIME_UNITS[element.attributes.unit ?? 's'] ?? 1
    this.originId = pointers(element.attributes.origin)[0]
  }

  /**
   * Add a `when`. `early`: also give it its time now when it needs no other point than those
   * already timed and no message (then its element goes at once); false, with nothing added,
   * for a second `when` of the same xml:id (which would change what is resolved later).
   */
  add(when: XmlElement, early: boolean): boolean {
    const id = when.attributes['xml:id']
    if (id === undefined) return true
    if (early && this.timeline.declared(id)) return false
    const unit = when.attributes.unit ? (TIME_UNITS[when.attributes.unit] ?? this.unit) : this.unit
    const point = this.timeline.add(id, when, unit)
    this.count++
    if (!early) return true
    if (this.resolver === undefined && (this.originId === undefined || this.timeline.declared(this.originId))) this.resolver = new Resolver(this.ctx, this.timeline, this.originId)
    const resolver = this.resolver
    if (resolver === undefined || resolver.quick(point) || id !== this.originId) return true
    const messages = this.ctx.messages.length
    resolver.resolve(point)
    return this.ctx.messages.length === messages
  }

  /** Every point its time from the source where it has one. */
  resolve(): ResolvedTimeline {
    const { timeline, element } = this
    // The entries hold the `when`s from here, each until it has its time: they are a third of the tree of a timed document.
    element.children = []
    const resolver = (this.resolver ??= new Resolver(this.ctx, timeline, this.originId))
    const points = timeline.mapped()
    const count = points === undefined ? timeline.length : points.length
    for (let k = 0; k < count; k++) {
      const point = points === undefined ? k : points[k]!
      if (timeline.secondsOf(point) === undefined && !timeline.failed(point) && !resolver.quick(point)) resolver.resolve(point)
    }
    const missing = this.count - timeline.size
    if (missing === 0) timeline.release()
    return { timeline, element, missing }
  }
}

/** The second half: points without a time get one interpolated along the whole text. */
export function completeTimeline(ctx: ReadContext, text: XmlElement | undefined, resolved: ResolvedTimeline): Timeline {
  const { timeline, element, missing } = resolved
  if (element === undefined) return timeline
  if (missing > 0) interpolate(ctx, timeline, text, element, missing)
  timeline.release()
  return timeline
}


/** Gives the points of a timeline their seconds from `@absolute`, `@interval` and `@since`. */
/** The `when` of the origin, while it has no time. */
function originWhen(timeline: Timeline, originId: string): XmlElement | undefined {
  const point = timeline.entry(originId)
  return point === -1 ? undefined : timeline.elementOf(point)
}

class Resolver {
  private readonly originClock: number | undefined
  private readonly originDate: number | undefined

  constructor(
    private readonly ctx: ReadContext,
    private readonly timeline: Timeline,
    private readonly originId: string | undefined,
  ) {
    const originAbsolute = originId === undefined ? undefined : originWhen(timeline, originId)?.attributes.absolute
    this.originClock = originAbsolute === undefined ? undefined : parseClockTime(originAbsolute)
    this.originDate = originAbsolute === undefined ? undefined : Date.parse(originAbsolute)
  }

  /** The last `@since` the quick path found resolved, and its point: toTei's timeline has one `since` for all. */
  private lastSince: string | undefined
  private lastBase: TimePoint | undefined

  /** The common case (toTei, ISO 24624): an interval since a point already resolved. False when it is not that case. */
  quick(point: number): boolean {
    const timeline = this.timeline
    const { interval, since, absolute } = timeline.whenOf(point).attributes
    if (absolute !== undefined || interval === undefined || since === undefined) return false
    // (A point `since` itself is not resolved yet, so it never takes this path.)
    if (since !== this.lastSince || this.lastBase === undefined) {
      this.lastSince = since
      this.lastBase = timeline.get(since)
    }
    const base = this.lastBase
    const value = base === undefined ? undefined : parseSeconds(interval)
    if (value === undefined) return false
    const seconds = base!.seconds + value * timeline.unitOf(point)
    if (!(seconds >= 0 && seconds <= MAX_SECONDS)) return false
    timeline.set(point, seconds, false)
    return true
  }

  /** What one `when` says by itself. */
  private ownValue(point: number): OwnValue {
    const { timeline } = this
    const { absolute, interval, since } = timeline.whenOf(point).attributes
    const id = timeline.idOf(point)
    const unit = timeline.unitOf(point)
    const { originId, originClock, originDate } = this
    if (absolute !== undefined) {
      const seconds = parseSeconds(absolute)
      if (seconds !== undefined) return { seconds }
      const clock = parseClockTime(absolute)
      if (clock !== undefined) return { seconds: clock - (originClock ?? clock) }
      if (originDate !== undefined && !Number.isNaN(originDate) && !Number.isNaN(Date.parse(absolute))) return { seconds: (Date.parse(absolute) - originDate) / 1000 }
      if (id === originId) return { seconds: 0 }
      return this.unreadable(point, 'absolute', absolute)
    }
    if (interval !== undefined) {
      const value = parseSeconds(interval)
      if (value === undefined) return this.unreadable(point, 'interval', interval)
      const reference = pointers(since)[0]
      // A point `since` itself (ISO 24624's origin) is relative to nothing.
      if (reference !== undefined && reference !== id) return { offset: value * unit, since: reference }
      if (reference === undefined && originId !== undefined && originId !== id) return { offset: value * unit, since: originId }
      return { seconds: value * unit }
    }
    return id === originId ? { seconds: 0 } : undefined
  }

  private unreadable(point: number, name: string, value: string): undefined {
    this.ctx.message(`expected @${name} of <when xml:id="${this.timeline.idOf(point)}"> as a number of seconds${name === 'absolute' ? ' or a time of day' : ''}, found ${JSON.stringify(value)}; the point is given no time from the timeline`, 'unreadable-time', this.timeline.whenOf(point))
    return undefined
  }

  /** Resolve one point by walking its `since` chain in a loop (no recursion: chains can be as long as the input). */
  resolve(first: number): void {
    const { ctx, timeline } = this
    const chain: Array<{ point: number; offset: number }> = []
    let point = first
    let base: number | undefined
    while (point !== -1) {
      const seconds = timeline.secondsOf(point)
      if (seconds !== undefined) {
        base = seconds
        break
      }
      if (timeline.failed(point)) break
      if (timeline.visiting(point)) {
        ctx.message(`expected the @since chain of <when xml:id="${timeline.idOf(point)}"> to end at a point with a time, found a cycle back to it; these points are given no time from the timeline`, 'time-cycle', timeline.whenOf(point))
        break
      }
      timeline.visit(point, true)
      const own = this.ownValue(point)
      if (own === undefined || 'seconds' in own) {
        chain.push({ point, offset: own === undefined ? Number.NaN : own.seconds })
        base = own === undefined ? undefined : 0
        break
      }
      chain.push({ point, offset: own.offset })
      point = timeline.entry(own.since!)
      if (point === -1) point = timeline.entry('#' + own.since!)
      if (point === -1) ctx.message(`expected @since="${own.since}" to point at a <when> of the timeline, found none`, 'unresolved-time', timeline.whenOf(chain[chain.length - 1]!.point))
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const link = chain[i]!
      timeline.visit(link.point, false)
      const seconds = base === undefined ? undefined : base + link.offset
      base = seconds !== undefined && this.accept(link.point, seconds) ? seconds : undefined
      if (base === undefined) timeline.fail(link.point)
      else timeline.set(link.point, base, false)
    }
  }

  /** A time the model can hold (0 or more, finite); beyond 100 hours kept, with a warning. */
  private accept(point: number, seconds: number): boolean {
    if (Number.isNaN(seconds)) return false
    const id = this.timeline.idOf(point)
    if (!Number.isFinite(seconds) || seconds < 0) {
      this.ctx.message(`expected <when xml:id="${id}"> at 0 s or later, found ${seconds} s; the point is given no time from the timeline`, 'invalid-time', this.timeline.whenOf(point))
      return false
    }
    if (seconds > MAX_SECONDS && !this.ctx.own) this.ctx.message(`expected <when xml:id="${id}"> within 100 hours of the origin, found ${seconds} s; kept as written`, 'implausible-time', this.timeline.whenOf(point))
    return true
  }
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
  const points = order.map((id) => timeline.entry(id))
  // A point with a time from the source (not interpolated).
  const sourceTimed = (at: number): boolean => timeline.secondsOf(points[at]!) !== undefined && !timeline.isEstimated(points[at]!)
  // The next point with a time from the source: the same for a whole run of points without one
  // (found once per run, so a run of any length is linear).
  let after = -1
  // The last point before this one with a time (kept as the loop goes: no scan back).
  let before = -1
  for (let i = 0; i < points.length; i++) {
    const point = points[i]!
    if (timeline.secondsOf(point) !== undefined) {
      before = i
      continue
    }
    if (after <= i) {
      after = i + 1
      while (after < points.length && !sourceTimed(after)) after++
    }
    const from = before >= 0 ? timeline.secondsOf(points[before]!) : undefined
    const to = after < points.length ? timeline.secondsOf(points[after]!) : undefined
    let seconds: number | undefined
    if (from !== undefined && to !== undefined) seconds = from + ((to - from) * (i - before)) / (after - before)
    else seconds = from ?? to
    if (seconds === undefined) continue
    timeline.set(point, Math.max(0, seconds), true)
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
