import { fromText } from '/work/wt-text/packages/text/.scratch/before-src/src/index.js'
import { rollCall } from '/work/wt-text/packages/text/bench/roll-call.js'
const [n, d] = process.argv.slice(2).map(Number)
const text = rollCall(n!, d!)
fromText(text)
const c = process.cpuUsage(); const s = performance.now(); const r = fromText(text); const u = process.cpuUsage(c)
console.log(n, d, (performance.now() - s).toFixed(0), 'ms wall', ((u.user + u.system) / 1000).toFixed(0), 'ms cpu', r.transcript.speakers.length)
