// A 1.x release reads every 1.y (SPEC "Versioning"): documents of a newer minor version keep the
// fields and nodes this release does not know, with one warning for each; documents of this
// release's version or older stay strict; another major version is refused.
import { describe, expect, it } from 'vitest'
import { VerbatimError } from '../src/error.js'
import { fromJson, toJson } from '../src/json.js'
import { summarize } from '../src/summarize.js'
import { countWords, toString } from '../src/text.js'
import { estimateTimes, timeSpan } from '../src/timing.js'
import type { Transcript } from '../src/types.js'
import { validateTranscript } from '../src/validate.js'
import { MODEL_VERSION } from '../src/version.js'
import { visit } from '../src/visit.js'
import { sampleTranscript } from './sample.js'

/** The sample as a document of `version`, with fields and nodes of a future model. */
function future(version: string): any {
  const doc: any = structuredClone(sampleTranscript())
  doc.version = version
  doc.meta.mood = 'formal'
  doc.children[0].emotion = 'calm'
  doc.children[2].emotion = 'warm'
  doc.children[0].children[0].children.push({ type: 'gesture', value: 'nods', time: { start: 1, source: 'source' } })
  doc.children[0].children[0].children.push({ type: 'gesture', value: 'points', children: 'not an array' })
  doc.children.push({ type: 'chapter', title: 'Questions', children: [{ type: 'text', value: 'x' }] })
  doc.children[2].children.push({ type: 'list', items: ['a', 'b'] })
  return doc
}

describe('model versions', () => {
  it('reads and validates a 1.0 document, and writes it as the current version', () => {
    const doc = sampleTranscript()
    expect(doc.version).toBe('1.0')
    const result = validateTranscript(doc)
    expect(result.messages).toEqual([])
    expect(result.valid).toBe(true)
    const { transcript, messages } = fromJson(JSON.stringify(doc))
    expect(messages).toEqual([])
    expect(JSON.parse(toJson(transcript)).version).toBe(MODEL_VERSION)
  })

  it('reads a 1.9 document: unknown fields kept, unknown node types left out, each reported once', () => {
    const input = future('1.9')
    const json = JSON.stringify(input)
    const { transcript, messages } = fromJson(json)
    const doc: any = transcript
    expect(doc.meta.mood).toBe('formal')
    expect(doc.children[0].emotion).toBe('calm')
    expect(doc.children[2].emotion).toBe('warm')
    expect(messages.map((m) => `${m.severity} ${m.ruleId} ${m.path}`)).toEqual([
      'warning unknown-field meta.mood',
      'warning unknown-field children[0].emotion',
      'warning unknown-node-type children[0].children[0].children[3]',
      'warning unknown-node-type children[2].children[2]',
      `warning unknown-node-type children[${sampleTranscript().children.length}]`,
    ])
    expect(messages[1]!.reason).toBe('field "emotion" of turn is not in model 1.1 (the document is 1.9): kept as it is, unread (2 times, first at children[0].emotion)')
    expect(messages[2]!.reason).toBe('node type "gesture" is not allowed here in model 1.1 (the document is 1.9): left out, as this release cannot read it (2 times, first at children[0].children[0].children[3])')
    // The nodes are left out of the tree returned; everything else is as it came.
    const expected: any = structuredClone(input)
    expected.children[0].children[0].children.splice(3, 2)
    expected.children[2].children.splice(2, 1)
    expected.children.pop()
    expect(transcript).toEqual(expected)
    // Written back with its own version, so that it reads the same again (without the nodes now).
    expect(JSON.parse(toJson(transcript))).toEqual(expected)
    expect(fromJson(toJson(transcript)).messages.map((m) => m.ruleId)).toEqual(['unknown-field', 'unknown-field'])
  })

  it('leaves the input of validateTranscript unchanged and shares what it does not change', () => {
    const input = future('1.9')
    const before = structuredClone(input)
    const result = validateTranscript(input)
    expect(result.valid).toBe(true)
    expect(input).toEqual(before)
    expect(result.transcript).not.toBe(input)
    expect(result.transcript!.speakers).toBe(input.speakers)
    expect(result.transcript!.children[1]).toBe(input.children[1])
    // Without unknown nodes, the input itself comes back.
    const fieldsOnly = future('1.9')
    fieldsOnly.children[0].children[0].children.splice(3, 2)
    fieldsOnly.children[2].children.splice(2, 1)
    fieldsOnly.children.pop()
    expect(validateTranscript(fieldsOnly).transcript).toBe(fieldsOnly)
  })

  it('lets the tools of core work on a tree that has unknown nodes (made by hand), skipping them', () => {
    const transcript = future('1.9') as Transcript
    expect(toString(transcript)).toBe(toString(sampleTranscript()))
    expect(countWords(transcript)).toBe(countWords(sampleTranscript()))
    expect(summarize(transcript)).toEqual(summarize(sampleTranscript()))
    const times = estimateTimes(transcript)
    expect(times.size).toBe(estimateTimes(sampleTranscript()).size)
    expect(timeSpan(transcript)).toEqual(timeSpan(sampleTranscript()))
    const types: string[] = []
    visit(transcript, (node) => void types.push(node.type))
    expect(types).toContain('gesture')
    expect(types).toContain('chapter')
  })

  it('still reports real errors in a 1.9 document', () => {
    const doc = future('1.9')
    doc.children[2].children[0].children[0].value = 7
    doc.children[0].speaker = 'nobody'
    const result = validateTranscript(doc)
    expect(result.valid).toBe(false)
    expect(result.messages.filter((m) => m.severity === 'error').map((m) => m.path)).toEqual(['children[2].children[0].children[0].value'])
    delete doc.children[2].children[0].children[0].value
    doc.children[2].children[0].children[0].value = 'fine'
    const semantic = validateTranscript(doc)
    expect(semantic.messages.filter((m) => m.severity === 'error').map((m) => m.ruleId)).toEqual(['unknown-speaker'])
  })

  it('keeps documents of this version strict', () => {
    const result = validateTranscript(future(MODEL_VERSION))
    expect(result.valid).toBe(false)
    expect(result.messages.map((m) => m.ruleId)).toContain('schema-unrecognized-keys')
    expect(result.messages.map((m) => m.ruleId)).toContain('schema-invalid-union')
    expect(() => fromJson(JSON.stringify(future('1.0')))).toThrow(VerbatimError)
  })

  it('refuses 2.0, with one clear message', () => {
    const result = validateTranscript(future('2.0'))
    expect(result.valid).toBe(false)
    expect(result.messages).toMatchObject([{ ruleId: 'unsupported-version', severity: 'error', path: 'version', reason: 'model version 2.0 is not supported: expected 1.x' }])
    expect(() => fromJson(JSON.stringify(sampleTranscript() as Transcript).replace('"1.0"', '"2.0"'))).toThrow(/model version 2\.0 is not supported/)
  })

  it('compares minor versions as numbers', () => {
    expect(validateTranscript(future('1.10')).valid).toBe(true)
    expect(validateTranscript(future('1.01')).valid).toBe(false)
  })
})
