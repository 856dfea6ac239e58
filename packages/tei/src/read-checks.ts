/**
 * The last step of fromTei: values copied from TEI into fields the model restricts (the model
 * version, dates, URLs, languages, roles, note kinds) are checked, so that fromTei always returns a
 * transcript `validateTranscript` accepts. What does not fit is reported and kept: a date as a note
 * of `meta.notes`, a role in the speaker's `data.teiRole`; an empty string, which holds nothing,
 * is left out.
 */
import { ISO_DATE_PATTERN, isKnownRole, MODEL_MAJOR, MODEL_VERSION, MODEL_VERSION_PATTERN, ROLE_PATTERN, type Metadata, type Transcript } from '@verbatim/core'
import type { XmlElement } from './dom.js'
import type { ReadContext } from './read-context.js'

/** `application/@version` of Verbatim's own TEI, when it is a model version this release reads. */
export function checkVersion(ctx: ReadContext, application: XmlElement | undefined): string {
  const version = application?.attributes.version
  if (version === undefined) return MODEL_VERSION
  if (MODEL_VERSION_PATTERN.test(version) && Number.parseInt(version, 10) === MODEL_MAJOR) return version
  ctx.message(`expected <application ident="verbatim"> to give a model version ${MODEL_MAJOR}.x such as ${MODEL_VERSION}, found ${JSON.stringify(version)}; read as ${MODEL_VERSION}`, 'invalid-version', application)
  return MODEL_VERSION
}

export function checkFields(ctx: ReadContext, transcript: Transcript, header: XmlElement | undefined): void {
  checkMetadata(ctx, transcript.meta, header)
  for (const speaker of transcript.speakers) {
    if (isKnownRole(speaker.role) || ROLE_PATTERN.test(speaker.role)) continue
    ctx.message(`expected the role of speaker ${JSON.stringify(speaker.id)} to be one lowercase word (letters, digits, -), found ${JSON.stringify(speaker.role)}; read as unknown, the role kept in data.teiRole`, 'invalid-role', placeOf(speaker) ?? header)
    speaker.data = { ...speaker.data, teiRole: speaker.role }
    speaker.role = 'unknown'
  }
  for (const block of transcript.children) {
    if (block.type === 'turn' && block.language === '') {
      delete block.language
      ctx.message('expected a language tag in @xml:lang of the utterance, found an empty value; left out', 'invalid-language', placeOf(block) ?? header)
    }
  }
}

function checkMetadata(ctx: ReadContext, meta: Metadata, header: XmlElement | undefined): void {
  const keepDate = (value: string, kind: string, what: string): void => {
    ctx.message(`expected ${what} as an ISO 8601 date such as 2016-10-25, found ${JSON.stringify(value)}; kept as a note of kind ${kind}`, 'invalid-date', header)
    meta.notes ??= []
    meta.notes.push({ kind, value })
  }
  if (meta.date !== undefined && !ISO_DATE_PATTERN.test(meta.date)) {
    keepDate(meta.date, 'tei-date', 'the date of the setting')
    delete meta.date
  }
  const source = meta.source
  if (source?.date !== undefined && !ISO_DATE_PATTERN.test(source.date)) {
    keepDate(source.date, 'tei-source-date', 'the date of the source')
    delete source.date
  }
  if (source?.url === '') {
    delete source.url
    ctx.message('expected a URL for the source, found an empty value; left out', 'empty-value', header)
  }
  if (meta.media?.url === '') {
    delete meta.media.url
    ctx.message('expected a URL for the recording, found an empty value; left out', 'empty-value', header)
  }
  if (meta.languages?.includes('')) {
    meta.languages = meta.languages.filter((language) => language !== '')
    ctx.message('expected a language tag for every language of langUsage, found an empty one; left out', 'invalid-language', header)
  }
  for (const note of meta.notes ?? []) {
    if (note.kind !== '') continue
    note.kind = 'note'
    ctx.message('expected a kind for a note of notesStmt, found an empty one; read as note', 'empty-value', header)
  }
}

/** The source offsets of a node read from the document, for a message. */
function placeOf(node: { position?: { start: { offset?: number }; end: { offset?: number } } }): { start: number; end: number } | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined ? undefined : { start, end }
}
