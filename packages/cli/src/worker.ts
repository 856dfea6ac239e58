/**
 * Worker-thread entry of the batch pool. It runs the jobs it is sent, and says when a job is
 * converted (`converted`, so the pool sends the next file while this one's outputs are being
 * written) and when it is done (`result`). Messages: see `pool.ts`.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { runJob, type JobOptions } from './job.js'
import type { ToWorker, FromWorker } from './pool.js'

const options = (workerData as { options: JobOptions }).options
const post = (message: FromWorker) => parentPort?.postMessage(message)

parentPort?.on('message', ({ id, job }: ToWorker) => {
  void runJob(job, options, undefined, () => post({ type: 'converted', id })).then((result) => post({ type: 'result', id, result }))
})
