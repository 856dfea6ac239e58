import { syntheticTranscript } from '@verbatim/test-utils'
import { toJson } from '@verbatim/core'
import { validateTranscript, fromJson } from '@verbatim/core/schema'
import { toText } from '@verbatim/text'
import { toJsonLdString, fromJsonLdSync } from '@verbatim/jsonld'
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000 }
const which = process.argv[2]!
const size = Number(process.argv[3])
const t = syntheticTranscript(size * 1e6)
const json = toJson(t)
const jl = toJsonLdString(t)
const parsed = JSON.parse(json)
const cases: Record<string, () => unknown> = {
  parse: () => JSON.parse(json), validate: () => validateTranscript(parsed), fromJson: () => fromJson(json),
  stringify: () => JSON.stringify(t, null, 2), toText: () => toText(t), toJsonLd: () => toJsonLdString(t), fromJsonLd: () => fromJsonLdSync(jl), fromJsonLdNoPos: () => fromJsonLdSync(jl, { positions: false }),
}
const f = cases[which]!
for (let i = 0; i < 2; i++) f()
;(globalThis as any).gc?.()
let runs = 0; const s = cpu(); let e = 0
do { f(); runs++; e = cpu() - s } while (e < 1500 && runs < 30)
console.log(which, size, (e / runs).toFixed(1), 'ms/run', ((e / runs) / size).toFixed(1), 'ms/MB')
