import { existsSync, readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import fc from 'fast-check'
import { transcriptArb } from '@verbatim/test-utils'
import { describe, expect, it } from 'vitest'
import { jsonSchema } from '../src/json-schema.js'
import { transcriptSchema } from '../src/schema.js'
import { sampleTranscript } from './sample.js'

const ajv = new Ajv2020({ allErrors: true, strict: false })
const validate = ajv.compile(jsonSchema())

function mutate(change: (value: any) => void): unknown {
  const value = structuredClone(sampleTranscript()) as any
  change(value)
  return value
}

/** The sample with a timed paragraph (a segment of two words) in its third block, changed by `change`. */
function timed(change: (paragraph: any[]) => void): unknown {
  return mutate((t) => {
    const children: any[] = [
      { type: 'segment', time: { start: 12.5, end: 14, source: 'source' }, children: [
        { type: 'word', value: 'Thank', time: { start: 12.5, end: 12.9, source: 'source' }, confidence: 0.9 },
        { type: 'text', value: ' ' },
        { type: 'word', value: 'you.', time: { start: 13, source: 'source' } },
      ] },
    ]
    change(children)
    t.children[2].children = [{ type: 'paragraph', children }]
  })
}

// Shape problems only: semantic checks (unknown speaker ids...) are not JSON Schema's job.
const invalid: Array<[string, unknown]> = [
  ['a string', 'transcript'],
  ['wrong root type', mutate((t) => (t.type = 'root'))],
  ['missing meta', mutate((t) => delete t.meta)],
  ['bad version', mutate((t) => (t.version = 'one'))],
  ['numeric speaker', mutate((t) => (t.children[0].speaker = 1))],
  ['unknown event kind', mutate((t) => (t.children[1].kind = 'cheering'))],
  ['unknown block', mutate((t) => (t.children[3].type = 'section'))],
  ['paragraph at the root', mutate((t) => t.children.push({ type: 'paragraph', children: [] }))],
  ['turn inside a paragraph', mutate((t) => t.children[0].children[0].children.push({ type: 'turn' }))],
  ['negative start', mutate((t) => (t.children[2].time.start = -0.5))],
  ['infinite-ish end as string', mutate((t) => (t.children[2].time.end = '20'))],
  ['extra field', mutate((t) => (t.children[0].speakr = 'x'))],
  ['bad date', mutate((t) => (t.meta.date = '25/10/2016'))],
  ['role with spaces', mutate((t) => (t.speakers[0].role = 'head of state'))],
  ['group as string', mutate((t) => (t.speakers[0].group = 'no'))],
  ['column zero', mutate((t) => (t.children[0].position.start.column = 0))],
  ['non-string extra value', mutate((t) => (t.meta.extra = { a: 1 }))],
  ['empty word', timed((p) => (p[0].children[0].value = ''))],
  ['word without time', timed((p) => delete p[0].children[0].time)],
  ['confidence above 1', timed((p) => (p[0].children[0].confidence = 1.01))],
  ['negative word end', timed((p) => (p[0].children[0].time.end = -1))],
  ['segment without time', timed((p) => delete p[0].time)],
  ['segment inside a segment', timed((p) => p[0].children.push({ type: 'segment', time: { start: 1, source: 'source' }, children: [] }))],
  ['segment at the root', mutate((t) => t.children.push({ type: 'segment', time: { start: 1, source: 'source' }, children: [] }))],
  ['word at the root', mutate((t) => t.children.push({ type: 'word', value: 'x', time: { start: 1, source: 'source' } }))],
  ['event time without source', mutate((t) => (t.children[1].time = { start: 1 }))],
  ['extra field on a word', timed((p) => (p[0].children[0].speaker = 'x'))],
]

describe('JSON Schema', () => {
  it('accepts the timed sample, like zod', () => {
    const value = timed(() => {})
    expect(transcriptSchema.safeParse(value).success).toBe(true)
    expect(validate(value), JSON.stringify(validate.errors)).toBe(true)
  })

  it('is draft 2020-12 with an id', () => {
    const schema = jsonSchema()
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.$id).toMatch(/transcript-1\.1\.json$/)
  })

  it('agrees with zod on arbitrary valid transcripts', () => {
    fc.assert(
      fc.property(transcriptArb({ data: true }), (transcript) => {
        expect(transcriptSchema.safeParse(transcript).success).toBe(true)
        expect(validate(transcript), JSON.stringify(validate.errors)).toBe(true)
      }),
      { numRuns: 150 },
    )
  })

  it('agrees with zod on arbitrary valid timed transcripts (segments, words, timed events)', () => {
    fc.assert(
      fc.property(transcriptArb({ timed: true, data: true }), (transcript) => {
        expect(transcriptSchema.safeParse(transcript).success).toBe(true)
        expect(validate(transcript), JSON.stringify(validate.errors)).toBe(true)
      }),
      { numRuns: 150 },
    )
  })

  it.each(invalid)('agrees with zod in rejecting %s', (_name, value) => {
    expect(transcriptSchema.safeParse(value).success).toBe(false)
    expect(validate(value)).toBe(false)
  })

  it('is shipped in dist/schema.json, current with the zod schemas', () => {
    const shipped = new URL('../dist/schema.json', import.meta.url)
    if (!existsSync(shipped)) {
      // turbo's test task depends on build, so CI always has it; a bare `vitest run` may not.
      if (process.env.CI) throw new Error('dist/schema.json is missing: run npm run build')
      console.warn('SKIPPED: dist/schema.json not built yet')
      return
    }
    expect(JSON.parse(readFileSync(shipped, 'utf8'))).toEqual(jsonSchema())
  })
})
