import { readFileSync } from 'node:fs'
import { fromText } from '../src/index.js'
import { toString } from '/work/wt-text/packages/core/dist/index.js'
const [file, from, count] = [process.argv[2]!, Number(process.argv[3] ?? 0), Number(process.argv[4] ?? 8)]
const path = file.includes('/') ? file : '/work/shared/corpus-more/' + file
const { transcript: t, messages } = fromText(readFileSync(path, 'utf8'))
console.log('meta', JSON.stringify(t.meta).slice(0, 600))
const blocks = t.children.slice(from, from + count)
for (const b of blocks) {
  if (b.type === 'turn') console.log('TURN', b.label, b.speaker, JSON.stringify(b.time), '|', b.children.map((p) => toString(p)).join(' / ').slice(0, 200))
  else console.log(b.type.toUpperCase(), JSON.stringify(b).slice(0, 200))
}
console.log('last:', JSON.stringify(t.children.at(-1)).slice(0, 300))
console.log(messages.slice(0, 5).map((m) => m.ruleId + ' ' + m.reason.slice(0, 100)))
