/**
 * Times on their own lines: a stamp line (`[00:00:00:07]`, `00:01:02`) is the time of the turn
 * that follows it; a bare clock time between turns (`12:10 P.M.` when a session resumes) is a note.
 */
import type { ReadContext } from './read-context.js'
import { stampSeconds } from './stamp-lines.js'

/** A stamp line: the next label's time (page furniture may stand between), else a note. */
export function readStampLine(ctx: ReadContext): void {
  const { units_: units, unit_: unit } = ctx
  const first = ctx.line_(unit.first_)
  let next = ctx.index_ + 1
  while (next < units.count_ && units.kindOf_(next) === 'page') next++
  const seconds = stampSeconds(first)
  if (seconds !== undefined && seconds >= 0 && next < ctx.trailer_ && units.kindOf_(next) === 'label') {
    ctx.pendingStamp_ = seconds
    return
  }
  ctx.addNote_('time', unit)
  if (seconds !== undefined && seconds < 0) ctx.report_(`a time before the start (\`${first}\`) cannot be a turn's time: kept as a note`, 'negative-time', ctx.span_(unit.first_, unit.last_), 'info')
}

/** A bare clock time between turns: kept as a note. */
export function readTimeLine(ctx: ReadContext): void {
  ctx.addNote_('time', ctx.unit_)
}
