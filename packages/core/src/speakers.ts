import type { Speaker, Transcript, Turn } from './types.js'

/** Look up a speaker by id. */
export function getSpeaker(transcript: Transcript, id: string | null | undefined): Speaker | undefined {
  if (id == null) return undefined
  return transcript.speakers.find((speaker) => speaker.id === id)
}

/** The speaker of a turn, if it has one. */
export function speakerOf(transcript: Transcript, turn: Turn): Speaker | undefined {
  return getSpeaker(transcript, turn.speaker)
}

/** A map from id to speaker, for lookups in loops. */
export function speakerIndex(transcript: Transcript): Map<string, Speaker> {
  return new Map(transcript.speakers.map((speaker) => [speaker.id, speaker]))
}

/**
 * A readable id from a name (`Jean-Yves Le Drian` -> `jean-yves-le-drian`), made unique
 * against `taken` by appending `-2`, `-3`...
 */
export function slugifyId(name: string, taken?: ReadonlySet<string>): string {
  let slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug === '' || !/^[a-z_]/.test(slug)) slug = `speaker${slug ? '-' + slug : ''}`
  if (!taken || !taken.has(slug)) return slug
  let n = 2
  while (taken.has(`${slug}-${n}`)) n++
  return `${slug}-${n}`
}
