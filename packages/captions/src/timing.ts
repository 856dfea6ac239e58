/**
 * Times for every unit (turn or event) the writer puts on screen. Source times are used as they
 * are; a missing end is estimated from the speaking rate (never past the next source start);
 * untimed units are estimated from the speaking rate and interpolated between the source times
 * around them.
 */
import { VerbatimError } from '@verbatim/core'
import { SOURCE } from './message.js'

export interface TimedUnit {
  /** Source timing, if any. */
  start?: number
  end?: number
  /** Estimated speaking time in seconds. */
  estimate: number
  /** Where the unit is in the transcript, for errors (`children[3]`). */
  path: string
}

export interface ResolvedTime {
  start: number
  end: number
  /** True when the start or the end was not in the source. */
  estimated: boolean
  /** False when the start was estimated (when known: undefined means the start is from the source). */
  startFromSource?: boolean
  /** True when the end is from the source though the start was estimated. */
  endFromSource?: boolean
}

/**
 * Resolve the times of `units` in order. With `estimate` false, a unit without a start (or the
 * last one without an end) throws a `VerbatimError` (`estimate-refused`).
 */
export function resolveTimes(units: readonly TimedUnit[], estimate: boolean, source: string = SOURCE): ResolvedTime[] {
  if (!estimate) return sourceTimes(units, source)
  const out: ResolvedTime[] = new Array(units.length)
  let cursor = 0
  let i = 0
  while (i < units.length) {
    const unit = units[i]!
    if (unit.start !== undefined) {
      const start = unit.start
      let end = unit.end
      let estimated = false
      if (end === undefined || end < start) {
        const next = nextStart(units, i + 1)
        end = next !== undefined && next > start ? Math.min(start + unit.estimate, next) : start + unit.estimate
        estimated = true
      }
      out[i] = { start, end, estimated }
      cursor = Math.max(cursor, end)
      i++
      continue
    }
    // A run of untimed units between `cursor` and the next source start.
    let j = i
    let total = 0
    while (j < units.length && units[j]!.start === undefined) total += units[j++]!.estimate
    const next = j < units.length ? units[j]!.start! : undefined
    let scale = 1
    if (next !== undefined && total > 0) {
      const room = next - cursor
      // Squeeze into a short gap; stretch into a gap up to twice the speaking time; beyond that
      // speak at the normal rate and leave the rest of the gap silent.
      if (room <= 0) scale = 0
      else if (room <= total * 2) scale = room / total
    }
    let clock = cursor
    for (let k = i; k < j; k++) {
      const duration = units[k]!.estimate * scale
      out[k] = { start: clock, end: clock + duration, estimated: true }
      clock += duration
    }
    cursor = clock
    i = j
  }
  return out
}

/**
 * `resolveTimes` with `estimate` false (what the cue planner calls: it estimates in its own way):
 * each unit at its source times; a missing end is the next source start after the unit's own.
 * A unit without a start, or without an end and no later start after its own, throws a
 * `VerbatimError` (`estimate-refused`).
 */
export function sourceTimes(units: readonly TimedUnit[], source: string = SOURCE): ResolvedTime[] {
  const out: ResolvedTime[] = new Array(units.length)
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!
    const start = unit.start
    if (start === undefined) refuse(unit.path, 'a start time', source)
    let end = unit.end
    if (end === undefined || end < start) {
      const next = nextStart(units, i + 1)
      if (next === undefined || next <= start) refuse(unit.path, 'an end time', source)
      end = next
    }
    out[i] = { start, end, estimated: false }
  }
  return out
}

/** The start of the first unit from `from` on that has one. */
function nextStart(units: readonly TimedUnit[], from: number): number | undefined {
  for (let j = from; j < units.length; j++) if (units[j]!.start !== undefined) return units[j]!.start
  return undefined
}

function refuse(path: string, what: string, source: string): never {
  throw new VerbatimError(`expected ${what} at ${path} (estimate: false refuses to estimate times), found none`, 'estimate-refused', source, { path })
}
