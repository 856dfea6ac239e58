import { countWords, toString, words } from './text.js'
import { timeSpan } from './timing.js'
import type { Phrasing, Transcript } from './types.js'

export interface SpeakerSummary {
  id: string
  name: string
  role: string
  aliases: string[]
  group: boolean
  turns: number
  words: number
}

export interface TurnSummary {
  /** 1-based. */
  index: number
  /** Speaker id. */
  speaker: string | null
  label: string | null
  /** Source line where the turn starts. */
  line: number | null
  interpreted: boolean
  /** Start in seconds: the turn's own time, else the start of its first timed segment, word or event (`timeSpan`); null when untimed. */
  start: number | null
  /** End in seconds, found the same way; null when unknown. */
  end: number | null
  /** First 8 whitespace-separated words of the turn's text, events in their original wording. */
  firstWords: string
}

export interface Summary {
  title: string | null
  speakers: SpeakerSummary[]
  turns: TurnSummary[]
  /** Count per event kind, in turns and between them. */
  events: Record<string, number>
}

const FIRST_WORDS = 8

/** The transcript at a glance: what `verbatim inspect --json` prints. */
export function summarize(transcript: Transcript): Summary {
  const speakers = transcript.speakers.map((speaker) => ({
    id: speaker.id,
    name: speaker.name,
    role: speaker.role,
    aliases: [...speaker.aliases],
    group: speaker.group,
    turns: 0,
    words: 0,
  }))
  const byId = new Map(speakers.map((speaker) => [speaker.id, speaker]))
  const turns: TurnSummary[] = []
  const events: Record<string, number> = {}

  for (const block of transcript.children) {
    if (block.type === 'event') {
      events[block.kind] = (events[block.kind] ?? 0) + 1
      continue
    }
    if (block.type !== 'turn') continue
    let wordCount = 0
    const count = (node: Phrasing): void => {
      if (node.type === 'event') events[node.kind] = (events[node.kind] ?? 0) + 1
      else wordCount += countWords(node)
    }
    for (const paragraph of block.children) {
      if (paragraph.type !== 'paragraph') continue
      for (const inline of paragraph.children) {
        if (inline.type === 'segment') for (const child of inline.children) count(child)
        else count(inline)
      }
    }
    const span = timeSpan(block)
    const speaker = block.speaker === null ? undefined : byId.get(block.speaker)
    if (speaker) {
      speaker.turns++
      speaker.words += wordCount
    }
    turns.push({
      index: turns.length + 1,
      speaker: block.speaker,
      label: block.label,
      line: block.position?.start.line ?? null,
      interpreted: block.interpreted,
      start: span?.start ?? null,
      end: span?.end ?? null,
      firstWords: words(toString(block, { separator: ' ' })).slice(0, FIRST_WORDS).join(' '),
    })
  }
  return { title: transcript.meta.title ?? null, speakers, turns, events }
}
