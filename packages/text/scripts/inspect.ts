// Print a summary of how fromText reads a file: `npx tsx scripts/inspect.ts FILE [--turns]`.
import { readFileSync } from 'node:fs'
import { formatMessage, summarize } from '@verbatim/core'
import { fromText } from '../src/index.js'

const file = process.argv[2]!
const { transcript, messages } = fromText(readFileSync(file, 'utf8'), { file })
const summary = summarize(transcript)
console.log('title:', summary.title, '| date:', transcript.meta.date, '| place:', transcript.meta.place, '| subtitle:', transcript.meta.subtitle)
console.log('extra:', JSON.stringify(transcript.meta.extra))
console.log('notes:', (transcript.meta.notes ?? []).map((note) => `${note.kind}:${note.value.slice(0, 50).replace(/\n/g, '|')}`).join(' || '))
for (const speaker of summary.speakers) console.log(`  ${speaker.id} | ${speaker.name} | ${speaker.role} | group=${speaker.group} | turns=${speaker.turns} | ${speaker.aliases.join(' / ')} | ${transcript.speakers.find((s) => s.id === speaker.id)?.title ?? ''}`)
console.log('turns:', summary.turns.length, 'interpreted:', summary.turns.filter((turn) => turn.interpreted).length, 'events:', JSON.stringify(summary.events))
console.log('blocks:', transcript.children.map((b) => b.type[0]).join(''))
if (process.argv.includes('--turns')) for (const turn of summary.turns) console.log(`  ${turn.line} ${turn.speaker} [${turn.label}]${turn.interpreted ? ' (i)' : ''}${turn.start !== null ? ' @' + turn.start : ''}: ${turn.firstWords}`)
for (const message of messages) console.log(formatMessage(message).replace(/^.*\//, ''))
