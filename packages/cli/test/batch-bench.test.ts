// The batch benchmark, small: 200 corpus transcripts to every format on all cores, every file
// converted, and files/s reported by the binary and measured here.
import { availableParallelism } from 'node:os'
import { describe, expect, it } from 'vitest'
import { suiteNeedsShared } from '@verbatim/test-utils/suite'
import { ALL_FORMATS, batchBench } from '../bench/batch.js'

describe('batch benchmark (small version)', () => {
  if (!suiteNeedsShared('batch benchmark corpus', 'corpus')) return

  it('converts 200 corpus transcripts to every format on every core and reports files/s', () => {
    const result = batchBench(200)
    expect(result.code).toBe(0)
    expect(result.threads).toBe(availableParallelism())
    expect(result.failed).toBe(0)
    expect(result.outputs).toBe(200 * ALL_FORMATS.length)
    expect(result.summary).toMatch(/^converted 200 of 200 files \(1000 outputs written, 0 errors, \d+ warnings\) in [\d.]+ s, [\d.]+ files\/s$/)
    expect(result.filesPerSecond).toBeGreaterThan(0)
    console.log(`batch of 200: ${result.filesPerSecond.toFixed(1)} files/s (${result.summary})`)
  }, 300_000)
})
