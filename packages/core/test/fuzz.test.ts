// Fuzzing fromJson with JSON transcripts (generated ones and the committed example): every
// mutated input reads into a valid transcript or throws a VerbatimError, in well under 5 s.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fuzzReader, repoRoot, transcriptArb, type FuzzSeed } from '@verbatim/test-utils'
import { fromJson, toJson } from '../src/json.js'

const TOKENS = ['{', '}', '[', ']', ',', ':', '"', 'null', 'true', '-0', '1e999', '"__proto__"', '"constructor"', '"type":"turn"', '"type":"segment"', '"type":"word"', '"time":{"start":-1,"source":"source"}', '"role":"Not A Role"', '"id":"1 2"', '"version":"2.0"', '"speaker":"nobody"', '"date":"yesterday"', '\\u0000', '\\ud800', '"data":{"a":[[[[[[[[[[]]]]]]]]]]}']

describe('fuzzing fromJson', () => {
  const seeds: FuzzSeed[] = [
    { name: 'examples/converted/dod-carter-le-drian-paris-2016-10-25.json', text: readFileSync(join(repoRoot, 'examples/converted/dod-carter-le-drian-paris-2016-10-25.json'), 'utf8') },
    ...fc.sample(transcriptArb(), { numRuns: 20, seed: 1 }).map((transcript, index) => ({ name: `generated-${index}`, text: toJson(transcript) })),
  ]

  it('fromJson: a valid transcript or a VerbatimError, under 5 s each', () => {
    const report = fuzzReader((input) => fromJson(input), seeds, { tokens: TOKENS, budgetMs: 6000 })
    expect(report.runs).toBeGreaterThan(seeds.length)
    expect(report.read).toBeGreaterThan(0)
    expect(report.refused).toBeGreaterThan(0)
  })

  it('reads JSON nested 100,000 deep (in data, where the model allows anything) or refuses it, without a crash', () => {
    const deep = `{"type":"transcript","version":"1.1","meta":{},"speakers":[],"children":[],"data":{"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`
    expect(fromJson(deep).transcript.data).toBeDefined()
    expect(() => fromJson(`${'['.repeat(100_000)}`)).toThrow(/not valid JSON/)
  })
})

describe('the fuzz harness itself', () => {
  const seeds: FuzzSeed[] = [{ name: 'sample', text: toJson(fc.sample(transcriptArb(), { numRuns: 1, seed: 2 })[0]!) }]
  const read = (input: string) => fromJson(input)

  it('fails on an exception that is not a VerbatimError, naming the input and how it was made', () => {
    const crashing = (input: string) => {
      if (input.includes('\0')) throw new TypeError('NUL reached the reader')
      return read(input)
    }
    expect(() => fuzzReader(crashing, seeds, { budgetMs: 5000, tokens: ['\0'] })).toThrow(/threw TypeError: NUL reached the reader[\s\S]*input: [\s\S]*made from seed sample[\s\S]*replay/)
  })

  it('fails on a transcript that validateTranscript refuses', () => {
    const invalid = (input: string) => ({ transcript: { ...read(input).transcript, version: 'x' } })
    expect(() => fuzzReader(invalid, seeds, { budgetMs: 2000 })).toThrow(/seed sample as it is: the transcript is not valid: expected a model version/)
  })

  it('fails on an input that takes longer than the limit', () => {
    // Busy for 30 ms of CPU time (the limit is on CPU time) on inputs of even length.
    const cpuMs = () => {
      const used = process.cpuUsage()
      return (used.user + used.system) / 1000
    }
    const slow = (input: string) => {
      const until = cpuMs() + (input.length % 2 === 0 ? 30 : 0)
      while (cpuMs() < until) {}
      return read(input)
    }
    expect(() => fuzzReader(slow, [...seeds, { name: 'even', text: '{}' }], { budgetMs: 2000, slowMs: 20 })).toThrow(/took \d+ ms of CPU time \(limit 20 ms;/)
  })

  it('skips and counts inputs known to fail', () => {
    const crashing = (input: string) => {
      if (input.includes('\0')) throw new TypeError('NUL reached the reader')
      return read(input)
    }
    const report = fuzzReader(crashing, seeds, { budgetMs: 1000, tokens: ['\0'], known: (input) => input.includes('\0') })
    expect(report.known).toBeGreaterThan(0)
    expect(report.runs).toBeGreaterThan(1)
  })
})
