// After the README's main job (`npm start`): every output its script asks for exists and is not
// empty. The formats, the input and the output folder are read from the start script, and the
// file names from the CLI's format table, so nothing here lists formats by hand.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import { FORMATS, formatFromName, stripFormatExtension } from '@verbatim/cli'

const root = new URL('..', import.meta.url).pathname
const start = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.start
const to = /--to\s+(\S+)/.exec(start)?.[1]
const outDir = /--out-dir\s+(\S+)/.exec(start)?.[1]
const input = /convert\s+(\S+)/.exec(start)?.[1]
if (!to || !outDir || !input) throw new Error(`cannot read --to, --out-dir and the input from the start script: ${start}`)
const names = to.split(',')
let missing = 0
for (const name of names) {
  const format = formatFromName(name)
  if (!format) throw new Error(`the start script names an unknown format: ${name}`)
  const path = join(root, outDir, stripFormatExtension(basename(input)) + FORMATS[format].outputExtension)
  if (existsSync(path) && statSync(path).size > 0) console.log(`ok   ${path}`)
  else {
    missing++
    console.error(`main job: ${path} is missing or empty`)
  }
}
if (missing > 0) process.exit(1)
