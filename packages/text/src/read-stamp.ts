/**
 * Times on their own lines: a stamp line (`[00:00:00:07]`, `00:01:02`) is the time of the turn
 * that follows it; a bare clock time between turns (`12:10 P.M.` when a session resumes) is a note.
 */
import type { ReadContext } from './read-context.js'
import { stampSeconds } from './stamp-lines.js'

/** A stamp line: the next label's time (page furniture may stand between), else a note. */
export function readStampLine(ctx: ReadContext): void {
  const { units, unit } = ctx
  const first = ctx.line(unit.first)
  let next = ctx.index + 1
  while (next < units.count && units.kindOf(next) === 'page') next++
  const seconds = stampSeconds(first)
  if (seconds !== undefined && seconds >= 0 && next < ctx.trailer && units.kindOf(next) === 'label') {
    ctx.pendingStamp = seconds
    return
  }
  ctx.addNote('time', unit)
  if (seconds !== undefined && seconds < 0) ctx.report(`a time before the start (\`${first}\`) cannot be a turn's time: kept as a note`, 'negative-time', ctx.span(unit.first, unit.last), 'info')
}

/** A bare clock time between turns: kept as a note. */
export function readTimeLine(ctx: ReadContext): void {
  ctx.addNote('time', ctx.unit)
}
