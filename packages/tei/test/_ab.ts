import * as mine from '../src/index.js'
import * as main from '/work/main/packages/tei/src/index.js'
import { syntheticTranscript } from '@verbatim/test-utils'
const mb = Number(process.argv[2] ?? 10)
const t = syntheticTranscript(mb * 1_000_000)
const xml = main.toTei(t)
if (mine.toTei(t) !== xml) console.log('OUTPUT DIFFERS')
const res: Record<string, number[]> = {}
const time = (name: string, f: () => unknown) => { const s = performance.now(); f(); (res[name] ??= []).push(performance.now() - s) }
for (let r = 0; r < 11; r++) {
  time('main toTei', () => main.toTei(t)); time('mine toTei', () => mine.toTei(t))
  time('mine fromTei', () => mine.fromTei(xml)); time('main fromTei', () => main.fromTei(xml))
}
for (const [k, v] of Object.entries(res)) { v.sort((a, b) => a - b); console.log(k.padEnd(14), 'median', v[5]!.toFixed(0), 'min', v[0]!.toFixed(0)) }
