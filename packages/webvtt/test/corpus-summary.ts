/**
 * What a reader should get from a real caption file, in a few reviewable numbers and strings:
 * turns, speakers, events by kind, the first and last turn, metadata kinds, and messages by rule.
 */
import { toString, words, type Inline, type Turn } from '@verbatim/core'
import { fromWebVtt } from '../src/read/from-webvtt.js'

export interface CorpusSummary {
  turns: number
  blocks: number
  speakers: string[]
  unattributedTurns: number
  words: number
  events: Record<string, number>
  first: { speaker: string | null; start: number | undefined; text: string }
  last: { speaker: string | null; end: number | undefined; text: string }
  languages?: string[]
  extra?: Record<string, string>
  notes: string[]
  messages: Record<string, number>
}

export function corpusSummary(source: string): CorpusSummary {
  const { transcript, messages } = fromWebVtt(source)
  const turns = transcript.children.filter((block): block is Turn => block.type === 'turn')
  const events: Record<string, number> = {}
  for (const block of transcript.children) {
    const nodes: Inline[] = block.type === 'event' ? [block] : block.type === 'turn' ? block.children.flatMap((paragraph) => paragraph.children).flatMap((node) => (node.type === 'segment' ? node.children : [node])) : []
    for (const node of nodes) if (node.type === 'event') events[node.kind] = (events[node.kind] ?? 0) + 1
  }
  const text = (turn: Turn | undefined) => (turn ? toString(turn, { separator: ' ' }) : '')
  const rules: Record<string, number> = {}
  for (const message of messages) rules[message.ruleId] = (rules[message.ruleId] ?? 0) + 1
  const summary: CorpusSummary = {
    turns: turns.length,
    blocks: transcript.children.length,
    speakers: transcript.speakers.map((speaker) => speaker.name),
    unattributedTurns: turns.filter((turn) => turn.speaker === null).length,
    words: words(turns.map((turn) => text(turn)).join(' ')).length,
    events,
    first: { speaker: turns[0]?.speaker ?? null, start: turns[0]?.time?.start, text: text(turns[0]).slice(0, 80) },
    last: { speaker: turns.at(-1)?.speaker ?? null, end: turns.at(-1)?.time?.end, text: text(turns.at(-1)).slice(-60) },
    notes: (transcript.meta.notes ?? []).map((note) => note.kind),
    messages: rules,
  }
  if (transcript.meta.languages) summary.languages = transcript.meta.languages
  if (transcript.meta.extra) summary.extra = transcript.meta.extra
  return summary
}
