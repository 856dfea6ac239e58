import { mkdirSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import type { JobOptions, JobResult } from '../../job.js'
import { planJobs, type Job } from '../../plan.js'
import { runJobs } from '../../pool.js'
import { parse, parseFormat, parseFormats, parseNumber } from '../args.js'
import { countBySeverity, plural, printDiagnostics, visible } from '../diagnostics.js'
import { collectFormatOptions, formatFlagOptions } from '../format-flags.js'
import { CONVERT_HELP } from '../help.js'
import { EXIT_FAILED, EXIT_OK, UsageError, type Io } from '../io.js'
import { activeTargets } from '../interrupt.js'
import { createProgress } from '../progress.js'

const command = 'convert'

/** The options `convert` takes: its own and every format's flags. */
function convertOptions() {
  return {
    to: { type: 'string', short: 't', multiple: true },
    from: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    'out-dir': { type: 'string', short: 'd' },
    jobs: { type: 'string', short: 'j' },
    'no-progress': { type: 'boolean' },
    json: { type: 'boolean' },
    strict: { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
    help: { type: 'boolean', short: 'h' },
    ...formatFlagOptions(),
  } as const
}

type ConvertValues = ReturnType<typeof parse>['values']

/** What `convert` was asked to do, checked. */
interface ConvertRequest {
  values: ConvertValues
  to: ReturnType<typeof parseFormats>
  inputs: string[]
  output: string | undefined
  outDir: string | undefined
  threads: number | undefined
}

export async function convertCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(command, args, convertOptions())
  if (values.help) {
    io.stdout.write(CONVERT_HELP)
    return EXIT_OK
  }
  const request = readRequest(values, positionals, io)
  const options = jobOptions(values)
  const jobs = planJobs(request.inputs, { to: request.to, ...(request.output !== undefined ? { output: request.output } : {}), ...(request.outDir !== undefined ? { outDir: request.outDir } : {}) })
  const stdin = jobs.some((job) => job.input === '-') ? await io.readStdin() : undefined
  prepareTargets(jobs)
  const { results, seconds } = await runWithProgress(jobs, options, request, stdin, io)
  return report(io, results, seconds, values)
}

/** The formats, inputs and outputs asked for, with every combination that cannot work refused. */
function readRequest(values: ConvertValues, inputs: string[], io: Io): ConvertRequest {
  const to = parseFormats(command, values.to as string[] | undefined, '--to')
  if (to.length === 0) throw new UsageError('missing --to FORMAT (tei, webvtt, jsonld, json, text or all)', command)
  const output = values.output as string | undefined
  const outDir = values['out-dir'] as string | undefined
  const threads = parseNumber(command, values.jobs as string | undefined, '--jobs', { integer: true, min: 1 })
  if (output !== undefined && outDir !== undefined) throw new UsageError('use -o FILE or --out-dir DIR, not both', command)
  if (inputs.filter((input) => input === '-').length > 1) throw new UsageError('standard input (-) can be read only once', command)
  if (inputs.length === 0 && io.stdinIsTTY) throw new UsageError('no input: give files or directories, or pipe a transcript into standard input', command)
  if (output !== undefined) {
    if (to.length > 1) throw new UsageError(`-o writes one file, but --to names ${to.length} formats: use --out-dir`, command)
    if (inputs.length > 1 || (inputs[0] !== undefined && inputs[0] !== '-' && isDirectory(inputs[0]))) {
      throw new UsageError('-o writes one file, but there are several inputs: use --out-dir', command)
    }
  }
  if (values.json && output === undefined && outDir === undefined && inputs.length <= 1 && to.length === 1 && !(inputs[0] && isDirectory(inputs[0]))) {
    throw new UsageError('--json prints a report on standard output, so the conversion needs -o or --out-dir', command)
  }
  return { values, to, inputs, output, outDir, threads }
}

/** The options every job runs with: reader, writer and format flags, metadata, strictness. */
function jobOptions(values: ConvertValues): JobOptions {
  const from = parseFormat(command, values.from as string | undefined, '--from')
  const collected = collectFormatOptions(values)
  return {
    ...collected.shared,
    formatOptions: collected.formatOptions,
    readerOptions: collected.readerOptions,
    writerOptions: collected.writerOptions,
    ...(from ? { from } : {}),
    ...(Object.keys(collected.meta).length > 0 ? { meta: collected.meta } : {}),
    ...(values.strict ? { strict: true } : {}),
  }
}

/** Registers each output file (removed if interrupted) and creates its folder. */
function prepareTargets(jobs: Job[]): void {
  for (const job of jobs) {
    for (const target of job.targets) {
      if (target.path === null) continue
      activeTargets.add(target.path)
      if (!job.problem) mkdirSync(dirname(target.path), { recursive: true })
    }
  }
}

/** Runs the jobs, showing progress for batches; returns their results and the seconds they took. */
async function runWithProgress(jobs: Job[], options: JobOptions, request: ConvertRequest, stdin: string | Uint8Array | undefined, io: Io): Promise<{ results: JobResult[]; seconds: number }> {
  const { values, threads } = request
  const progress = createProgressFor(io, jobs.length > 1 && !values['no-progress'] && !values.quiet)
  const started = performance.now()
  const results = await runJobs(jobs, options, {
    ...(threads !== undefined ? { threads } : {}),
    ...(stdin !== undefined ? { stdin } : {}),
    onResult: (result, done, total) => progress.update(result, done, total),
  })
  progress.end()
  const seconds = (performance.now() - started) / 1000
  activeTargets.clear()
  return { results, seconds }
}

/** Writes the outputs bound for standard output, then the report (JSON or diagnostics and summary); returns the exit code. */
function report(io: Io, results: JobResult[], seconds: number, values: ConvertValues): number {
  for (const result of results) for (const out of result.outputs) if (out.stdout !== undefined) io.stdout.write(out.stdout)

  const failed = results.filter((result) => result.failed)
  if (values.json) {
    io.stdout.write(JSON.stringify(jsonReport(results), null, 2) + '\n')
  } else {
    printDiagnostics(io.stderr, results.flatMap((result) => result.messages), { quiet: Boolean(values.quiet) })
    if (!values.quiet) printSummary(io, results, seconds)
  }
  if (failed.length > 0 && values.quiet && !values.json) {
    io.stderr.write(`failed: ${failed.map((result) => result.name).join(', ')}\n`)
  }
  return failed.length > 0 ? EXIT_FAILED : EXIT_OK
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

function createProgressFor(io: Io, enabled: boolean) {
  return createProgress(io.stderr, enabled)
}

function printSummary(io: Io, results: JobResult[], seconds: number): void {
  const written = results.flatMap((result) => result.outputs.filter((out) => out.path !== null).map((out) => out.path!))
  const failed = results.filter((result) => result.failed)
  // Single conversions list what they wrote; batches (which showed progress) just count.
  if (results.length === 1) for (const path of written) io.stderr.write(`wrote ${path}\n`)
  if (results.length > 1 || failed.length > 0) {
    const { errors, warnings } = countBySeverity(results.flatMap((result) => result.messages))
    const converted = results.length - failed.length
    let line = `converted ${converted} of ${plural(results.length, 'file')} (${plural(written.length, 'output')} written`
    line += `, ${plural(errors, 'error')}, ${plural(warnings, 'warning')})`
    // Batches say how fast they went: files (read, converted and written) per second.
    if (results.length > 1) line += ` in ${seconds.toFixed(2)} s, ${formatRate(results.length / Math.max(seconds, 1e-6))} files/s`
    io.stderr.write(line + '\n')
    if (failed.length > 0) io.stderr.write(`failed: ${failed.map((result) => result.name).join(', ')}\n`)
  }
}

function formatRate(rate: number): string {
  return rate >= 100 ? String(Math.round(rate)) : rate.toFixed(1)
}

function jsonReport(results: JobResult[]) {
  return {
    ok: results.every((result) => !result.failed),
    files: results.map((result) => ({
      input: result.name,
      from: result.from ?? null,
      failed: result.failed,
      outputs: result.outputs.filter((out) => out.path !== null).map((out) => ({ format: out.format, path: out.path })),
      messages: visible(result.messages, {}),
    })),
  }
}
