import { fromTei } from '../src/index.js'
import { readFileSync } from 'node:fs'
import { toString } from '@verbatim/core'
const name = process.argv[2]!
const { transcript } = fromTei(readFileSync('/work/shared/corpus-formats/' + name, 'utf8'))
let words = 0
for (const b of transcript.children) if (b.type === 'turn') { for (const p of b.children) for (const i of p.children) { if (i.type === 'segment') { console.log('SEG', i.time, JSON.stringify(toString(i))); for (const c of i.children) if (c.type==='word') words++ } else if (i.type === 'word') words++; else console.log(i.type, JSON.stringify(toString(i))) } console.log('---') }
console.log('timed words', words)
