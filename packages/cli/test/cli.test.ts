/**
 * End to end: the built binary, run as a user runs it. These tests use the model's JSON format
 * (core), so they hold whatever state the format packages are in; conversions.test.ts covers
 * every format pair on the reference document.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, watch, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { removePositions, summarize, toJson } from '@verbatim/core'
import { fromJson } from '@verbatim/core/schema'
import { syntheticTranscript } from '@verbatim/test-utils'
import { describe, expect, it } from 'vitest'
import { TEMP_SUFFIX } from '../src/atomic-write.js'
import { bin, run, start, tempDir } from './helpers.js'
import { sampleJson, sampleTranscript } from './sample.js'


describe('verbatim (built binary)', () => {
  it('is an executable with a node shebang', () => {
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
    expect(statSync(bin).mode & 0o111).not.toBe(0)
  })

  it('prints its version and help for every command', async () => {
    const version = await run(['--version'])
    expect(version).toMatchObject({ code: 0, stdout: '0.1.0\n' })
    for (const command of ['convert', 'inspect', 'validate', 'formats']) {
      const help = await run([command, '--help'])
      expect(help.code).toBe(0)
      expect(help.stdout).toContain(`verbatim ${command}`)
      expect(help.stdout).toContain('Usage:')
    }
    expect((await run(['--help'])).stdout).toContain('Examples:')
    expect((await run(['convert', '--help'])).stdout).toContain('--line-length N')
  })

  it('exits 2 with a pointer to --help on wrong usage', async () => {
    const cases = [
      [],
      ['frobnicate'],
      ['convert', 'a.json'],
      ['convert', 'a.json', '--to', 'pdf'],
      ['convert', 'a.json', '--to', 'stt'],
      ['convert', 'a.json', '--to', 'tei', '--bogus'],
      ['convert', 'a.json', 'b.json', '--to', 'tei', '-o', 'x.xml'],
      ['convert', 'a.json', '--to', 'tei,webvtt', '-o', 'x.xml'],
      ['convert', 'a.json', '--to', 'tei', '-o', 'x', '--out-dir', 'y'],
      ['convert', 'a.json', '--to', 'webvtt', '--line-length', 'wide', '--out-dir', 'y'],
      ['inspect', 'a.json', 'b.json'],
      ['validate', '--from', 'pdf', 'a.json'],
    ]
    for (const args of cases) {
      const result = await run(args)
      expect(result.code, args.join(' ')).toBe(2)
      expect(result.stderr, args.join(' ')).toMatch(/verbatim.*(--help|Usage:)/s)
      expect(result.stdout, args.join(' ')).toBe('')
    }
  })

  it('converts standard input to standard output', async () => {
    const result = await run(['convert', '--to', 'json', '--from', 'json'], { input: sampleJson() })
    expect(result.code).toBe(0)
    expect(fromJson(result.stdout).transcript).toEqual(fromJson(sampleJson()).transcript)
    // `-` is standard input too, and the format is sniffed when --from is absent.
    const dash = await run(['convert', '-', '--to', 'json'], { input: sampleJson() })
    expect(dash).toMatchObject({ code: 0, stdout: result.stdout })
  })

  it('writes -o files atomically and says where', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'in.json'), sampleJson())
    const result = await run(['convert', join(dir, 'in.json'), '--to', 'json', '-o', join(dir, 'deep', 'out.json'), '--title', 'Renamed'])
    expect(result.code).toBe(0)
    expect(result.stderr).toContain(`wrote ${join(dir, 'deep', 'out.json')}`)
    expect(fromJson(readFileSync(join(dir, 'deep', 'out.json'), 'utf8')).transcript.meta.title).toBe('Renamed')
    expect(readdirSync(join(dir, 'deep'))).toEqual(['out.json'])
  })

  it('refuses to overwrite an input file (exit 1, clear message, input untouched)', async () => {
    const dir = tempDir()
    const input = join(dir, 'in.json')
    writeFileSync(input, sampleJson())
    const before = readFileSync(input, 'utf8')
    const same = await run(['convert', input, '--to', 'json', '-o', input])
    expect(same.code).toBe(1)
    expect(same.stderr).toMatch(/refusing to overwrite the input file/)
    // Converting a directory to its own format beside the inputs would overwrite them too.
    const beside = await run(['convert', dir, '--to', 'json'])
    expect(beside.code).toBe(1)
    expect(beside.stderr).toMatch(/refusing to overwrite the input file/)
    expect(readFileSync(input, 'utf8')).toBe(before)
    expect(readdirSync(dir)).toEqual(['in.json'])
  })

  it('converts a batch where one file is broken: the others are written, the summary names it', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'in', 'nested'), { recursive: true })
    writeFileSync(join(dir, 'in', 'a.json'), sampleJson('A'))
    writeFileSync(join(dir, 'in', 'broken.json'), '{ "type": "transcript", ')
    writeFileSync(join(dir, 'in', 'nested', 'c.json'), sampleJson('C'))
    const result = await run(['convert', join(dir, 'in'), '--to', 'json', '--out-dir', join(dir, 'out')])
    expect(result.code).toBe(1)
    expect(readFileSync(join(dir, 'out', 'a.json'), 'utf8')).toBe(toJson(fromJson(sampleJson('A')).transcript))
    expect(existsSync(join(dir, 'out', 'nested', 'c.json'))).toBe(true)
    expect(existsSync(join(dir, 'out', 'broken.json'))).toBe(false)
    expect(result.stderr).toMatch(/broken\.json:1:\d+: error: not valid JSON/)
    expect(result.stderr).toContain('converted 2 of 3 files')
    expect(result.stderr).toMatch(/failed: .*broken\.json/)
    // Piped stderr: plain progress lines, not a redrawn bar.
    expect(result.stderr).toMatch(/^\[\d\/3\] ok .*a\.json -> /m)
    expect(result.stderr).not.toContain('\r')
  })

  it('reports a batch as JSON for scripts', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'a.json'), sampleJson('A'))
    writeFileSync(join(dir, 'b.json'), 'not json at all {')
    const result = await run(['convert', join(dir, 'a.json'), join(dir, 'b.json'), join(dir, 'missing.json'), '--to', 'json', '--out-dir', join(dir, 'out'), '--json'])
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout)
    expect(report.ok).toBe(false)
    expect(report.files.map((file: { failed: boolean }) => file.failed)).toEqual([false, true, true])
    expect(report.files[0].outputs).toEqual([{ format: 'json', path: join(dir, 'out', 'a.json') }])
    expect(report.files[2].messages[0].reason).toMatch(/no such file/)
  })

  it('converts a large batch on worker threads, with the same results', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'in'))
    for (let i = 0; i < 12; i++) writeFileSync(join(dir, 'in', `t${i}.json`), i === 5 ? '[]' : sampleJson(`T${i}`))
    const pooled = await run(['convert', join(dir, 'in'), '--to', 'json', '--out-dir', join(dir, 'pool'), '--jobs', '2'])
    const serial = await run(['convert', join(dir, 'in'), '--to', 'json', '--out-dir', join(dir, 'serial'), '--jobs', '1'])
    expect(pooled.code).toBe(1)
    expect(pooled.stderr).toContain('converted 11 of 12 files')
    expect(pooled.stderr).toMatch(/failed: .*t5\.json/)
    expect(readdirSync(join(dir, 'pool')).sort()).toEqual(readdirSync(join(dir, 'serial')).sort())
    for (const name of readdirSync(join(dir, 'serial'))) {
      expect(readFileSync(join(dir, 'pool', name), 'utf8')).toBe(readFileSync(join(dir, 'serial', name), 'utf8'))
    }
  })

  it('inspect --json prints exactly summarize()', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'in.json'), sampleJson())
    const result = await run(['inspect', join(dir, 'in.json'), '--json'])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(JSON.stringify(summarize(fromJson(sampleJson()).transcript), null, 2) + '\n')
  })

  it('inspect shows speakers, turns, words and events', async () => {
    const result = await run(['inspect', '--from', 'json'], { input: sampleJson() })
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Title:      Briefing')
    expect(result.stdout).toMatch(/ash-carter\s+Ash Carter\s+official\s+1\s+\d+\s+SEC\. CARTER/)
    expect(result.stdout).toMatch(/journalists\s+Journalists \(group\)/)
    expect(result.stdout).toContain('Events:     inaudible 1')
  })

  it('validate reports every schema problem as file:line:column or file:path, exit 1', async () => {
    const dir = tempDir()
    const bad = removePositions(sampleTranscript()) as unknown as Record<string, unknown>
    ;(bad.children as Record<string, unknown>[])[1]!.speaker = 'nobody'
    ;(bad.speakers as Record<string, unknown>[])[0]!.role = 42
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad, null, 2))
    writeFileSync(join(dir, 'good.json'), sampleJson())
    const result = await run(['validate', join(dir, 'good.json'), join(dir, 'bad.json')])
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(new RegExp(`^${join(dir, 'bad.json').replace(/[.]/g, '\\.')}:speakers\\[0\\]\\.role: error: .* \\[schema-[a-z-]+\\]$`, 'm'))
    expect(result.stderr).toContain(`${join(dir, 'good.json')}: valid`)
    expect(result.stderr).toContain(`${join(dir, 'bad.json')}: INVALID`)
    const good = await run(['validate', join(dir, 'good.json'), '--json'])
    expect(good.code).toBe(0)
    expect(JSON.parse(good.stdout)).toMatchObject({ file: join(dir, 'good.json'), format: 'json', valid: true, errors: 0 })
    const quiet = await run(['validate', join(dir, 'good.json'), '--quiet'])
    expect(quiet).toMatchObject({ code: 0, stdout: '', stderr: '' })
  })

  it('validate reports WebVTT that browsers would drop as errors, exit 1', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'teams.vtt'), 'WEBVTT\n\n0:0:0.0 --> 0:0:0.570\n<v Yuri>Hello.</v>\n')
    writeFileSync(join(dir, 'good.vtt'), 'WEBVTT\n\n00:00:00.000 --> 00:00:00.570\n<v Yuri>Hello.</v>\n')
    const bad = await run(['validate', join(dir, 'teams.vtt')])
    expect(bad.code).toBe(1)
    expect(bad.stdout).toMatch(/teams\.vtt:3:1: error: .* \[invalid-cue-timings\]/)
    expect(await run(['validate', join(dir, 'good.vtt')])).toMatchObject({ code: 0 })
  })

  it('a killed conversion leaves no partial output', async () => {
    const dir = tempDir()
    const input = join(dir, 'big.json')
    const content = toJson(syntheticTranscript(25_000_000))
    writeFileSync(input, content)
    const expected = toJson(fromJson(content).transcript)
    for (const signal of ['SIGKILL', 'SIGTERM'] as const) {
      const outDir = join(dir, `out-${signal}`)
      mkdirSync(outDir)
      const child = start(['convert', input, '--to', 'json', '--out-dir', outDir])
      let killedWhile: string[] = []
      // Kill the moment anything appears in the output folder: the process is writing then.
      const watcher = watch(outDir, () => {
        if (killedWhile.length === 0) {
          child.kill(signal)
          killedWhile = readdirSync(outDir)
        }
      })
      const code = await new Promise<number | null>((resolvePromise) => child.on('close', (exit) => resolvePromise(exit)))
      watcher.close()
      expect(killedWhile.length, `${signal}: the conversion reached the writing stage`).toBeGreaterThan(0)
      expect(code).not.toBe(0)
      const target = join(outDir, 'big.json')
      // Absent, or (if the kill came after the rename) complete: never a prefix.
      if (existsSync(target)) expect(readFileSync(target, 'utf8') === expected, `${signal}: ${target} is complete`).toBe(true)
      if (signal === 'SIGTERM') expect(readdirSync(outDir).filter((name) => name.endsWith(TEMP_SUFFIX))).toEqual([])
    }
  }, 120_000)
})
