/**
 * The read option `positions: false` (core's `ReadOptions`), one rule for every reader: the
 * transcript is the one `removePositions` makes of the default read, no node has a position, and
 * the messages are the same (they keep their places); an input the default read refuses is
 * refused the same way.
 */
import { removePositions, type ReadResult } from '@verbatim/core'

type Outcome = { result: ReadResult } | { error: string }

function outcome(read: () => ReadResult): Outcome {
  try {
    return { result: read() }
  } catch (error) {
    return { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }
  }
}

/** What differs between the two reads of one input (`undefined`: nothing). */
export function positionsOptionProblem(readDefault: () => ReadResult, readWithout: () => ReadResult): string | undefined {
  return compareOutcomes(outcome(readDefault), outcome(readWithout))
}

/** `positionsOptionProblem` for asynchronous readers. */
export async function positionsOptionProblemAsync(readDefault: () => Promise<ReadResult>, readWithout: () => Promise<ReadResult>): Promise<string | undefined> {
  const settle = (read: () => Promise<ReadResult>): Promise<Outcome> =>
    read().then(
      (result) => ({ result }),
      (error: unknown) => ({ error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }),
    )
  return compareOutcomes(await settle(readDefault), await settle(readWithout))
}

function compareOutcomes(byDefault: Outcome, without: Outcome): string | undefined {
  if ('error' in byDefault || 'error' in without) {
    const a = 'error' in byDefault ? byDefault.error : 'a result'
    const b = 'error' in without ? without.error : 'a result'
    return a === b ? undefined : `the default read gave ${a}, the read without positions ${b}`
  }
  const transcript = JSON.stringify(without.result.transcript)
  if (transcript !== JSON.stringify(removePositions(byDefault.result.transcript))) return 'the transcript differs from the default one without positions'
  const a = JSON.stringify(byDefault.result.messages)
  const b = JSON.stringify(without.result.messages)
  return a === b ? undefined : `the messages differ: ${a.slice(0, 300)} / ${b.slice(0, 300)}`
}
