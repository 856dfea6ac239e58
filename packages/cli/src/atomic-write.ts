/**
 * Atomic file output: write a temporary file in the target's directory (same file system, so
 * the rename is atomic), flush it, then rename it over the target. A reader of the target sees
 * the old file or the new one, never half of one. Temporary files still in flight are tracked,
 * so an interrupted run (Ctrl-C, SIGTERM) can remove them before it exits.
 */
import { randomBytes } from 'node:crypto'
import { open, rename, stat, unlink } from 'node:fs/promises'
import { readdirSync, unlinkSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/** Marks temporary files of this tool, so a leftover from a SIGKILL is recognisable. */
export const TEMP_SUFFIX = '.verbatim-tmp'

const pending = new Set<string>()

/** Random per thread (threads share the process id), so names differ across threads and hosts. */
const threadTag = randomBytes(4).toString('hex')
let counter = 0

/**
 * A fresh temporary path beside `target`: `.<name>.<pid>-<thread tag>-<count>.verbatim-tmp`
 * (one random draw per thread, not per file; the `wx` open refuses any name already taken).
 */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}-${threadTag}-${(counter++).toString(36)}${TEMP_SUFFIX}`)
}

/** Temporary files being written right now (by this thread). */
export function pendingTempFiles(): string[] {
  return [...pending]
}

/** Remove every temporary file still being written; safe to call from a signal handler. */
export function removePendingTempFiles(): void {
  for (const path of pending) {
    try {
      unlinkSync(path)
    } catch {
      // Already renamed or never created: nothing to clean.
    }
  }
  pending.clear()
}

/** The permission bits of the file at `target` (followed if a link), or undefined when there is none. */
async function existingMode(target: string): Promise<number | undefined> {
  try {
    const stats = await stat(target)
    return stats.isFile() ? stats.mode & 0o7777 : undefined
  } catch {
    return undefined
  }
}

/**
 * Write `content` to `target` atomically; `tempPath` lets a caller choose (and track) the temp name.
 * A file replaced keeps its permission bits (a 0600 file stays private); a new file gets the
 * default (0666 less the umask), as a shell redirection would give it.
 */
export async function writeFileAtomic(target: string, content: string, tempPath = tempPathFor(target)): Promise<void> {
  pending.add(tempPath)
  let renamed = false
  try {
    const mode = await existingMode(target)
    // 'wx': never follow or reuse an existing file at the temporary path. A file that replaces
    // another is created private (0600) and given the old file's mode before any byte is written.
    const handle = await open(tempPath, 'wx', mode === undefined ? 0o666 : 0o600)
    try {
      if (mode !== undefined) await handle.chmod(mode)
      await handle.writeFile(content, 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(tempPath, target)
    renamed = true
  } finally {
    if (!renamed) await unlink(tempPath).catch(() => undefined)
    pending.delete(tempPath)
  }
}

/**
 * Remove temporary files this process (any of its threads) left beside the given targets.
 * Worker threads share the process id, so the main thread can clean up after them on Ctrl-C.
 */
export function removeTempFilesBeside(targets: Iterable<string>): void {
  removePendingTempFiles()
  removeTempFilesOf(targets)
}

/**
 * Remove the temporary files that any thread of this process left beside these targets (a worker
 * that ended while writing them); files of other targets are not touched.
 */
export function removeTempFilesOf(targets: Iterable<string>): void {
  const byDir = new Map<string, Set<string>>()
  for (const target of targets) {
    const dir = dirname(target)
    if (!byDir.has(dir)) byDir.set(dir, new Set())
    byDir.get(dir)!.add(`.${basename(target)}.${process.pid}-`)
  }
  for (const [dir, prefixes] of byDir) {
    let names: string[]
    try {
      names = readdirSync(dir)
    } catch {
      continue
    }
    for (const name of names) {
      if (!name.endsWith(TEMP_SUFFIX)) continue
      for (const prefix of prefixes) {
        if (name.startsWith(prefix)) {
          try {
            unlinkSync(join(dir, name))
          } catch {
            // Renamed meanwhile: it is complete, keep it.
          }
        }
      }
    }
  }
}
