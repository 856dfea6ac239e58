/**
 * fromTei on other projects' TEI (../shared/corpus-formats/tei-*.xml). Each file has facts
 * checked here by hand (turns, speakers, events, title: the traps listed in the MANIFEST) and a
 * reviewed summary in test/fixtures/corpus-formats/ (UPDATE_FIXTURES=1 regenerates it).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { messageStart, removePositions, toString, turnsOf, validateTranscript, type Event, type Phrasing, type Segment, type Transcript, type Turn, type Word } from '@verbatim/core'
import { expectedOrUpdate, readShared, sharedAvailable, sharedFiles } from '@verbatim/test-utils'
import { fromTei } from '../src/index.js'
import { summarize } from './summary.js'

const available = sharedAvailable('TEI files of the format corpus', 'corpus-formats')
const fixtures = fileURLToPath(new URL('./fixtures/corpus-formats/', import.meta.url))

function read(name: string) {
  return fromTei(readShared('corpus-formats', name), { file: name })
}

function turns(transcript: Transcript): Turn[] {
  return turnsOf(transcript)
}

/** Paragraph content of a turn with segments opened. */
function phrasing(turn: Turn): Phrasing[] {
  return turn.children.flatMap((paragraph) => paragraph.children.flatMap((inline) => (inline.type === 'segment' ? inline.children : [inline])))
}

function events(transcript: Transcript): Event[] {
  const out: Event[] = []
  for (const block of transcript.children) {
    if (block.type === 'event') out.push(block)
    if (block.type === 'turn') for (const inline of phrasing(block)) if (inline.type === 'event') out.push(inline)
  }
  return out
}

function words(transcript: Transcript): Word[] {
  return turns(transcript).flatMap((turn) => phrasing(turn).filter((inline): inline is Word => inline.type === 'word'))
}

function segments(turn: Turn): Segment[] {
  return turn.children.flatMap((paragraph) => paragraph.children.filter((inline): inline is Segment => inline.type === 'segment'))
}

describe.skipIf(!available)('fromTei on the TEI files of the format corpus', () => {
  it('finds the four TEI files', () => {
    expect(sharedFiles('corpus-formats', /^tei-.*\.xml$/)).toEqual(['tei-gos-sample.xml', 'tei-iso24624-beckhams.xml', 'tei-labbcat-speech.xml', 'tei-parlamint-si-sample.xml'])
  })

  for (const name of sharedFiles('corpus-formats', /^tei-.*\.xml$/)) {
    it(`${name}: a valid transcript, with positions, matching its reviewed summary`, () => {
      const { transcript, messages } = read(name)
      const check = validateTranscript(transcript)
      expect(check.messages.filter((message) => message.severity === 'error')).toEqual([])
      expect(check.valid).toBe(true)
      for (const turn of turns(transcript)) expect(turn.position, 'every turn has a position').toBeDefined()
      const expectedPath = join(fixtures, name.replace(/\.xml$/, '.json'))
      const actual = JSON.stringify(summarize(transcript, messages), null, 2) + '\n'
      const expected = expectedOrUpdate(
        { name, inputPath: name, expectedPath, input: '', expected: existsSync(expectedPath) ? readFileSync(expectedPath, 'utf8') : undefined },
        actual,
      )
      expect(actual).toBe(expected)
    })
  }

  it('ParlaMint: labels from note type="speaker", unresolvable who, kinesic inside u, gap between utterances', () => {
    const { transcript, messages } = read('tei-parlamint-si-sample.xml')
    expect(transcript.meta.title).toBe('Slovenski parlamentarni korpus ParlaMint-SI, 99. izredna seja (6. 4. 2022) [ParlaMint SAMPLE]')
    expect(transcript.meta.date).toBe('2022-04-06')
    const all = turns(transcript)
    expect(all.map((turn) => turn.speaker)).toEqual(['SimonovicBranko', 'ZorcicIgor', 'SiterPrimoz', 'ZorcicIgor'])
    // The third utterance has no printed label in the source.
    expect(all.map((turn) => turn.label)).toEqual(['PODPREDSEDNIK BRANKO SIMONOVIČ', 'IGOR ZORČIČ (PS NP)', null, 'PREDSEDNIK IGOR ZORČIČ'])
    expect(transcript.speakers.map((speaker) => speaker.name)).toEqual(['Branko Simonovič', 'Igor Zorčič', 'Siter Primož'])
    expect(messages.filter((message) => message.ruleId === 'unresolved-speaker')).toHaveLength(3)
    expect(all[0]!.children).toHaveLength(7)
    expect(toString(all[0]!.children[0]!)).toBe('Spoštovane kolegice poslanke in kolegi poslanci, gospe in gospodje!')
    // Three kinesic signals inside utterances, the SAMPLING gap between them, vote notes inside the last.
    const kinds = events(transcript).map((event) => `${event.kind} ${event.value}`)
    expect(kinds.filter((kind) => kind === 'other [znak za konec razprave]')).toHaveLength(3)
    expect(kinds).toContain('other [SAMPLING]')
    expect(kinds).toContain('other [Za je glasovalo 54.]')
    expect(transcript.children.filter((block) => block.type === 'break')).toHaveLength(1)
  })

  it('ISO 24624: speakers on annotationBlock, timeline with interval/since out of order, w/pc tokens joined, translations not read', () => {
    const { transcript, messages } = read('tei-iso24624-beckhams.xml')
    expect(transcript.meta.title).toBeUndefined()
    expect(transcript.speakers.map((speaker) => [speaker.id, speaker.name])).toEqual([['SPK0', 'PAR'], ['SPK1', 'VIC'], ['SPK2', 'DAV']])
    const all = turns(transcript)
    expect(all.map((turn) => turn.speaker)).toEqual(['SPK0', 'SPK2', 'SPK0', 'SPK2', 'SPK1', 'SPK0', 'SPK2', 'SPK1', 'SPK1'])
    expect(all[0]!.time).toEqual({ start: 53.97916811991794, end: 59.7924118645849, source: 'source' })
    expect(toString(all[1]!)).toBe('I felt that, yeah.')
    expect(toString(all[3]!.children[1]!)).toBe("You did I hope, didn't you?")
    const text = all.map((turn) => toString(turn)).join(' ')
    expect(text).not.toMatch(/Ich|Lieber|lacht/) // the German translation tier is not speech
    expect(events(transcript).filter((event) => event.kind === 'laughter')).toHaveLength(6)
    expect(transcript.children.find((block) => block.type === 'event')).toMatchObject({ kind: 'laughter', value: '((laughter))' })
    expect(messages.some((message) => message.ruleId === 'ignored-element')).toBe(true)
  })

  it('LaBB-CAT: one u per div, times through synch, w words, xxx unintelligible, pauses', () => {
    const { transcript } = read('tei-labbcat-speech.xml')
    expect(transcript.meta.title).toBe('JHRF.tag')
    expect(transcript.meta.media).toEqual({ url: 'JHRF.mp3', type: 'audio/mpeg', duration: 131.918304 })
    const all = turns(transcript)
    expect(all).toHaveLength(17)
    expect(new Set(all.map((turn) => turn.speaker))).toEqual(new Set(['person-7', 'person-8']))
    expect(transcript.children.every((block) => block.type === 'turn')).toBe(true)
    expect(all[0]!.time).toEqual({ start: 12.878, end: 37.545212, source: 'source' })
    expect(toString(all[0]!).startsWith('not that we want to thow too much time into it (pause)'.replace('(pause)', '[pause]'))).toBe(true)
    const kinds = events(transcript).map((event) => event.kind)
    expect(kinds.filter((kind) => kind === 'unintelligible').length).toBeGreaterThanOrEqual(5)
    expect(kinds).toContain('laughter')
    expect(kinds).toContain('pause')
  })

  it('GOS: only the orth layer, turns split at anchor type="who", gap inside name kept as an event', () => {
    const { transcript, messages } = read('tei-gos-sample.xml')
    expect(transcript.meta.title).toBe('Korpus GOS')
    const all = turns(transcript)
    expect(all.map((turn) => turn.speaker)).toEqual(['spk1', 'spk2', 'spk1'])
    expect(toString(all[0]!)).toBe('zaka?')
    expect(toString(all[1]!)).toBe('ne vem či jutr mam zaj neko gužvo že')
    expect(all[0]!.time).toEqual({ start: 14.906, end: 24.007, source: 'source' })
    expect(all[1]!.time).toEqual({ start: 24.007, end: 44.041, source: 'source' })
    expect(toString(all[2]!)).toMatch(/^\[unclear\] no pa sej sn pri \[anon\] snemala/)
    expect(messages.some((message) => message.ruleId === 'duplicate-layer')).toBe(true)
    expect(transcript.speakers).toHaveLength(4)
  })

  it('LaBB-CAT: every timed w is a word of the model with its times; interpolated points make estimated times', () => {
    const { transcript } = read('tei-labbcat-speech.xml')
    const timed = words(transcript)
    // 228 w with synch, of which 5 are xxx (unintelligible events, timed too).
    expect(timed).toHaveLength(223)
    expect(removePositions(timed[0]!)).toEqual({ type: 'word', value: 'not', time: { start: 12.878, end: 13.309303333333334, source: 'estimated' } })
    expect(timed.find((word) => word.value === 'mmm')!.time).toEqual({ start: 38.642715, end: 39.263023, source: 'source' })
    const unintelligible = events(transcript).filter((event) => event.kind === 'unintelligible')
    expect(unintelligible).toHaveLength(5)
    expect(unintelligible.every((event) => event.time !== undefined)).toBe(true)
    expect(events(transcript).find((event) => event.kind === 'pause')!.time).toEqual({ start: 17.62233666666667, source: 'estimated' }) // interpolated between 12.878 and 18.05364
    // The anchor inside the first utterance starts a segment ending where the utterance ends.
    const first = segments(turns(transcript)[0]!)
    expect(first[0]!.time).toEqual({ start: 18.05364, end: 25.194633, source: 'source' })
    expect(first[first.length - 1]!.time.end).toBe(37.545212)
  })

  it('GOS: anchors make segments with times; a time going back is reported, not dropped', () => {
    const { transcript, messages } = read('tei-gos-sample.xml')
    const all = turns(transcript)
    expect(segments(all[0]!).map((segment) => segment.time)).toEqual([{ start: 14.906, end: 24.007, source: 'source' }])
    expect(segments(all[1]!).map((segment) => [toString(segment), segment.time])).toEqual([['ne vem či jutr mam zaj neko gužvo že', { start: 24.007, end: 44.041, source: 'source' }]])
    // The second utterance's second anchor points back to 24.007: the segment before it gets no end.
    expect(segments(all[2]!).map((segment) => segment.time)).toEqual([
      { start: 44.041, source: 'source' },
      { start: 24.007, end: 66.035, source: 'source' },
    ])
    expect(messages.filter((message) => message.ruleId === 'end-before-start' || message.ruleId === 'time-out-of-order').map((message) => messageStart(message)?.line)).toEqual([241, 241])
  })

  it('ISO 24624: anchors inside and between segs make segments; an anchor pointing at no when is reported', () => {
    const { transcript, messages } = read('tei-iso24624-beckhams.xml')
    const first = segments(turns(transcript)[0]!)
    expect(first.map((segment) => toString(segment))).toEqual([
      'I mean did you think:',
      '"Good God',
      'this/',
      'this is the guy,',
      "this is the girl I'm gonna get married to and live the rest of my life with?",
      '"',
      '((0,4s)) David?',
    ])
    expect(first[0]!.time).toEqual({ start: 53.97916811991794, end: 54.901820567466, source: 'source' })
    // `synch="T31_T33"` names no point: the segment from T31 goes on to T32, across the paragraph break.
    expect(first[4]!.time).toEqual({ start: 56.28579923878808, end: 59.19908767504894, source: 'source' })
    expect(first[5]!.time).toEqual(first[4]!.time)
    expect(messages.filter((message) => message.ruleId === 'unresolved-time').map((message) => [messageStart(message)?.line, message.reason])).toEqual([
      [158, 'expected "T31_T33" on <tei:anchor> to point at a <when> of the timeline, found no such point; read without that time'],
    ])
  })
})
