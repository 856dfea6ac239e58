/**
 * The examples folder: its programs run against the built packages, and examples/converted/ is
 * what the current code produces (scripts/check-examples.mjs, also run by CI).
 */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot } from './helpers.js'

const node = (...args: string[]) => spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8' })


describe('examples/', () => {
  it('convert-file.mjs converts the press conference (default WebVTT)', () => {
    const result = node('examples/convert-file.mjs')
    expect(result.stderr).toContain('converted text -> webvtt')
    expect(result.status).toBe(0)
    expect(result.stdout.startsWith('WEBVTT')).toBe(true)
    const tei = node('examples/convert-file.mjs', 'examples/dod-carter-le-drian-paris-2016-10-25.txt', 'tei')
    expect(tei.status).toBe(0)
    expect(tei.stdout).toContain('<TEI')
  })

  it('speaker-report.mjs reports each speaker', () => {
    const result = node('examples/speaker-report.mjs')
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^Ash Carter \(official/m)
    expect(result.stdout).toMatch(/\d+ turns, \d+ words \(\d+\.\d%\)/)
  })

  it('webvtt-to-tei.mjs turns platform captions into TEI with both speakers', () => {
    const result = node('examples/webvtt-to-tei.mjs')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('<TEI')
    expect(result.stdout).toContain('Dana Okafor')
    expect(result.stdout).toContain('Chair Rivera')
  })

  it('examples/converted/ is current', () => {
    const result = node(join('scripts', 'check-examples.mjs'))
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
  })
})
