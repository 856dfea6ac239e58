/**
 * A reviewable summary of what fromTei read from a file: metadata, speakers, and per block the
 * speaker, label, time, word count, the first words and the events. Short by design: the
 * shared files themselves must not be copied into the repository.
 */
import { countWords, messageStart, toString, type Transcript, type VerbatimMessage } from '@verbatim/core'

export function summarize(transcript: Transcript, messages: VerbatimMessage[]): unknown {
  const { meta } = transcript
  return {
    meta: {
      title: meta.title,
      subtitle: meta.subtitle,
      date: meta.date,
      place: meta.place,
      languages: meta.languages,
      source: meta.source,
      media: meta.media,
    },
    speakers: transcript.speakers.map(({ id, name, role, group, aliases, title }) => ({ id, name, role, group, aliases, title })),
    blocks: transcript.children.map((block) => {
      if (block.type === 'break') return { break: block.title ?? null }
      if (block.type === 'event') return { event: `${block.kind} ${block.value}` }
      const text = toString(block)
      return {
        turn: block.speaker,
        label: block.label,
        time: block.time ? [block.time.start, block.time.end ?? null, block.time.source] : null,
        paragraphs: block.children.length,
        words: countWords(toString(block, { events: false })),
        start: text.slice(0, 60),
        events: block.children.flatMap((paragraph) => paragraph.children.filter((inline) => inline.type === 'event').map((event) => `${event.kind} ${event.value}`)),
      }
    }),
    messages: messages.map((message) => {
      const start = messageStart(message)
      return `${message.severity} ${message.ruleId} ${start ? `${start.line}:${start.column}` : ''}`.trim()
    }),
  }
}
