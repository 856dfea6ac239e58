import { createMessage, type Point, type Position, type Severity, type VerbatimMessage } from '@verbatim/core'

/** The `source` of every message this package makes. */
export const SOURCE = 'verbatim-webvtt'

export function message(
  reason: string,
  ruleId: string,
  place: Point | Position | undefined,
  file: string | undefined,
  severity: Severity = 'warning',
): VerbatimMessage {
  return createMessage(reason, ruleId, SOURCE, { severity, place, ...(file === undefined ? {} : { file }) })
}
