/**
 * The lean install, checked on the built package (`npm run build` first; turbo builds before
 * testing): jsonld.js is an optional peer dependency, named only by the chunk of the foreign-read
 * path, which the entry loads with a dynamic import. Writing and reading Verbatim's own form work
 * in a project without jsonld.js, and reading other JSON-LD there says what to install.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, cpSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const packageDir = fileURLToPath(new URL('..', import.meta.url))
const dist = join(packageDir, 'dist')
const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as Record<string, Record<string, unknown> | undefined>

/** A module specifier `jsonld` in an import, export, dynamic import or require. */
const NAMES_JSONLD = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s+)["']jsonld["']/

/** Local files a built file loads when it is loaded (static imports, top-level requires), and the ones it loads lazily. */
function localImports(file: string): { eager: string[]; lazy: string[] } {
  const text = readFileSync(join(dist, file), 'utf8')
  const eager: string[] = []
  const lazy: string[] = []
  for (const match of text.matchAll(/(import\s*\(\s*|\.then\(\s*\(\)\s*=>[^\n]*?require\s*\(\s*|\bfrom\s*|\brequire\s*\(\s*)["'](\.\/[^"']+)["']/g)) {
    ;(match[1]!.startsWith('import') || match[1]!.startsWith('.then') ? lazy : eager).push(match[2]!.slice(2))
  }
  return { eager, lazy }
}

/** Every file loaded when `entry` is loaded, and the files only loaded on demand. */
function closure(entry: string): { eager: Set<string>; lazy: Set<string> } {
  const eager = new Set<string>()
  const lazy = new Set<string>()
  const queue = [entry]
  while (queue.length > 0) {
    const file = queue.pop()!
    if (eager.has(file)) continue
    eager.add(file)
    const found = localImports(file)
    queue.push(...found.eager)
    for (const name of found.lazy) lazy.add(name)
  }
  for (const name of eager) lazy.delete(name)
  return { eager, lazy }
}

describe('the built package (lean install)', () => {
  it('is built', () => expect(existsSync(join(dist, 'index.js')), 'run npm run build first').toBe(true))

  it('declares jsonld.js as an optional peer dependency and a dev dependency only', () => {
    expect(manifest.dependencies?.jsonld).toBeUndefined()
    expect(manifest.peerDependencies?.jsonld).toMatch(/^\^9\./)
    expect(manifest.peerDependenciesMeta?.jsonld).toEqual({ optional: true })
    expect(manifest.devDependencies?.jsonld).toBe(manifest.peerDependencies?.jsonld)
  })

  for (const entry of ['index.js', 'index.cjs']) {
    it(`${entry}: the writer and own-form reader never name jsonld; only the lazily loaded foreign chunk does`, () => {
      const { eager, lazy } = closure(entry)
      for (const file of eager) expect(NAMES_JSONLD.test(readFileSync(join(dist, file), 'utf8')), file).toBe(false)
      const naming = [...lazy].filter((file) => NAMES_JSONLD.test(readFileSync(join(dist, file), 'utf8')))
      expect(naming).toHaveLength(1)
      expect(naming[0]).toMatch(/^expand-foreign-/)
      // The check can fail: the foreign chunk itself does name it.
      const extension = entry.slice(entry.indexOf('.'))
      expect(readdirSync(dist).filter((file) => file.endsWith(extension) && NAMES_JSONLD.test(readFileSync(join(dist, file), 'utf8')))).toEqual(naming)
    })
  }

  it('the type declarations do not need @types/jsonld', () => {
    for (const file of ['index.d.ts', 'index.d.cts']) expect(NAMES_JSONLD.test(readFileSync(join(dist, file), 'utf8')), file).toBe(false)
  })

  describe('in a project without jsonld.js', () => {
    let project: string
    beforeAll(() => {
      project = mkdtempSync(join(tmpdir(), 'verbatim-jsonld-lean-'))
      const own = join(project, 'node_modules', '@verbatim', 'jsonld')
      mkdirSync(own, { recursive: true })
      cpSync(dist, join(own, 'dist'), { recursive: true })
      cpSync(join(packageDir, 'package.json'), join(own, 'package.json'))
      // core resolves its own dependencies from where it really is; jsonld.js is nowhere above the project.
      symlinkSync(join(packageDir, '..', 'core'), join(project, 'node_modules', '@verbatim', 'core'), 'dir')
      writeFileSync(join(project, 'package.json'), '{"name":"lean","private":true}\n')
    })
    afterAll(() => rmSync(project, { recursive: true, force: true }))

    const script = (load: string) => `
      ${load}
      const t = { type: 'transcript', version: '1.1', meta: { title: 'T' }, speakers: [], children: [
        { type: 'turn', speaker: null, label: null, interpreted: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Hello.' }] }] }] }
      const out = {}
      const text = m.toJsonLdString(t)
      out.sync = m.fromJsonLdSync(text).transcript.children.length
      m.fromJsonLd(text).then(async (r) => {
        out.async = r.transcript.children.length
        try { await m.fromJsonLd('{"@context": "https://schema.org/", "@type": "AudioObject", "transcript": "Hi."}') ; out.foreign = 'read' }
        catch (e) { out.foreign = [e.name, e.ruleId, e.message] }
        console.log(JSON.stringify(out))
      })`

    for (const [kind, load, file] of [
      ['ESM', "const m = await import('@verbatim/jsonld')", 'check.mjs'],
      ['CommonJS', "const m = require('@verbatim/jsonld')", 'check.cjs'],
    ] as const) {
      it(`${kind}: writes and reads its own form, and names the missing package for other documents`, () => {
        writeFileSync(join(project, file), script(load))
        const out = JSON.parse(execFileSync(process.execPath, [file], { cwd: project, encoding: 'utf8' })) as Record<string, unknown>
        expect(out.sync).toBe(1)
        expect(out.async).toBe(1)
        const [name, ruleId, message] = out.foreign as string[]
        expect(name).toBe('VerbatimError')
        expect(ruleId).toBe('missing-dependency')
        expect(message).toContain('npm install jsonld')
      })
    }
  })
})
