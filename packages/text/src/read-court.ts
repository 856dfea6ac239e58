/**
 * Court transcript lines between the questions and answers: an examination heading
 * (`CROSS-EXAMINATION`), the examiner's line (`BY MR. FINKEL:`), who `Q.` is from then on, and a
 * witness block (`ERIN McNAMARA,` / `called as a witness ...`), who `A.` is.
 */
import type { ReadContext } from './read-context.js'
import { EXAMINER_LINE, WITNESS_NAME } from './units.js'

export function readExamination(ctx: ReadContext): void {
  ctx.pendingExamination_ = ctx.line_(ctx.unit_.first_)
  ctx.endTurn_()
}

export function readExaminer(ctx: ReadContext): void {
  const unit = ctx.unit_
  const first = ctx.line_(unit.first_)
  const name = EXAMINER_LINE.exec(first)![1]!
  ctx.examiner_ = ctx.registry_.resolve_(name).speaker_
  const title = ctx.pendingExamination_ ? `${ctx.pendingExamination_} ${first}` : first
  ctx.addBreak_({ type: 'break', title, position: ctx.span_(unit.first_, unit.last_) })
  ctx.pendingExamination_ = undefined
}

export function readWitness(ctx: ReadContext): void {
  const unit = ctx.unit_
  const name = WITNESS_NAME.exec(ctx.line_(unit.first_))![1]!
  // The witness named before `called as a witness`: a person with the witness role.
  const { speaker_: witness } = ctx.registry_.resolve_(name, { allowTypo: false })
  if (witness.role === 'unknown') witness.role = 'witness'
  ctx.witness_ = witness
  ctx.addNote_('witness', unit)
  ctx.endTurn_()
}
