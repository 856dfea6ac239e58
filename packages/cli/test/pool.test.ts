// The worker pool: a worker that exits without an error (killed from outside, a native crash,
// a stray process.exit) fails only the file it had, is replaced, and the batch finishes.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { threadCount } from '../src/pool.js'
import { bin, repoRoot, tempDir, type RunResult } from './helpers.js'

/** Run the binary with extra environment variables (the worker's test hook). */
function runWith(args: string[], env: Record<string, string>): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }))
  })
}

function batch(files: number): string {
  const dir = tempDir()
  mkdirSync(join(dir, 'in'))
  for (let i = 0; i < files; i++) writeFileSync(join(dir, 'in', `t${i}.txt`), `ANN: Hello number ${i}.\n\nBO: Hi, Ann.\n`)
  return dir
}

describe('the worker pool', () => {
  it('a worker that exits mid-job fails that file with a clear error, is replaced, and the batch finishes', async () => {
    const dir = batch(12)
    const result = await runWith(['convert', join(dir, 'in'), '--to', 'json,webvtt', '--out-dir', join(dir, 'out'), '--jobs', '2'], { VERBATIM_TEST_WORKER_EXIT: 't3.txt' })
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/t3\.txt: error: the conversion worker exited \(code 0\) before it finished converting this file/)
    expect(result.stderr).toMatch(/converted 11 of 12 files \(22 outputs written, 1 error, 0 warnings\) in [\d.]+ s, [\d.]+ files\/s/)
    expect(result.stderr).toMatch(/failed: .*t3\.txt/)
    const written = readdirSync(join(dir, 'out')).sort()
    expect(written).toHaveLength(22)
    expect(existsSync(join(dir, 'out', 't3.json'))).toBe(false)
    expect(existsSync(join(dir, 'out', 't11.vtt'))).toBe(true)
  })

  it('when every worker exits on every file, each file fails and the batch still ends', async () => {
    const dir = batch(10)
    const result = await runWith(['convert', join(dir, 'in'), '--to', 'json', '--out-dir', join(dir, 'out'), '--jobs', '3'], { VERBATIM_TEST_WORKER_EXIT: '.txt' })
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('converted 0 of 10 files')
    expect(result.stderr.match(/error: the conversion worker exited/g)).toHaveLength(10)
  })

  it('uses every core for a large batch', () => {
    expect(threadCount(10_000)).toBe(availableParallelism())
    expect(threadCount(200, 3)).toBe(3)
    expect(threadCount(3)).toBe(1)
  })
})
