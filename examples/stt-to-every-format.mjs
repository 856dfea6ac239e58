#!/usr/bin/env node
// One speech-to-text result (a Deepgram response, made by hand for this example) converted to
// every format Verbatim writes, with the library behind the `verbatim` command.
//
//   npm run build
//   node examples/stt-to-every-format.mjs [result.json] [out-dir]
//
// Any Whisper, Deepgram, AssemblyAI, AWS Transcribe or Rev.ai JSON works: the service is
// recognised by its content. Same as: npx verbatim convert result.json --to text,tei,webvtt,srt,jsonld,json,podcast --out-dir out
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { formatMessage } from '@verbatim/core'
import { FORMAT_NAMES, FORMATS, readTranscript, stripFormatExtension, writeTranscript } from '@verbatim/cli'

const input = process.argv[2] ?? new URL('./stt/deepgram-briefing.json', import.meta.url).pathname
const outDir = process.argv[3] ?? 'out'
const { transcript, from, messages } = await readTranscript(await readFile(input, 'utf8'), { file: input })
for (const message of messages) console.error(formatMessage(message))
console.error(`read ${input} as ${from}: ${transcript.speakers.length} speakers, ${transcript.children.length} turns`)

await mkdir(outDir, { recursive: true })
const stem = stripFormatExtension(input.split('/').pop())
for (const to of FORMAT_NAMES.filter((name) => FORMATS[name].writes)) {
  const { output, messages: notes } = writeTranscript(transcript, { to, file: input })
  for (const message of notes) if (message.severity !== 'info') console.error(formatMessage(message))
  const path = join(outDir, stem + FORMATS[to].outputExtension)
  await writeFile(path, output)
  console.log(`wrote ${path}`)
}
