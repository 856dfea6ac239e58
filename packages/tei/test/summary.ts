/**
 * A reviewable summary of what fromTei read from a file: metadata, speakers, and per block the
 * speaker, label, time, word count, the first words and the events. Short by design: the
 * shared files themselves must not be copied into the repository.
 */
import { countWords, messageStart, toString, type Event, type Phrasing, type Segment, type Timing, type Transcript, type Turn, type VerbatimMessage, type Word } from '@verbatim/core'

/** A timing as `[start, end, source]`. */
function times(time: Timing | undefined): unknown {
  return time ? [time.start, time.end ?? null, time.source] : null
}

/** The segments, timed words and events of a turn, segments looked into. */
function parts(turn: Turn): { segments: Segment[]; words: Word[]; events: Event[] } {
  const out = { segments: [] as Segment[], words: [] as Word[], events: [] as Event[] }
  const phrasing = (inline: Phrasing): void => {
    if (inline.type === 'word') out.words.push(inline)
    if (inline.type === 'event') out.events.push(inline)
  }
  for (const paragraph of turn.children) {
    for (const inline of paragraph.children) {
      if (inline.type === 'segment') {
        out.segments.push(inline)
        inline.children.forEach(phrasing)
      } else phrasing(inline)
    }
  }
  return out
}

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
      if (block.type === 'event') return block.time ? { event: `${block.kind} ${block.value}`, time: times(block.time) } : { event: `${block.kind} ${block.value}` }
      const text = toString(block)
      const { segments, words, events } = parts(block)
      return {
        turn: block.speaker,
        label: block.label,
        time: times(block.time),
        paragraphs: block.children.length,
        words: countWords(toString(block, { events: false })),
        start: text.slice(0, 60),
        events: events.map((event) => `${event.kind} ${event.value}${event.time ? ` @${event.time.start}` : ''}`),
        // Timing below the turn: how many segments and timed words, the first and last of each with its times.
        ...(segments.length === 0 ? {} : { segments: segments.length, segmentTimes: [...new Set([segments[0]!, segments[segments.length - 1]!])].map((segment) => [toString(segment).slice(0, 30), times(segment.time)]) }),
        ...(words.length === 0 ? {} : { timedWords: words.length, wordTimes: [...new Set([words[0]!, words[words.length - 1]!])].map((word) => [word.value, times(word.time)]) }),
      }
    }),
    messages: messages.map((message) => {
      const start = messageStart(message)
      return `${message.severity} ${message.ruleId} ${start ? `${start.line}:${start.column}` : ''}`.trim()
    }),
  }
}
