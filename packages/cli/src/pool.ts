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

/** What the workers of the pool share: the jobs to send, those given back, how to start a worker and report a result. */
interface Pool {
  factory: WorkerFactory
  queue: Entry[]
  /** The next job of `queue` to send. */
  next: number
  /** Jobs given back by a worker that ended while writing them: they run again first. */
  retry: Entry[]
  options: JobOptions
  run: RunJobsOptions
  finish: (index: number, result: JobResult) => void
}

/** One worker thread and the jobs it holds. */
interface Slot {
  thread: Worker
  /** The job being converted. */
  converting: Entry | undefined
  /** Jobs converted whose files are being written, by id. */
  writing: Map<number, Entry>
  /** The uncaught error the worker reported, kept for its 'exit'. */
  crash: Error | undefined
  /** The worker was terminated because no job is left. */
  closing: boolean
  /** Resolves when this slot (or the worker that replaced it) has no job left. */
  done: () => void
}

async function runPool(
  factory: WorkerFactory,
  queue: Entry[],
  threads: number,
  options: JobOptions,
  run: RunJobsOptions,
  finish: (index: number, result: JobResult) => void,
): Promise<void> {
  const pool: Pool = { factory, queue, next: 0, retry: [], options, run, finish }
  await Promise.all(Array.from({ length: threads }, () => startWorker(pool)))
}

function take(pool: Pool): Entry | undefined {
  return pool.retry.shift() ?? pool.queue[pool.next++]
}

/** Starts a worker that takes jobs until none is left; resolves when it has closed. */
function startWorker(pool: Pool): Promise<void> {
  return new Promise<void>((done) => {
    const slot: Slot = { thread: pool.factory({ options: pool.options }), converting: undefined, writing: new Map(), crash: undefined, closing: false, done }
    slot.thread.on('message', (message: FromWorker) => onWorkerMessage(pool, slot, message))
    // An uncaught error is followed by 'exit'; the error says more, so it is kept for then.
    slot.thread.on('error', (error) => {
      slot.crash = error
    })
    slot.thread.on('exit', (code) => onWorkerExit(pool, slot, code))
    feed(pool, slot)
  })
}

/** Sends the worker its next job when it is converting none; closes it when no job is left. */
function feed(pool: Pool, slot: Slot): void {
  if (slot.converting) return
  slot.converting = take(pool)
  if (slot.converting) {
    pool.run.onStart?.(slot.converting.job)
    slot.thread.postMessage({ id: slot.converting.index, job: slot.converting.job } satisfies ToWorker)
  } else if (slot.writing.size === 0) {
    slot.closing = true
    void slot.thread.terminate().then(() => slot.done())
  }
}

function onWorkerMessage(pool: Pool, slot: Slot, message: FromWorker): void {
  if (message.type === 'converted') {
    if (slot.converting?.index !== message.id) return
    slot.writing.set(message.id, slot.converting)
    slot.converting = undefined
    // One job written while the next converts; a second converted job waits for the first.
    if (slot.writing.size === 1) feed(pool, slot)
    return
  }
  const entry = slot.writing.get(message.id) ?? (slot.converting?.index === message.id ? slot.converting : undefined)
  if (!entry) return
  if (entry === slot.converting) slot.converting = undefined
  slot.writing.delete(message.id)
  pool.finish(entry.index, message.result)
  feed(pool, slot)
}

/**
 * The worker ended with a job in hand (it crashed, or exited without an error): the job it was
 * converting fails; jobs already converted, whose files it was writing, run again (files are
 * written atomically, so a half-written one was never visible). A fresh worker takes over the
 * rest of this worker's share.
 */
function onWorkerExit(pool: Pool, slot: Slot, code: number): void {
  if (slot.closing) return
  const { writing, converting, crash } = slot
  // Its half-written files (temporary names, never renamed) go first.
  removeTempFilesOf([...writing.values()].flatMap(({ job }) => job.targets.flatMap((target) => (target.path === null ? [] : [target.path]))))
  if (converting) {
    const reason = crash
      ? `the conversion worker crashed: ${crash.message}`
      : `the conversion worker exited (code ${code}) before it finished converting this file`
    pool.finish(converting.index, lostJob(converting, reason))
    slot.converting = undefined
    pool.retry.push(...writing.values())
  } else {
    // Ended while only writing: nothing points at one job, so each fails rather than looping.
    for (const entry of writing.values()) pool.finish(entry.index, lostJob(entry, `the conversion worker exited (code ${code}) while writing this file's outputs`))
  }
  writing.clear()
  void startWorker(pool).then(slot.done)
}

export { runJob }
