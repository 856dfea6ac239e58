/** The library API in memory: convert, readTranscript, writeTranscript, option routing. */
import { toJson, VerbatimError } from '@verbatim/core'
import { fromJson } from '@verbatim/core/schema'
import { transcriptArb } from '@verbatim/test-utils'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { convert, optionsFor, readTranscript, writeTranscript } from '../src/convert.js'
import type { FormatHandler } from '../src/handler.js'
import { getFormat, registerFormat } from '../src/registry.js'
import { sampleJson, sampleTranscript } from './sample.js'

describe('convert (json)', () => {
  it('round-trips any valid transcript through the model JSON', async () => {
    await fc.assert(
      fc.asyncProperty(transcriptArb({ maxTurns: 6 }), async (transcript) => {
        const json = toJson(transcript)
        const result = await convert(json, { to: 'json' })
        expect(result.from).toBe('json')
        expect(result.detectedBy).toBe('content')
        // Same tree (zod puts keys in schema order, so compare values, not text).
        expect(JSON.parse(result.output)).toEqual(JSON.parse(json))
      }),
      { numRuns: 60 },
    )
  })

  it('passes shared options to reader and writer, per-format options to that format only', () => {
    const options = {
      file: 'a.txt',
      space: 4,
      formatOptions: { json: { space: 0 }, tei: { idPrefix: 'x-' } },
      readerOptions: { text: { speakers: { Q: { name: 'Reporter' } } } },
      writerOptions: { text: { speakers: false } },
    }
    expect(optionsFor('json', options, 'write')).toEqual({ file: 'a.txt', space: 0 })
    expect(optionsFor('tei', options, 'read')).toEqual({ file: 'a.txt', space: 4, idPrefix: 'x-' })
    expect(optionsFor('webvtt', { ...options, onMessage: () => {}, from: 'json' }, 'write')).toEqual({ file: 'a.txt', space: 4 })
    // The text reader's speakers map and the text writer's speakers switch never meet.
    expect(optionsFor('text', options, 'read')).toEqual({ file: 'a.txt', space: 4, speakers: { Q: { name: 'Reporter' } } })
    expect(optionsFor('text', options, 'write')).toEqual({ file: 'a.txt', space: 4, speakers: false })
  })

  it('writes with the options it is given', async () => {
    const { output } = await convert(sampleJson(), { to: 'json', space: 0 })
    expect(output).toBe(toJson(fromJson(sampleJson()).transcript, { space: 0 }))
    expect(output.split('\n')).toHaveLength(2)
  })

  it('throws VerbatimError with a positioned diagnostic for unreadable input', async () => {
    const error = await readTranscript('{"type": "transcript",\n  oops }', { file: 'bad.json' }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(VerbatimError)
    expect((error as VerbatimError).diagnostic).toMatchObject({ ruleId: 'json-syntax', place: { line: 2 } })
  })

  it('collects writer messages with the file name, and calls onMessage as they come', () => {
    const original = getFormat('json')
    const noisy: FormatHandler = {
      ...original,
      write(transcript, options) {
        options.onMessage?.({ reason: 'dropped something', severity: 'warning', ruleId: 'unsupported-content', source: 'test' })
        return original.write(transcript, options)
      },
    }
    registerFormat(noisy)
    try {
      const seen: string[] = []
      const { messages } = writeTranscript(sampleTranscript(), { to: 'json', file: 'in.txt', onMessage: (message) => seen.push(message.ruleId) })
      expect(messages).toEqual([{ reason: 'dropped something', severity: 'warning', ruleId: 'unsupported-content', source: 'test', file: 'in.txt' }])
      expect(seen).toEqual(['unsupported-content'])
    } finally {
      registerFormat(original)
    }
  })
})
