/**
 * Ctrl-C and SIGTERM during a conversion: remove temporary files (ours and our workers'),
 * then exit with the conventional 128 + signal number. Outputs already renamed are complete
 * and stay; targets never see a partial file in any case, since they are only ever renamed into.
 */
import { removeTempFilesBeside } from '../atomic-write.js'

/** Output paths of the conversion in progress. */
export const activeTargets = new Set<string>()

let installed = false

export function installInterruptCleanup(): void {
  if (installed) return
  installed = true
  const handler = (signal: NodeJS.Signals, code: number) => () => {
    removeTempFilesBeside(activeTargets)
    process.stderr.write(`\nverbatim: interrupted (${signal}); no partial output was left\n`)
    process.exit(code)
  }
  process.once('SIGINT', handler('SIGINT', 130))
  process.once('SIGTERM', handler('SIGTERM', 143))
}
