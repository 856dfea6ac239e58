import { readFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fromText } from '/work/wt-text/packages/text/.scratch/before-src/src/index.js'
const TP = createRequire('/work/wt-text/packages/text/package.json')('transcript-parser')
const dir = process.argv[2] ?? '/work/shared/corpus/'
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => [f, readFileSync(dir + f, 'utf8')] as const)
function time(fn: () => unknown, min = 600) { for (let i = 0; i < 30; i++) fn(); let n = 0; const s = process.cpuUsage(); let e = 0; do { fn(); n++; const u = process.cpuUsage(s); e = (u.user + u.system) / 1000 } while (e < min); return e / n }
let tf = 0, tt = 0, bytes = 0
for (const [name, text] of files) {
  const b = Buffer.byteLength(text); bytes += b
  const a = time(() => fromText(text)); const t = time(() => new TP().parseOneSync(text))
  tf += a; tt += t
  console.log(name.padEnd(50), (b / 1e3 / a).toFixed(1).padStart(7), 'MB/s', (b / 1e3 / t).toFixed(1).padStart(7), 'tp MB/s', a.toFixed(2), 'ms')
}
console.log('total', (bytes / 1e3 / tf).toFixed(1), 'MB/s vs tp', (bytes / 1e3 / tt).toFixed(1), 'ratio', (tt / tf).toFixed(2))
