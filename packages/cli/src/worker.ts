/** Worker-thread entry of the batch pool: runs the jobs it is sent, one at a time. */
import { parentPort, workerData } from 'node:worker_threads'
import { runJob, type JobOptions } from './job.js'
import type { Job } from './plan.js'

const options = (workerData as { options: JobOptions }).options

/**
 * Test hook: a worker given a file whose name is `VERBATIM_TEST_WORKER_EXIT` exits at once, without
 * an error, as a worker killed from outside would (the pool must fail that file and go on).
 */
const exitOn = process.env.VERBATIM_TEST_WORKER_EXIT

parentPort?.on('message', (job: Job) => {
  if (exitOn && job.name.endsWith(exitOn)) process.exit(0)
  void runJob(job, options).then((result) => parentPort?.postMessage(result))
})
