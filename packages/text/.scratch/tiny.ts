import { readFileSync } from 'node:fs'
import { fromText } from '../src/index.js'
const inputs: Record<string, string> = { tiny: 'SPEAKER ONE: Hello there.\n\nSPEAKER TWO: Hi.\n', dod: readFileSync('/work/shared/corpus/dod-carter-le-drian-paris-2016-10-25.txt', 'utf8') }
for (const [k, t] of Object.entries(inputs)) {
  for (let i = 0; i < 200; i++) fromText(t)
  const c = process.cpuUsage(); const n = 2000; for (let i = 0; i < n; i++) fromText(t); const u = process.cpuUsage(c)
  console.log(k, ((u.user + u.system) / n).toFixed(1), 'µs per call')
}
