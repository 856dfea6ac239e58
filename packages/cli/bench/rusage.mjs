// Preloaded (`node --import`) into the `verbatim` process by bench/batch.ts: when the process
// exits, write its resource usage (CPU time of all its threads, peak RSS) to the file named by
// VERBATIM_BENCH_RUSAGE. Bench-only: the binary knows nothing of it.
import { writeFileSync } from 'node:fs'

const file = process.env.VERBATIM_BENCH_RUSAGE
if (file) process.on('exit', () => writeFileSync(file, JSON.stringify(process.resourceUsage())))
