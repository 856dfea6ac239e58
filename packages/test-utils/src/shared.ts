/**
 * Paths to the shared test material beside the repository (`../shared/`): the transcript corpus,
 * the format corpus, the WebVTT browser-conformance inputs, the TEI schema and schema.org files.
 * They are third-party data that may not be committed, so tests read them from there and skip,
 * saying so, when they are missing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root (the folder holding `turbo.json`). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')

/** `../shared` beside the repository, or `VERBATIM_SHARED` when set. */
export const sharedRoot = process.env.VERBATIM_SHARED ? resolve(process.env.VERBATIM_SHARED) : resolve(repoRoot, '../shared')

export function sharedPath(...parts: string[]): string {
  return join(sharedRoot, ...parts)
}

export function hasShared(...parts: string[]): boolean {
  return existsSync(sharedPath(...parts))
}

/** Read a shared file as UTF-8 text (BOM and line endings as they are). */
export function readShared(...parts: string[]): string {
  return readFileSync(sharedPath(...parts), 'utf8')
}

/** Files in a shared folder whose names match, sorted; empty when the folder is missing. */
export function sharedFiles(folder: string, pattern: RegExp = /./): string[] {
  const dir = sharedPath(folder)
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => pattern.test(name))
    .sort()
}

/** The transcripts of `../shared/corpus/`, without MANIFEST.md. */
export function corpusFiles(): string[] {
  return sharedFiles('corpus', /\.txt$/)
}

export const REFERENCE_DOCUMENT = 'dod-carter-le-drian-paris-2016-10-25.txt'

/** The reference document, from `examples/` (committed), so tests of it never skip. */
export function readReferenceDocument(): string {
  return readFileSync(join(repoRoot, 'examples', REFERENCE_DOCUMENT), 'utf8')
}

/**
 * A message for tests that skip because shared material is missing; print it once so that a
 * skipped check is never mistaken for a passing one.
 */
export function skipNotice(what: string, path: string): string {
  const notice = `SKIPPED: ${what}: ${path} is missing (CI always has it; see ../shared/README.md)`
  console.warn(notice)
  return notice
}

/** True in CI (`.ci/run` sets it): missing shared material or validators fail instead of skipping. */
export const requireShared = process.env.VERBATIM_REQUIRE_SHARED === '1'

/**
 * Whether shared material is there. When it is missing, tests skip with a printed notice, or
 * throw when `VERBATIM_REQUIRE_SHARED=1` (CI), so CI never passes by skipping.
 */
export function sharedAvailable(what: string, ...parts: string[]): boolean {
  if (hasShared(...parts)) return true
  if (requireShared) throw new Error(`${what}: ${sharedPath(...parts)} is missing and VERBATIM_REQUIRE_SHARED=1`)
  skipNotice(what, sharedPath(...parts))
  return false
}

/** Whether a command is on the PATH (jing, for example); same skip-or-fail rule as sharedAvailable. */
export function commandAvailable(what: string, command: string): boolean {
  const found = (process.env.PATH ?? '').split(':').some((dir) => dir !== '' && existsSync(join(dir, command)))
  if (found) return true
  if (requireShared) throw new Error(`${what}: the command ${command} is not installed and VERBATIM_REQUIRE_SHARED=1`)
  console.warn(`SKIPPED: ${what}: the command ${command} is not installed (.ci/run installs it)`)
  return false
}
