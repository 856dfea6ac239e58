import { readFileSync, readdirSync } from 'node:fs'
import { fromText } from '../src/index.js'
for (const dir of ['/work/shared/corpus/', '/work/shared/corpus-more/']) for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
  const { transcript: t } = fromText(readFileSync(dir + f, 'utf8'))
  let n = 0; let ex = ''
  for (const b of t.children) if (b.type === 'turn') for (const p of b.children) for (const c of p.children) if (c.type === 'segment') { n++; if (!ex) ex = JSON.stringify(c).slice(0, 200) }
  if (n) console.log(f, n, ex)
}
