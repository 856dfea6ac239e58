/**
 * The metadata NOTE block the writer puts at the top (`Title: ...`, `Date: ...`) and its reading
 * back. A NOTE may hold neither `-->` nor a blank line, so values are made single-line and
 * `-->` is written `-- >`.
 */
import type { Metadata, Speaker } from '@verbatim/core'

/**
 * The NOTE the writer adds when some cues have no voice span: speakers are marked by voices only,
 * so a cue without one is unattributed and its text is not searched for speaker marks.
 */
export const VOICES_ONLY = 'Speakers are marked only by voice spans; cues without one are unattributed.'

/** Field labels, in writing order. */
const FIELDS = ['Title', 'Subtitle', 'Date', 'Place', 'Languages', 'Description', 'Source', 'Source title', 'Publisher', 'Source date', 'Media', 'Media type', 'Duration', 'Extra', 'Note', 'Speaker'] as const
type Field = (typeof FIELDS)[number]

/** One line of NOTE text: no line breaks, no blank lines, no `-->`. */
export function noteSafe(value: string): string {
  return value.replace(/\s+/g, ' ').trim().replace(/-->/g, '-- >')
}

/** The `Label: value` lines of the metadata NOTE (empty when there is nothing to say). */
export function metadataLines(meta: Metadata, speakers: readonly Speaker[]): string[] {
  const lines: string[] = []
  const add = (field: Field, value: string | number | undefined) => {
    if (value === undefined) return
    const safe = noteSafe(String(value))
    if (safe !== '') lines.push(`${field}: ${safe}`)
  }
  add('Title', meta.title)
  add('Subtitle', meta.subtitle)
  add('Date', meta.date)
  add('Place', meta.place)
  if (meta.languages && meta.languages.length > 0) add('Languages', meta.languages.join(', '))
  add('Description', meta.description)
  add('Source', meta.source?.url)
  add('Source title', meta.source?.title)
  add('Publisher', meta.source?.publisher)
  add('Source date', meta.source?.date)
  add('Media', meta.media?.url)
  add('Media type', meta.media?.type)
  add('Duration', meta.media?.duration)
  for (const [key, value] of Object.entries(meta.extra ?? {})) add('Extra', `${key.replace(/=/g, '')} = ${value}`)
  for (const note of meta.notes ?? []) add('Note', `(${note.kind.replace(/[()]/g, '')}) ${note.value}`)
  for (const speaker of speakers) {
    const details = [speaker.role !== 'unknown' ? speaker.role : '', speaker.title ?? '', speaker.affiliation ?? ''].map((part) => part.replace(/\|/g, '/'))
    while (details.length > 0 && details[details.length - 1] === '') details.pop()
    add('Speaker', [speaker.name.replace(/\|/g, '/'), ...details].join(' | '))
  }
  return lines
}

const LINE = new RegExp(`^(${FIELDS.join('|')}): (.*)$`)

/** Metadata from a NOTE written by `metadataLines`, or null when the NOTE is something else. */
export function parseMetadataNote(value: string): Metadata | null {
  const lines = value.split('\n').filter((line) => line !== '')
  if (lines.length === 0) return null
  const meta: Metadata = {}
  for (const line of lines) {
    const match = LINE.exec(line)
    if (!match) return null
    const field = match[1] as Field
    const text = match[2]!
    switch (field) {
      case 'Title':
        meta.title = text
        break
      case 'Subtitle':
        meta.subtitle = text
        break
      case 'Date':
        meta.date = text
        break
      case 'Place':
        meta.place = text
        break
      case 'Languages':
        meta.languages = text.split(/,\s*/)
        break
      case 'Description':
        meta.description = text
        break
      case 'Source':
        meta.source = { ...meta.source, url: text }
        break
      case 'Source title':
        meta.source = { ...meta.source, title: text }
        break
      case 'Publisher':
        meta.source = { ...meta.source, publisher: text }
        break
      case 'Source date':
        meta.source = { ...meta.source, date: text }
        break
      case 'Media':
        meta.media = { ...meta.media, url: text }
        break
      case 'Media type':
        meta.media = { ...meta.media, type: text }
        break
      case 'Duration':
        if (Number.isFinite(Number(text))) meta.media = { ...meta.media, duration: Number(text) }
        break
      case 'Extra': {
        const equals = text.indexOf(' = ')
        if (equals > 0) meta.extra = { ...meta.extra, [text.slice(0, equals)]: text.slice(equals + 3) }
        break
      }
      case 'Note': {
        const kind = /^\(([^()]*)\) (.*)$/.exec(text)
        if (kind) meta.notes = [...(meta.notes ?? []), { kind: kind[1]!, value: kind[2]! }]
        break
      }
      case 'Speaker':
        // Speakers come from the voices; the details are read by `speakerDetails`.
        break
    }
  }
  return meta
}

/** `Speaker: Name | role | title | affiliation` lines of a metadata NOTE. */
export function speakerDetails(value: string): Map<string, Pick<Speaker, 'role'> & Partial<Pick<Speaker, 'title' | 'affiliation'>>> {
  const details = new Map<string, Pick<Speaker, 'role'> & Partial<Pick<Speaker, 'title' | 'affiliation'>>>()
  for (const line of value.split('\n')) {
    if (!line.startsWith('Speaker: ')) continue
    const [name, role, title, affiliation] = line.slice(9).split('|').map((part) => part.trim())
    if (!name) continue
    details.set(name, { role: role || 'unknown', ...(title ? { title } : {}), ...(affiliation ? { affiliation } : {}) })
  }
  return details
}
