/** Once per test run, before any test file: a fresh build of the binary (see helpers.ensureBuilt). */
import { ensureBuilt } from './helpers.js'

export default function setup(): void {
  ensureBuilt()
}
