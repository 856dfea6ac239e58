import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { validateTranscript } from '@verbatim/core/schema'
import { fromText } from '../src/index.js'

/** A YAML scalar as a user may write it: quoted, so colons, `#` and spaces stay in the value. */
const scalar = fc.string({ maxLength: 30 }).map((text) => JSON.stringify(text.replace(/[\n\r\\\u0000-\u001f\u007f-\u009f\u2028\u2029"]/g, '')))

describe('front matter: values copied into fields the model restricts are checked', () => {
  it('keeps a value that does not fit in meta.extra with a positioned warning', () => {
    const input = '---\nsource:\n  date: last Tuesday\nspeakers:\n  - id: "a:b"\n    name: Ana Ruiz\n---\n\nANA RUIZ: Hello.\n'
    const { transcript, messages } = fromText(input)
    expect(validateTranscript(transcript).valid).toBe(true)
    expect(transcript.meta.source).toEqual({})
    expect(transcript.meta.extra).toEqual({ 'source.date': 'last Tuesday', 'speakers.Ana Ruiz.id': 'a:b' })
    expect(transcript.speakers[0]).toMatchObject({ id: 'ana-ruiz', name: 'Ana Ruiz' })
    expect(messages.map((message) => [message.ruleId, message.place && 'line' in message.place ? message.place.line : message.place?.start.line, message.actual])).toEqual([
      ['front-matter-value', 3, 'last Tuesday'],
      ['front-matter-value', 5, 'a:b'],
    ])
  })
  it('a valid source date, id and role are kept as written', () => {
    const { transcript, messages } = fromText('---\nsource:\n  date: 2024-05-01\nspeakers:\n  - id: ana.r_1\n    name: Ana Ruiz\n    role: host\n---\n\nANA RUIZ: Hello.\n')
    expect(messages).toEqual([])
    expect(transcript.meta.source).toEqual({ date: '2024-05-01' })
    expect(transcript.speakers[0]).toMatchObject({ id: 'ana.r_1', role: 'host' })
  })
  it('whatever the values, fromText returns a transcript validateTranscript accepts', () => {
    fc.assert(
      fc.property(scalar, scalar, scalar, scalar, scalar, (date, sourceDate, id, role, duration) => {
        const input = `---\ndate: ${date}\nsource:\n  date: ${sourceDate}\nmedia:\n  duration: ${duration}\nspeakers:\n  - id: ${id}\n    name: Ana Ruiz\n    role: ${role}\n---\n\nANA RUIZ: Hello.\n`
        const result = validateTranscript(fromText(input).transcript)
        expect(result.valid).toBe(true)
      }),
      { numRuns: 300 },
    )
  })
})
