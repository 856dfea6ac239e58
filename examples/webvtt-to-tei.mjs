#!/usr/bin/env node
// Read captions downloaded from a video platform (WebVTT, with speaker voices) and write a TEI
// transcription of them, with the platform's header kept in the model's metadata.
//
//   npm run build
//   node examples/webvtt-to-tei.mjs [captions.vtt] > talk.tei.xml
import { readFile } from 'node:fs/promises'
import { formatMessage } from '@verbatim/core'
import { toTei } from '@verbatim/tei'
import { fromWebVtt } from '@verbatim/webvtt'

const path = process.argv[2] ?? new URL('./video-platform-captions.vtt', import.meta.url).pathname
const { transcript, messages } = fromWebVtt(await readFile(path, 'utf8'), { file: path })
for (const message of messages) console.error(formatMessage(message))

transcript.meta.title ??= 'Council meeting, public comment'
const xml = toTei(transcript, {
  idPrefix: 'council-',
  onMessage: (message) => console.error(formatMessage(message)),
})
console.error(`${transcript.children.length} blocks, ${transcript.speakers.length} speakers`)
process.stdout.write(xml)
