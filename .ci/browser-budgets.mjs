// Browser bundle sizes against the budgets of .ci/size-budgets.json: every entry point of every
// public library package (the packages come from the workspace, .ci/packages.mjs), and the
// scenarios users bundle (tree-shaken). Also fails when an entry that must not load zod does
// (the root of @verbatim/core, and the readers and writers that never validate). Used in the
// repository (check-browser.mjs) and in a project where the packed packages are installed
// (check-packed.mjs): `resolveDir` is where '@verbatim/...' resolves from.
import { readFileSync } from 'node:fs'
import { build } from 'esbuild'
import { entryPoints, root, specifier, workspacePackages } from './packages.mjs'

const budgets = JSON.parse(readFileSync(new URL('./size-budgets.json', import.meta.url), 'utf8'))

/** Entries that must not bundle zod: they never validate. */
const ZOD_FREE = ['@verbatim/core', '@verbatim/text', '@verbatim/tei', '@verbatim/webvtt']

async function bundle(contents, resolveDir) {
  const result = await build({
    stdin: { contents, resolveDir, loader: 'js' },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
  })
  const bytes = result.outputFiles[0].contents.length
  const inputs = Object.keys(result.metafile.inputs)
  return { bytes, zod: inputs.some((input) => /node_modules\/zod\//.test(input)) }
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`

/** Check every budget; returns the number of failures, printing one line per bundle. */
export async function checkBudgets(resolveDir = root) {
  let failed = 0
  const report = (ok, line) => {
    if (!ok) failed++
    ;(ok ? console.log : console.error)(`${ok ? 'ok  ' : 'FAIL'} ${line}`)
  }
  for (const pkg of workspacePackages().filter((candidate) => candidate.library)) {
    for (const entry of entryPoints(pkg.manifest)) {
      const id = specifier(pkg.name, entry)
      const budget = budgets.entries[id]
      if (budget === undefined) {
        report(false, `${id}: no budget in .ci/size-budgets.json`)
        continue
      }
      try {
        const { bytes, zod } = await bundle(`export * from '${id}'`, resolveDir)
        report(bytes <= budget, `${id}: ${kB(bytes)} minified (budget ${kB(budget)})${zod ? ', with zod' : ''}`)
        if (zod && ZOD_FREE.includes(id)) report(false, `${id}: bundles zod, but it never validates`)
      } catch (error) {
        report(false, `${id}: cannot be bundled for browsers: ${error.errors?.map((e) => e.text).join('; ') ?? error}`)
      }
    }
  }
  for (const [name, { code, budget }] of Object.entries(budgets.scenarios)) {
    try {
      const { bytes, zod } = await bundle(code, resolveDir)
      report(bytes <= budget, `${name}: ${kB(bytes)} minified (budget ${kB(budget)})${zod ? ', with zod' : ''}`)
      if (zod && name.includes('no zod')) report(false, `${name}: bundles zod`)
    } catch (error) {
      report(false, `${name}: cannot be bundled: ${error.errors?.map((e) => e.text).join('; ') ?? error}`)
    }
  }
  return failed
}
