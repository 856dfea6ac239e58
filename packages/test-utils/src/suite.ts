// Suite helpers that need vitest; a separate entry so that the bench harness never loads vitest.
import { it } from 'vitest'
import { sharedAvailable, sharedPath } from './shared.js'

/**
 * For a `describe` block whose tests all need shared material: true when it is there; otherwise
 * registers one skipped test that names what is missing (so that the suite is reported as
 * skipped, not as an empty suite, which vitest counts as a failure), or throws in CI.
 */
export function suiteNeedsShared(what: string, ...parts: string[]): boolean {
  if (sharedAvailable(what, ...parts)) return true
  it.skip(`SKIPPED: ${what}: needs ${sharedPath(...parts)}`, () => {})
  return false
}
