/** Worker-thread entry of the batch pool: runs the jobs it is sent, one at a time. */
import { parentPort, workerData } from 'node:worker_threads'
import { runJob, type JobOptions } from './job.js'
import type { Job } from './plan.js'

const options = (workerData as { options: JobOptions }).options

parentPort?.on('message', (job: Job) => {
  void runJob(job, options).then((result) => parentPort?.postMessage(result))
})
