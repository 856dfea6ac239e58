// Same output as current main: whole JSON (transcript + messages, positions included) of both
// entries on every corpus, corpus-more and test fixture file. Run after `npx tsup` in packages/text.
// Usage: node bench/same-output.mjs [/path/to/reference/packages/text/dist]
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
const here = fileURLToPath(new URL('.', import.meta.url))
const refDist = process.argv[2] ?? '/work/main/packages/text/dist'
const ours = await import(join(here, '../dist/index.js'))
const oursBasic = await import(join(here, '../dist/basic.js'))
const ref = await import(join(refDist, 'index.js'))
const refBasic = await import(join(refDist, 'basic.js'))
const dirs = [join(here, '../../../../shared/corpus'), join(here, '../../../../shared/corpus-more'), join(here, '../test/fixtures')]
let count = 0, diffs = 0
for (const dir of dirs) {
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const text = readFileSync(join(dir, name), 'utf8')
    for (const [label, a, b, opts] of [['full', ours.fromText, ref.fromText, { file: name }], ['basic', oursBasic.fromText, refBasic.fromText, { file: name }]]) {
      let x, y
      try { x = JSON.stringify(a(text, opts)) } catch (e) { x = 'THROW ' + e.message }
      try { y = JSON.stringify(b(text, opts)) } catch (e) { y = 'THROW ' + e.message }
      count++
      if (x !== y) {
        diffs++
        let i = 0
        while (i < x.length && x[i] === y[i]) i++
        console.log(`DIFF ${label} ${name} at ${i}:\n  ours: ${x.slice(Math.max(0, i - 80), i + 120)}\n  main: ${y.slice(Math.max(0, i - 80), i + 120)}`)
      }
    }
  }
}
console.log(`${count} reads, ${diffs} differ`)
process.exit(diffs ? 1 : 0)
