/** The readers' one way to give up: a `VerbatimError` with the file name and, when known, the place. */
import { VerbatimError, type Point } from '@verbatim/core'
import { SOURCE } from './graph.js'

export function fail(reason: string, ruleId: string, options: { file?: string }, place?: Point): never {
  throw new VerbatimError(reason, ruleId, SOURCE, { ...(options.file !== undefined ? { file: options.file } : {}), ...(place ? { place } : {}) })
}
