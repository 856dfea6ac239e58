/**
 * The batch users run: a folder of many small transcripts (the files of ../shared/corpus/, copied
 * round-robin into a temporary folder) converted to every format by the built `verbatim`
 * binary, as a user would, on all cores. Reports files per second, the CPU time of the process
 * (all its threads) per file and per core of wall time, and its peak memory (a preloaded
 * `bench/rusage.mjs` writes the process's resource usage as it exits).
 *
 * Run: `npx tsx bench/batch.ts [files]` after `npm run build` (default 10,000 files). The test
 * suite runs a small version (test/batch-bench.test.ts).
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { corpusFiles, sharedPath } from '@verbatim/test-utils'

export interface BatchBenchResult {
  files: number
  /** Input bytes. */
  bytes: number
  outputs: number
  failed: number
  threads: number
  seconds: number
  filesPerSecond: number
  /** CPU time of the binary's process, all threads (user + system), seconds. */
  cpuSeconds: number
  /** CPU time / (wall time x threads): 1 = every core busy all the time. */
  cpuPerCore: number
  /** Peak resident memory of the binary's process (all threads), MB. */
  peakMB: number
  /** The summary line the binary printed. */
  summary: string
  code: number | null
}

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url))
const rusage = new URL('./rusage.mjs', import.meta.url).href
export const ALL_FORMATS = ['text', 'tei', 'webvtt', 'jsonld', 'json']

/** Copy the corpus transcripts into `dir/in` until there are `count` files. */
export function makeBatch(dir: string, count: number): number {
  const sources = corpusFiles().map((name) => sharedPath('corpus', name))
  if (sources.length === 0) throw new Error('batch bench: ../shared/corpus/ is missing')
  mkdirSync(join(dir, 'in'), { recursive: true })
  let bytes = 0
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length]!
    copyFileSync(source, join(dir, 'in', `${String(i).padStart(5, '0')}-${source.split('/').pop()}`))
    bytes += statSync(source).size
  }
  return bytes
}

/** Convert `count` corpus copies to every format with the binary; the folder is removed after. */
export function batchBench(count: number, threads = availableParallelism()): BatchBenchResult {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-batch-'))
  try {
    const bytes = makeBatch(dir, count)
    const usageFile = join(dir, 'rusage.json')
    const started = performance.now()
    const run = spawnSync(process.execPath, ['--import', rusage, bin, 'convert', join(dir, 'in'), '--to', ALL_FORMATS.join(','), '--out-dir', join(dir, 'out'), '--jobs', String(threads), '--no-progress'], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      env: { ...process.env, VERBATIM_BENCH_RUSAGE: usageFile },
    })
    const seconds = (performance.now() - started) / 1000
    const summary = run.stderr.split('\n').find((line) => line.startsWith('converted ')) ?? run.stderr.slice(-500)
    const failed = /failed: (.*)/.exec(run.stderr)?.[1]?.split(', ').length ?? 0
    const outputs = readdirSync(join(dir, 'out')).length
    const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as NodeJS.ResourceUsage
    const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6
    return {
      files: count,
      bytes,
      outputs,
      failed,
      threads,
      seconds,
      filesPerSecond: count / seconds,
      cpuSeconds,
      cpuPerCore: cpuSeconds / (seconds * threads),
      peakMB: (usage.maxRSS * 1024) / 1e6,
      summary,
      code: run.status,
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const count = Number(process.argv[2] ?? 10_000)
  const result = batchBench(count)
  console.log(`Batch: ${result.files} corpus transcripts (${(result.bytes / 1e6).toFixed(1)} MB) to ${ALL_FORMATS.join(', ')} with the verbatim binary, ${result.threads} threads`)
  console.log(`  ${result.seconds.toFixed(1)} s, ${result.filesPerSecond.toFixed(1)} files/s, ${(result.bytes / 1e6 / result.seconds).toFixed(2)} MB/s of input, ${result.outputs} outputs, ${result.failed} failed (exit ${result.code})`)
  console.log(`  CPU: ${result.cpuSeconds.toFixed(1)} s in all (${((result.cpuSeconds / result.files) * 1000).toFixed(1)} ms per file), ${(result.cpuPerCore * 100).toFixed(0)}% of each core's wall time; peak memory ${result.peakMB.toFixed(0)} MB`)
  console.log(`  the binary said: ${result.summary}`)
}
