/**
 * toTei: a transcript as a TEI P5 document for spoken text (TEI Guidelines ch. 8, in the style
 * of ParlaMint and ISO 24624). One pass first finds what the header must declare (ids,
 * categories, data bags); then header and body are written in order into one buffer.
 */
import type { Transcript } from '@verbatim/core'
import { TEI_NAMESPACE } from './constants.js'
import type { ToTeiOptions } from './options.js'
import { writeBody } from './write-body.js'
import { WriteContext } from './write-context.js'
import { writeHeader } from './write-header.js'
import { collectData } from './model-extras.js'
import { buildTimeline } from './write-timeline.js'

/** Write a transcript as TEI-XML. Deterministic: the same transcript and options give the same string. */
export function toTei(transcript: Transcript, options: ToTeiOptions = {}): string {
  const ctx = new WriteContext(transcript, options)
  prepareIds(ctx)
  collectData(transcript, ctx.extras, (path, problem, written) => {
    const where = path === '(root)' ? 'data' : `${path}.data`
    ctx.report(`expected data at ${where} that JSON can hold, found ${problem}; ${written ? 'written as JSON.stringify writes it' : 'not written'}`, 'data-not-json', where)
  })

  const { xml } = ctx
  xml.raw('<?xml version="1.0" encoding="UTF-8"?>')
  const languages = transcript.meta.languages
  const lang = languages && languages.length > 0 ? ctx.clean(languages[0]!, 'meta.languages[0]') : undefined
  xml.open('TEI', [['xmlns', TEI_NAMESPACE], ['xml:lang', lang]])
  writeHeader(ctx)
  writeBody(ctx)
  xml.close('TEI')
  xml.safeText('\n')
  return xml.out
}

/** Speakers keep their ids (with the prefix); categories get ids only when some turn uses them. */
function prepareIds(ctx: WriteContext): void {
  const { transcript, ids } = ctx
  if (!/^[A-Za-z_][\w.-]*$/.test(ids.prefix + 'a')) {
    ctx.report(`expected an idPrefix that starts like an XML name (a letter or _), found ${JSON.stringify(ids.prefix)}; the document will not validate`, 'invalid-id', 'options.idPrefix')
  }
  // Valid ids first, so that a replacement id can never take one of them.
  const valid = new Set<string>()
  for (const speaker of transcript.speakers) {
    if (/^[A-Za-z_][\w.-]*$/.test(speaker.id) && !valid.has(speaker.id)) {
      valid.add(speaker.id)
      ctx.speakerIds.set(speaker.id, ids.reserve(speaker.id))
    }
  }
  const used = new Set<string>()
  transcript.speakers.forEach((speaker, index) => {
    if (valid.has(speaker.id) && !used.has(speaker.id)) {
      used.add(speaker.id)
      return
    }
    const fixed = ids.fresh('speaker')
    ctx.report(
      `expected a unique speaker id of letters, digits, _, - and . at speakers[${index}].id, found ${JSON.stringify(speaker.id)}; written as ${JSON.stringify(fixed)}`,
      'invalid-id',
      `speakers[${index}].id`,
    )
    ctx.fixedSpeakerIds[index] = fixed
    if (!ctx.speakerIds.has(speaker.id)) ctx.speakerIds.set(speaker.id, fixed)
  })
  let interpreted = false
  for (const block of transcript.children) {
    if (block.type === 'turn' && block.interpreted) interpreted = true
  }
  if (interpreted) ctx.interpretedId = ids.fresh('interpreted')
  const { timeline, estimated } = buildTimeline(ctx)
  ctx.timeline = timeline
  if (estimated) ctx.estimatedId = ids.fresh('estimated-time')
}
