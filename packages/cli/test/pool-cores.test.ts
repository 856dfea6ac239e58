// On a machine with several cores, a batch runs on as many workers, each of which converts
// files, and the batch ends. The machine is made to report 4 cores, whatever it has.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { describe, expect, it, vi } from 'vitest'
import { planJobs } from '../src/plan.js'
import { runJobs, type FromWorker, type WorkerFactory } from '../src/pool.js'
import { tempDir } from './helpers.js'

vi.mock('node:os', async (importOriginal) => ({ ...(await importOriginal<typeof import('node:os')>()), availableParallelism: () => 4 }))

describe('the worker pool on several cores', () => {
  it('starts one worker per core, every worker converts files, and the batch ends', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'in'))
    for (let i = 0; i < 40; i++) writeFileSync(join(dir, 'in', `t${i}.txt`), `ANN: Hello number ${i}.\n\nBO: Hi, Ann.\n`)
    const jobs = planJobs([join(dir, 'in')], { to: ['json', 'tei'], outDir: join(dir, 'out') })
    for (const job of jobs) for (const target of job.targets) if (target.path) mkdirSync(dirname(target.path), { recursive: true })
    /** Files each worker returned, and the most jobs a worker held at once. */
    const perWorker: number[] = []
    let mostHeld = 0
    const createWorker: WorkerFactory = (start) => {
      const worker = new Worker(new URL('../dist/worker.js', import.meta.url), { workerData: start })
      const slot = perWorker.push(0) - 1
      let held = 0
      const post = worker.postMessage.bind(worker)
      worker.postMessage = (message: unknown) => {
        mostHeld = Math.max(mostHeld, ++held)
        post(message)
      }
      worker.on('message', (message: FromWorker) => {
        if (message.type !== 'result') return
        held--
        perWorker[slot]!++
      })
      return worker
    }
    const results = await runJobs(jobs, {}, { createWorker })
    expect(perWorker).toHaveLength(4)
    for (const count of perWorker) expect(count).toBeGreaterThan(0)
    expect(perWorker.reduce((sum, count) => sum + count, 0)).toBe(40)
    expect(results.filter((result) => result.failed)).toEqual([])
    expect(results.every((result, index) => result.name === jobs[index]!.name)).toBe(true)
    for (let i = 0; i < 40; i++) expect(existsSync(join(dir, 'out', `t${i}.tei.xml`))).toBe(true)
    // A worker is sent its next file while the last one's outputs are written; never more than two.
    expect(mostHeld).toBeLessThanOrEqual(2)
  })
})
