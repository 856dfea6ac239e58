/**
 * The formats Verbatim converts between, their file extensions and their names on the command
 * line. Kept apart from the handlers so that detection and path planning never load a reader.
 */

export const FORMAT_NAMES = ['text', 'tei', 'webvtt', 'jsonld', 'json', 'srt', 'stt', 'podcast'] as const

export type FormatName = (typeof FORMAT_NAMES)[number]

export interface FormatInfo {
  name: FormatName
  /** What it is, for help texts and `inspect`. */
  label: string
  /** Extensions (lowercase, with dot) that identify the format; longest first. */
  extensions: readonly string[]
  /** Extension of files this tool writes in the format (`''` when it only reads the format). */
  outputExtension: string
  /** False for formats Verbatim reads but does not write (speech-to-text results). */
  writes: boolean
  /** Part of `--to all` (formats that hold any transcript, timed or not). */
  inAll: boolean
}

export const FORMATS: Readonly<Record<FormatName, FormatInfo>> = {
  text: { name: 'text', label: 'plain-text transcript', extensions: ['.txt', '.text'], outputExtension: '.txt', writes: true, inAll: false },
  tei: { name: 'tei', label: 'TEI XML (spoken transcription)', extensions: ['.tei.xml', '.tei', '.xml'], outputExtension: '.tei.xml', writes: true, inAll: true },
  webvtt: { name: 'webvtt', label: 'WebVTT captions', extensions: ['.vtt', '.webvtt'], outputExtension: '.vtt', writes: true, inAll: true },
  jsonld: { name: 'jsonld', label: 'schema.org JSON-LD', extensions: ['.jsonld', '.json-ld'], outputExtension: '.jsonld', writes: true, inAll: true },
  json: { name: 'json', label: 'Verbatim model JSON', extensions: ['.verbatim.json', '.json'], outputExtension: '.json', writes: true, inAll: true },
  srt: { name: 'srt', label: 'SubRip subtitles', extensions: ['.srt'], outputExtension: '.srt', writes: true, inAll: false },
  // Speech-to-text results are .json files like the model's own: recognised by content (see detect.ts).
  stt: { name: 'stt', label: 'speech-to-text JSON (Whisper, Deepgram, AssemblyAI, AWS, Rev.ai)', extensions: [], outputExtension: '', writes: false, inAll: false },
  podcast: { name: 'podcast', label: 'Podcasting 2.0 transcript (JSON; HTML read)', extensions: ['.podcast.json', '.html', '.htm'], outputExtension: '.podcast.json', writes: true, inAll: false },
}

/** Other spellings accepted by `--from` / `--to`. */
const ALIASES: Record<string, FormatName> = {
  txt: 'text',
  plain: 'text',
  xml: 'tei',
  vtt: 'webvtt',
  'json-ld': 'jsonld',
  'schema.org': 'jsonld',
  verbatim: 'json',
  subrip: 'srt',
  whisper: 'stt',
  deepgram: 'stt',
  assemblyai: 'stt',
  aws: 'stt',
  'aws-transcribe': 'stt',
  'rev-ai': 'stt',
  revai: 'stt',
  'podcasting-2.0': 'podcast',
  podcasting: 'podcast',
}

export function isFormatName(value: string): value is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(value)
}

/** The format a command-line name stands for (`vtt` -> `webvtt`), or undefined. */
export function formatFromName(value: string): FormatName | undefined {
  const name = value.trim().toLowerCase()
  if (isFormatName(name)) return name
  return ALIASES[name]
}

/** The format a file name's extension stands for, or undefined (`.json` is ambiguous: json). */
export function formatFromExtension(path: string): FormatName | undefined {
  const lower = path.toLowerCase()
  let best: { name: FormatName; length: number } | undefined
  for (const info of Object.values(FORMATS)) {
    for (const extension of info.extensions) {
      if (lower.endsWith(extension) && (!best || extension.length > best.length)) best = { name: info.name, length: extension.length }
    }
  }
  return best?.name
}

/** Every extension some format claims, for picking files out of a directory. */
export function knownExtensions(): string[] {
  return Object.values(FORMATS).flatMap((info) => [...info.extensions])
}

/** The file name without any extension a format claims (`a.tei.xml` -> `a`). */
export function stripFormatExtension(fileName: string): string {
  const lower = fileName.toLowerCase()
  let cut = 0
  for (const extension of knownExtensions()) {
    if (lower.endsWith(extension) && extension.length > cut && extension.length < fileName.length) cut = extension.length
  }
  return cut ? fileName.slice(0, -cut) : fileName
}
