/** The command in process (fast): argument errors, help, exit codes, option collection. */
import { describe, expect, it } from 'vitest'
import { collectFormatOptions } from '../src/cli/format-flags.js'
import { CONVERT_HELP } from '../src/cli/help.js'
import type { Io } from '../src/cli/io.js'
import { main } from '../src/cli/main.js'
import { sampleJson } from './sample.js'

function io(stdin = '', stdinIsTTY = false) {
  const out = { stdout: '', stderr: '' }
  const value: Io = {
    stdout: { write: (chunk: string) => (out.stdout += chunk) },
    stderr: { write: (chunk: string) => (out.stderr += chunk) },
    readStdin: async () => stdin,
    stdinIsTTY,
    env: {},
  }
  return { io: value, out }
}

describe('main', () => {
  it('shows help on stderr with exit 2 when run with nothing', async () => {
    const { io: streams, out } = io()
    expect(await main([], streams)).toBe(2)
    expect(out.stderr).toContain('Usage:')
  })

  it('names the command and the bad flag in usage errors', async () => {
    const { io: streams, out } = io()
    expect(await main(['convert', '--to', 'tei', '--colour'], streams)).toBe(2)
    expect(out.stderr).toMatch(/^verbatim convert: Unknown option '--colour'\nSee verbatim convert --help\.\n$/)
  })

  it('refuses to wait on a terminal for standard input', async () => {
    const { io: streams, out } = io('', true)
    expect(await main(['convert', '--to', 'tei'], streams)).toBe(2)
    expect(out.stderr).toContain('no input')
  })

  it('converts stdin to stdout in process', async () => {
    const { io: streams, out } = io(sampleJson())
    expect(await main(['convert', '--to', 'json', '--title', 'New title', '--compact'], streams)).toBe(0)
    expect(JSON.parse(out.stdout).meta.title).toBe('New title')
    expect(out.stdout.trimEnd()).not.toContain('\n')
  })

  it('--strict fails a conversion with warnings and writes nothing', async () => {
    const transcript = JSON.parse(sampleJson())
    transcript.speakers.push({ id: 'unused', name: 'Unused', role: 'staff', aliases: [], group: false })
    const lenient = io(JSON.stringify(transcript))
    expect(await main(['convert', '--to', 'json'], lenient.io)).toBe(0)
    const strict = io(JSON.stringify(transcript))
    const code = await main(['convert', '--to', 'json', '--strict'], strict.io)
    // Only meaningful if core warns about something here; otherwise both succeed identically.
    if (lenient.out.stderr.includes('warning')) {
      expect(code).toBe(1)
      expect(strict.out.stdout).toBe('')
    } else expect(code).toBe(0)
  })

  it('routes flags to the formats that take them', () => {
    const collected = collectFormatOptions({ 'line-length': '32', 'id-prefix': 'pc-', compact: true, title: 'T', language: 'en, fr', option: ['webvtt.maxLines=2', 'tei.pretty=false', 'custom=yes'] })
    expect(collected.formatOptions).toEqual({ webvtt: { maxLines: 2 }, tei: { idPrefix: 'pc-', pretty: false } })
    expect(collected.writerOptions).toEqual({ webvtt: { maxLineLength: 32 }, tei: { pretty: false }, json: { space: 0 }, jsonld: { space: 0 } })
    expect(collected.readerOptions).toEqual({})
    expect(collected.shared).toEqual({ custom: 'yes' })
    expect(collected.meta).toEqual({ title: 'T', languages: ['en', 'fr'] })
    expect(() => collectFormatOptions({ 'line-length': '0' })).toThrow(/--line-length expects a whole number of at least 1/)
    expect(() => collectFormatOptions({ base: 'relative/path' })).toThrow(/absolute IRI/)
    expect(collectFormatOptions({ 'context-iri': true }).writerOptions).toEqual({ jsonld: { embedContext: false } })
  })

  it('documents every format flag in --help', () => {
    for (const flag of ['--speakers', '--events', '--grammar', '--labels-at', '--text-header', '--no-times', '--crlf', '--line-length', '--max-cps', '--wpm', '--id-prefix', '--tei-publisher', '--base', '--embed-context', '--context-iri', '--compact', '--option']) {
      expect(CONVERT_HELP).toContain(flag)
    }
  })
})
