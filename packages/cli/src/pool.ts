/**
 * Running many jobs: in this thread for small batches, on a `worker_threads` pool (one worker
 * per core) for large ones. Results come back in completion order through `onResult` and in
 * input order from the returned promise. A worker that crashes fails only its current job.
 */
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { createMessage } from '@verbatim/core'
import { SOURCE } from './detect.js'
import { runJob, type JobOptions, type JobResult } from './job.js'
import type { Job } from './plan.js'

/** Below this many files, starting workers costs more than it saves. */
export const POOL_MIN_JOBS = 8

export interface RunJobsOptions {
  /** Worker threads: `0` or undefined = automatic (all cores for batches of POOL_MIN_JOBS files or more), `1` = this thread. */
  threads?: number
  /** Called as each job finishes. */
  onResult?: (result: JobResult, done: number, total: number) => void
  /** Called as each job starts (for progress display). */
  onStart?: (job: Job) => void
  /** Input text of the stdin job, if any. */
  stdin?: string | Uint8Array
}

/** The built worker entry beside this module (absent when running from sources). */
function workerUrl(): URL | undefined {
  try {
    const url = new URL('./worker.js', import.meta.url)
    return existsSync(fileURLToPath(url)) ? url : undefined
  } catch {
    return undefined
  }
}

export function threadCount(jobs: number, requested?: number): number {
  if (requested !== undefined && requested > 0) return Math.max(1, Math.min(requested, jobs))
  if (jobs < POOL_MIN_JOBS) return 1
  return Math.max(1, Math.min(availableParallelism(), jobs))
}

export async function runJobs(jobs: Job[], options: JobOptions, run: RunJobsOptions = {}): Promise<JobResult[]> {
  const results: JobResult[] = new Array(jobs.length)
  let done = 0
  const finish = (index: number, result: JobResult) => {
    results[index] = result
    done++
    run.onResult?.(result, done, jobs.length)
  }
  const threads = threadCount(jobs.length, run.threads)
  const url = threads > 1 ? workerUrl() : undefined
  // stdin can only be read here; it never goes to a worker.
  const local = jobs.map((job, index) => ({ job, index })).filter(({ job }) => !url || job.input === '-')
  const remote = url ? jobs.map((job, index) => ({ job, index })).filter(({ job }) => job.input !== '-') : []

  const runLocal = async () => {
    for (const { job, index } of local) {
      run.onStart?.(job)
      finish(index, await runJob(job, options, job.input === '-' ? run.stdin : undefined))
    }
  }
  await Promise.all([runLocal(), url ? runPool(url, remote, threads, options, run, finish) : Promise.resolve()])
  return results
}

async function runPool(
  url: URL,
  queue: { job: Job; index: number }[],
  threads: number,
  options: JobOptions,
  run: RunJobsOptions,
  finish: (index: number, result: JobResult) => void,
): Promise<void> {
  let next = 0
  const worker = () =>
    new Promise<void>((resolvePool) => {
      let current: { job: Job; index: number } | undefined
      const thread = new Worker(url, { workerData: { options } })
      const feed = () => {
        current = queue[next++]
        if (!current) {
          void thread.terminate().then(() => resolvePool())
          return
        }
        run.onStart?.(current.job)
        thread.postMessage(current.job)
      }
      thread.on('message', (result: JobResult) => {
        if (current) finish(current.index, result)
        feed()
      })
      thread.on('error', (error) => {
        // A crashed worker fails its job; a fresh worker takes over the rest of its share.
        if (current) {
          const reason = `the conversion worker crashed: ${error.message}`
          finish(current.index, {
            input: current.job.input,
            name: current.job.name,
            outputs: [],
            failed: true,
            messages: [createMessage(reason, 'internal-error', SOURCE, { severity: 'error', file: current.job.name })],
          })
          current = undefined
        }
        void worker().then(resolvePool)
      })
      feed()
    })
  await Promise.all(Array.from({ length: threads }, () => worker()))
}

export { runJob }
