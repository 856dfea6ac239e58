/**
 * Running the built `verbatim` binary as a user would. The build is refreshed first when
 * dist is missing or older than any source it is made from (here or in the format packages),
 * so a local `npx vitest run` never tests a stale binary; under `npm test`, turbo has built it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const packageDir = resolve(fileURLToPath(new URL('..', import.meta.url)))
export const repoRoot = resolve(packageDir, '../..')
export const bin = join(packageDir, 'dist', 'bin.js')
export const referencePath = join(repoRoot, 'examples', 'dod-carter-le-drian-paris-2016-10-25.txt')

function newestMtime(dir: string): number {
  let newest = 0
  if (!existsSync(dir)) return newest
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)
  }
  return newest
}

const SOURCES = ['cli', 'core', 'text', 'tei', 'webvtt', 'jsonld', 'srt', 'stt'].flatMap((name) => [
  join(repoRoot, 'packages', name, 'src'),
  join(repoRoot, 'packages', name, 'package.json'),
])

/** Build the CLI and the packages it depends on when the binary is missing or stale. */
export function ensureBuilt(): void {
  const built = existsSync(bin) ? statSync(bin).mtimeMs : 0
  const sources = Math.max(...SOURCES.map((path) => (existsSync(path) ? (statSync(path).isDirectory() ? newestMtime(path) : statSync(path).mtimeMs) : 0)))
  if (built > sources) return
  const result = spawnSync('npx', ['turbo', 'run', 'build', '--filter=@verbatim/cli...', '--output-logs=errors-only'], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
  })
  if (result.status !== 0) throw new Error(`building the CLI failed:\n${result.stdout}\n${result.stderr}`)
}

export interface RunResult {
  code: number | null
  stdout: string
  stderr: string
}

/** Run `verbatim ...args` to completion. */
export function run(args: string[], options: { input?: string | Uint8Array; cwd?: string } = {}): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = start(args, options.cwd)
    let stdout = ''
    let stderr = ''
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }))
    if (options.input !== undefined) child.stdin!.end(options.input)
    else child.stdin!.end()
  })
}

/** Start `verbatim ...args` without waiting (for the kill tests). */
export function start(args: string[], cwd = repoRoot): ChildProcess {
  return spawn(process.execPath, [bin, ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] })
}

export function tempDir(prefix = 'verbatim-cli-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}
