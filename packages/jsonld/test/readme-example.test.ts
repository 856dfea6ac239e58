import { describe, it, expect } from 'vitest'
import { fromText } from '@verbatim/text'
import { fromJsonLd, fromJsonLdSync, toJsonLd, toJsonLdString } from '../src/index.js'

// The "Use" example of the README, kept runnable.
describe('README example', () => {
  it('runs as documented', async () => {
    const { transcript } = fromText('SEC. CARTER: Thank you. (Laughter.)\n\nQ: Mr. Secretary --\n')
    const doc = toJsonLd(transcript, { baseIri: 'https://example.org/transcripts/42' })
    expect([doc['@type'], doc.hasPart?.length]).toEqual(['Conversation', 2])
    const { transcript: same } = fromJsonLdSync(toJsonLdString(transcript))
    expect(same.children).toHaveLength(transcript.children.length)
    const { transcript: other, messages } = await fromJsonLd(
      '{"@context": "https://schema.org/", "@type": "AudioObject", "name": "Episode 1", "transcript": "[MUSIC] Hello."}',
    )
    expect([other.children.length, messages.map((m) => m.ruleId)]).toEqual([1, ['single-turn']])
  })
})
