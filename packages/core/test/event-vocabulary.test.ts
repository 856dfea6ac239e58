import { describe, expect, it } from 'vitest'
import { EVENT_KINDS, EVENT_STEM_DATA, EVENT_VOCABULARY, eventKindOf, matchEventKind, normaliseEventWording } from '../src/index.js'

describe('event vocabulary', () => {
  it('has wordings for every kind and stems for every kind but other', () => {
    expect(Object.keys(EVENT_VOCABULARY).sort()).toEqual([...EVENT_KINDS].sort())
    expect(EVENT_STEM_DATA.map(([kind]) => kind)).toEqual(EVENT_KINDS.filter((kind) => kind !== 'other'))
  })

  it('reads every wording as its own kind, bracketed or not', () => {
    for (const [kind, wordings] of Object.entries(EVENT_VOCABULARY)) {
      for (const wording of wordings) {
        expect(eventKindOf(wording), wording).toBe(kind)
        expect(eventKindOf(`(${wording[0]!.toUpperCase()}${wording.slice(1)}.)`), wording).toBe(kind)
        expect(eventKindOf(`[${wording.toUpperCase()}]`), wording).toBe(kind)
      }
    }
  })

  it('reads stems at the start of a word only', () => {
    expect(eventKindOf('[audience laughing]')).toBe('laughter')
    expect(eventKindOf('[Beifall bei der SPD]')).toBe('applause')
    expect(eventKindOf('[door slams]')).toBe('other')
    expect(eventKindOf('[slaughter]')).toBe('other')
    expect(matchEventKind('(ISIL)')).toBeUndefined()
    expect(eventKindOf('(coughs)')).toBe('noise')
  })

  it('normalises wordings', () => {
    expect(normaliseEventWording('Off-mic.')).toBe('off mic')
    expect(normaliseEventWording('inaudible 00:32:26')).toBe('inaudible')
  })
})
