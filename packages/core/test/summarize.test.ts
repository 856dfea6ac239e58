import { describe, expect, it } from 'vitest'
import { summarize } from '../src/summarize.js'
import { sampleTranscript } from './sample.js'

describe('summarize', () => {
  it('returns exactly the documented shape', () => {
    expect(summarize(sampleTranscript())).toEqual({
      title: 'Joint Press Conference',
      speakers: [
        { id: 'ash-carter', name: 'Ash Carter', role: 'official', aliases: ['SECRETARY OF DEFENSE ASH CARTER', 'SEC. CARTER'], group: false, turns: 1, words: 5 },
        { id: 'jean-yves-le-drian', name: 'Jean-Yves Le Drian', role: 'official', aliases: ['MIN. LE DRIAN'], group: false, turns: 1, words: 11 },
        { id: 'journalists', name: 'Journalists', role: 'journalist', aliases: ['Q'], group: true, turns: 1, words: 9 },
      ],
      turns: [
        { index: 1, speaker: 'jean-yves-le-drian', label: 'MIN. LE DRIAN', line: 3, interpreted: true, start: null, end: null, firstWords: 'Our aircraft carrier is near -- (inaudible) --' },
        { index: 2, speaker: 'ash-carter', label: 'SEC. CARTER', line: null, interpreted: false, start: 12.5, end: 20, firstWords: 'Thank you. Next question, please.' },
        { index: 3, speaker: null, label: null, line: null, interpreted: false, start: null, end: null, firstWords: 'There are four questions.' },
        { index: 4, speaker: 'journalists', label: 'Q', line: null, interpreted: false, start: null, end: null, firstWords: '(Off-mic.) one two three four five six seven' },
      ],
      events: { inaudible: 1, applause: 1, 'off-mic': 1 },
    })
  })

  it('gives null title and no turns for an empty transcript', () => {
    expect(summarize({ type: 'transcript', version: '1.0', meta: {}, speakers: [], children: [] })).toEqual({
      title: null,
      speakers: [],
      turns: [],
      events: {},
    })
  })
})
