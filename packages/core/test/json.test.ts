import fc from 'fast-check'
import { transcriptArb } from '@verbatim/test-utils'
import { describe, expect, it } from 'vitest'
import { VerbatimError } from '../src/error.js'
import { fromJson, toJson } from '../src/json.js'
import { validateTranscript } from '../src/validate.js'
import { MODEL_VERSION } from '../src/version.js'
import { sampleTranscript } from './sample.js'

describe('toJson / fromJson', () => {
  it('round-trips arbitrary valid transcripts exactly', () => {
    fc.assert(
      fc.property(transcriptArb({ data: true }), (transcript) => {
        expect(validateTranscript(transcript).valid).toBe(true)
        expect(fromJson(toJson(transcript)).transcript).toEqual(transcript)
      }),
      { numRuns: 200 },
    )
  })

  it('stamps the model version first, after the type', () => {
    const json = toJson({ ...sampleTranscript(), version: '1.0' })
    expect(json.startsWith(`{\n  "type": "transcript",\n  "version": "${MODEL_VERSION}",`)).toBe(true)
    expect(toJson(sampleTranscript(), { space: 0 })).not.toContain('\n  ')
  })

  it('reads JSON with a byte order mark', () => {
    expect(fromJson('\uFEFF' + toJson(sampleTranscript())).transcript.meta.title).toBe('Joint Press Conference')
  })

  it('throws a positioned error on malformed JSON', () => {
    const error = (() => {
      try {
        fromJson('{\n  "type": "transcript",\n  oops\n}')
      } catch (caught) {
        return caught as VerbatimError
      }
    })()
    expect(error).toBeInstanceOf(VerbatimError)
    expect(error!.diagnostic.ruleId).toBe('json-syntax')
    expect(error!.diagnostic.place).toMatchObject({ line: 3, column: 3 })
  })

  it('throws with every problem when the JSON is not a transcript', () => {
    const bad = { ...sampleTranscript(), speakers: 'none', children: [{ type: 'turn' }] }
    try {
      fromJson(JSON.stringify(bad))
      expect.unreachable()
    } catch (caught) {
      const error = caught as VerbatimError
      expect(error).toBeInstanceOf(VerbatimError)
      expect(error.message).toMatch(/not a valid Verbatim transcript: expected array at speakers/)
      expect(error.messages.length).toBeGreaterThan(1)
      expect(error.messages.map((message) => message.path)).toContain('children[0].speaker')
    }
  })

  it('returns semantic warnings with the transcript', () => {
    const value = sampleTranscript()
    const first = value.children[0]!
    if (first.type === 'turn') first.time = { start: 99, source: 'source' }
    const { messages } = fromJson(toJson(value))
    expect(messages.map((message) => message.ruleId)).toEqual(['time-out-of-order'])
  })
})
