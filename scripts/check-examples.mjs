#!/usr/bin/env node
// Checks that examples/converted/ is what the current code produces; exits 1 with a summary of
// the differences when it is stale. Fix: npm run build && node scripts/generate-examples.mjs
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { convertedDir, convertedExamples, root } from './examples.mjs'

const { files, problems } = await convertedExamples()
const report = []
const present = existsSync(convertedDir) ? readdirSync(convertedDir) : []
for (const name of present) if (!files.has(name)) report.push(`${name}: not produced any more (delete it)`)
for (const [name, expected] of files) {
  const path = join(convertedDir, name)
  if (!existsSync(path)) {
    report.push(`${name}: missing`)
    continue
  }
  const actual = readFileSync(path, 'utf8')
  if (actual === expected) continue
  const a = actual.split('\n')
  const b = expected.split('\n')
  let first = 0
  while (first < Math.min(a.length, b.length) && a[first] === b[first]) first++
  let changed = 0
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) changed++
  const clip = (line) => (line === undefined ? '(end of file)' : JSON.stringify(line.length > 100 ? line.slice(0, 100) + '…' : line))
  report.push(
    `${name}: stale, ${changed} line${changed === 1 ? '' : 's'} differ (${a.length} lines committed, ${b.length} produced); first at line ${first + 1}:\n` +
      `    committed: ${clip(a[first])}\n    produced:  ${clip(b[first])}`,
  )
}
for (const problem of problems) report.push(`conversion error: ${problem}`)
if (report.length > 0) {
  console.error(`${relative(root, convertedDir)} is not current:\n  ${report.join('\n  ')}`)
  console.error('Regenerate with: npm run build && node scripts/generate-examples.mjs (and review the diff)')
  process.exit(1)
}
console.log(`${relative(root, convertedDir)} is current (${files.size} files)`)
