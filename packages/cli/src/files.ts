/**
 * Converting files from code, as the command does: plan outputs, refuse to overwrite inputs,
 * convert on a worker pool for big batches, write atomically, never stop at a failed file.
 */
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import type { FormatName } from './formats.js'
import type { JobOptions, JobResult } from './job.js'
import { planJobs } from './plan.js'
import { runJobs } from './pool.js'

export interface ConvertFilesOptions extends JobOptions {
  /** Output format(s). */
  to: FormatName | FormatName[]
  /** Output directory (default: beside each input). */
  outDir?: string
  /** Worker threads (default: all cores for 8 files or more, else 1). */
  threads?: number
  /** Called as each file finishes. */
  onResult?: (result: JobResult, done: number, total: number) => void
}

/** Convert files and directories; resolves with one result per input file, in input order. */
export async function convertFiles(inputs: string[], options: ConvertFilesOptions): Promise<JobResult[]> {
  const { to, outDir, threads, onResult, ...jobOptions } = options
  const formats = Array.isArray(to) ? to : [to]
  if (inputs.length === 0 || inputs.includes('-')) throw new TypeError('convertFiles converts files: pass paths (use convert() for text in memory)')
  const jobs = planJobs(inputs, { to: formats, ...(outDir !== undefined ? { outDir } : {}), stdout: false })
  for (const job of jobs) {
    if (job.problem) continue
    for (const target of job.targets) if (target.path !== null) mkdirSync(dirname(target.path), { recursive: true })
  }
  return runJobs(jobs, jobOptions, { ...(threads !== undefined ? { threads } : {}), ...(onResult ? { onResult } : {}) })
}
