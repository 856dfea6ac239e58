#!/usr/bin/env node
// Regenerates examples/converted/ from the reference press conference and the speech-to-text example with the built library.
// Usage: npm run build && node scripts/generate-examples.mjs
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { convertedDir, convertedExamples, root } from './examples.mjs'

const { files, problems } = await convertedExamples()
mkdirSync(convertedDir, { recursive: true })
for (const name of readdirSync(convertedDir)) if (!files.has(name)) rmSync(join(convertedDir, name))
for (const [name, content] of files) {
  writeFileSync(join(convertedDir, name), content)
  console.log(`wrote ${relative(root, join(convertedDir, name))}`)
}
for (const problem of problems) console.error(`error: ${problem}`)
process.exitCode = problems.length > 0 ? 1 : 0
