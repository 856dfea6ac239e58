/**
 * The readers. Verbatim's own documents exactly as `toJsonLd` writes them are read straight from
 * the parsed JSON (`read-compact.ts`, the fast path). Every other document is read in expanded
 * form, the reference way: Verbatim's own compacted documents are expanded by the small built-in
 * expander (synchronously, without jsonld.js), everything else by jsonld.js (`expand-foreign.ts`,
 * loaded only then), with a document loader that never touches the network unless the caller
 * passes one.
 *
 * Text input is parsed with a parser that records where each value was, so that nodes and
 * messages get positions. `positions: false` (core's read option) gives no node a position and
 * keeps the messages' places: the text is parsed with JSON.parse, and read again the default way,
 * positions then removed, only when that read has messages (they are placed by the positions).
 */
import { dropPositions, jsonErrorPoint, type Transcript } from '@verbatim/core'
import { checkTranscript, validateTranscript } from '@verbatim/core/schema'
import { expandOwn, isOwnContext, NotOwnForm } from './expand-own.js'
import { Graph, hasType, type ExpandedNode } from './graph.js'
import { fail } from './fail.js'
import { ReadContext } from './read-context.js'
import { findMainNode, readForeign } from './read-foreign.js'
import { readVerbatim } from './read-verbatim.js'
import { isPlainObject } from './safe-object.js'
import type { JsonSpans } from './json-spans.js'
import { PathLocator } from './locate-path.js'
import { parseJsonWithSpans } from './parse-json.js'
import { placeMessages } from './place-messages.js'
import { readCompact } from './read-compact.js'
import type { FromJsonLdOptions, FromJsonLdResult } from './types.js'
import { iri } from './vocabulary.js'

/** The document, and where its values were when it was parsed from text with positions on. */
interface Parsed {
  document: unknown
  spans?: JsonSpans
}

/** JSON text or an already parsed value, as a JSON object or array. */
function parseInput(input: unknown, options: FromJsonLdOptions): Parsed {
  let value = input
  let spans: JsonSpans | undefined
  if (typeof input === 'string') {
    const bom = input.charCodeAt(0) === 0xfeff ? 1 : 0
    // Offsets stay those of the text given (after a byte order mark, not of a copy without it).
    const parsed = options.positions === false ? undefined : parseJsonWithSpans(input, bom)
    if (parsed) {
      value = parsed.value
      spans = parsed.spans
    } else {
      // Positions off, or not JSON: JSON.parse parses, or says what is wrong, as it always has.
      // (JSON never holds a NUL character, so looking for one only when parsing failed finds them all.)
      const text = bom ? input.slice(1) : input
      try {
        value = JSON.parse(text)
      } catch (error) {
        if (input.includes('\u0000')) fail('not JSON-LD: the input contains NUL characters (binary data?)', 'json-syntax', options)
        fail(`not valid JSON: ${(error as Error).message}`, 'json-syntax', options, jsonErrorPoint(text))
      }
    }
  }
  if (value === null || typeof value !== 'object') {
    fail(`not JSON-LD: expected a JSON object or array at the top level, found ${value === null ? 'null' : typeof value}`, 'not-jsonld', options)
  }
  return spans ? { document: value, spans } : { document: value }
}

/** Paths relative to `node` become positions in the text, when there is text to point into. */
function locate(ctx: ReadContext, parsed: Parsed, node: ExpandedNode): void {
  if (!parsed.spans) return
  const locator = new PathLocator(parsed.spans, parsed.document)
  const root = locator.root(node['@id'], node === ctx.graph.top[0])
  if (root) ctx.source = { locator, root }
}

function readExpanded(expanded: ExpandedNode[], options: FromJsonLdOptions, parsed: Parsed): FromJsonLdResult {
  const graph = new Graph(expanded)
  const ctx = new ReadContext(graph, options.file)
  const own = graph.all.find((node) => hasType(node, iri('Conversation')) && Array.isArray(node[iri('modelVersion')]))
  let transcript: Transcript
  if (own) {
    ctx.trackUnread = false
    locate(ctx, parsed, own)
    transcript = readVerbatim(ctx, own)
  }
  else {
    const main = findMainNode(ctx)
    if (!main) fail('not a transcript: the document has no JSON-LD node objects (nothing that expands to schema.org data)', 'empty-document', options)
    locate(ctx, parsed, main.node)
    transcript = readForeign(ctx, main)
  }
  return finish(transcript, ctx, options)
}

/** The model's semantic checks, with the file and the place of the node each is about. */
function semanticMessages(transcript: Transcript, options: FromJsonLdOptions) {
  const messages = checkTranscript(transcript).map((message) => (options.file !== undefined ? { ...message, file: options.file } : message))
  return placeMessages(transcript, messages)
}

/**
 * The fast path: Verbatim's own compacted form read without expansion, or undefined for any
 * other document. It builds only trees the model's schema accepts, so only the semantic checks run.
 */
function readDirect(parsed: Parsed, options: FromJsonLdOptions): FromJsonLdResult | undefined {
  const document = parsed.document
  if (!isPlainObject(document) || !isOwnContext(document['@context'])) return undefined
  const transcript = readCompact(document, parsed.spans)
  if (!transcript) return undefined
  const messages = semanticMessages(transcript, options)
  // The fast path gives up on what the model would refuse; should anything slip through, the reference path decides.
  return messages.some((message) => message.severity === 'error') ? undefined : { transcript, messages }
}

/** The model's own checks; a tree the model would refuse is a bug in the reader, said plainly. */
function finish(transcript: Transcript, ctx: ReadContext, options: FromJsonLdOptions): FromJsonLdResult {
  const result = validateTranscript(transcript)
  if (!result.valid) {
    const first = result.messages.find((message) => message.severity === 'error')
    fail(`the document was read into an invalid transcript (${first?.reason ?? 'unknown problem'}) at ${first?.path ?? '(root)'}`, 'invalid-transcript', options)
  }
  return { transcript, messages: [...ctx.messages, ...semanticMessages(transcript, options)] }
}

function ownExpansion(document: unknown): ExpandedNode[] | undefined {
  if (!isPlainObject(document) || !isOwnContext(document['@context'])) return undefined
  try {
    return expandOwn(document)
  } catch (error) {
    if (error instanceof NotOwnForm) return undefined
    throw error
  }
}

/**
 * Read a document written by `toJsonLd` (Verbatim's context, compacted), synchronously and
 * without jsonld.js. Throws a `VerbatimError` for any other document: use `fromJsonLd` for those.
 */
export function fromJsonLdSync(input: string | object, options: FromJsonLdOptions = {}): FromJsonLdResult {
  if (!leanRead(input, options)) return readSync(input, options)
  let read: FromJsonLdResult
  try {
    read = readSync(input, options)
  } catch {
    // Its error is placed by the default read, which throws it again.
    return withoutPositions(readSync(input, { ...options, positions: true }))
  }
  return read.messages.length === 0 ? read : withoutPositions(readSync(input, { ...options, positions: true }))
}

function readSync(input: string | object, options: FromJsonLdOptions): FromJsonLdResult {
  const parsed = parseInput(input, options)
  return readDirect(parsed, options) ?? readOwnExpanded(parsed, options)
}

/**
 * Text read with `positions: false`: parsed by JSON.parse, and the answer when it reads without
 * messages or errors; otherwise read again the default way (`withoutPositions`), for their places.
 */
const leanRead = (input: unknown, options: FromJsonLdOptions): input is string => typeof input === 'string' && options.positions === false

/** A default read's result as `positions: false` gives it: the same messages, no positions on the tree. */
function withoutPositions(read: FromJsonLdResult): FromJsonLdResult {
  dropPositions(read.transcript)
  return read
}

/** The reference reading of Verbatim's own compacted form: expanded by the built-in expander, then read. */
function readOwnExpanded(parsed: Parsed, options: FromJsonLdOptions): FromJsonLdResult {
  const document = parsed.document
  if (!isPlainObject(document) || !isOwnContext(document['@context'])) {
    fail(
      'fromJsonLdSync reads only documents in Verbatim\'s own compacted form (the @context toJsonLd writes); use fromJsonLd for other JSON-LD',
      'not-verbatim-form',
      options,
    )
  }
  let expanded: ExpandedNode[]
  try {
    expanded = expandOwn(document)
  } catch (error) {
    if (!(error instanceof NotOwnForm)) throw error
    fail(`fromJsonLdSync cannot read this document without jsonld.js (${error.message}); use fromJsonLd`, 'not-verbatim-form', options)
  }
  return readExpanded(expanded, options, parsed)
}

/**
 * `fromJsonLdSync` without the fast path, for tests that compare the two (not public API).
 * @internal
 */
export function fromJsonLdSyncByExpansion(input: string | object, options: FromJsonLdOptions = {}): FromJsonLdResult {
  return readOwnExpanded(parseInput(input, options), options)
}

type ForeignModule = typeof import('./expand-foreign.js')
let foreignModule: Promise<ForeignModule> | undefined

/**
 * The jsonld.js path, in a chunk of its own: loaded on first use so that writing (and reading
 * Verbatim's own form) never pulls in jsonld.js, which is an optional peer dependency.
 */
function loadForeign(): Promise<ForeignModule> {
  foreignModule ??= import('./expand-foreign.js')
  return foreignModule
}

/**
 * Read any JSON-LD document: Verbatim's own output in any form jsonld.js gives it (compacted,
 * expanded, flattened), and schema.org documents from elsewhere.
 */
export async function fromJsonLd(input: string | object, options: FromJsonLdOptions = {}): Promise<FromJsonLdResult> {
  if (!leanRead(input, options)) return readAsync(input, options)
  let read: FromJsonLdResult
  try {
    read = await readAsync(input, options)
  } catch {
    return withoutPositions(await readAsync(input, { ...options, positions: true }))
  }
  return read.messages.length === 0 ? read : withoutPositions(await readAsync(input, { ...options, positions: true }))
}

async function readAsync(input: string | object, options: FromJsonLdOptions): Promise<FromJsonLdResult> {
  const parsed = parseInput(input, options)
  const direct = readDirect(parsed, options)
  if (direct) return direct
  const document = parsed.document
  const own = ownExpansion(document)
  if (own) return readExpanded(own, options, parsed)
  const { expandForeign } = await loadForeign()
  const expanded = await expandForeign(document, options)
  return readExpanded(expanded, options, parsed)
}
