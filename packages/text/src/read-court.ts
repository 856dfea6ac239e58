/**
 * Court transcript lines between the questions and answers: an examination heading
 * (`CROSS-EXAMINATION`), the examiner's line (`BY MR. FINKEL:`), who `Q.` is from then on, and a
 * witness block (`ERIN McNAMARA,` / `called as a witness ...`), who `A.` is.
 */
import type { ReadContext } from './read-context.js'
import { EXAMINER_LINE, WITNESS_NAME } from './units.js'

export function readExamination(ctx: ReadContext): void {
  ctx.pendingExamination = ctx.line(ctx.unit.first)
  ctx.endTurn()
}

export function readExaminer(ctx: ReadContext): void {
  const unit = ctx.unit
  const first = ctx.line(unit.first)
  const name = EXAMINER_LINE.exec(first)![1]!
  ctx.examiner = ctx.registry.resolve(name).speaker
  const title = ctx.pendingExamination ? `${ctx.pendingExamination} ${first}` : first
  ctx.addBreak({ type: 'break', title, position: ctx.span(unit.first, unit.last) })
  ctx.pendingExamination = undefined
}

export function readWitness(ctx: ReadContext): void {
  const unit = ctx.unit
  const name = WITNESS_NAME.exec(ctx.line(unit.first))![1]!
  ctx.witness = ctx.registry.witness(name)
  ctx.addNote('witness', unit)
  ctx.endTurn()
}
