/**
 * The format registry: one handler per format, looked up by name. Usable from code
 * (`getFormat('tei').read(...)`) and extensible (`registerFormat`) for formats outside Verbatim.
 */
import { VerbatimError } from '@verbatim/core'
import { SOURCE } from './detect.js'
import { FORMAT_NAMES, type FormatName } from './formats.js'
import type { FormatHandler } from './handler.js'
import { jsonHandler } from './handlers/json.js'
import { jsonldHandler } from './handlers/jsonld.js'
import { srtHandler } from './handlers/srt.js'
import { podcastHandler, sttHandler } from './handlers/stt.js'
import { teiHandler } from './handlers/tei.js'
import { textHandler } from './handlers/text.js'
import { webvttHandler } from './handlers/webvtt.js'

const handlers = new Map<FormatName, FormatHandler>([
  ['text', textHandler],
  ['tei', teiHandler],
  ['webvtt', webvttHandler],
  ['jsonld', jsonldHandler],
  ['json', jsonHandler],
  ['srt', srtHandler],
  ['stt', sttHandler],
  ['podcast', podcastHandler],
])

/** The handler of a format; throws `VerbatimError` for an unknown name. */
export function getFormat(name: FormatName): FormatHandler {
  const handler = handlers.get(name)
  if (!handler) {
    throw new VerbatimError(`unknown format ${JSON.stringify(name)} (expected one of ${FORMAT_NAMES.join(', ')})`, 'unknown-format', SOURCE)
  }
  return handler
}

/** Every registered format, in the order of `FORMAT_NAMES`. */
export function listFormats(): FormatHandler[] {
  return FORMAT_NAMES.map((name) => getFormat(name))
}

/** Replace a format's handler (to wrap a reader with extra checks, for example). */
export function registerFormat(handler: FormatHandler): void {
  handlers.set(handler.info.name, handler)
}
