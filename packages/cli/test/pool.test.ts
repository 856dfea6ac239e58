// The worker pool: a worker that exits without an error (killed from outside, a native crash,
// a stray process.exit) fails only the file it had, is replaced, and the batch finishes. The
// exiting worker is a test worker script (test/workers/exiting-worker.mjs: the built worker that
// exits on a named file) given to the pool's `createWorker`; production code has no test hook.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { dirname, join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { formatMessage } from '@verbatim/core'
import { describe, expect, it } from 'vitest'
import type { FormatName } from '../src/formats.js'
import { planJobs } from '../src/plan.js'
import { runJobs, threadCount, type WorkerFactory } from '../src/pool.js'
import { tempDir } from './helpers.js'

function batch(files: number): string {
  const dir = tempDir()
  mkdirSync(join(dir, 'in'))
  for (let i = 0; i < files; i++) writeFileSync(join(dir, 'in', `t${i}.txt`), `ANN: Hello number ${i}.\n\nBO: Hi, Ann.\n`)
  return dir
}

/** Workers that exit (code 0, no error) when sent a file whose name ends with `exitOn`. */
const exitingOn =
  (exitOn: string): WorkerFactory =>
  (start) =>
    new Worker(new URL('./workers/exiting-worker.mjs', import.meta.url), { workerData: { ...start, exitOn } })

/** Convert the folder `dir/in` as `verbatim convert dir/in --to ... --out-dir dir/out --jobs N` does. */
async function convertFolder(dir: string, to: FormatName[], threads: number, createWorker: WorkerFactory) {
  const jobs = planJobs([join(dir, 'in')], { to, outDir: join(dir, 'out') })
  for (const job of jobs) for (const target of job.targets) if (target.path) mkdirSync(dirname(target.path), { recursive: true })
  const results = await runJobs(jobs, {}, { threads, createWorker })
  const lines = results.flatMap((result) => result.messages.filter((message) => message.severity === 'error').map((message) => formatMessage(message)))
  return { results, lines, converted: results.filter((result) => !result.failed), failed: results.filter((result) => result.failed).map((result) => result.name) }
}

describe('the worker pool', () => {
  it('a worker that exits mid-job fails that file with a clear error, is replaced, and the batch finishes', async () => {
    const dir = batch(12)
    const { results, lines, converted, failed } = await convertFolder(dir, ['json', 'webvtt'], 2, exitingOn('t3.txt'))
    expect(results).toHaveLength(12)
    expect(lines.join('\n')).toMatch(/t3\.txt: error: the conversion worker exited \(code 0\) before it finished converting this file/)
    expect(lines).toHaveLength(1)
    expect(converted).toHaveLength(11)
    expect(converted.flatMap((result) => result.outputs)).toHaveLength(22)
    expect(failed).toEqual([expect.stringMatching(/t3\.txt$/)])
    const written = readdirSync(join(dir, 'out')).sort()
    expect(written).toHaveLength(22)
    expect(existsSync(join(dir, 'out', 't3.json'))).toBe(false)
    expect(existsSync(join(dir, 'out', 't11.vtt'))).toBe(true)
  })

  it('when every worker exits on every file, each file fails and the batch still ends', async () => {
    const dir = batch(10)
    const { results, lines, converted } = await convertFolder(dir, ['json'], 3, exitingOn('.txt'))
    expect(results).toHaveLength(10)
    expect(converted).toHaveLength(0)
    expect(lines.filter((line) => /error: the conversion worker exited/.test(line))).toHaveLength(10)
  })

  it('uses every core for a large batch', () => {
    expect(threadCount(10_000)).toBe(availableParallelism())
    expect(threadCount(200, 3)).toBe(3)
    expect(threadCount(3)).toBe(1)
  })
})
