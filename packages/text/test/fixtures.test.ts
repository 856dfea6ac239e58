import { describe, expect, it } from 'vitest'
import { fileURLToPath } from 'node:url'
import { validateTranscript } from '@verbatim/core/schema'
import { expectedOrUpdate, fixturePairs } from '@verbatim/test-utils'
import { fromText } from '../src/index.js'

const dir = fileURLToPath(new URL('./fixtures', import.meta.url))
const pairs = fixturePairs(dir, '.txt', '.json')

describe('fixtures: one rule per hand-made input (test/fixtures/*.txt -> *.json)', () => {
  it('has fixtures', () => expect(pairs.length).toBeGreaterThanOrEqual(12))
  for (const pair of pairs) {
    it(pair.name, () => {
      const result = fromText(pair.input, { file: `${pair.name}.txt` })
      expect(validateTranscript(result.transcript).valid).toBe(true)
      const actual = JSON.stringify(result, null, 2) + '\n'
      expect(actual).toBe(expectedOrUpdate(pair, actual))
    })
  }
})
