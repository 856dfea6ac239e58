// A small hand-made transcript used by several tests: two officials, a group of journalists,
// an unattributed turn after a section break, events inside and between turns.
import type { Transcript } from '../src/types.js'

export function sampleTranscript(): Transcript {
  return {
    type: 'transcript',
    version: '1.0',
    meta: { title: 'Joint Press Conference', date: '2016-10-25', place: 'Paris, France', languages: ['en', 'fr'] },
    speakers: [
      { id: 'ash-carter', name: 'Ash Carter', role: 'official', title: 'Secretary of Defense', aliases: ['SECRETARY OF DEFENSE ASH CARTER', 'SEC. CARTER'], group: false },
      { id: 'jean-yves-le-drian', name: 'Jean-Yves Le Drian', role: 'official', aliases: ['MIN. LE DRIAN'], group: false },
      { id: 'journalists', name: 'Journalists', role: 'journalist', aliases: ['Q'], group: true },
    ],
    children: [
      {
        type: 'turn',
        speaker: 'jean-yves-le-drian',
        label: 'MIN. LE DRIAN',
        interpreted: true,
        position: { start: { line: 3, column: 1, offset: 40 }, end: { line: 3, column: 60, offset: 99 } },
        children: [
          {
            type: 'paragraph',
            children: [
              { type: 'text', value: 'Our aircraft carrier is near -- ' },
              { type: 'event', kind: 'inaudible', value: '(inaudible)' },
              { type: 'text', value: ' -- for the third time.' },
            ],
          },
        ],
      },
      { type: 'event', kind: 'applause', value: '(Applause.)' },
      {
        type: 'turn',
        speaker: 'ash-carter',
        label: 'SEC. CARTER',
        interpreted: false,
        time: { start: 12.5, end: 20, source: 'source' },
        children: [
          { type: 'paragraph', children: [{ type: 'text', value: 'Thank you.' }] },
          { type: 'paragraph', children: [{ type: 'text', value: 'Next question, please.' }] },
        ],
      },
      { type: 'break' },
      {
        type: 'turn',
        speaker: null,
        label: null,
        interpreted: false,
        children: [{ type: 'paragraph', children: [{ type: 'text', value: 'There are four questions.' }] }],
      },
      {
        type: 'turn',
        speaker: 'journalists',
        label: 'Q',
        interpreted: false,
        children: [
          {
            type: 'paragraph',
            children: [
              { type: 'event', kind: 'off-mic', value: '(Off-mic.)' },
              { type: 'text', value: ' one two three four five six seven eight nine' },
            ],
          },
        ],
      },
    ],
  }
}
