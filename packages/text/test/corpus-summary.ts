import { summarize, type Transcript } from '@verbatim/core'

/** The part of a reading that the corpus expectations pin down. */
export function corpusSummary(transcript: Transcript) {
  const summary = summarize(transcript)
  return {
    title: summary.title,
    date: transcript.meta.date ?? null,
    turns: summary.turns.length,
    unattributedTurns: summary.turns.filter((turn) => turn.speaker === null).length,
    interpretedTurns: summary.turns.filter((turn) => turn.interpreted).length,
    events: Object.fromEntries(Object.entries(summary.events).sort(([a], [b]) => a.localeCompare(b))),
    speakers: summary.speakers.map((speaker) => ({
      id: speaker.id,
      name: speaker.name,
      role: speaker.role,
      group: speaker.group,
      turns: speaker.turns,
      ...(transcript.speakers.find((entry) => entry.id === speaker.id)?.title ? { title: transcript.speakers.find((entry) => entry.id === speaker.id)!.title } : {}),
    })),
  }
}
