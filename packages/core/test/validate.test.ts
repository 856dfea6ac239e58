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

describe('checkTranscript: times of segments, words and events (model 1.1)', () => {
  const time = (start: number, end?: number) => (end === undefined ? { start, source: 'source' } : { start, end, source: 'source' })
  const word = (value: string, start: number, end?: number) => ({ type: 'word', value, time: time(start, end) })
  /** Turn 2 of the sample gets one paragraph: two segments of words, then a timed event. */
  function timed(change: (paragraph: any[]) => void = () => {}): unknown {
    return mutate((t) => {
      const children: any[] = [
        { type: 'segment', time: time(12.5, 15), children: [word('Thank', 12.5, 12.9), { type: 'text', value: ' ' }, word('you.', 13, 13.4)] },
        { type: 'text', value: ' ' },
        { type: 'segment', time: time(15, 18), children: [word('Next', 15.2, 15.5), { type: 'text', value: ' ' }, word('question.', 15.6)] },
        { type: 'text', value: ' ' },
        { type: 'event', kind: 'laughter', value: '[laughs]', time: time(18, 19) },
      ]
      change(children)
      t.children[2].children = [{ type: 'paragraph', children }]
    })
  }
  const P = 'children[2].children[0].children'

  it('finds nothing in sound timed speech', () => {
    const result = validateTranscript(timed())
    expect(result.messages).toEqual([])
    expect(result.valid).toBe(true)
  })

  it.each([
    ['a word', (c: any[]) => (c[0].children[2].time = time(13, 12)), `${P}[0].children[2].time`],
    ['a segment', (c: any[]) => (c[2].time = time(15, 14)), `${P}[2].time`],
    ['an inline event', (c: any[]) => (c[4].time = time(19, 18)), `${P}[4].time`],
  ])('reports %s that ends before it starts, with its path', (_name, change, path) => {
    const errors = errorsOf(timed(change))
    expect(errors.find((message) => message.ruleId === 'end-before-start')).toMatchObject({ path, severity: 'error', source: 'verbatim-core' })
  })

  it('reports an event between turns that ends before it starts', () => {
    const errors = errorsOf(mutate((t) => (t.children[1].time = time(5, 4))))
    expect(errors).toMatchObject([{ ruleId: 'end-before-start', path: 'children[1].time' }])
  })

  it('warns when words or segments go back in time within a turn', () => {
    const result = validateTranscript(timed((c) => (c[2].children[0].time = time(12.8, 12.9))))
    expect(result.valid).toBe(true)
    expect(result.messages).toMatchObject([
      { ruleId: 'time-out-of-order', severity: 'warning', path: `${P}[2].children[0].time.start`, reason: expect.stringMatching(/word starts at 12.8s, before the previous word of the turn \(13s\)/) },
      { ruleId: 'time-outside-parent', severity: 'warning', path: `${P}[2].children[0].time.start` },
    ].reverse())
    const segments = validateTranscript(timed((c) => (c[2].time = time(12, 18))))
    expect(segments.messages.map((m) => `${m.ruleId} ${m.path}`)).toEqual([
      `time-outside-parent ${P}[2].time.start`,
      `time-out-of-order ${P}[2].time.start`,
    ])
  })

  it('warns about a word outside its segment and a segment outside its turn', () => {
    const word = validateTranscript(timed((c) => (c[0].children[2].time = time(14.8, 15.3))))
    expect(word.valid).toBe(true)
    expect(word.messages).toMatchObject([{ ruleId: 'time-outside-parent', severity: 'warning', path: `${P}[0].children[2].time.end`, reason: expect.stringMatching(/word ends at 15.3s, after its segment ends \(15s\)/) }])
    const startOnly = validateTranscript(timed((c) => (c[0].children[2].time = time(15.1))))
    expect(startOnly.messages).toMatchObject([{ ruleId: 'time-outside-parent', path: `${P}[0].children[2].time.start` }])
    const segment = validateTranscript(timed((c) => (c[2].time = time(15, 21))))
    expect(segment.messages).toMatchObject([{ ruleId: 'time-outside-parent', path: `${P}[2].time.end`, reason: expect.stringMatching(/after its turn ends \(20s\)/) }])
    const event = validateTranscript(timed((c) => (c[4].time = time(20, 22))))
    expect(event.messages).toMatchObject([{ ruleId: 'time-outside-parent', path: `${P}[4].time.end` }])
  })

  it('warns about times beyond 100 hours', () => {
    const result = validateTranscript(mutate((t) => (t.children[2].time = time(400_000, 400_010))))
    expect(result.valid).toBe(true)
    expect(result.messages).toMatchObject([{ ruleId: 'time-too-large', severity: 'warning', path: 'children[2].time' }])
    expect(validateTranscript(mutate((t) => (t.children[2].time = time(359_000, 360_000)))).messages).toEqual([])
  })

  it.each([
    ['NaN', NaN],
    ['a negative number', -0.5],
    ['Infinity', Infinity],
  ])('refuses %s as a word time, in the schema', (_name, value) => {
    const errors = errorsOf(timed((c) => (c[0].children[0].time.start = value)))
    expect(errors.map((m) => `${m.ruleId.startsWith('schema-')} ${m.path}`)).toEqual([`true ${P}[0].children[0].time.start`])
  })

  it('refuses empty words, confidence outside 0..1 and nested segments', () => {
    expect(errorsOf(timed((c) => (c[0].children[0].value = '')))[0]!.path).toBe(`${P}[0].children[0].value`)
    expect(errorsOf(timed((c) => (c[0].children[0].confidence = 1.5)))[0]!.path).toBe(`${P}[0].children[0].confidence`)
    expect(errorsOf(timed((c) => c[0].children.push({ type: 'segment', time: time(14), children: [] })))[0]!.path).toBe(`${P}[0].children[3].type`)
  })
})

describe('model patterns', () => {
  it('are the ones the schema uses', async () => {
    const { SPEAKER_ID_PATTERN, ROLE_PATTERN, ISO_DATE_PATTERN, MODEL_VERSION_PATTERN } = await import('../src/index.js')
    const ok = (change: (t: any) => void) => validateTranscript(mutate(change)).valid
    for (const id of ['ash-carter', '_x', 'a.b', '1bad', 'has space', 'é']) {
      expect(ok((t) => (t.speakers[0].id = id) && (t.children[2].speaker = id))).toBe(SPEAKER_ID_PATTERN.test(id))
    }
    for (const role of ['senator', 'court-clerk', 'Senator', 'head of state', '9x']) expect(ok((t) => (t.speakers[0].role = role))).toBe(ROLE_PATTERN.test(role))
    for (const date of ['2016', '2016-10-25', '2016-10-25T14:30:00+02:00', '2016-10-25T14:30Z', '25/10/2016', '2016-10-25 14:30']) {
      expect(ok((t) => (t.meta.date = date))).toBe(ISO_DATE_PATTERN.test(date))
    }
    for (const version of ['1.0', '1.1', '1.12', '1', '1.1.0', 'v1.1']) expect(ok((t) => (t.version = version))).toBe(MODEL_VERSION_PATTERN.test(version))
    for (const pattern of [SPEAKER_ID_PATTERN, ROLE_PATTERN, ISO_DATE_PATTERN, MODEL_VERSION_PATTERN]) expect(pattern.global || pattern.sticky).toBe(false)
  })
})

describe('time-too-large', () => {
  it('is reported once, at the first time beyond 100 hours, with the count', () => {
    const value = mutate((t) => {
      t.children[0].time = { start: 400_000, end: 400_100, source: 'source' }
      t.children[2].time = { start: 500_000, source: 'source' }
      t.children[2].children[0].children = [{ type: 'word', value: 'x', time: { start: 500_001, end: 500_002, source: 'source' } }]
    })
    const result = validateTranscript(value)
    expect(result.valid).toBe(true)
    expect(result.messages.filter((m) => m.ruleId === 'time-too-large')).toEqual([
      expect.objectContaining({
        path: 'children[0].time',
        severity: 'warning',
        reason: 'turn time 400100s is beyond 100 hours: expected seconds (milliseconds given as seconds?) (3 times beyond 100 hours in all; the first is reported)',
      }),
    ])
  })
})
