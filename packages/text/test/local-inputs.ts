// The texts every comparison of two readers runs on without ../shared/: the reference document
// and every fixture, sorted by name.
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { readReferenceDocument } from '@verbatim/test-utils'

export const fixtureDir = fileURLToPath(new URL('./fixtures', import.meta.url))

export const localInputs: readonly [string, string][] = [
  ['reference document', readReferenceDocument()],
  ...readdirSync(fixtureDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name): [string, string] => [name, readFileSync(`${fixtureDir}/${name}`, 'utf8')]),
]
