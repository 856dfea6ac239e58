/**
 * The teiHeader -> metadata, model version and categories. Verbatim's own documents are read
 * element by element as toTei wrote them; other TEI is read by the usual places (titleStmt,
 * sourceDesc/bibl, recordingStmt, settingDesc, langUsage) with whitespace normalised.
 */
import { type Media, type Metadata, type Note, type Source } from '@verbatim/core'
import {
  APPLICATION_IDENT,
  CATEGORY_ESTIMATED_TIME,
  CATEGORY_INTERPRETED,
  NOTE_TYPE_EXTRA,
  NOTE_TYPE_SOURCE,
  XENO_DATA_TYPE,
} from './constants.js'
import { modelDate } from './dates.js'
import { childElements, descendants, firstChild, firstDescendant, normalizedText, textContent, type XmlElement } from './dom.js'
import { parseDuration } from './numbers.js'
import type { ReadContext } from './read-context.js'

/** The application marker toTei writes, or undefined for other TEI. */
export function ownApplication(root: XmlElement): XmlElement | undefined {
  const header = firstChild(root, 'teiHeader')
  return descendants(firstChild(header, 'encodingDesc'), 'application').find((application) => application.attributes.ident === APPLICATION_IDENT)
}

export interface Categories {
  interpreted: Set<string>
  estimated: Set<string>
}

/** xml:ids of the categories marking interpreted speech and estimated times (`category/@n`). */
export function readCategories(header: XmlElement | undefined): Categories {
  const categories: Categories = { interpreted: new Set(), estimated: new Set() }
  for (const category of descendants(header, 'category')) {
    const id = category.attributes['xml:id']
    if (id === undefined) continue
    if (category.attributes.n === CATEGORY_INTERPRETED) categories.interpreted.add(id)
    if (category.attributes.n === CATEGORY_ESTIMATED_TIME) categories.estimated.add(id)
  }
  return categories
}

/** The JSON of `xenoData type="verbatim-model"`, if any. */
export function readXenoData(header: XmlElement | undefined): XmlElement | undefined {
  return childElements(header ?? emptyElement, 'xenoData').find((element) => element.attributes.type === XENO_DATA_TYPE)
}

const emptyElement: XmlElement = { type: 'element', name: '', local: '', attributes: {}, children: [], start: 0, end: 0 }

export function readMetadata(ctx: ReadContext, root: XmlElement, header: XmlElement | undefined): Metadata {
  return ctx.own ? readOwnMetadata(ctx, header) : readOtherMetadata(ctx, root, header)
}

/** The date of a `date` element (`@when`, `@when-iso`), exactly (own) or when it is a model date. */
function dateOf(element: XmlElement | undefined, own: boolean): string | undefined {
  if (!element) return undefined
  const value = element.attributes.when ?? element.attributes['when-iso']
  if (own) return value
  return modelDate(value) ?? modelDate(normalizedText(element))
}

function readOwnMetadata(ctx: ReadContext, header: XmlElement | undefined): Metadata {
  const meta: Metadata = {}
  const fileDesc = firstChild(header, 'fileDesc')
  const titles = childElements(firstChild(fileDesc, 'titleStmt') ?? emptyElement, 'title')
  const title = titles.find((element) => element.attributes.type === 'main')
  if (title) meta.title = textContent(title)
  const subtitle = titles.find((element) => element.attributes.type === 'sub')
  if (subtitle) meta.subtitle = textContent(subtitle)

  const profileDesc = firstChild(header, 'profileDesc')
  const setting = firstChild(firstChild(profileDesc, 'settingDesc'), 'setting')
  const date = dateOf(firstChild(setting, 'date'), true)
  if (date !== undefined) meta.date = date
  const place = firstChild(setting, 'placeName')
  if (place) meta.place = textContent(place)
  const langUsage = firstChild(profileDesc, 'langUsage')
  if (langUsage) meta.languages = childElements(langUsage, 'language').map((language) => language.attributes.ident ?? textContent(language))
  const abstract = firstChild(profileDesc, 'abstract')
  if (abstract) meta.description = textContent(firstChild(abstract, 'p') ?? abstract)

  const sourceDesc = firstChild(fileDesc, 'sourceDesc')
  const bibl = firstChild(sourceDesc, 'bibl')
  if (bibl) {
    const source: Source = {}
    const sourceTitle = firstChild(bibl, 'title')
    if (sourceTitle) source.title = textContent(sourceTitle)
    const publisher = firstChild(bibl, 'publisher')
    if (publisher) source.publisher = textContent(publisher)
    const sourceDate = dateOf(firstChild(bibl, 'date'), true)
    if (sourceDate !== undefined) source.date = sourceDate
    const url = childElements(bibl, 'idno').find((idno) => idno.attributes.type === 'URI')
    if (url) source.url = textContent(url)
    meta.source = source
  }
  const recording = firstChild(firstChild(sourceDesc, 'recordingStmt'), 'recording')
  if (recording) meta.media = readMedia(ctx, recording)

  const notesStmt = firstChild(fileDesc, 'notesStmt')
  if (notesStmt) {
    for (const note of childElements(notesStmt, 'note')) {
      if (note.attributes.type === NOTE_TYPE_EXTRA) {
        meta.extra ??= {}
        meta.extra[note.attributes.n ?? ''] = textContent(note)
      } else if (note.attributes.type === NOTE_TYPE_SOURCE) {
        meta.notes ??= []
        meta.notes.push({ kind: note.attributes.n ?? 'note', value: textContent(note), position: ctx.positionOf(note) })
      }
    }
  }
  return meta
}

function readMedia(ctx: ReadContext, recording: XmlElement): Media {
  const media: Media = {}
  const own = ctx.own
  const mediaElement = firstDescendant(recording, 'media')
  if (mediaElement) {
    if (mediaElement.attributes.url) media.url = mediaElement.attributes.url
    if (mediaElement.attributes.mimeType !== undefined) media.type = mediaElement.attributes.mimeType
  } else {
    // toTei's fallback (idno in a p), or LaBB-CAT's <ref mimeType="...">file</ref>.
    for (const idno of descendants(recording, 'idno')) {
      if (idno.attributes.type === 'URI') media.url = own ? textContent(idno) : normalizedText(idno)
      if (idno.attributes.type === 'MIMEType') media.type = own ? textContent(idno) : normalizedText(idno)
    }
    const ref = firstDescendant(recording, 'ref')
    if (!own && ref && media.url === undefined) {
      const url = ref.attributes.target ?? normalizedText(ref)
      if (url) media.url = url
      if (ref.attributes.mimeType) media.type = ref.attributes.mimeType
    }
  }
  const dur = recording.attributes.dur
  if (dur !== undefined) {
    const seconds = parseDuration(dur)
    if (seconds === undefined) ctx.message(`expected the recording's @dur as an ISO 8601 duration in days, hours, minutes or seconds, found ${JSON.stringify(dur)}; duration not read`, 'unreadable-duration', recording)
    else media.duration = seconds
  }
  return media
}

function readOtherMetadata(ctx: ReadContext, root: XmlElement, header: XmlElement | undefined): Metadata {
  const meta: Metadata = {}
  const fileDesc = firstChild(header, 'fileDesc')
  const titles = childElements(firstChild(fileDesc, 'titleStmt') ?? emptyElement, 'title').filter((title) => normalizedText(title) !== '')
  const main = titles.find((title) => title.attributes.type === 'main') ?? titles.find((title) => title.attributes.type !== 'sub')
  if (main) meta.title = normalizedText(main)
  const sub = titles.find((title) => title.attributes.type === 'sub')
  if (sub) meta.subtitle = normalizedText(sub)

  const profileDesc = firstChild(header, 'profileDesc')
  const settingDesc = firstChild(profileDesc, 'settingDesc')
  const setting = firstChild(settingDesc, 'setting')
  const date = dateOf(firstChild(setting, 'date'), false)
  if (date !== undefined) meta.date = date
  const placeParts: string[] = []
  for (const element of [...childElements(setting ?? emptyElement), ...childElements(firstChild(settingDesc, 'place') ?? emptyElement)]) {
    if (!/^(placeName|name|settlement|region|country|district|bloc|geogName|locale)$/.test(element.local)) continue
    const text = normalizedText(element)
    if (text) placeParts.push(text)
  }
  if (placeParts.length > 0) meta.place = placeParts.join(', ')

  const languages: string[] = []
  const rootLanguage = root.attributes['xml:lang']
  if (rootLanguage) languages.push(rootLanguage)
  for (const language of descendants(firstChild(profileDesc, 'langUsage'), 'language')) {
    const ident = language.attributes.ident
    if (ident && !languages.includes(ident)) languages.push(ident)
  }
  if (languages.length > 0) meta.languages = languages
  const abstract = firstChild(profileDesc, 'abstract')
  if (abstract && normalizedText(abstract)) meta.description = normalizedText(abstract)

  const sourceDesc = firstChild(fileDesc, 'sourceDesc')
  const bibl = firstChild(sourceDesc, 'bibl') ?? firstChild(sourceDesc, 'biblStruct')
  if (bibl) {
    const source: Source = {}
    const sourceTitle = descendants(bibl, 'title').find((title) => normalizedText(title) !== '')
    if (sourceTitle) source.title = normalizedText(sourceTitle)
    const publisher = firstDescendant(bibl, 'publisher')
    if (publisher && normalizedText(publisher)) source.publisher = normalizedText(publisher)
    const sourceDate = dateOf(firstDescendant(bibl, 'date'), false)
    if (sourceDate !== undefined) source.date = sourceDate
    const idno = descendants(bibl, 'idno').find((element) => /^(URI|URL)$/i.test(element.attributes.type ?? ''))
    const ref = firstDescendant(bibl, 'ref') ?? firstDescendant(bibl, 'ptr')
    const url = idno ? normalizedText(idno) : ref?.attributes.target
    if (url) source.url = url
    if (Object.keys(source).length > 0) meta.source = source
  }
  const recording = firstDescendant(firstChild(sourceDesc, 'recordingStmt'), 'recording')
  if (recording) {
    const media = readMedia(ctx, recording)
    if (Object.keys(media).length > 0) meta.media = media
  }
  const notesStmt = firstChild(fileDesc, 'notesStmt')
  if (notesStmt) {
    const notes: Note[] = []
    for (const note of childElements(notesStmt, 'note')) {
      const value = normalizedText(note)
      if (value) notes.push({ kind: note.attributes.type ?? 'note', value, position: ctx.positionOf(note) })
    }
    if (notes.length > 0) meta.notes = notes
  }
  return meta
}
