// A worker for the pool tests: the real built worker (dist/worker.js), except that it exits at
// once, without an error, when it is sent a file whose name ends with `workerData.exitOn`, as a
// worker killed from outside would. The real worker's listener starts that job first, but the
// job's first step (reading the file) waits for I/O, and this listener runs in the same turn:
// the thread is gone before the job reads, converts or writes anything.
import { parentPort, workerData } from 'node:worker_threads'
import '../../dist/worker.js'

parentPort.on('message', ({ job }) => {
  if (job.name.endsWith(workerData.exitOn)) process.exit(0)
})
