import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { EVENT_KINDS, EVENT_STEM_DATA, EVENT_STEMS, EVENT_VOCABULARY, eventKindOf, eventWordingMap, matchEventKind, normaliseEventWording } from '../src/index.js'

/** What matchEventKind answered with the stem patterns of EVENT_STEMS (lookbehind included). */
function byStemPatterns(inner: string): string | undefined {
  return eventWordingMap().get(normaliseEventWording(inner)) ?? EVENT_STEMS.find(([, stem]) => stem.test(inner))?.[0]
}

describe('event vocabulary', () => {
  it('has wordings for every kind and stems for every kind but other', () => {
    expect(Object.keys(EVENT_VOCABULARY).sort()).toEqual([...EVENT_KINDS].sort())
    expect(EVENT_STEM_DATA.map(([kind]) => kind)).toEqual(EVENT_KINDS.filter((kind) => kind !== 'other'))
  })

  it('unpacks its compact word lists into arrays of wordings and stems', () => {
    for (const list of [...Object.values(EVENT_VOCABULARY), ...EVENT_STEM_DATA.map(([, stems]) => stems)]) {
      expect(Array.isArray(list)).toBe(true)
      for (const word of list) expect(word).toMatch(/^\S(?:.*\S)?$/)
    }
    expect(EVENT_VOCABULARY.inaudible.slice(0, 2)).toEqual(['inaudible', 'inaudible response'])
    expect(EVENT_VOCABULARY.other.at(-1)).toBe('finaliza video')
    expect(EVENT_STEM_DATA[2]).toEqual(['crosstalk', ['cross-?talk', 'overlap', 'talking over', 'simultane', 'multiple speakers', 'interrupt']])
    expect(EVENT_STEMS[5]![1].source).toBe('(?<!\\p{L})(?:off[- ]?mic|off camera|mic off|microphone off)')
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

  it('finds stems as the stem patterns do, whatever comes before them', () => {
    // Letters (ASCII, Latin-1, Greek, astral), U+0345 (a letter under /iu), marks, digits, surrogates alone.
    const before = ['', ' ', 'a', 'Z', 'é', '\u0345', '\u0307', '1', '-', 'Σ', '\u{1d400}', '\u{1f600}', '\ud835', '\udc00', 'x\ud835', '_']
    for (const [, stems] of EVENT_STEM_DATA) {
      for (const stem of stems) {
        const word = stem.replace('-?', '-').replace('[- ]?', ' ')
        for (const prefix of before) {
          for (const text of [prefix + word, prefix + word.toUpperCase(), `${prefix}${word} ${prefix}${word}`, `x${prefix}${word}y`]) {
            expect(matchEventKind(text), JSON.stringify(text)).toBe(byStemPatterns(text))
          }
        }
      }
    }
    // A stem inside a rejected match (after a letter) still counts: the search goes on one character further.
    expect(matchEventKind('xtalking overlap')).toBe('crosstalk')
    expect(byStemPatterns('xtalking overlap')).toBe('crosstalk')
    const pieces = fc.constantFrom('laugh', 'LAUGH', 'cough', 'mic', 'off', '-', ' ', 'a', 's', 'é', '\u0345', 'ríe', 'šum', '♪', '\u{1d400}', '\ud835', 'music', 'clap', 'x')
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 8 }), (parts) => {
        const text = parts.join('')
        expect(matchEventKind(text)).toBe(byStemPatterns(text))
      }),
      { numRuns: 2000 },
    )
  })

  it('normalises wordings', () => {
    expect(normaliseEventWording('Off-mic.')).toBe('off mic')
    expect(normaliseEventWording('inaudible 00:32:26')).toBe('inaudible')
  })
})
