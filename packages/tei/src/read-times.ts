/**
 * Times of the body's elements, from the timeline: `@start`/`@end` (att.timed: `u`, `pause`,
 * `vocal`...), else `@synch` (`w`: start and end; `anchor`: a point). Pointers to no `when`, or to
 * a `when` with no time, and ends before starts are reported where they are written; the model
 * keeps only what it can hold (an end before its start is left out).
 */
import type { Timing } from '@verbatim/core'
import { pointers, type XmlElement } from './dom.js'
import type { ReadContext } from './read-context.js'
import type { Categories } from './read-header.js'
import type { TimePoint, Timeline } from './read-timeline.js'

export class TimeReader {
  constructor(
    private readonly ctx: ReadContext,
    private readonly timeline: Timeline,
    private readonly categories: Categories,
  ) {}

  /** The point a pointer names, or undefined (reported at `at`). */
  point(ref: string | undefined, at: XmlElement): TimePoint | undefined {
    if (ref === undefined) return undefined
    const point = this.timeline.get(ref)
    if (point) return point
    const id = ref.charCodeAt(0) === 35 /* # */ ? ref.slice(1) : ref
    if (this.timeline.declared(id)) {
      this.ctx.message(`expected <when xml:id="${id}"> to have a time, found none that could be read or interpolated; <${at.name}> is read without it`, 'unresolved-time', at)
    } else {
      this.ctx.message(`expected ${JSON.stringify(ref)} on <${at.name}> to point at a <when> of the timeline, found no such point; read without that time`, 'unresolved-time', at)
    }
    return undefined
  }

  /** True when `ana` points at the estimated-time category (Verbatim's own TEI). */
  estimatedByAna(element: XmlElement): boolean {
    const ana = element.attributes.ana
    if (ana === undefined || this.categories.estimated.size === 0) return false
    return pointers(ana).some((token) => this.categories.estimated.has(token))
  }

  /** A timing from two points (no start: none); an end before the start is reported and left out. */
  timing(start: TimePoint | undefined, end: TimePoint | undefined, at: XmlElement, estimated = false): Timing | undefined {
    if (!start) return undefined
    const timing: Timing = { start: start.seconds, source: estimated || start.estimated || end?.estimated === true ? 'estimated' : 'source' }
    if (end) {
      if (end.seconds >= start.seconds) timing.end = end.seconds
      else this.ctx.message(`expected <${at.name}> to end at or after its start (${start.seconds} s), found an end at ${end.seconds} s; the end is left out`, 'end-before-start', at)
    }
    return timing
  }

  /** The time of an element: `@start`/`@end`, else the first two `@synch` pointers. */
  of(element: XmlElement): Timing | undefined {
    const { start, end, synch } = element.attributes
    if (start === undefined && end === undefined && synch === undefined) return undefined
    if (start === undefined && end === undefined) {
      const time = this.synchPair(synch!, element)
      if (time !== undefined) return time
    }
    let startRef = start
    let endRef = end
    if (startRef === undefined && synch !== undefined) {
      // `#a #b` (every timed word): two slices, no arrays; anything else through pointers().
      const space = synch.indexOf(' ')
      if (space > 0 && space < synch.length - 1 && synch.indexOf(' ', space + 1) === -1 && !/[\t\n\r]/.test(synch)) {
        // Without the `#`: the timeline looks ids up as they are.
        startRef = synch.charCodeAt(0) === 35 /* # */ ? synch.slice(1, space) : synch.slice(0, space)
        endRef ??= synch.charCodeAt(space + 1) === 35 ? synch.slice(space + 2) : synch.slice(space + 1)
      } else {
        const refs = pointers(synch)
        startRef = refs[0]
        endRef ??= refs[1]
      }
    }
    const from = this.point(startRef, element)
    const to = this.point(endRef, element)
    return this.timing(from, to, element, this.ctx.own && this.estimatedByAna(element))
  }

  /**
   * `synch="#a #b"` (every timed word) when both points have a time and the end is not before
   * the start: the timing read in place (no pointer strings, no point objects); else undefined,
   * and `of` takes the general way, which says what is wrong.
   */
  private synchPair(synch: string, element: XmlElement): Timing | undefined {
    const space = synch.indexOf(' ')
    if (space <= 0 || space >= synch.length - 1 || synch.indexOf(' ', space + 1) !== -1) return undefined
    const first = synch.charCodeAt(0) === 35 /* # */ ? 1 : 0
    const second = synch.charCodeAt(space + 1) === 35 ? space + 2 : space + 1
    const timeline = this.timeline
    const from = timeline.pointIn(synch, first, space)
    const to = from === -1 ? -1 : timeline.pointIn(synch, second, synch.length)
    if (to === -1) return undefined
    const start = timeline.secondsOf(from)
    const end = timeline.secondsOf(to)
    if (start === undefined || end === undefined || end < start) return undefined
    const estimated = (this.ctx.own && this.estimatedByAna(element)) || timeline.isEstimated(from) || timeline.isEstimated(to)
    return { start, source: estimated ? 'estimated' : 'source', end }
  }
}
