/**
 * The metadata NOTE block the writer puts at the top (`Title: ...`, `Date: ...`) and its reading
 * back. A NOTE may hold neither `-->` nor a blank line, so values are made single-line and
 * `-->` is written `-- >`.
 */
import { MODEL_VALUE_CHECKS, type Metadata, type Speaker } from '@verbatim/core'

/**
 * Told about a value of the note that the model does not accept (a date that is not ISO 8601, a
 * role that is not a lowercase word...): `line` is the 0-based line of the note text, the value
 * has been kept elsewhere (named in `reason`).
 */
export type NoteProblem = (line: number, reason: string, ruleId: string) => void

const isIsoDate = (text: string): boolean => MODEL_VALUE_CHECKS.isoDate(text) === undefined

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

/** Built by a pure call: a writer-only bundle drops it and `FIELDS` (only the reader needs them). */
const LINE = /* @__PURE__ */ (() => new RegExp(`^(${FIELDS.join('|')}): (.*)$`))()

/**
 * Metadata from a NOTE written by `metadataLines`, or null when the NOTE is something else. A
 * value the model does not accept in its field is kept in `meta.extra` under the field's label,
 * and `problem` is told.
 */
export function parseMetadataNote(value: string, problem: NoteProblem = () => {}): Metadata | null {
  const lines = value.split('\n')
  if (lines.every((line) => line === '')) return null
  if (!lines.every((line) => line === '' || LINE.test(line))) return null
  const meta: Metadata = {}
  const keep = (index: number, field: Field, text: string, expected: string) => {
    meta.extra = { ...meta.extra, [field]: text }
    problem(index, `expected ${expected} in the ${field} line of the metadata note, found ${JSON.stringify(text)}: it is kept in meta.extra[${JSON.stringify(field)}]`, 'invalid-metadata-value')
  }
  lines.forEach((line, index) => {
    const match = LINE.exec(line)
    if (!match) return
    const field = match[1] as Field
    const text = match[2]!
    readField(meta, field, text, (expected) => keep(index, field, text, expected))
  })
  return meta
}

const DATE = 'an ISO 8601 date such as 2016-10-25'

/** One `Label: value` line into `meta`; `unfit` when the value does not fit the field. */
function readField(meta: Metadata, field: Field, text: string, unfit: (expected: string) => void): void {
  switch (field) {
    case 'Title':
      meta.title = text
      break
    case 'Subtitle':
      meta.subtitle = text
      break
    case 'Date':
      if (isIsoDate(text)) meta.date = text
      else unfit(DATE)
      break
    case 'Place':
      meta.place = text
      break
    case 'Languages': {
      // Empty entries (`en, , fr`) hold nothing to keep.
      const languages = text.split(/,\s*/).filter((language) => language.trim() !== '')
      if (languages.length > 0) meta.languages = languages
      break
    }
    case 'Description':
      meta.description = text
      break
    case 'Source':
      if (text !== '') meta.source = { ...meta.source, url: text }
      break
    case 'Source title':
      meta.source = { ...meta.source, title: text }
      break
    case 'Publisher':
      meta.source = { ...meta.source, publisher: text }
      break
    case 'Source date':
      if (isIsoDate(text)) meta.source = { ...meta.source, date: text }
      else unfit(DATE)
      break
    case 'Media':
      if (text !== '') meta.media = { ...meta.media, url: text }
      break
    case 'Media type':
      meta.media = { ...meta.media, type: text }
      break
    case 'Duration': {
      const duration = text.trim() === '' ? NaN : Number(text)
      if (Number.isFinite(duration) && duration >= 0) meta.media = { ...meta.media, duration }
      else unfit('a duration in seconds (a number, 0 or more)')
      break
    }
    case 'Extra': {
      const equals = text.indexOf(' = ')
      if (equals > 0) meta.extra = { ...meta.extra, [text.slice(0, equals)]: text.slice(equals + 3) }
      else unfit('an extra field as key = value')
      break
    }
    case 'Note': {
      const kind = /^\(([^()]*)\) (.*)$/.exec(text)
      if (kind) meta.notes = [...(meta.notes ?? []), { kind: kind[1]! === '' ? 'note' : kind[1]!, value: kind[2]! }]
      else unfit('a note as (kind) text')
      break
    }
    case 'Speaker':
      // Speakers come from the voices; the details are read by `speakerDetails`.
      break
  }
}

export type SpeakerDetails = Pick<Speaker, 'role'> & Partial<Pick<Speaker, 'title' | 'affiliation' | 'data'>>

/**
 * `Speaker: Name | role | title | affiliation` lines of a metadata NOTE. A role the model does not
 * accept (not a lowercase word: `Not A Role`) makes the role `unknown`; the written role is kept
 * as the title (or, when the line has a title, in `data.role`) and `problem` is told.
 */
export function speakerDetails(value: string, problem: NoteProblem = () => {}): Map<string, SpeakerDetails> {
  const details = new Map<string, SpeakerDetails>()
  value.split('\n').forEach((line, index) => {
    if (!line.startsWith('Speaker: ')) return
    const [name, written, title, affiliation] = line.slice(9).split('|').map((part) => part.trim())
    if (!name) return
    const role = written || 'unknown'
    const speaker: SpeakerDetails = { role, ...(title ? { title } : {}), ...(affiliation ? { affiliation } : {}) }
    if (MODEL_VALUE_CHECKS.role(role) !== undefined) {
      speaker.role = 'unknown'
      const where = title ? 'data.role' : 'title'
      if (title) speaker.data = { role }
      else speaker.title = role
      problem(index, `expected a known role or a lowercase role word for ${JSON.stringify(name)}, found ${JSON.stringify(role)}: the role is unknown and the written one is kept as the speaker's ${where}`, 'invalid-role')
    }
    details.set(name, speaker)
  })
  return details
}
