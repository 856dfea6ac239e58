// Print the summary kept in test/corpus-expectations.json for every corpus file; review before committing.
import { readFileSync, writeFileSync } from 'node:fs'
import { summarize } from '@verbatim/core'
import { corpusFiles, readShared } from '@verbatim/test-utils'
import { fromText } from '../src/index.js'
import { corpusSummary } from '../test/corpus-summary.js'

const out: Record<string, unknown> = {}
for (const file of corpusFiles()) out[file] = corpusSummary(fromText(readShared('corpus', file)).transcript)
const path = new URL('../test/corpus-expectations.json', import.meta.url)
const previous = (() => { try { return JSON.parse(readFileSync(path, 'utf8')) } catch { return {} } })()
writeFileSync(path, JSON.stringify({ ...previous, ...out }, null, 2) + '\n')
void summarize
