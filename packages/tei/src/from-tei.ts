/**
 * fromTei: TEI-XML -> transcript. Throws VerbatimError only when the input is not well-formed
 * XML, declares a DOCTYPE, or is not TEI; every other problem is a positioned message.
 */
import { dropPositions, MODEL_VERSION, VerbatimError, type Transcript } from '@verbatim/core'
import { APPLICATION_IDENT, SOURCE } from './constants.js'
import { childElements, firstChild, textContent, type XmlElement } from './dom.js'
import { parseExtras } from './model-extras.js'
import type { FromTeiOptions, FromTeiResult } from './options.js'
import { parseXml } from './parse-xml.js'
import { applyExtras } from './apply-extras.js'
import { ReadContext } from './read-context.js'
import { ownApplication, readXenoData } from './read-header.js'
import { checkFields, checkVersion } from './read-checks.js'
import { EarlyReader, readPrelude, Restart } from './read-early.js'
import { completeTimeline } from './read-timeline.js'

export function fromTei(input: string, options: FromTeiOptions = {}): FromTeiResult {
  if (typeof input !== 'string') {
    throw new VerbatimError(`expected TEI-XML as a string, found ${typeof input}`, 'not-a-string', SOURCE, options.file === undefined ? {} : { file: options.file })
  }
  // Only Verbatim's own TEI can be read early: other documents are not slowed by asking.
  if (!input.includes(OWN_APPLICATION)) return readTei(input, options, undefined)
  try {
    return readTei(input, options, new EarlyReader(input, options))
  } catch (error) {
    if (error instanceof Restart) return readTei(input, options, undefined)
    throw error
  }
}

/** How toTei writes the element that marks a document as Verbatim's own (see ownApplication). */
const OWN_APPLICATION = `<application ident="${APPLICATION_IDENT}"`

/** fromTei without reading early: the whole tree first (the reference the tests compare the early path with). */
export function fromTeiWhole(input: string, options: FromTeiOptions = {}): FromTeiResult {
  return readTei(input, options, undefined)
}

/** One reading; `early` reads Verbatim's own timed TEI while it is scanned (see read-early.ts). */
function readTei(input: string, options: FromTeiOptions, early: EarlyReader | undefined): FromTeiResult {
  const parsed = parseXml(input, options.file, 'fast', early)
  early?.finish(parsed.root)
  const root = teiRoot(parsed.root, options.file, parsed.lines)
  const application = ownApplication(root)
  const read = early?.prelude
  const ctx = read?.ctx ?? new ReadContext(parsed.lines, application !== undefined, options.file, options.idPrefix ?? '')
  // Messages of a prelude read early go after those about the XML, as they would come.
  const preludeMessages = ctx.messages.splice(0)
  for (const problem of parsed.problems) {
    if (problem.kind === 'undefined-entity') {
      ctx.message(`expected one of XML's predefined entities (amp, lt, gt, quot, apos) or a character reference, found ${problem.reference}; kept as written`, 'undefined-entity', { start: problem.offset, end: problem.offset })
    } else {
      ctx.message(`expected a reference to a character XML allows, found ${problem.reference}; replaced by U+FFFD`, 'forbidden-character', { start: problem.offset, end: problem.offset })
    }
  }

  if (parsed.root.local === 'teiCorpus') {
    const others = childElements(parsed.root).filter((child) => child.local === 'TEI').length - 1
    if (others > 0) ctx.message(`expected one TEI document, found a teiCorpus of ${others + 1}; only the first is read`, 'corpus-not-read', parsed.root, 'info')
  }
  const header = firstChild(root, 'teiHeader')
  const text = firstChild(root, 'text')
  if (!header) ctx.message('expected a <teiHeader>, found none', 'missing-header', root)
  if (!text) ctx.message('expected a <text>, found none: the transcript has no content', 'missing-text', root)
  for (const message of preludeMessages) ctx.messages.push(message)
  const { meta, registry, timeline, body } = read ?? readPrelude(ctx, root, header, text)
  completeTimeline(ctx, text, timeline)
  const children = body.read(text)
  registry.finish()
  const transcript: Transcript = {
    type: 'transcript',
    version: application ? checkVersion(ctx, application) : MODEL_VERSION,
    meta,
    speakers: registry.speakers,
    children,
    position: parsed.lines.position(0, input.length),
  }
  if (ctx.own) {
    const xeno = readXenoData(header)
    if (xeno) {
      const extras = parseExtras(textContent(xeno))
      if (extras) applyExtras(ctx, transcript, extras, xeno)
      else ctx.message('expected JSON with "data" and "empty" in <xenoData type="verbatim-model">, found something else; data bags not read', 'unreadable-extras', xeno)
    }
  }
  checkFields(ctx, transcript, header)
  // Messages are placed by the nodes' positions while reading: with `positions: false` they go at the end.
  if (options.positions === false) dropPositions(transcript)
  return { transcript, messages: ctx.messages }
}

/** The TEI element: the root, or the first TEI of a teiCorpus. */
function teiRoot(root: XmlElement, file: string | undefined, lines: { point(offset: number): { line: number; column: number; offset?: number } }): XmlElement {
  if (root.local === 'TEI') return root
  if (root.local === 'teiCorpus') {
    const first = childElements(root).find((child) => child.local === 'TEI')
    if (first) return first
  }
  throw new VerbatimError(`expected a TEI document (root element <TEI>), found <${root.name}>`, 'not-tei', SOURCE, {
    place: lines.point(root.start),
    ...(file === undefined ? {} : { file }),
  })
}
