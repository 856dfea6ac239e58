// Sums vitest's per-package "Tests  N passed | M failed | K skipped (T)" lines from a test log
// and prints one closing line, "N passed, M failed, K skipped", for CI.
import { readFileSync } from 'node:fs'

const log = readFileSync(process.argv[2], 'utf8').replace(/\x1b\[[0-9;]*m/g, '')
const totals = { passed: 0, failed: 0, skipped: 0 }
let packages = 0
for (const line of log.split('\n')) {
  const match = /\bTests\s+(.+?)\s+\(\d+\)\s*$/.exec(line)
  if (!match) continue
  packages++
  for (const part of match[1].split('|')) {
    const count = /(\d+)\s+(passed|failed|skipped|todo)/.exec(part)
    if (count && count[2] in totals) totals[count[2]] += Number(count[1])
  }
}
console.log(`test summary over ${packages} package suites:`)
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
if (packages === 0 || totals.passed === 0) {
  console.error('no tests ran')
  process.exit(1)
}
