/**
 * A Deepgram response sends every word twice: in `results.channels[0].alternatives[0].words` and
 * again in `results.utterances[].words`, about half of the text. Where the response has
 * paragraphs, the reader takes its segments from them and never reads the utterances, so the text
 * is parsed without the utterances array, and the array is parsed only if the reader asks for it
 * (no paragraphs, or several channels). Whatever does not fit this shape exactly is parsed whole.
 */
import { isRecord } from './read-context.js'

const KEY = '"utterances"'
/** What stands for the utterances in the text parsed without them (no service writes it). */
const MARKER = '\u0000verbatim:utterances-not-parsed'

/**
 * The response parsed with `results.utterances` left for later, or undefined when the text is not
 * a Deepgram response ending with that array (`...]}}`) with `metadata` before `results`.
 * `parseWhole` parses the whole text (and throws the positioned error if it is not JSON): it is
 * called if the utterances are asked for and their text alone is not one JSON array.
 */
export function parseWithoutUtterances(text: string, parseWhole: () => unknown): Record<string, unknown> | undefined {
  const close = closingBracket(text)
  if (close < 0) return undefined
  const open = utterancesArray(text, close)
  if (open < 0) return undefined
  let json: unknown
  try {
    json = JSON.parse(text.slice(0, open) + JSON.stringify(MARKER) + text.slice(close + 1))
  } catch {
    return undefined
  }
  // The marker where the reader looks for the utterances, and the metadata before them (so nothing read was cut away).
  if (!isRecord(json) || !isRecord(json.results) || json.results.utterances !== MARKER || !Array.isArray(json.results.channels) || !isRecord(json.metadata)) return undefined
  let utterances: unknown
  let parsed = false
  Object.defineProperty(json.results, 'utterances', {
    enumerable: true,
    configurable: true,
    get: () => {
      if (!parsed) utterances = parseArray(text.slice(open, close + 1)) ?? (parseWhole() as { results: { utterances: unknown } }).results.utterances
      parsed = true
      return utterances
    },
  })
  return json
}

/** The text as one JSON array, or undefined when it is not one. */
function parseArray(text: string): unknown[] | undefined {
  try {
    const value: unknown = JSON.parse(text)
    return Array.isArray(value) ? value : undefined
  } catch {
    return undefined
  }
}

/** The index of the `]` of `]}}` at the end of the text (white space allowed between), or -1. */
function closingBracket(text: string): number {
  let index = text.length - 1
  for (const expected of [0x7d, 0x7d, 0x5d]) {
    while (index >= 0 && isSpace(text.charCodeAt(index))) index--
    if (index < 0 || text.charCodeAt(index) !== expected) return -1
    if (expected !== 0x5d) index--
  }
  return index
}

/** The index of the `[` after the first `"utterances":` key before `before`, or -1. */
function utterancesArray(text: string, before: number): number {
  for (let found = text.indexOf(KEY); found >= 0 && found < before; found = text.indexOf(KEY, found + 1)) {
    let index = found + KEY.length
    while (isSpace(text.charCodeAt(index))) index++
    if (text.charCodeAt(index) !== 0x3a) continue
    index++
    while (isSpace(text.charCodeAt(index))) index++
    return text.charCodeAt(index) === 0x5b && index < before ? index : -1
  }
  return -1
}

const isSpace = (code: number): boolean => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09
