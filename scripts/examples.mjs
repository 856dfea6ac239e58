// Shared by generate-examples.mjs and check-examples.mjs: the converted forms of the reference
// press conference and of the speech-to-text example (examples/stt/deepgram-briefing.json), made
// with the built @verbatim/cli library (run `npm run build` first).
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = join(dirname(fileURLToPath(import.meta.url)), '..')
export const REFERENCE = 'dod-carter-le-drian-paris-2016-10-25.txt'
export const convertedDir = join(root, 'examples', 'converted')

async function library() {
  if (!existsSync(join(root, 'packages', 'cli', 'dist', 'index.js'))) {
    console.error('The packages are not built: run `npm run build` first.')
    process.exit(1)
  }
  return import('@verbatim/cli')
}

/** Every converted example: file name -> content, in a stable order. */
export async function convertedExamples() {
  const { convert, FORMAT_NAMES, FORMATS, stripFormatExtension } = await library()
  const input = readFileSync(join(root, 'examples', REFERENCE), 'utf8')
  const stem = stripFormatExtension(REFERENCE)
  const files = new Map()
  const problems = []
  // The reference has no times: the formats that need them (SubRip, Podcasting 2.0) and those only read (speech-to-text JSON) are left out.
  for (const to of FORMAT_NAMES.filter((name) => name === 'text' || FORMATS[name].inAll)) {
    // `file` is the bare name, so no absolute path of this machine ends up in an example.
    const { output, messages } = await convert(input, { from: 'text', to, file: REFERENCE })
    for (const message of messages) if (message.severity === 'error') problems.push(`${to}: ${message.reason} [${message.ruleId}]`)
    files.set(stem + FORMATS[to].outputExtension, output)
  }
  // One speech-to-text result (examples/stt/) converted to every format that writes, the timed ones included.
  const sttName = 'deepgram-briefing.json'
  const stt = readFileSync(join(root, 'examples', 'stt', sttName), 'utf8')
  for (const to of FORMAT_NAMES.filter((name) => FORMATS[name].writes)) {
    const { output, messages } = await convert(stt, { to, file: sttName })
    for (const message of messages) if (message.severity === 'error') problems.push(`${sttName} -> ${to}: ${message.reason} [${message.ruleId}]`)
    files.set(stripFormatExtension(sttName) + FORMATS[to].outputExtension, output)
  }
  return { files, problems }
}
