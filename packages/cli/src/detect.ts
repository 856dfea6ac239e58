/**
 * Which format an input is in: `--from` when given, else the file extension, else the content.
 * Content sniffing looks only at the first few kilobytes, so it stays cheap on big files.
 */
import { VerbatimError } from '@verbatim/core'
import { formatFromExtension, type FormatName } from './formats.js'

export const SOURCE = 'verbatim-cli'

export interface Detection {
  format: FormatName
  /** How it was decided, for `inspect` and error messages. */
  by: 'option' | 'extension' | 'content'
}

const SNIFF_LENGTH = 8192

/** True when the text holds NUL bytes or many replacement characters: not a text file. */
export function looksBinary(content: string): boolean {
  const head = content.slice(0, SNIFF_LENGTH)
  if (head.includes('\u0000')) return true
  let replacements = 0
  for (const char of head) if (char === '\ufffd') replacements++
  return head.length > 0 && replacements / head.length > 0.1
}

/** The format of a text from its content alone. */
export function sniffFormat(content: string): FormatName {
  const head = content.slice(0, SNIFF_LENGTH).replace(/^\ufeff/, '')
  const start = head.trimStart()
  // The WebVTT signature must open the file (after an optional BOM), per the WebVTT spec.
  if (/^WEBVTT(?:[ \t\r\n]|$)/.test(head)) return 'webvtt'
  if (start.startsWith('<')) return 'tei'
  if (start.startsWith('{') || start.startsWith('[')) {
    // JSON-LD always carries an @context (or an @graph / @type); the model JSON never does.
    if (/"@(?:context|graph|type)"\s*:/.test(head)) return 'jsonld'
    return 'json'
  }
  return 'text'
}

/**
 * Decide the format of an input. `from` wins; then the path's extension (`.json` is checked
 * against the content, since JSON-LD is often saved as `.json`); then the content.
 */
export function detectFormat(content: string, path?: string, from?: FormatName): Detection {
  if (from) return { format: from, by: 'option' }
  if (looksBinary(content)) {
    throw new VerbatimError(
      `cannot read ${path ?? 'the input'}: it looks like binary data, not a transcript`,
      'binary-input',
      SOURCE,
      path === undefined ? {} : { file: path },
    )
  }
  const byExtension = path === undefined ? undefined : formatFromExtension(path)
  if (byExtension === 'json' && !path!.toLowerCase().endsWith('.verbatim.json')) {
    const sniffed = sniffFormat(content)
    if (sniffed === 'jsonld') return { format: 'jsonld', by: 'content' }
  }
  if (byExtension) return { format: byExtension, by: 'extension' }
  return { format: sniffFormat(content), by: 'content' }
}
