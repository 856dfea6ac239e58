/**
 * Running many jobs: in this thread for small batches, on a `worker_threads` pool (one worker
 * per core) for large ones. Results come back in completion order through `onResult` and in
 * input order from the returned promise. A worker that crashes or exits fails only the job it was
 * converting, and a fresh worker takes its place.
 *
 * A worker holds at most two jobs: one being converted (CPU) and, once a job's outputs are
 * converted, that job while its files are written and flushed; the pool sends the next file as
 * soon as a worker says `converted`, so the worker's core does not wait on the disk.
 */
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { createMessage } from '@verbatim/core'
import { removeTempFilesOf } from './atomic-write.js'
import { SOURCE } from './detect.js'
import { runJob, type JobOptions, type JobResult } from './job.js'
import type { Job } from './plan.js'

/** Below this many files, starting workers costs more than it saves. */
export const POOL_MIN_JOBS = 8

/** What the pool sends a worker: a job to run. */
export interface ToWorker {
  id: number
  job: Job
}

/** What a worker sends back: a job converted (only its files remain to write), then its result. */
export type FromWorker = { type: 'converted'; id: number } | { type: 'result'; id: number; result: JobResult }

/** The data every worker starts with (`workerData`). */
export interface WorkerStart {
  options: JobOptions
}

/** Starts one worker of the pool (default: the built `worker.js` beside this module). */
export type WorkerFactory = (start: WorkerStart) => Worker

export interface RunJobsOptions {
  /** Worker threads: `0` or undefined = automatic (all cores for batches of POOL_MIN_JOBS files or more), `1` = this thread. */
  threads?: number
  /** Called as each job finishes. */
  onResult?: (result: JobResult, done: number, total: number) => void
  /** Called as each job starts (for progress display). */
  onStart?: (job: Job) => void
  /** Input text of the stdin job, if any. */
  stdin?: string | Uint8Array
  /** How workers are started (tests start other worker scripts); default: the built worker file. */
  createWorker?: WorkerFactory
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

/** The default factory: the built worker, or none when running from sources (then jobs run here). */
function defaultFactory(): WorkerFactory | undefined {
  const url = workerUrl()
  return url ? (start) => new Worker(url, { workerData: start }) : undefined
}

export function threadCount(jobs: number, requested?: number): number {
  if (requested !== undefined && requested > 0) return Math.max(1, Math.min(requested, jobs))
  if (jobs < POOL_MIN_JOBS) return 1
  return Math.max(1, Math.min(availableParallelism(), jobs))
}

interface Entry {
  job: Job
  index: number
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
  const factory = threads > 1 ? (run.createWorker ?? defaultFactory()) : undefined
  const entries = jobs.map((job, index) => ({ job, index }))
  // stdin can only be read here; it never goes to a worker.
  const local = entries.filter(({ job }) => !factory || job.input === '-')
  const remote = factory ? entries.filter(({ job }) => job.input !== '-') : []

  const runLocal = async () => {
    for (const { job, index } of local) {
      run.onStart?.(job)
      finish(index, await runJob(job, options, job.input === '-' ? run.stdin : undefined))
    }
  }
  await Promise.all([runLocal(), factory ? runPool(factory, remote, threads, options, run, finish) : Promise.resolve()])
  return results
}

/** The result of a job whose worker ended before it finished. */
function lostJob(entry: Entry, reason: string): JobResult {
  const { job } = entry
  return {
    input: job.input,
    name: job.name,
    outputs: [],
    failed: true,
    messages: [createMessage(reason, 'internal-error', SOURCE, { severity: 'error', file: job.name })],
  }
}

async function runPool(
  factory: WorkerFactory,
  queue: Entry[],
  threads: number,
  options: JobOptions,
  run: RunJobsOptions,
  finish: (index: number, result: JobResult) => void,
): Promise<void> {
  /** Jobs given back by a worker that ended while writing them: they run again first. */
  const retry: Entry[] = []
  let next = 0
  const take = () => retry.shift() ?? queue[next++]
  const worker = () =>
    new Promise<void>((resolvePool) => {
      /** The job being converted, and those converted whose files are being written, by id. */
      let converting: Entry | undefined
      const writing = new Map<number, Entry>()
      let crash: Error | undefined
      let closing = false
      const thread = factory({ options })
      const feed = () => {
        if (converting) return
        converting = take()
        if (converting) {
          run.onStart?.(converting.job)
          thread.postMessage({ id: converting.index, job: converting.job } satisfies ToWorker)
        } else if (writing.size === 0) {
          closing = true
          void thread.terminate().then(() => resolvePool())
        }
      }
      thread.on('message', (message: FromWorker) => {
        if (message.type === 'converted') {
          if (converting?.index !== message.id) return
          writing.set(message.id, converting)
          converting = undefined
          // One job written while the next converts; a second converted job waits for the first.
          if (writing.size === 1) feed()
          return
        }
        const entry = writing.get(message.id) ?? (converting?.index === message.id ? converting : undefined)
        if (!entry) return
        if (entry === converting) converting = undefined
        writing.delete(message.id)
        finish(entry.index, message.result)
        feed()
      })
      // An uncaught error is followed by 'exit'; the error says more, so it is kept for then.
      thread.on('error', (error) => {
        crash = error
      })
      thread.on('exit', (code) => {
        if (closing) return
        // The worker ended with a job in hand (it crashed, or exited without an error): the job
        // it was converting fails; jobs already converted, whose files it was writing, run again
        // (files are written atomically, so a half-written one was never visible). A fresh
        // worker takes over the rest of this worker's share.
        // Its half-written files (temporary names, never renamed) go first.
        removeTempFilesOf([...writing.values()].flatMap(({ job }) => job.targets.flatMap((target) => (target.path === null ? [] : [target.path]))))
        if (converting) {
          const reason = crash
            ? `the conversion worker crashed: ${crash.message}`
            : `the conversion worker exited (code ${code}) before it finished converting this file`
          finish(converting.index, lostJob(converting, reason))
          converting = undefined
          retry.push(...writing.values())
        } else {
          // Ended while only writing: nothing points at one job, so each fails rather than looping.
          for (const entry of writing.values()) finish(entry.index, lostJob(entry, `the conversion worker exited (code ${code}) while writing this file's outputs`))
        }
        writing.clear()
        void worker().then(resolvePool)
      })
      feed()
    })
  await Promise.all(Array.from({ length: threads }, () => worker()))
}

export { runJob }
