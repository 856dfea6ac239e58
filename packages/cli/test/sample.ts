/** Small transcripts in the model's JSON form, for tests that must not depend on a format package. */
import { createEvent, createParagraph, createSpeaker, createText, createTranscript, createTurn, toJson, type Transcript } from '@verbatim/core'

export function sampleTranscript(title = 'Briefing'): Transcript {
  return createTranscript({
    meta: { title, date: '2016-10-25', languages: ['en'] },
    speakers: [
      createSpeaker('ash-carter', 'Ash Carter', { role: 'official', aliases: ['SEC. CARTER'] }),
      createSpeaker('journalists', 'Journalists', { role: 'journalist', aliases: ['Q'], group: true }),
    ],
    children: [
      createTurn('ash-carter', [createParagraph([createText('Good morning. Our carrier is near -- '), createEvent('inaudible', '(inaudible)'), createText(' -- the coast.')])], {
        label: 'SEC. CARTER',
      }),
      createTurn('journalists', [createParagraph('A question about Mosul?')], { label: 'Q' }),
    ],
  })
}

export function sampleJson(title?: string): string {
  return toJson(sampleTranscript(title))
}
