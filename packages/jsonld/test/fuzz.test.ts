/**
 * Valid output always: whatever the input, `fromJsonLd` and `fromJsonLdSync` either return a
 * transcript that `validateTranscript` accepts or throw a `VerbatimError` (and never the
 * `invalid-transcript` one, which means a reader built a tree the model refuses). Anything else
 * (a TypeError, a RangeError from recursion, a hang) fails, and so does more than 5 s on an input
 * under 1 MB. Inputs: the JSON-LD files of ../shared/corpus-formats and our own output (timed and
 * untimed, both @context forms), mutated as text (byte flips, deletions, splices, lone
 * surrogates, NULs, deep nesting) and as data (a value replaced, a key dropped or renamed).
 */
import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { isVerbatimError } from '@verbatim/core'
import { validateTranscript } from '@verbatim/core/schema'
import { readShared, sharedFiles, transcriptArb } from '@verbatim/test-utils'
import { fromJsonLd, fromJsonLdSync, toJsonLdString } from '../src/index.js'
import { anyTimedArb } from './timed.js'

const LIMIT_MS = 5000
/** `VERBATIM_FUZZ_SCALE=20` runs twenty times as many cases (for a longer search than CI's). */
const SCALE = Math.max(1, Number(process.env.VERBATIM_FUZZ_SCALE ?? 1))

/** The rule, for one reader and one input; returns what happened, for the counts. */
async function expectValidOrVerbatimError(read: () => unknown, input: string | object, label: string): Promise<'read' | 'error'> {
  const started = performance.now()
  let outcome: 'read' | 'error'
  try {
    const result = (await read()) as { transcript: unknown }
    const validation = validateTranscript(result.transcript)
    if (!validation.valid) {
      throw new Error(`${label}: read into a transcript the model refuses: ${JSON.stringify(validation.messages.filter((m) => m.severity === 'error').slice(0, 3))}\ninput: ${String(typeof input === 'string' ? input : JSON.stringify(input)).slice(0, 2000)}`)
    }
    outcome = 'read'
  } catch (error) {
    if (!isVerbatimError(error)) {
      throw new Error(`${label}: threw ${(error as Error)?.name}: ${(error as Error)?.message}\ninput: ${String(typeof input === 'string' ? input : JSON.stringify(input)).slice(0, 2000)}`, { cause: error })
    }
    if (error.diagnostic.ruleId === 'invalid-transcript') throw new Error(`${label}: ${error.message}\ninput: ${String(typeof input === 'string' ? input : JSON.stringify(input)).slice(0, 2000)}`)
    outcome = 'error'
  }
  const elapsed = performance.now() - started
  const size = typeof input === 'string' ? input.length : 0
  if (size < 1e6) expect(elapsed, `${label} took ${elapsed.toFixed(0)} ms`).toBeLessThan(LIMIT_MS)
  return outcome
}

async function checkBoth(input: string | object, counts: Record<string, number>): Promise<void> {
  const a = await expectValidOrVerbatimError(() => fromJsonLd(input), input, 'fromJsonLd')
  const b = await expectValidOrVerbatimError(() => fromJsonLdSync(input), input, 'fromJsonLdSync')
  counts[`async ${a}`] = (counts[`async ${a}`] ?? 0) + 1
  counts[`sync ${b}`] = (counts[`sync ${b}`] ?? 0) + 1
}

const corpus = sharedFiles('corpus-formats', /^jsonld-.*\.jsonld$/).map((file) => readShared('corpus-formats', file))
const ownArb = fc
  .tuple(fc.oneof(transcriptArb({ data: true, maxTurns: 3 }), anyTimedArb({ data: true, maxTurns: 2 })), fc.boolean(), fc.constantFrom(0, 1))
  .map(([t, embed, space]) => toJsonLdString(t, { embedContext: embed, space }))
const sourceArb: fc.Arbitrary<string> = corpus.length > 0 ? fc.oneof(fc.constantFrom(...corpus), ownArb) : ownArb

const deep = (depth: number, open: string, close: string, inner = '1') => open.repeat(depth) + inner + close.repeat(depth)

/** Text mutations. */
const textMutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), char: fc.oneof(fc.constantFrom('{', '}', '[', ']', '"', ',', ':', '\\', '0', 'e', '-', ' '), fc.string({ minLength: 1, maxLength: 1, unit: 'binary' })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant('splice' as const), at: fc.nat(), from: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom('\uD800', '\uDC00', '\u0000', '"\uD83D"', '\\u0000', '\\uD800', '\uFEFF', '\r', '\u2028', 'null', '[]', '{}', '1e999', '-0', '"@id"', '"@type"') }),
  fc.record({ kind: fc.constant('deep' as const), at: fc.nat(), depth: fc.constantFrom(300, 1200, 20_000), open: fc.constantFrom('[', '{"a":', '{"@list":[') }),
)

function mutateText(text: string, mutation: fc.Arbitrary<unknown> extends never ? never : any): string {
  const at = mutation.at % (text.length + 1)
  switch (mutation.kind) {
    case 'flip': return text.slice(0, at) + mutation.char + text.slice(at + 1)
    case 'delete': return text.slice(0, at) + text.slice(at + mutation.length)
    case 'splice': { const from = mutation.from % (text.length + 1); return text.slice(0, at) + text.slice(from, from + mutation.length) + text.slice(at) }
    case 'insert': return text.slice(0, at) + mutation.text + text.slice(at)
    default: {
      const close = mutation.open === '[' ? ']' : mutation.open === '{"a":' ? '}' : ']}'
      return text.slice(0, at) + deep(mutation.depth, mutation.open, close) + text.slice(at)
    }
  }
}

/** Every (container, key) slot of a parsed document, found without recursion. */
function slots(root: unknown): [Record<string, unknown> | unknown[], string | number][] {
  const out: [Record<string, unknown> | unknown[], string | number][] = []
  const stack: unknown[] = [root]
  while (stack.length > 0) {
    const value = stack.pop()
    if (Array.isArray(value)) value.forEach((item, index) => { out.push([value, index]); stack.push(item) })
    else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) { out.push([value as Record<string, unknown>, key]); stack.push(item) }
    }
  }
  return out
}

const oddValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom<unknown>(
    -1, -0.5, 1e999, 2.5, 1e308, '', '2.0', '0.9', '99.1', 'x', 'not a date', '2016-13-45T99', 'EN-us', ' ', 'Bad Role', 'speaker 1', '9lives',
    { '@id': 'urn:uuid:0#speaker-nobody' }, { '@id': '_:b0' }, { '@id': 'https://example.org/x#speaker-ghost' }, { name: 'Unregistered Person' },
    { '@type': 'Person', name: 'Inline Person', identifier: 'inline' }, { '@value': 'v', '@language': 'en' }, { '@list': [1, 2] },
    ['TranscriptSegment', 'Clip'], ['TranscriptWord', 'Clip'], { '@type': ['TranscriptSegment', 'Clip'], startOffset: 1, inline: [{ '@type': ['TranscriptSegment', 'Clip'], startOffset: 2, inline: ['x'] }] },
    { '@type': ['TranscriptWord', 'Clip'], wording: '', startOffset: 0 }, { '@type': 'TranscriptWord', wording: 'w' }, 'PT-5S', 'PT1e999S', 'P1Y',
  ),
)
const oddKey = fc.constantFrom('startOffset', 'endOffset', 'timeSource', 'confidence', 'sender', 'identifier', 'role', 'modelVersion', 'inLanguage', 'startDate', 'datePublished', 'duration', 'position', '@id', '@type', 'kind', 'wording', 'name', 'inline', 'paragraphs', 'speakers')

const dataMutation = fc.record({ pick: fc.nat(), change: fc.constantFrom('replace', 'delete', 'add'), key: oddKey, value: oddValue })

function mutateData(text: string, mutation: { pick: number; change: string; key: string; value: unknown }): object | undefined {
  let doc: unknown
  try { doc = JSON.parse(text) } catch { return undefined }
  const all = slots(doc)
  if (all.length === 0) return undefined
  const [container, key] = all[mutation.pick % all.length]!
  const target = container as Record<string | number, unknown>
  if (mutation.change === 'replace') target[key] = structuredClone(mutation.value)
  else if (mutation.change === 'delete') Array.isArray(container) ? container.splice(key as number, 1) : delete target[key]
  else {
    const value = target[key]
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) (value as Record<string, unknown>)[mutation.key] = structuredClone(mutation.value)
    else target[key] = structuredClone(mutation.value)
  }
  return doc as object
}

describe('every input reads into a valid transcript or throws a VerbatimError, in time', () => {
  it('corpus files and our own output, unchanged', async () => {
    const counts: Record<string, number> = {}
    for (const text of corpus) await checkBoth(text, counts)
    await fc.assert(fc.asyncProperty(ownArb, async (text) => { await checkBoth(text, counts) }), { numRuns: 30 })
    expect(counts['async read']).toBeGreaterThanOrEqual(30 + corpus.length)
  })

  it('text mutations (flips, deletions, splices, lone surrogates, NULs, deep nesting)', async () => {
    const counts: Record<string, number> = {}
    await fc.assert(
      fc.asyncProperty(sourceArb, fc.array(textMutation, { minLength: 1, maxLength: 3 }), async (text, mutations) => {
        let mutated = text
        for (const mutation of mutations) mutated = mutateText(mutated, mutation)
        await checkBoth(mutated, counts)
      }),
      { numRuns: 400 * SCALE },
    )
    // Both outcomes happen, or the fuzzing proves little.
    expect(counts['async read']).toBeGreaterThan(0)
    expect(counts['async error']).toBeGreaterThan(0)
  })

  it('data mutations (a value replaced, a key dropped or added), as text and as objects', async () => {
    const counts: Record<string, number> = {}
    await fc.assert(
      fc.asyncProperty(sourceArb, fc.array(dataMutation, { minLength: 1, maxLength: 3 }), async (text, mutations) => {
        let current: string = text
        for (const mutation of mutations) {
          const doc = mutateData(current, mutation)
          if (doc === undefined) return
          current = JSON.stringify(doc)
        }
        await checkBoth(current, counts)
        await checkBoth(JSON.parse(current) as object, counts)
      }),
      { numRuns: 600 * SCALE },
    )
    expect(counts['async read']).toBeGreaterThan(100)
  })

  it('deep nesting anywhere, as text and as objects, is refused without recursion', async () => {
    for (const open of ['[', '{"a":', '{"@list":[', '{"inline":[']) {
      const close = open === '[' ? ']' : open === '{"a":' ? '}' : ']}'
      for (const where of ['top', 'context', 'data', 'inline']) {
        const nested = deep(100_000, open, close)
        const text =
          where === 'top' ? nested
          : where === 'context' ? `{"@context": ["https://schema.org/", ${nested}], "@type": "Conversation", "modelVersion": "1.1"}`
          : where === 'data' ? `{"@context": "https://schema.org/", "@type": "Conversation", "data": ${nested}}`
          : `{"@context": ["https://schema.org/", "https://verbatim.dev/ns/context-v1.jsonld"], "@type": "Conversation", "modelVersion": "1.1", "hasPart": [{"@type": "Message", "position": 1, "paragraphs": [{"inline": [${nested}]}]}]}`
        await checkBoth(text, {})
        let parsed: unknown
        try { parsed = JSON.parse(text) } catch { continue }
        await checkBoth(parsed as object, {})
      }
    }
  })
})
