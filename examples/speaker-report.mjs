#!/usr/bin/env node
// A speaker report on the core model: who spoke, how much, how often through an interpreter,
// and how each one was labelled in the source.
//
//   npm run build
//   node examples/speaker-report.mjs [transcript.txt]
import { readFile } from 'node:fs/promises'
import { countWords, speakerIndex, toString, turnsOf } from '@verbatim/core'
import { fromText } from '@verbatim/text'

const path = process.argv[2] ?? new URL('./dod-carter-le-drian-paris-2016-10-25.txt', import.meta.url).pathname
const { transcript } = fromText(await readFile(path, 'utf8'), { file: path })

const speakers = speakerIndex(transcript)
const rows = new Map()
let total = 0
for (const turn of turnsOf(transcript)) {
  const id = turn.speaker ?? '(unattributed)'
  const row = rows.get(id) ?? { turns: 0, words: 0, interpreted: 0, longest: 0 }
  const words = countWords(toString(turn, { separator: ' ' }))
  row.turns++
  row.words += words
  row.longest = Math.max(row.longest, words)
  if (turn.interpreted) row.interpreted++
  rows.set(id, row)
  total += words
}

console.log(transcript.meta.title ?? path)
console.log(`${transcript.speakers.length} speakers, ${turnsOf(transcript).length} turns, ${total} words\n`)
const sorted = [...rows].sort(([, a], [, b]) => b.words - a.words)
for (const [id, row] of sorted) {
  const speaker = speakers.get(id)
  const name = speaker ? `${speaker.name} (${speaker.role}${speaker.title ? `, ${speaker.title}` : ''})` : id
  const share = total ? ((100 * row.words) / total).toFixed(1) : '0.0'
  console.log(`${name}`)
  console.log(`  ${row.turns} turns, ${row.words} words (${share}%), longest turn ${row.words ? row.longest : 0} words${row.interpreted ? `, ${row.interpreted} interpreted` : ''}`)
  if (speaker?.aliases.length) console.log(`  labelled as: ${speaker.aliases.join(' | ')}`)
}
