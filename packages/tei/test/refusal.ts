/** Shared by the tests of refused input: the VerbatimError fromTei throws, and a minimal TEI document around some content. */
import { isVerbatimError, type VerbatimError } from '@verbatim/core'
import { fromTei } from '../src/index.js'

/** The VerbatimError fromTei throws on `input`; any other outcome fails the test. */
export function failure(input: string): VerbatimError {
  try {
    fromTei(input)
  } catch (error) {
    if (isVerbatimError(error)) return error as VerbatimError
    throw error
  }
  throw new Error(`expected fromTei to throw on ${JSON.stringify(input.slice(0, 200))}`)
}

/** A TEI document whose one utterance holds `inner`, with `attributes` on the `u`. */
export const wrap = (inner: string, attributes = '') =>
  `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><text><body><div><u${attributes}>${inner}</u></div></body></text></TEI>`
