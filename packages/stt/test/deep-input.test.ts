// Input nested 100,000 deep (#12: no recursion where the input controls depth): the JSON of every
// service with a deep value in its metadata, a segment and a word (as text and as the parsed
// value), and Podcasting 2.0 HTML with deep markup. The rule is the fuzz test's: a transcript
// validateTranscript accepts, or a VerbatimError; never a RangeError.
import { describe, expect, it } from 'vitest'
import { isVerbatimError } from '@verbatim/core'
import { validateTranscript } from '@verbatim/core/schema'
import { fromPodcast, fromStt, type SttService } from '../src/index.js'
import { RESPONSES } from '../bench/responses.js'

const DEPTH = 100_000
const deepArray = (): unknown => {
  const root: unknown[] = []
  let inner = root
  for (let depth = 1; depth < DEPTH; depth++) {
    const next: unknown[] = []
    inner.push(next)
    inner = next
  }
  return root
}
const DEEP_ARRAY_TEXT = '['.repeat(DEPTH) + ']'.repeat(DEPTH)
const DEEP_OBJECT_TEXT = '{"a":'.repeat(DEPTH) + '1' + '}'.repeat(DEPTH)

function expectValidOrRefused(read: () => { transcript: unknown }): 'read' | 'refused' {
  try {
    const { transcript } = read()
    expect(validateTranscript(transcript).messages.filter((message) => message.severity === 'error')).toEqual([])
    return 'read'
  } catch (error) {
    if (!isVerbatimError(error)) throw error
    return 'refused'
  }
}

/** Every object of a response, in document order (an explicit stack: responses are big). */
function objectsOf(value: unknown): Array<Record<string, unknown>> {
  const found: Array<Record<string, unknown>> = []
  const stack = [value]
  while (stack.length > 0) {
    const item = stack.pop()
    if (item === null || typeof item !== 'object') continue
    if (!Array.isArray(item)) found.push(item as Record<string, unknown>)
    for (const child of Object.values(item)) stack.push(child)
  }
  return found
}

const SERVICES = Object.keys(RESPONSES) as Array<keyof typeof RESPONSES>

describe('speech-to-text JSON nested 100,000 deep', () => {
  it.each(SERVICES)('%s: a deep array or object under the first keys of the first objects, as text', (service) => {
    const response = RESPONSES[service](3)
    const objects = objectsOf(response).slice(0, 4)
    expect(objects.length).toBeGreaterThan(0)
    for (const [index, object] of objects.entries()) {
      const keys = Object.keys(object)
      for (const key of [...keys.slice(0, 3), 'extra']) {
        const saved = object[key]
        object[key] = index % 2 === 0 ? '\u0000DEEP_ARRAY' : '\u0000DEEP_OBJECT'
        const text = JSON.stringify(response).replace('"\\u0000DEEP_ARRAY"', DEEP_ARRAY_TEXT).replace('"\\u0000DEEP_OBJECT"', DEEP_OBJECT_TEXT)
        expectValidOrRefused(() => fromStt(text, { service: service as SttService }))
        if (index === 0) expectValidOrRefused(() => fromStt(text))
        if (saved === undefined) delete object[key]
        else object[key] = saved
      }
    }
  })

  it.each(SERVICES)('%s: a deep array in the parsed value, and a response that holds itself', (service) => {
    const response = RESPONSES[service](3) as Record<string, unknown>
    expectValidOrRefused(() => fromStt({ ...response, extra: deepArray() }, { service: service as SttService }))
    const cyclic: Record<string, unknown> = { ...response }
    cyclic.self = cyclic
    expectValidOrRefused(() => fromStt(cyclic, { service: service as SttService }))
  })

  it('the whole input a deep array: refused with a VerbatimError', () => {
    expect(expectValidOrRefused(() => fromStt(DEEP_ARRAY_TEXT))).toBe('refused')
    expect(expectValidOrRefused(() => fromStt(deepArray()))).toBe('refused')
  })
})

describe('Podcasting 2.0 nested 100,000 deep', () => {
  const head = '<cite>Ann:</cite>\n<time>0:00:01</time>\n'
  it.each([
    ['<p>', '</p>'],
    ['<span>', '</span>'],
    ['<b>', '</b>'],
    ['<cite>', '</cite>'],
    ['<time>', '</time>'],
  ])('HTML with %s ... %s nested 100,000 deep, closed and unclosed', (open, close) => {
    for (const html of [head + open.repeat(DEPTH) + 'deep words' + close.repeat(DEPTH), head + open.repeat(DEPTH) + 'deep words', head + '<p>' + close.repeat(DEPTH) + 'x</p>']) {
      expectValidOrRefused(() => fromPodcast(html))
    }
  })

  it('JSON with a deep value in a segment and at the top, as text and parsed', () => {
    const text = `{"version":"1.0.0","deep":${DEEP_OBJECT_TEXT},"segments":[{"speaker":${DEEP_ARRAY_TEXT},"startTime":0,"endTime":1,"body":"hi"},{"startTime":1,"endTime":2,"body":${DEEP_ARRAY_TEXT}}]}`
    expectValidOrRefused(() => fromPodcast(text))
    expectValidOrRefused(() => fromPodcast({ version: '1.0.0', segments: [{ speaker: deepArray(), startTime: 0, endTime: 1, body: 'hi' }] }))
  })
})
