/**
 * Reader and writer options as command-line flags, as data: each flag names the formats that
 * take it, the option key in that package, and how its text becomes a value. `--help` is
 * generated from this table, so a flag cannot exist without its documentation.
 */
import { readFileSync } from 'node:fs'
import type { Metadata } from '@verbatim/core'
import type { PerFormat } from '../convert.js'
import { isFormatName, type FormatName } from '../formats.js'
import { parseNumber } from './args.js'
import { UsageError } from './io.js'

export interface FormatFlag {
  flag: string
  type: 'string' | 'boolean'
  /** Turns the flag's text into a value (default: the text itself, or true for a boolean). */
  value?: (raw: string, flag: string) => unknown
  /** Where the value goes: an option of a format's reader, writer or both (default both), optionally transformed. */
  sets: { format: FormatName; side?: 'read' | 'write'; key: string; map?: (value: unknown) => unknown }[]
  /** Value placeholder in help (`N`, `FILE`). */
  arg?: string
  help: string
}

const command = 'convert'
const integer = (raw: string, flag: string) => parseNumber(command, raw, `--${flag}`, { integer: true, min: 1 })
const number = (raw: string, flag: string) => parseNumber(command, raw, `--${flag}`, { min: 0 })

/** A JSON file read at argument time, so workers get plain data. */
export function jsonFile(raw: string, flag: string): unknown {
  let text: string
  try {
    text = readFileSync(raw, 'utf8')
  } catch (error) {
    throw new UsageError(`--${flag}: cannot read ${raw}: ${(error as Error).message}`, command)
  }
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new UsageError(`--${flag}: ${raw} is not valid JSON: ${(error as Error).message}`, command)
  }
}

const oneOf =
  (...allowed: string[]) =>
  (raw: string, flag: string) => {
    if (!allowed.includes(raw)) throw new UsageError(`--${flag} expects ${allowed.join(', ')}, got ${JSON.stringify(raw)}`, command)
    return raw
  }

export const FORMAT_FLAGS: FormatFlag[] = [
  // Plain-text reader.
  {
    flag: 'speakers',
    type: 'string',
    arg: 'FILE',
    value: jsonFile,
    sets: [{ format: 'text', side: 'read', key: 'speakers' }],
    help: 'text reader: speaker map, JSON {"LABEL": {"name", "role", "title"...}}',
  },
  {
    flag: 'events',
    type: 'string',
    arg: 'FILE',
    value: jsonFile,
    sets: [{ format: 'text', side: 'read', key: 'events' }],
    help: 'text reader: extra event wordings, JSON {"(BELL RINGS)": "noise"}',
  },
  {
    flag: 'grammar',
    type: 'string',
    arg: 'ID',
    value: oneOf('auto', 'caps', 'mixed', 'markdown', 'timed', 'court'),
    sets: [{ format: 'text', side: 'read', key: 'grammar' }],
    help: 'text reader: label grammar: auto, caps, mixed, markdown, timed, court (default auto)',
  },
  {
    flag: 'labels-at',
    type: 'string',
    arg: 'WHERE',
    value: oneOf('auto', 'paragraph', 'line'),
    sets: [{ format: 'text', side: 'read', key: 'labelsAt' }],
    help: 'text reader: where labels start: auto, paragraph, line (default auto)',
  },
  // Plain-text writer.
  {
    flag: 'text-header',
    type: 'string',
    arg: 'KIND',
    value: oneOf('yaml', 'plain', 'none'),
    sets: [{ format: 'text', side: 'write', key: 'header' }],
    help: 'text writer: metadata header: yaml (lossless), plain, none (default yaml)',
  },
  {
    flag: 'no-speaker-registry',
    type: 'boolean',
    sets: [{ format: 'text', side: 'write', key: 'speakers', map: () => false }],
    help: 'text writer: leave the speaker registry out of the YAML header',
  },
  {
    flag: 'no-times',
    type: 'boolean',
    sets: [{ format: 'text', side: 'write', key: 'times', map: () => false }],
    help: 'text writer: no [hh:mm:ss.mmm] turn times after labels',
  },
  {
    flag: 'interpreted-qualifier',
    type: 'string',
    arg: 'TEXT',
    sets: [{ format: 'text', side: 'write', key: 'interpretedQualifier' }],
    help: 'text writer: written after the label of interpreted turns (default "(THROUGH TRANSLATOR)")',
  },
  {
    flag: 'crlf',
    type: 'boolean',
    sets: [{ format: 'text', side: 'write', key: 'newline', map: () => '\r\n' }],
    help: 'text writer: CRLF line endings',
  },
  // WebVTT writer.
  {
    flag: 'line-length',
    type: 'string',
    arg: 'N',
    value: integer,
    sets: [{ format: 'webvtt', side: 'write', key: 'maxLineLength' }],
    help: 'WebVTT writer: longest caption line, in characters (default 42)',
  },
  {
    flag: 'max-cps',
    type: 'string',
    arg: 'N',
    value: number,
    sets: [{ format: 'webvtt', side: 'write', key: 'maxCps' }],
    help: 'WebVTT writer: reading speed target, characters per second (default 17)',
  },
  {
    flag: 'wpm',
    type: 'string',
    arg: 'N',
    value: number,
    sets: [{ format: 'webvtt', side: 'write', key: 'wordsPerMinute' }],
    help: 'WebVTT writer: speaking rate for estimated times, words per minute (default 160)',
  },
  {
    flag: 'max-lines',
    type: 'string',
    arg: 'N',
    value: integer,
    sets: [{ format: 'webvtt', side: 'write', key: 'maxLines' }],
    help: 'WebVTT writer: most lines per cue (default 2)',
  },
  {
    flag: 'min-duration',
    type: 'string',
    arg: 'SECONDS',
    value: number,
    sets: [{ format: 'webvtt', side: 'write', key: 'minDuration' }],
    help: 'WebVTT writer: shortest cue duration (default 5/6 s)',
  },
  {
    flag: 'max-duration',
    type: 'string',
    arg: 'SECONDS',
    value: number,
    sets: [{ format: 'webvtt', side: 'write', key: 'maxDuration' }],
    help: 'WebVTT writer: longest cue duration (default 7 s)',
  },
  {
    flag: 'voice',
    type: 'string',
    arg: 'KIND',
    value: oneOf('display', 'label', 'none'),
    sets: [{ format: 'webvtt', side: 'write', key: 'voice' }],
    help: 'WebVTT writer: voice span name: display (name), label (as written), none (default display)',
  },
  {
    flag: 'drop-events',
    type: 'boolean',
    sets: [{ format: 'webvtt', side: 'write', key: 'events', map: () => 'drop' }],
    help: 'WebVTT writer: leave [events] out of the captions',
  },
  {
    flag: 'no-estimate',
    type: 'boolean',
    sets: [{ format: 'webvtt', side: 'write', key: 'estimate', map: () => false }],
    help: 'WebVTT writer: fail instead of estimating missing times from the speaking rate',
  },
  {
    flag: 'no-vtt-metadata',
    type: 'boolean',
    sets: [{ format: 'webvtt', side: 'write', key: 'metadata', map: () => false }],
    help: 'WebVTT writer: no metadata NOTE block at the top',
  },
  {
    flag: 'no-interpreted-class',
    type: 'boolean',
    sets: [{ format: 'webvtt', side: 'write', key: 'interpreted', map: () => 'none' }],
    help: 'WebVTT writer: no <v.interpreted> class on interpreted speech',
  },
  {
    flag: 'no-cue-ids',
    type: 'boolean',
    sets: [{ format: 'webvtt', side: 'write', key: 'cueIds', map: () => false }],
    help: 'WebVTT writer: do not number the cues',
  },
  // WebVTT reader.
  {
    flag: 'webvtt-strict',
    type: 'boolean',
    sets: [{ format: 'webvtt', side: 'read', key: 'tolerant', map: () => false }],
    help: 'WebVTT reader: exactly the browser algorithm, no tolerance for SRT-style or Teams timestamps',
  },
  {
    flag: 'no-merge-cues',
    type: 'boolean',
    sets: [{ format: 'webvtt', side: 'read', key: 'mergeCues', map: () => false }],
    help: 'WebVTT reader: one turn per cue instead of merging a speaker\'s consecutive cues',
  },
  {
    flag: 'no-dedupe',
    type: 'boolean',
    sets: [{ format: 'webvtt', side: 'read', key: 'dedupe', map: () => false }],
    help: 'WebVTT reader: keep rolling-caption repeats (YouTube) and repeated cues',
  },
  {
    flag: 'no-name-prefixes',
    type: 'boolean',
    sets: [{ format: 'webvtt', side: 'read', key: 'namePrefixes', map: () => false }],
    help: 'WebVTT reader: do not read "Name: " at the start of cues as the speaker',
  },
  {
    flag: 'paragraph-gap',
    type: 'string',
    arg: 'SECONDS',
    value: number,
    sets: [{ format: 'webvtt', side: 'read', key: 'paragraphGap' }],
    help: 'WebVTT reader: silence that starts a new paragraph (default 2)',
  },
  // TEI.
  {
    flag: 'id-prefix',
    type: 'string',
    arg: 'PREFIX',
    sets: [{ format: 'tei', key: 'idPrefix' }],
    help: 'TEI writer and reader: prefix of every xml:id (default none)',
  },
  {
    flag: 'tei-publisher',
    type: 'string',
    arg: 'NAME',
    sets: [{ format: 'tei', side: 'write', key: 'publisher' }],
    help: 'TEI writer: publicationStmt/publisher, who publishes the TEI file (default "Unknown")',
  },
  {
    flag: 'publication-date',
    type: 'string',
    arg: 'DATE',
    sets: [{ format: 'tei', side: 'write', key: 'publicationDate' }],
    help: 'TEI writer: publicationStmt/date, ISO 8601 (default none)',
  },
  {
    flag: 'licence',
    type: 'string',
    arg: 'URL|NAME',
    sets: [{ format: 'tei', side: 'write', key: 'licence' }],
    help: 'TEI writer: availability/licence (default none)',
  },
  {
    flag: 'availability',
    type: 'string',
    arg: 'TEXT',
    sets: [{ format: 'tei', side: 'write', key: 'availability' }],
    help: 'TEI writer: availability/p, free text about rights',
  },
  {
    flag: 'availability-status',
    type: 'string',
    arg: 'STATUS',
    value: oneOf('free', 'restricted', 'unknown'),
    sets: [{ format: 'tei', side: 'write', key: 'availabilityStatus' }],
    help: 'TEI writer: availability/@status: free, restricted or unknown',
  },
  // JSON-LD writer.
  {
    flag: 'base',
    type: 'string',
    arg: 'IRI',
    value: (raw, flag) => {
      if (!/^[a-z][a-z0-9+.-]*:[^#\s]*$/i.test(raw)) throw new UsageError(`--${flag} expects an absolute IRI without a fragment, got ${JSON.stringify(raw)}`, command)
      return raw
    },
    sets: [{ format: 'jsonld', side: 'write', key: 'baseIri' }],
    help: 'JSON-LD writer: IRI of the transcript; other nodes get IRI#turn-3... (default a urn:uuid from the content)',
  },
  {
    flag: 'embed-context',
    type: 'boolean',
    sets: [{ format: 'jsonld', side: 'write', key: 'embedContext' }],
    help: "JSON-LD writer: embed Verbatim's context (the default; kept for older scripts)",
  },
  {
    flag: 'context-iri',
    type: 'boolean',
    sets: [{ format: 'jsonld', side: 'write', key: 'embedContext', map: () => false }],
    help: "JSON-LD writer: name Verbatim's context by its IRI instead of embedding it (for those who serve it)",
  },
  // Several writers.
  {
    flag: 'compact',
    type: 'boolean',
    sets: [
      { format: 'json', side: 'write', key: 'space', map: () => 0 },
      { format: 'jsonld', side: 'write', key: 'space', map: () => 0 },
      { format: 'tei', side: 'write', key: 'pretty', map: () => false },
    ],
    help: 'JSON, JSON-LD and TEI writers: one line, no indentation',
  },
]

/** Flags that reach a reader: the ones `inspect` and `validate` take too. */
export const READER_FLAGS = FORMAT_FLAGS.filter((flag) => flag.sets.some((target) => target.side !== 'write'))

/** Metadata flags: they set fields of the model between reading and writing, so every writer sees them. */
export const META_FLAGS: { flag: string; help: string; set: (meta: Metadata, value: string) => void }[] = [
  { flag: 'title', help: 'title of the transcript', set: (meta, value) => void (meta.title = value) },
  { flag: 'subtitle', help: 'subtitle', set: (meta, value) => void (meta.subtitle = value) },
  { flag: 'date', help: 'date of the speech, ISO 8601 (2016-10-25)', set: (meta, value) => void (meta.date = value) },
  { flag: 'place', help: 'where it took place', set: (meta, value) => void (meta.place = value) },
  {
    flag: 'language',
    help: 'languages spoken, BCP 47, comma-separated, main first',
    set: (meta, value) => void (meta.languages = value.split(',').map((tag) => tag.trim()).filter(Boolean)),
  },
  { flag: 'description', help: 'a short description', set: (meta, value) => void (meta.description = value) },
  { flag: 'publisher', help: 'publisher of the source', set: (meta, value) => void (meta.source = { ...meta.source, publisher: value }) },
  { flag: 'source-url', help: 'URL of the published source', set: (meta, value) => void (meta.source = { ...meta.source, url: value }) },
  { flag: 'media-url', help: 'URL of the recording', set: (meta, value) => void (meta.media = { ...meta.media, url: value }) },
  { flag: 'media-type', help: 'MIME type of the recording (video/mp4)', set: (meta, value) => void (meta.media = { ...meta.media, type: value }) },
]

/** parseArgs option definitions for the flags above. */
export function formatFlagOptions(flags: FormatFlag[] = FORMAT_FLAGS, meta = true) {
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }> = {}
  for (const flag of flags) options[flag.flag] = { type: flag.type }
  if (meta) for (const flag of META_FLAGS) options[flag.flag] = { type: 'string' }
  options.option = { type: 'string', multiple: true }
  return options
}

/** Parse a generic `--option format.key=value` (value as JSON when it parses, else as text). */
function genericOption(raw: string): { format: FormatName | '*'; key: string; value: unknown } {
  const match = /^(?:([a-z-]+)\.)?([A-Za-z_][\w]*)=(.*)$/s.exec(raw)
  if (!match) throw new UsageError(`--option expects FORMAT.KEY=VALUE or KEY=VALUE, got ${JSON.stringify(raw)}`, command)
  const [, format, key, text] = match as unknown as [string, string | undefined, string, string]
  let value: unknown = text
  try {
    value = JSON.parse(text)
  } catch {
    // Not JSON: keep the text.
  }
  if (format !== undefined && !isFormatName(format)) {
    throw new UsageError(`--option ${raw}: ${format} is not a format`, command)
  }
  return { format: (format as FormatName | undefined) ?? '*', key, value }
}

export interface CollectedOptions {
  shared: Record<string, unknown>
  formatOptions: PerFormat
  readerOptions: PerFormat
  writerOptions: PerFormat
  meta: Metadata
}

/** Turn parsed flag values into per-format options and metadata overrides. */
export function collectFormatOptions(values: Record<string, unknown>): CollectedOptions {
  const collected: CollectedOptions = { shared: {}, formatOptions: {}, readerOptions: {}, writerOptions: {}, meta: {} }
  const put = (format: FormatName, key: string, value: unknown, side?: 'read' | 'write') => {
    const bag = side === 'read' ? collected.readerOptions : side === 'write' ? collected.writerOptions : collected.formatOptions
    bag[format] = { ...bag[format], [key]: value }
  }
  for (const flag of FORMAT_FLAGS) {
    const raw = values[flag.flag]
    if (raw === undefined) continue
    if (raw === false) continue
    const value = flag.type === 'boolean' ? raw : flag.value ? flag.value(String(raw), flag.flag) : raw
    for (const target of flag.sets) put(target.format, target.key, target.map ? target.map(value) : value, target.side)
  }
  for (const flag of META_FLAGS) {
    const raw = values[flag.flag]
    if (typeof raw === 'string') flag.set(collected.meta, raw)
  }
  for (const raw of (values.option as string[] | undefined) ?? []) {
    const { format, key, value } = genericOption(raw)
    if (format === '*') collected.shared[key] = value
    else put(format, key, value)
  }
  return collected
}
