// The one list of packages CI knows: read from the workspace (packages/*/package.json), never
// written out by hand. Other CI scripts import it.
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'

export const root = new URL('..', import.meta.url).pathname

/** Every workspace package: { name, dir, manifest, public, library }. */
export function workspacePackages() {
  const dirs = readdirSync(join(root, 'packages')).filter((dir) => existsSync(join(root, 'packages', dir, 'package.json'))).sort()
  return dirs.map((dir) => {
    const manifest = JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8'))
    const isPublic = manifest.private !== true
    // A library runs in browsers; a package with a command (bin) is for Node only.
    return { name: manifest.name, dir: join(root, 'packages', dir), manifest, public: isPublic, library: isPublic && !manifest.bin }
  })
}

/** The JavaScript entry points of a package's exports map: '.', './schema' (not package.json or JSON files). */
export function entryPoints(manifest) {
  return Object.keys(manifest.exports ?? { '.': manifest.main }).filter((key) => !key.endsWith('.json'))
}

/** '@verbatim/core' + './schema' -> '@verbatim/core/schema'. */
export function specifier(name, entry) {
  return entry === '.' ? name : `${name}/${entry.slice(2)}`
}
