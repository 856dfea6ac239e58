import { describe, expect, it } from 'vitest'
import { checkTranscript, validateTranscript } from '../src/validate.js'
import { sampleTranscript } from './sample.js'

function mutate(change: (value: any) => void): unknown {
  const value = structuredClone(sampleTranscript()) as any
  change(value)
  return value
}

function errorsOf(value: unknown) {
  const result = validateTranscript(value)
  expect(result.valid).toBe(false)
  return result.messages.filter((message) => message.severity === 'error')
}

describe('validateTranscript: shape', () => {
  it('accepts a valid transcript and returns it', () => {
    const result = validateTranscript(sampleTranscript())
    expect(result.messages).toEqual([])
    expect(result.valid).toBe(true)
    expect(result.transcript).toEqual(sampleTranscript())
  })

  it.each([
    ['not an object', 'hello', '(root)', /expected object/],
    ['wrong root type', mutate((t) => (t.type = 'root')), 'type', /expected one of "transcript"/],
    ['missing speakers', mutate((t) => delete t.speakers), 'speakers', /expected array at speakers, found nothing/],
    ['speaker id of a number', mutate((t) => (t.children[0].speaker = 7)), 'children[0].speaker', /expected string at children\[0\]\.speaker, found 7/],
    ['unknown event kind', mutate((t) => (t.children[1].kind = 'cheering')), 'children[1].kind', /expected one of .*"applause".* found "cheering"/],
    ['unknown node type', mutate((t) => (t.children[3].type = 'section')), 'children[3].type', /expected 'turn' \| 'event' \| 'break' at children\[3\]\.type, found "section"/],
    ['text without value', mutate((t) => delete t.children[2].children[0].children[0].value), 'children[2].children[0].children[0].value', /expected string/],
    ['negative time', mutate((t) => (t.children[2].time.start = -1)), 'children[2].time.start', /Too small|>=0/i],
    ['bad time source', mutate((t) => (t.children[2].time.source = 'guessed')), 'children[2].time.source', /"source" \| "estimated"/],
    ['bad date', mutate((t) => (t.meta.date = 'October 25, 2016')), 'meta.date', /ISO 8601/],
    ['unexpected field', mutate((t) => (t.meta.titel = 'typo')), 'meta', /unexpected field "titel"/],
    ['bad role', mutate((t) => (t.speakers[0].role = 'Big Boss')), 'speakers[0].role', /./],
    ['zero line', mutate((t) => (t.children[0].position.start.line = 0)), 'children[0].position.start.line', /./],
    ['bad speaker id', mutate((t) => (t.speakers[0].id = '1 bad id')), 'speakers[0].id', /expected an id/],
  ])('rejects %s at the right path', (_name, value, path, reason) => {
    const errors = errorsOf(value)
    const error = errors.find((message) => message.path === path)
    expect(error, JSON.stringify(errors)).toBeDefined()
    expect(error!.reason).toMatch(reason)
    expect(error!.source).toBe('verbatim-core')
    expect(error!.ruleId).toMatch(/^schema-/)
  })

  it('accepts role extensions and known roles', () => {
    expect(validateTranscript(mutate((t) => (t.speakers[0].role = 'senator'))).valid).toBe(true)
    expect(validateTranscript(mutate((t) => (t.speakers[0].role = 'interpreter'))).valid).toBe(true)
  })
})

describe('checkTranscript: semantics', () => {
  it('reports a turn whose speaker is not in the registry', () => {
    const errors = errorsOf(mutate((t) => (t.children[0].speaker = 'nobody')))
    expect(errors).toMatchObject([{ ruleId: 'unknown-speaker', path: 'children[0].speaker', severity: 'error' }])
  })

  it('reports duplicate speaker ids', () => {
    const errors = errorsOf(mutate((t) => (t.speakers[1].id = 'ash-carter')))
    expect(errors.map((message) => message.ruleId)).toContain('duplicate-speaker-id')
    expect(errors.find((message) => message.ruleId === 'duplicate-speaker-id')!.path).toBe('speakers[1].id')
  })

  it('reports an end before the start', () => {
    const errors = errorsOf(mutate((t) => (t.children[2].time = { start: 10, end: 5, source: 'source' })))
    expect(errors).toMatchObject([{ ruleId: 'end-before-start', path: 'children[2].time' }])
  })

  it('warns, without failing, when timed turns go back in time', () => {
    const value = mutate((t) => {
      t.children[0].time = { start: 30, source: 'source' }
    })
    const result = validateTranscript(value)
    expect(result.valid).toBe(true)
    expect(result.messages).toMatchObject([{ ruleId: 'time-out-of-order', severity: 'warning', path: 'children[2].time.start' }])
  })

  it('refuses another major model version', () => {
    const errors = errorsOf(mutate((t) => (t.version = '2.0')))
    expect(errors).toMatchObject([{ ruleId: 'unsupported-version', path: 'version' }])
  })

  it('finds nothing in a sound transcript', () => {
    expect(checkTranscript(sampleTranscript())).toEqual([])
  })
})
