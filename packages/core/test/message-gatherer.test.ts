import { describe, expect, it } from 'vitest'
import { createMessage, MessageGatherer } from '../src/index.js'

describe('MessageGatherer', () => {
  it('keeps the first message of a rule and detail, counts the repeats, and keeps the order of first occurrence', () => {
    const gatherer = new MessageGatherer()
    const at = (line: number) => ({ line, column: 1, offset: line * 10 })
    gatherer.add(createMessage('Formatting <i> is not kept', 'formatting-removed', 'test', { place: at(3) }), 'i')
    gatherer.add(createMessage('A time is a string', 'time-as-string', 'test', { path: 'words[0].start' }))
    expect(gatherer.repeat('formatting-removed', 'i')).toBe(true)
    expect(gatherer.repeat('formatting-removed', 'b')).toBe(false)
    gatherer.add(createMessage('Formatting <b> is not kept', 'formatting-removed', 'test', { place: at(5) }), 'b')
    gatherer.add(createMessage('A time is a string', 'time-as-string', 'test', { path: 'words[7].start' }))
    gatherer.add(createMessage('A time is a string', 'time-as-string', 'test', { path: 'words[9].start' }))
    expect(gatherer.repeat('missing-time')).toBe(false)
    expect(gatherer.finish()).toEqual([
      { reason: 'Formatting <i> is not kept (2 times; the first is here)', severity: 'warning', ruleId: 'formatting-removed', source: 'test', place: at(3) },
      { reason: 'A time is a string (3 times; the first is at this path)', severity: 'warning', ruleId: 'time-as-string', source: 'test', path: 'words[0].start' },
      { reason: 'Formatting <b> is not kept', severity: 'warning', ruleId: 'formatting-removed', source: 'test', place: at(5) },
    ])
    // Empty after finish.
    expect(gatherer.finish()).toEqual([])
    expect(gatherer.repeat('formatting-removed', 'i')).toBe(false)
  })
})
