// What a bundler keeps of the basic entry: built from the sources with esbuild (minified, for
// browsers, property names shortened as tsup.config.ts does), the metafile says which modules
// reach the output. The parts the basic entry leaves out must be gone, and the full entry must
// still hold them (so the check would see a module that stayed).
import { describe, expect, it } from 'vitest'
import { build } from 'esbuild'
import { fileURLToPath } from 'node:url'

const src = fileURLToPath(new URL('../src/', import.meta.url))

/** The modules of roles by context, YAML front matter and the house styles (clock-led lines, glued labels and court lines among them). */
const LEFT_OUT = ['infer-roles', 'role-rules', 'yaml', 'front-matter', 'page-furniture', 'running-heads', 'read-court', 'line-paragraphs', 'styles-full', 'clock-lines', 'read-glued', 'court-lines']

/** Bytes in the minified output per module of `src/`, for a bundle of `fromText` from `entry`. */
async function modules(entry: string): Promise<Map<string, number>> {
  const result = await build({
    stdin: { contents: `import { fromText } from './${entry}'\nexport const run = (source) => fromText(source)`, resolveDir: src, loader: 'js' },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    mangleProps: /[^_]_$/,
  })
  const inputs = Object.values(result.metafile.outputs)[0]!.inputs
  const bytes = new Map<string, number>()
  for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
    const name = /(?:^|\/)text\/src\/([\w-]+)\.ts$|^src\/([\w-]+)\.ts$/.exec(path)?.slice(1).find(Boolean)
    if (name && bytesInOutput > 0) bytes.set(name, bytesInOutput)
  }
  return bytes
}

describe('a bundle of the basic entry', () => {
  it('holds none of the modules of the parts it leaves out; the full entry holds them all', async () => {
    const [basic, full] = await Promise.all([modules('basic.ts'), modules('index.ts')])
    expect(LEFT_OUT.filter((name) => basic.has(name))).toEqual([])
    expect(LEFT_OUT.filter((name) => !full.has(name))).toEqual([])
    // Of the record structure and of the notes, only what the basic reader uses (a capitals test, the trailing footer).
    expect(basic.get('record-structure') ?? 0).toBeLessThan(200)
    expect(basic.get('read-record') ?? 0).toBeLessThan(full.get('read-record')! / 3)
    const total = (bytes: Map<string, number>) => [...bytes.values()].reduce((sum, value) => sum + value, 0)
    expect(total(basic)).toBeLessThan(total(full) - 20_000)
  }, 30_000)
})
