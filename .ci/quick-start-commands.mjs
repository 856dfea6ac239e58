// Prints the command lines of the README's "Quick start" code block, one per line, so that CI
// runs exactly what a newcomer copies (and fails if the block is not two commands).
import { readFileSync } from 'node:fs'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
const section = readme.split(/^## /m).find((part) => part.startsWith('Quick start'))
const block = section && /```(?:sh|bash)?\n([\s\S]*?)```/.exec(section)
const lines = block ? block[1].split('\n').filter((line) => line.trim() !== '') : []
if (lines.length !== 2) {
  console.error(`README.md: expected a Quick start code block of exactly two commands, found ${lines.length}`)
  process.exit(1)
}
console.log(lines.join('\n'))
