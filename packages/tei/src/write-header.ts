/**
 * The teiHeader: titles, publication, notes, source and recording, the Verbatim application
 * marker and categories, abstract, languages, participants and setting, then the xenoData block.
 */
import type { Media, Source, Speaker } from '@verbatim/core'
import {
  APPLICATION_IDENT,
  CATEGORY_ESTIMATED_TIME,
  CATEGORY_INTERPRETED,
  LABEL_NAME_TYPE,
  NOTE_TYPE_EXTRA,
  NOTE_TYPE_SOURCE,
  TAXONOMY_ID,
  XENO_DATA_TYPE,
} from './constants.js'
import { dateAttribute } from './dates.js'
import { hasExtras, serializeExtras } from './model-extras.js'
import { formatDuration } from './numbers.js'
import type { WriteContext } from './write-context.js'
import { isSafeUri, isTokenList } from './xml-chars.js'

const DEFAULT_PUBLISHER = 'Unknown'
const DEFAULT_AVAILABILITY = 'The licence of this transcript is not stated.'

export function writeHeader(ctx: WriteContext): void {
  const { xml } = ctx
  xml.open('teiHeader')
  xml.open('fileDesc')
  writeTitles(ctx)
  writePublication(ctx)
  writeNotes(ctx)
  writeSourceDesc(ctx)
  xml.close('fileDesc')
  writeEncodingDesc(ctx)
  writeProfileDesc(ctx)
  if (hasExtras(ctx.extras)) xml.leaf('xenoData', [['type', XENO_DATA_TYPE]], serializeExtras(ctx.extras))
  xml.close('teiHeader')
}

function writeTitles(ctx: WriteContext): void {
  const { xml } = ctx
  const { title, subtitle } = ctx.transcript.meta
  xml.open('titleStmt')
  // titleStmt needs a title; an untyped empty one stands for "no title" and reads back as none.
  if (title === undefined) xml.empty('title')
  else xml.leaf('title', [['type', 'main']], ctx.clean(title, 'meta.title'))
  if (subtitle !== undefined) xml.leaf('title', [['type', 'sub']], ctx.clean(subtitle, 'meta.subtitle'))
  xml.close('titleStmt')
}

function writePublication(ctx: WriteContext): void {
  const { xml, options } = ctx
  xml.open('publicationStmt')
  xml.leaf('publisher', undefined, ctx.clean(options.publisher ?? DEFAULT_PUBLISHER, 'options.publisher'))
  if (options.publicationDate !== undefined) {
    const date = ctx.clean(options.publicationDate, 'options.publicationDate')
    xml.leaf('date', [[dateAttribute(date), date]], date)
  }
  const licence = options.licence === undefined ? undefined : ctx.clean(options.licence, 'options.licence')
  const status = options.availabilityStatus ?? (licence === undefined ? 'unknown' : undefined)
  const text = options.availability ?? (licence === undefined ? DEFAULT_AVAILABILITY : undefined)
  xml.open('availability', [['status', status]])
  if (licence !== undefined) xml.leaf('licence', [['target', /^[a-z][a-z0-9+.-]*:\/\//i.test(licence) && isSafeUri(licence) ? licence : undefined]], licence)
  if (text !== undefined) {
    xml.openMixed('p')
    xml.text(ctx.clean(text, 'options.availability'))
    xml.closeInline('p')
  }
  xml.close('availability')
  xml.close('publicationStmt')
}

function writeNotes(ctx: WriteContext): void {
  const { xml } = ctx
  const { extra, notes } = ctx.transcript.meta
  if (extra && Object.keys(extra).length === 0) ctx.extras.empty.push('meta.extra')
  if (notes && notes.length === 0) ctx.extras.empty.push('meta.notes')
  const extraEntries = extra ? Object.entries(extra) : []
  if (extraEntries.length === 0 && (!notes || notes.length === 0)) return
  xml.open('notesStmt')
  for (const [key, value] of extraEntries) {
    const path = `meta.extra.${key}`
    xml.leaf('note', [['type', NOTE_TYPE_EXTRA], ['n', ctx.clean(key, path)]], ctx.clean(value, path))
  }
  notes?.forEach((note, index) => {
    const path = `meta.notes[${index}]`
    xml.leaf('note', [['type', NOTE_TYPE_SOURCE], ['n', ctx.clean(note.kind, path + '.kind')]], ctx.clean(note.value, path + '.value'))
  })
  xml.close('notesStmt')
}

function writeSourceDesc(ctx: WriteContext): void {
  const { xml } = ctx
  const { source, media } = ctx.transcript.meta
  xml.open('sourceDesc')
  if (source) writeBibl(ctx, source)
  if (media) writeRecording(ctx, media)
  if (!source && !media) xml.leaf('p', undefined, 'No source or recording is recorded for this transcript.')
  xml.close('sourceDesc')
}

function writeBibl(ctx: WriteContext, source: Source): void {
  const { xml } = ctx
  if (source.title === undefined && source.publisher === undefined && source.date === undefined && source.url === undefined) {
    xml.empty('bibl')
    return
  }
  xml.open('bibl')
  if (source.title !== undefined) xml.leaf('title', undefined, ctx.clean(source.title, 'meta.source.title'))
  if (source.publisher !== undefined) xml.leaf('publisher', undefined, ctx.clean(source.publisher, 'meta.source.publisher'))
  if (source.date !== undefined) {
    const date = ctx.clean(source.date, 'meta.source.date')
    xml.leaf('date', [[dateAttribute(date), date]], date)
  }
  // idno, not ref/@target: a URL as written need not be a valid xsd:anyURI.
  if (source.url !== undefined) xml.leaf('idno', [['type', 'URI']], ctx.clean(source.url, 'meta.source.url'))
  xml.close('bibl')
}

function writeRecording(ctx: WriteContext, media: Media): void {
  const { xml } = ctx
  xml.open('recordingStmt')
  const attributes: [string, string | undefined][] = [['dur', media.duration === undefined ? undefined : formatDuration(media.duration)]]
  const url = media.url === undefined ? undefined : ctx.clean(media.url, 'meta.media.url')
  const type = media.type === undefined ? undefined : ctx.clean(media.type, 'meta.media.type')
  if (url === undefined && type === undefined) {
    xml.empty('recording', attributes)
  } else if (url !== undefined && type !== undefined && isSafeUri(url) && isTokenList(type)) {
    xml.open('recording', attributes)
    xml.empty('media', [['mimeType', type], ['url', url]])
    xml.close('recording')
  } else {
    // media needs both a valid URL and a MIME type; otherwise keep what is known as idno in a p.
    xml.open('recording', attributes)
    xml.openMixed('p')
    if (url !== undefined) {
      xml.openInline('idno', [['type', 'URI']])
      xml.text(url)
      xml.closeInline('idno')
    }
    if (type !== undefined) {
      xml.openInline('idno', [['type', 'MIMEType']])
      xml.text(type)
      xml.closeInline('idno')
    }
    xml.closeInline('p')
    xml.close('recording')
  }
  xml.close('recordingStmt')
}

function writeEncodingDesc(ctx: WriteContext): void {
  const { xml } = ctx
  xml.open('encodingDesc')
  xml.open('appInfo')
  // The marker fromTei looks for; @version is the Verbatim model version of the transcript.
  xml.open('application', [['ident', APPLICATION_IDENT], ['version', ctx.clean(ctx.transcript.version, 'version')]])
  xml.leaf('label', undefined, 'Verbatim')
  xml.leaf('desc', undefined, 'Written by toTei (@verbatim/tei); @version is the version of the Verbatim transcript model.')
  xml.close('application')
  xml.close('appInfo')
  if (ctx.interpretedId !== undefined || ctx.estimatedId !== undefined) {
    xml.open('classDecl')
    xml.open('taxonomy', [['xml:id', ctx.ids.fresh(TAXONOMY_ID)]])
    if (ctx.interpretedId !== undefined) {
      xml.open('category', [['xml:id', ctx.interpretedId], ['n', CATEGORY_INTERPRETED]])
      xml.leaf('catDesc', undefined, 'Interpreted: the utterance was delivered through an interpreter.')
      xml.close('category')
    }
    if (ctx.estimatedId !== undefined) {
      xml.open('category', [['xml:id', ctx.estimatedId], ['n', CATEGORY_ESTIMATED_TIME]])
      xml.leaf('catDesc', undefined, 'Estimated time: the times of the utterance, segment, word or event were estimated, not given by the source.')
      xml.close('category')
    }
    xml.close('taxonomy')
    xml.close('classDecl')
  }
  xml.close('encodingDesc')
}

function writeProfileDesc(ctx: WriteContext): void {
  const { xml, transcript } = ctx
  const { description, languages, place, date } = transcript.meta
  if (languages && languages.length === 0) ctx.extras.empty.push('meta.languages')
  const hasLanguages = languages !== undefined && languages.length > 0
  if (description === undefined && !hasLanguages && transcript.speakers.length === 0 && place === undefined && date === undefined) return
  xml.open('profileDesc')
  if (description !== undefined) {
    xml.open('abstract')
    xml.leaf('p', undefined, ctx.clean(description, 'meta.description'))
    xml.close('abstract')
  }
  if (hasLanguages) {
    xml.open('langUsage')
    languages.forEach((language, index) => {
      const tag = ctx.clean(language, `meta.languages[${index}]`)
      xml.empty('language', [['ident', tag]])
    })
    xml.close('langUsage')
  }
  if (transcript.speakers.length > 0) {
    xml.open('particDesc')
    xml.open('listPerson')
    transcript.speakers.forEach((speaker, index) => writeSpeaker(ctx, speaker, index))
    xml.close('listPerson')
    xml.close('particDesc')
  }
  if (place !== undefined || date !== undefined) {
    xml.open('settingDesc')
    xml.open('setting')
    if (place !== undefined) xml.leaf('placeName', undefined, ctx.clean(place, 'meta.place'))
    if (date !== undefined) {
      const clean = ctx.clean(date, 'meta.date')
      xml.leaf('date', [[dateAttribute(clean), clean]], clean)
    }
    xml.close('setting')
    xml.close('settingDesc')
  }
  xml.close('profileDesc')
}

function writeSpeaker(ctx: WriteContext, speaker: Speaker, index: number): void {
  const { xml } = ctx
  const path = `speakers[${index}]`
  const element = speaker.group ? 'personGrp' : 'person'
  const role = ctx.clean(speaker.role, path + '.role')
  xml.open(element, [['xml:id', ctx.fixedSpeakerIds[index] ?? ctx.speakerIds.get(speaker.id)], ['role', isTokenList(role) ? role : undefined]])
  if (!isTokenList(role)) ctx.report(`expected a role word at ${path}.role, found ${JSON.stringify(role)}; not written`, 'unsupported-content', path + '.role')
  const name = ctx.clean(speaker.name, path + '.name')
  if (speaker.title === undefined) {
    xml.leaf('persName', undefined, name)
  } else {
    xml.openMixed('persName')
    xml.openInline('roleName')
    xml.text(ctx.clean(speaker.title, path + '.title'))
    xml.closeInline('roleName')
    xml.text(' ')
    xml.openInline('name')
    xml.text(name)
    xml.closeInline('name')
    xml.closeInline('persName')
  }
  speaker.aliases.forEach((alias, aliasIndex) => {
    xml.leaf('persName', [['type', LABEL_NAME_TYPE]], ctx.clean(alias, `${path}.aliases[${aliasIndex}]`))
  })
  if (speaker.affiliation !== undefined) xml.leaf('affiliation', undefined, ctx.clean(speaker.affiliation, path + '.affiliation'))
  xml.close(element)
}

