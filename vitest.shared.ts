// Tests import workspace packages from their sources, so a change in core is seen by every
// package's tests without a rebuild; publint and attw check the built packages separately.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const packagesDir = fileURLToPath(new URL('./packages/', import.meta.url))

/**
 * Every workspace package with a `src/index.ts`, by the name in its package.json, so a new
 * package needs no entry here. Subpaths come first (`@verbatim/test-utils/suite` before
 * `@verbatim/test-utils`): an alias matches as a prefix.
 */
function aliases(): Record<string, string> {
  const subpaths: Record<string, string> = {
    '@verbatim/test-utils/suite': `${packagesDir}test-utils/src/suite.ts`,
  }
  const roots: Record<string, string> = {}
  for (const dir of readdirSync(packagesDir).sort()) {
    const entry = `${packagesDir}${dir}/src/index.ts`
    const manifest = `${packagesDir}${dir}/package.json`
    if (!existsSync(entry) || !existsSync(manifest)) continue
    roots[(JSON.parse(readFileSync(manifest, 'utf8')) as { name: string }).name] = entry
  }
  return { ...subpaths, ...roots }
}

export const workspaceAliases = aliases()
