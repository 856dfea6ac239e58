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
    // The process's own figures (bench/rusage.mjs): CPU spent converting, and its peak memory.
    expect(result.cpuSeconds).toBeGreaterThan(0)
    expect(result.cpuPerCore).toBeGreaterThan(0)
    expect(result.peakMB).toBeGreaterThan(30)
    console.log(`batch of 200: ${result.filesPerSecond.toFixed(1)} files/s, ${((result.cpuSeconds / 200) * 1000).toFixed(1)} ms CPU per file, ${(result.cpuPerCore * 100).toFixed(0)}% per core, peak ${result.peakMB.toFixed(0)} MB (${result.summary})`)
  }, 300_000)
})
