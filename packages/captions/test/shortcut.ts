/** Plans a transcript twice: with the planner's shortcuts, and with one of them switched off (`planning`). */
import type { Transcript } from '@verbatim/core'
import { planCues, planning, type CuePlan, type CuePlanOptions } from '../src/plan.js'

export type Switch = { alwaysShared: true } | { dominance: false } | { gatherAll: true }

export function planBothWays(off: Switch, transcript: Transcript, options: CuePlanOptions = {}): { shortcut: CuePlan; plain: CuePlan } {
  resetPlanning()
  const shortcut = planCues(transcript, options)
  Object.assign(planning, off)
  try {
    return { shortcut, plain: planCues(transcript, options) }
  } finally {
    resetPlanning()
  }
}

export function resetPlanning(): void {
  planning.alwaysShared = false
  planning.dominance = true
  planning.gatherAll = false
}
