// The built package estimates and searches as the sources do. The build shortens internal
// property names ending with `_` (`mangleProps` in tsup.config.ts) and every other test imports
// the sources, so a name the mangling caught by mistake would change only what users run.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { requireShared, transcriptArb } from '@verbatim/test-utils'
import * as src from '../src/index.js'

const dir = fileURLToPath(new URL('../dist/', import.meta.url))
const files = ['index.js', 'index.cjs', 'schema.js', 'schema.cjs', 'output.js', 'output.cjs'].map((name) => dir + name)
const built = files.every((path) => existsSync(path))
if (!built && requireShared) throw new Error(`${dir} is incomplete: build the package first (turbo's test task does)`)

describe('the built package (dist/) works as the sources do', () => {
  if (!built) {
    it.skip(`SKIPPED: ${dir}index.js is missing: build the package first (npm run build)`, () => {})
    return
  }
  it('shortens every internal name: no property or class field of the build ends with `_`', () => {
    for (const path of files) {
      const code = readFileSync(path, 'utf8')
      const left = code.match(/\.[A-Za-z$][\w$]*[^_]_\b|^\s+(?:static\s+)?[A-Za-z$][\w$]*[^_]_\s*[;=(]|[{,]\s*[A-Za-z$][\w$]*[^_]_\s*:|\[\s*["'][\w$]*[^_]_["']\s*\]/gm)
      expect(left, path).toBeNull()
    }
  })
  it('estimates times and finds strings as the sources do', async () => {
    const dist = (await import(/* @vite-ignore */ files[0]!)) as typeof src
    for (const times of ['never', 'always', 'mixed'] as const) {
      fc.assert(
        fc.property(transcriptArb({ times, maxTurns: 6 }), fc.constantFrom({}, { wordsPerSecond: 2.5 }, { maxStretch: 1 }), (transcript, options) => {
          const each = (module: typeof src): unknown[] => {
            const out: unknown[] = []
            module.eachEstimatedTime(transcript, (node, time) => out.push([node.type, time]), options)
            return out
          }
          expect(each(dist)).toEqual(each(src))
          expect([...dist.estimateTimes(transcript, options).values()]).toEqual([...src.estimateTimes(transcript, options).values()])
        }),
        { numRuns: 60 },
      )
    }
    const input = 'a(b((c) ('
    const [fromDist, fromSrc] = [new dist.NextIndex(input, '('), new src.NextIndex(input, '(')]
    for (const offset of [0, 1, 2, 3, 9, 4, 0, 5, 8, 9]) expect(fromDist.at(offset)).toBe(fromSrc.at(offset))
  })
  it('builds output in chunks as the sources do (@verbatim/core/output)', async () => {
    const dist = (await import(/* @vite-ignore */ dir + 'output.js')) as typeof import('../src/output-entry.js')
    const out = new dist.OutputChunks()
    const pieces = Array.from({ length: 30_000 }, (_, i) => `piece ${i}\n`)
    for (const piece of pieces) out.add(piece)
    expect(out.toString()).toBe(pieces.join(''))
    expect(Object.keys(out).every((key) => !key.endsWith('_'))).toBe(true)
  })
})
