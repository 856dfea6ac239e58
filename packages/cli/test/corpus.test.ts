/**
 * Real material, as a batch (../shared/, skipped with a notice locally when missing, required in
 * CI): the plain-text corpus converted to every format in one command (12+ files: the worker
 * pool), and every file of the format corpus converted to the model JSON.
 */
import { readdirSync } from 'node:fs'
import { sharedAvailable, sharedFiles, sharedPath } from '@verbatim/test-utils'
import { describe, expect, it } from 'vitest'
import { run, tempDir } from './helpers.js'


describe('shared corpora through the binary', () => {
  it('converts the plain-text corpus to every format in one batch', async () => {
    if (!sharedAvailable('CLI corpus batch', 'corpus')) return
    const files = sharedFiles('corpus', /\.txt$/)
    const out = tempDir()
    const result = await run(['convert', sharedPath('corpus'), '--to', 'tei,webvtt,jsonld,json,text', '--out-dir', out, '--json', '--jobs', '2'])
    const report = JSON.parse(result.stdout) as { ok: boolean; files: { input: string; failed: boolean; messages: { severity: string; reason: string }[] }[] }
    const failures = report.files.filter((file) => file.failed).map((file) => `${file.input}: ${file.messages.find((m) => m.severity === 'error')?.reason}`)
    expect(failures).toEqual([])
    expect(result.code).toBe(0)
    expect(report.files).toHaveLength(files.length)
    expect(readdirSync(out)).toHaveLength(files.length * 5)
  }, 120_000)

  it('reads every file of the format corpus by its detected format; what is not a transcript fails alone, clearly', async () => {
    if (!sharedAvailable('CLI format corpus', 'corpus-formats')) return
    const files = sharedFiles('corpus-formats', /\.(vtt|xml|jsonld|json)$/)
    const out = tempDir()
    const result = await run(['convert', ...files.map((file) => sharedPath('corpus-formats', file)), '--to', 'json', '--out-dir', out, '--json'])
    const report = JSON.parse(result.stdout) as { files: { input: string; from: string | null; failed: boolean; messages: { severity: string; reason: string }[] }[] }
    const byName = new Map(report.files.map((file) => [file.input.split('/').pop()!, file]))
    for (const file of files) {
      const entry = byName.get(file)!
      // Podcasting 2.0 JSON is recognised by its content and read as such (it used to be refused as not the model).
      const expected = file.endsWith('.vtt') ? 'webvtt' : file.endsWith('.xml') ? 'tei' : file.endsWith('.jsonld') ? 'jsonld' : file === 'json-podcast20-example.json' ? 'podcast' : 'json'
      expect(entry.from, file).toBe(expected)
      expect(entry.failed, `${file}: ${entry.messages.find((m) => m.severity === 'error')?.reason}`).toBe(false)
    }
    expect(result.code).toBe(0)
    expect(readdirSync(out)).toHaveLength(files.length)
  }, 120_000)
})
