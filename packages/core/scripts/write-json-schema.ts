// Writes dist/schema.json (shipped as `@verbatim/core/schema.json`) from the zod schemas, so
// tools in other languages validate transcripts exactly as validateTranscript does.
import { mkdirSync, writeFileSync } from 'node:fs'
import { jsonSchema } from '../src/json-schema.js'

const out = new URL('../dist/schema.json', import.meta.url)
mkdirSync(new URL('.', out), { recursive: true })
writeFileSync(out, JSON.stringify(jsonSchema(), null, 2) + '\n')
console.log('wrote', out.pathname)
