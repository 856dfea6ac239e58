import { isVerbatimError } from '@verbatim/core'
import { describe, expect, it } from 'vitest'
import { detectFormat, looksBinary, sniffFormat } from '../src/detect.js'
import { formatFromExtension, formatFromName, stripFormatExtension } from '../src/formats.js'

describe('formats by name and extension', () => {
  it('maps every extension to its format, longest first', () => {
    expect(formatFromExtension('a.txt')).toBe('text')
    expect(formatFromExtension('A.TEI.XML')).toBe('tei')
    expect(formatFromExtension('a.xml')).toBe('tei')
    expect(formatFromExtension('a.vtt')).toBe('webvtt')
    expect(formatFromExtension('a.jsonld')).toBe('jsonld')
    expect(formatFromExtension('a.json')).toBe('json')
    expect(formatFromExtension('a.srt')).toBe('srt')
    expect(formatFromExtension('a.podcast.json')).toBe('podcast')
    expect(formatFromExtension('a.pdf')).toBeUndefined()
    expect(formatFromExtension('README')).toBeUndefined()
  })

  it('accepts aliases on the command line', () => {
    expect(formatFromName('VTT')).toBe('webvtt')
    expect(formatFromName('json-ld')).toBe('jsonld')
    expect(formatFromName('xml')).toBe('tei')
    expect(formatFromName('srt')).toBe('srt')
    expect(formatFromName('Deepgram')).toBe('stt')
    expect(formatFromName('pdf')).toBeUndefined()
  })

  it('strips the whole format extension from names', () => {
    expect(stripFormatExtension('briefing.tei.xml')).toBe('briefing')
    expect(stripFormatExtension('briefing.2016.txt')).toBe('briefing.2016')
    expect(stripFormatExtension('notes')).toBe('notes')
    expect(stripFormatExtension('.vtt')).toBe('.vtt')
  })
})

describe('content sniffing', () => {
  it('recognises each format from its first bytes', () => {
    expect(sniffFormat('WEBVTT\n\n00:00.000 --> 00:01.000\nHi')).toBe('webvtt')
    expect(sniffFormat('\ufeffWEBVTT - title\n')).toBe('webvtt')
    expect(sniffFormat('WEBVTTX\n')).toBe('text')
    expect(sniffFormat('  <?xml version="1.0"?><TEI/>')).toBe('tei')
    expect(sniffFormat('{"@context": "https://schema.org", "@type": "Event"}')).toBe('jsonld')
    expect(sniffFormat('{\n  "type": "transcript"\n}')).toBe('json')
    expect(sniffFormat('MR. SMITH: Good morning.')).toBe('text')
  })

  it('lets --from win, then the extension, then the content', () => {
    expect(detectFormat('WEBVTT\n', 'a.txt', 'json')).toEqual({ format: 'json', by: 'option' })
    expect(detectFormat('WEBVTT\n', 'a.txt')).toEqual({ format: 'text', by: 'extension' })
    expect(detectFormat('WEBVTT\n', 'captions')).toEqual({ format: 'webvtt', by: 'content' })
    expect(detectFormat('WEBVTT\n')).toEqual({ format: 'webvtt', by: 'content' })
  })

  it('reads JSON-LD saved as .json as JSON-LD', () => {
    expect(detectFormat('{"@context":"https://schema.org"}', 'episode.json')).toEqual({ format: 'jsonld', by: 'content' })
    expect(detectFormat('{"type":"transcript"}', 'episode.json')).toEqual({ format: 'json', by: 'extension' })
  })

  it('refuses JSON that is no format it reads, naming what each format has (not the model schema\'s errors)', () => {
    for (const [content, path] of [['{"hello": 1, "segments": 3}', 'result.json'], ['{"results": {"foo": []}}', undefined], ['[1, 2]', 'list.json']] as const) {
      let error: unknown
      try {
        detectFormat(content, path)
      } catch (caught) {
        error = caught
      }
      expect(isVerbatimError(error) && error.ruleId).toBe('unknown-json')
      const reason = (error as Error).message
      for (const expected of ['"type": "transcript"', '@context', 'Deepgram', 'Whisper', 'AssemblyAI', 'AWS Transcribe', 'Rev.ai', 'Podcasting 2.0']) expect(reason).toContain(expected)
    }
    expect((() => { try { detectFormat('{"hello": 1}', 'r.json') } catch (error) { return (error as Error).message } })()).toContain('found the keys "hello"')
    // The model's JSON with its type further on, and any JSON with --from, are read as before.
    expect(detectFormat('{"version": "1.1", "type": "transcript"}', 'model.json')).toEqual({ format: 'json', by: 'extension' })
    expect(detectFormat('{"hello": 1}', 'r.json', 'stt')).toEqual({ format: 'stt', by: 'option' })
  })

  it('refuses binary input with a VerbatimError', () => {
    expect(looksBinary('PK\u0003\u0004\u0000\u0000')).toBe(true)
    expect(looksBinary('plain words, accents: é')).toBe(false)
    let error: unknown
    try {
      detectFormat('\u0000\u0001\u0002', 'x.bin')
    } catch (caught) {
      error = caught
    }
    expect(isVerbatimError(error)).toBe(true)
    expect((error as { diagnostic: { ruleId: string; file?: string } }).diagnostic).toMatchObject({ ruleId: 'binary-input', file: 'x.bin' })
  })
})
