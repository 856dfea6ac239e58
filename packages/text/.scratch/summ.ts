import { readFileSync } from 'node:fs'
import { fromText } from '../src/index.js'
import { toString } from '/work/wt-text/packages/core/dist/index.js'
for (const f of process.argv.slice(2)) {
  const { transcript: t } = fromText(readFileSync('/work/shared/corpus-more/' + f, 'utf8'))
  const turns = t.children.filter((b: any) => b.type === 'turn') as any[]
  const start = (b: any) => toString(b.children[0] ?? { type: 'paragraph', children: [] }).split(/\s+/).slice(0, 4).join(' ')
  console.log(JSON.stringify({ file: f, turns: turns.length, speakers: t.speakers.length, labels: [...new Set(turns.map((x) => x.label))].slice(0, 40), first: turns.slice(0, 3).map((x) => [x.label, start(x)]), last: [turns.at(-1).label, start(turns.at(-1))] }))
}
