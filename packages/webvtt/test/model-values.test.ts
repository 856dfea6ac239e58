// Every value the reader copies into a field the model restricts is checked: what does not fit is
// kept elsewhere, with a positioned warning, and the transcript stays valid.
import { describe, expect, it } from 'vitest'
import { messageStart } from '@verbatim/core'
import { validateTranscript } from '@verbatim/core/schema'
import { fromWebVtt } from '../src/read/from-webvtt.js'
import { toWebVtt } from '../src/write/to-webvtt.js'

const read = (vtt: string) => {
  const result = fromWebVtt(vtt, { file: 'in.vtt' })
  expect(validateTranscript(result.transcript).messages.filter((message) => message.severity === 'error')).toEqual([])
  return result
}

describe('values the model restricts', () => {
  it('a role that is not a role word: unknown, the written role kept as the title, a warning on its line', () => {
    const { transcript, messages } = read('WEBVTT\n\nNOTE\nSpeaker: Ann | Not A Role\n\n00:00.000 --> 00:01.000\n<v Ann>hi</v>\n')
    expect(transcript.speakers).toMatchObject([{ name: 'Ann', role: 'unknown', title: 'Not A Role' }])
    const warning = messages.find((message) => message.ruleId === 'invalid-role')
    expect(warning).toMatchObject({ severity: 'warning', file: 'in.vtt', place: { line: 4, column: 1 } })
    expect(warning!.reason).toContain('"Not A Role"')
  })

  it('with a title already there, the written role goes to data.role; valid roles are kept', () => {
    const vtt = 'WEBVTT\n\nNOTE Speaker: Ann | Chief Judge | Justice\nSpeaker: Bo | senator | Senator from Ohio\n\n00:00.000 --> 00:01.000\n<v Ann>hi</v>\n\n00:01.000 --> 00:02.000\n<v Bo>yo</v>\n'
    const { transcript, messages } = read(vtt)
    expect(transcript.speakers).toMatchObject([
      { name: 'Ann', role: 'unknown', title: 'Justice', data: { role: 'Chief Judge' } },
      { name: 'Bo', role: 'senator', title: 'Senator from Ohio' },
    ])
    expect(messages.filter((message) => message.ruleId === 'invalid-role').map((message) => messageStart(message)?.line)).toEqual([3])
  })

  it('dates, durations, notes and extras that do not fit are kept in meta.extra with a warning each', () => {
    const vtt = 'WEBVTT\n\nNOTE\nTitle: T\nDate: yesterday\nSource date: 12/3/2020\nDuration: -5\nExtra: no equals sign\nNote: not in parentheses\n\n00:00.000 --> 00:01.000\nhi\n'
    const { transcript, messages } = read(vtt)
    expect(transcript.meta).toMatchObject({
      title: 'T',
      extra: { Date: 'yesterday', 'Source date': '12/3/2020', Duration: '-5', Extra: 'no equals sign', Note: 'not in parentheses' },
    })
    expect(transcript.meta.date).toBeUndefined()
    expect(messages.filter((message) => message.ruleId === 'invalid-metadata-value').map((message) => messageStart(message)?.line)).toEqual([5, 6, 7, 8, 9])
  })

  it('empty values and list entries hold nothing and are left out; an empty note kind becomes "note"', () => {
    const vtt = 'WEBVTT\n\nNOTE\nLanguages: en, , fr\nSource: \nMedia: \nNote: () kept\n\n00:00.000 --> 00:01.000\nhi\n'
    const { transcript, messages } = read(vtt)
    expect(transcript.meta.languages).toEqual(['en', 'fr'])
    expect(transcript.meta.source).toBeUndefined()
    expect(transcript.meta.media).toBeUndefined()
    expect(transcript.meta.notes).toEqual([{ kind: 'note', value: 'kept' }])
    expect(messages.filter((message) => message.ruleId === 'invalid-metadata-value')).toEqual([])
  })

  it('valid dates and roles read back from the writer unchanged, with no warning', () => {
    const vtt = 'WEBVTT\n\nNOTE\nDate: 2016-10-25\nSource date: 2016-10-25T14:30:00+02:00\nDuration: 12.5\nSpeaker: Ann | moderator\n\n00:00.000 --> 00:01.000\n<v Ann>hi</v>\n'
    const { transcript, messages } = read(vtt)
    expect(transcript.meta).toMatchObject({ date: '2016-10-25', source: { date: '2016-10-25T14:30:00+02:00' }, media: { duration: 12.5 } })
    expect(transcript.speakers[0]!.role).toBe('moderator')
    expect(messages.filter((message) => message.severity !== 'info')).toEqual([])
    // And the kept title writes back where it was read from.
    const again = read(toWebVtt(read('WEBVTT\n\nNOTE\nSpeaker: Ann | Not A Role\n\n00:00.000 --> 00:01.000\n<v Ann>hi</v>\n').transcript))
    expect(again.transcript.speakers[0]).toMatchObject({ role: 'unknown', title: 'Not A Role' })
  })
})
