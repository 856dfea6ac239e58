import { readFileSync, readdirSync } from 'node:fs'
import { fromText } from '../src/index.js'
const dir = '/work/shared/corpus-more/'
const only = process.argv[2]
for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt') && (!only || f.includes(only)))) {
  const { transcript: t, messages } = fromText(readFileSync(dir + f, 'utf8'))
  const turns = t.children.filter((b) => b.type === 'turn')
  console.log(f, 'turns', turns.length, 'unattributed', turns.filter((x: any) => x.speaker === null).length, 'speakers', t.speakers.length, 'msgs', messages.length)
  if (only) console.log(t.speakers.map((s) => `${s.name}[${s.aliases.join('|')}]`).join('; ').slice(0, 3000))
}
