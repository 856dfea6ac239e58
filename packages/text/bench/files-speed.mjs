// fromText vs transcript-parser on the corpus as files: one call per file, CPU time, same process,
// alternating, median of ROUNDS. Usage: node bench/files-speed.mjs [dist-dir] [order: ours-first|peer-first] [dir]
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
const here = fileURLToPath(new URL('.', import.meta.url))
const dist = process.argv[2] || join(here, '../dist')
const order = process.argv[3] || 'ours-first'
const dir = process.argv[4] ?? join(here, '../../../../shared/corpus')
let fromText, TP
const require = createRequire(import.meta.url)
if (order === 'ours-first') { fromText = (await import(join(dist, 'index.js'))).fromText; TP = require('transcript-parser') }
else { TP = require('transcript-parser'); fromText = (await import(join(dist, 'index.js'))).fromText }
const names = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()
const texts = names.map((n) => readFileSync(join(dir, n), 'utf8'))
const bytes = texts.map((t) => Buffer.byteLength(t))
const total = bytes.reduce((a, b) => a + b, 0)
const ROUNDS = Number(process.env.ROUNDS ?? 7)
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e3 }
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1] }
const runOurs = (i) => fromText(texts[i])
const runPeer = (i) => new TP().parseOneSync(texts[i])
for (let w = 0; w < 5; w++) for (let i = 0; i < texts.length; i++) { runOurs(i); runPeer(i) }
// per-file: repeat each file enough to take ~30 ms
const perOurs = names.map(() => []), perPeer = names.map(() => []), allOurs = [], allPeer = []
for (let r = 0; r < ROUNDS; r++) {
  for (const [fn, per, all] of r % 2 ? [[runPeer, perPeer, allPeer], [runOurs, perOurs, allOurs]] : [[runOurs, perOurs, allOurs], [runPeer, perPeer, allPeer]]) {
    let sum = 0
    for (let i = 0; i < texts.length; i++) {
      const reps = Math.max(1, Math.ceil(200_000 / bytes[i]))
      const t0 = cpu()
      for (let k = 0; k < reps; k++) fn(i)
      const ms = (cpu() - t0) / reps
      per[i].push(ms); sum += ms
    }
    all.push(sum)
  }
}
const mbs = (b, ms) => (b / 1e6) / (ms / 1e3)
const rows = names.map((n, i) => ({ n, kb: (bytes[i] / 1e3).toFixed(0), ours: mbs(bytes[i], median(perOurs[i])), peer: mbs(bytes[i], median(perPeer[i])) }))
rows.sort((a, b) => a.ours - b.ours)
for (const r of rows) console.log(`${r.n.padEnd(48)} ${r.kb.padStart(5)} kB  ours ${r.ours.toFixed(1).padStart(6)} MB/s  peer ${r.peer.toFixed(1).padStart(6)} MB/s  ratio ${(r.ours / r.peer).toFixed(2)}`)
const o = mbs(total, median(allOurs)), p = mbs(total, median(allPeer))
console.log(`ALL (${order}) ${(total / 1e6).toFixed(2)} MB: ours ${o.toFixed(1)} MB/s, peer ${p.toFixed(1)} MB/s, ratio ${(o / p).toFixed(2)}; under 50 MB/s: ${rows.filter((r) => r.ours < 50).length}`)
