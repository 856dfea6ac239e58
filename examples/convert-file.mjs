#!/usr/bin/env node
// Convert a transcript file to another format with the library behind the `verbatim` command.
//
//   npm run build
//   node examples/convert-file.mjs [input] [format]
//   node examples/convert-file.mjs examples/dod-carter-le-drian-paris-2016-10-25.txt webvtt
//
// Formats: text, tei, webvtt, jsonld, json. The input format is detected (extension, then content).
import { readFile } from 'node:fs/promises'
import { formatMessage } from '@verbatim/core'
import { convert, formatFromName } from '@verbatim/cli'

const input = process.argv[2] ?? new URL('./dod-carter-le-drian-paris-2016-10-25.txt', import.meta.url).pathname
const to = formatFromName(process.argv[3] ?? 'webvtt')
if (!to) {
  console.error(`unknown format ${process.argv[3]} (text, tei, webvtt, jsonld, json)`)
  process.exit(2)
}

const text = await readFile(input, 'utf8')
// Reader and writer options go in the same object; maxLineLength is a WebVTT writer option.
const { output, from, messages } = await convert(text, { to, file: input, maxLineLength: 42 })
for (const message of messages) console.error(formatMessage(message))
console.error(`converted ${from} -> ${to}`)
process.stdout.write(output)
