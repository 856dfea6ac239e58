/**
 * The examples folder: its programs run against the built packages, and examples/converted/ is
 * what the current code produces (scripts/check-examples.mjs, also run by CI).
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
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

  it('stt-to-every-format.mjs converts a speech-to-text result to every format that writes', () => {
    const out = mkdtempSync(join(tmpdir(), 'verbatim-stt-example-'))
    const result = node('examples/stt-to-every-format.mjs', 'examples/stt/deepgram-briefing.json', out)
    expect(result.status).toBe(0)
    expect(result.stderr).toContain('as stt: 2 speakers, 3 turns')
    expect(readdirSync(out).sort()).toEqual(['deepgram-briefing.json', 'deepgram-briefing.jsonld', 'deepgram-briefing.podcast.json', 'deepgram-briefing.srt', 'deepgram-briefing.tei.xml', 'deepgram-briefing.txt', 'deepgram-briefing.vtt'])
    const srt = readFileSync(join(out, 'deepgram-briefing.srt'), 'utf8')
    expect(srt).toContain('00:00:00,320 --> 00:00:02,840\nSpeaker 1: Good morning,')
    expect(JSON.parse(readFileSync(join(out, 'deepgram-briefing.podcast.json'), 'utf8')).segments[2]).toEqual({ speaker: 'Speaker 2', startTime: 5.1, endTime: 6.66, body: 'Thanks. Will the schedule change?' })
  })

  it('examples/converted/ is current', () => {
    const result = node(join('scripts', 'check-examples.mjs'))
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
  })
})
