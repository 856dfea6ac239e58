// Tests import workspace packages from their sources, so a change in core is seen by every
// package's tests without a rebuild; publint and attw check the built packages separately.
// The aliases come from the workspace (packages/*/package.json), not from a list written here:
// a package's root is its src/index.ts; a subpath export is its source file when the export
// points into src/ (test-utils), else src/NAME-entry.ts for a built `./NAME` (core's `./schema`,
// built by tsup from src/schema-entry.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const packagesDir = fileURLToPath(new URL('./packages/', import.meta.url))

function aliasesOf(dir: string): [string, string][] {
  const manifest = JSON.parse(readFileSync(`${packagesDir}${dir}/package.json`, 'utf8')) as { name: string; exports?: Record<string, unknown> }
  const out: [string, string][] = []
  for (const [key, target] of Object.entries(manifest.exports ?? { '.': './src/index.ts' })) {
    if (key.endsWith('.json')) continue
    const id = key === '.' ? manifest.name : `${manifest.name}/${key.slice(2)}`
    const file =
      typeof target === 'string' && target.startsWith('./src/')
        ? target.slice(2)
        : key === '.'
          ? 'src/index.ts'
          : `src/${key.slice(2)}-entry.ts`
    const path = `${packagesDir}${dir}/${file}`
    if (existsSync(path)) out.push([id, path])
  }
  return out
}

const entries = readdirSync(packagesDir)
  .filter((dir) => existsSync(`${packagesDir}${dir}/package.json`))
  .flatMap(aliasesOf)
  // Subpaths first: '@verbatim/core' would otherwise also match '@verbatim/core/schema'.
  .sort(([a], [b]) => b.length - a.length)

export const workspaceAliases: Record<string, string> = Object.fromEntries(entries)
