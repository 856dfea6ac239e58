/**
 * Turning command-line inputs into conversion jobs: expand directories, name every output, and
 * refuse outputs that would land on an input or on another job's output.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs'
import { basename, dirname, extname, join, relative, resolve } from 'node:path'
import { FORMATS, formatFromExtension, stripFormatExtension, type FormatName } from './formats.js'

/** One output of a job: a file, or standard output when `path` is null. */
export interface JobTarget {
  format: FormatName
  path: string | null
}

export interface Job {
  /** The input path, or `-` for standard input. */
  input: string
  /** How the input is named in messages. */
  name: string
  targets: JobTarget[]
  /** A problem found while planning (the job fails with it and writes nothing). */
  problem?: string
  /** Rule id of that problem (`read-failed` for an unreadable input, `bad-output` otherwise). */
  problemRule?: string
}

export interface PlanOptions {
  to: FormatName[]
  /** `-o`: one output file (one input and one format only). */
  output?: string
  /** `--out-dir`: every output goes there, mirroring the layout under directory inputs. */
  outDir?: string
  /** Force standard output even for a file input (default: stdout only for one file, one format, no -o/--out-dir). */
  stdout?: boolean
}

interface Input {
  path: string
  /** Directory input this file was found under (for the relative layout in --out-dir). */
  base?: string
  problem?: string
}

/** Files in a directory, recursively, whose extension names a format; hidden entries skipped. */
export function filesUnder(dir: string): string[] {
  const found: string[] = []
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
      const path = join(current, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.isFile() && formatFromExtension(entry.name)) found.push(path)
    }
  }
  walk(dir)
  return found
}

/** Expand the command's inputs (`-`, files, directories) in order. */
export function expandInputs(inputs: string[]): Input[] {
  const expanded: Input[] = []
  for (const input of inputs.length === 0 ? ['-'] : inputs) {
    if (input === '-') {
      expanded.push({ path: '-' })
      continue
    }
    let isDirectory = false
    try {
      isDirectory = statSync(input).isDirectory()
    } catch (error) {
      expanded.push({ path: input, problem: describeFsError(error, input) })
      continue
    }
    if (isDirectory) {
      const files = filesUnder(input)
      if (files.length === 0) expanded.push({ path: input, problem: `no transcript files (${listExtensions()}) under the directory ${input}` })
      for (const file of files) expanded.push({ path: file, base: input })
    } else expanded.push({ path: input })
  }
  return expanded
}

function listExtensions(): string {
  return [...new Set(Object.values(FORMATS).flatMap((info) => info.extensions.map((e) => extname(e))))].join(' ')
}

/** A readable sentence for a file-system error. */
export function describeFsError(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException)?.code
  if (code === 'ENOENT') return `no such file or directory: ${path}`
  if (code === 'EACCES' || code === 'EPERM') return `permission denied: ${path}`
  if (code === 'EISDIR') return `is a directory: ${path}`
  return `${path}: ${(error as Error)?.message ?? String(error)}`
}

/** An identity for a path that survives symlinks and `./` spellings (and hard links, when it exists). */
function identity(path: string): string {
  const absolute = resolve(path)
  try {
    const stat = statSync(absolute)
    return `inode:${stat.dev}:${stat.ino}`
  } catch {
    try {
      return `path:${join(realpathSync(dirname(absolute)), basename(absolute))}`
    } catch {
      return `path:${absolute}`
    }
  }
}

/** Plan every job: where each output goes, or why it cannot be made. */
export function planJobs(inputs: string[], options: PlanOptions): Job[] {
  const expanded = expandInputs(inputs)
  const fileCount = expanded.length
  // One file (or stdin) to one format with no destination: standard output, like cat or pandoc.
  const single = inputs.length <= 1 && fileCount === 1 && expanded[0]?.base === undefined && options.to.length === 1
  const toStdout = options.stdout === true || (!options.output && !options.outDir && single)
  const inputIds = new Map<string, string>()
  for (const input of expanded) if (input.path !== '-' && !input.problem) inputIds.set(identity(input.path), input.path)
  const claimed = new Map<string, string>()

  return expanded.map((input) => {
    const name = input.path === '-' ? '<stdin>' : input.path
    const job: Job = { input: input.path, name, targets: [] }
    if (input.problem) {
      job.problem = input.problem
      job.problemRule = 'read-failed'
      return job
    }
    for (const format of options.to) {
      let path: string | null
      if (options.output) path = options.output
      else if (toStdout) path = null
      else {
        const stem = input.path === '-' ? 'stdin' : stripFormatExtension(basename(input.path))
        const fileName = stem + FORMATS[format].outputExtension
        if (options.outDir) {
          const sub = input.base ? relative(input.base, dirname(input.path)) : ''
          path = join(options.outDir, sub, fileName)
        } else if (input.path === '-') {
          job.problem = 'standard input with several output formats needs --out-dir'
          return job
        } else path = join(dirname(input.path), fileName)
      }
      if (path !== null) {
        const id = identity(path)
        const overwritten = inputIds.get(id)
        if (overwritten !== undefined) {
          job.problem = `refusing to overwrite the input file ${overwritten} with the ${format} output (choose another -o or --out-dir)`
          return job
        }
        const other = claimed.get(id)
        if (other !== undefined) {
          job.problem = `the ${format} output ${path} would overwrite the output of ${other}`
          return job
        }
        claimed.set(id, name)
      }
      job.targets.push({ format, path })
    }
    return job
  })
}
