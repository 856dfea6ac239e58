import { readFileSync, readdirSync } from 'node:fs'
import { fromText } from '../src/index.js'
const dir = '/work/shared/corpus/'
const only = process.argv[2]
const files = readdirSync(dir).filter((f) => f.endsWith('.txt') && (!only || f.includes(only))).map((f) => readFileSync(dir + f, 'utf8'))
const s = performance.now()
for (let i = 0; i < Number(process.env.N ?? 40); i++) for (const t of files) fromText(t)
console.log(performance.now() - s)
