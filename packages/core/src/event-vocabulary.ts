/**
 * The one event vocabulary of Verbatim, as data, used by every reader and writer: which bracketed
 * wordings (`(Laughter.)`, `[MUSIC PLAYING]`) and which TEI types or descriptions name which
 * event kind. Two levels:
 *
 * - `EVENT_VOCABULARY`: whole wordings, normalised (lower case, no trailing period, no time
 *   stamp, hyphens as spaces). Exact, so a format where parentheses also hold ordinary asides
 *   (plain text) can trust it.
 * - `EVENT_STEMS`: word stems per kind, for formats where the bracket already says "event"
 *   (captions' square brackets, TEI's `<incident>`): any wording that contains a stem at the
 *   start of a word.
 *
 * `eventKindOf` tries the wordings first, then the stems in the order of EVENT_STEM_DATA, then
 * says `other`. Every wording of EVENT_VOCABULARY reads as its kind through `eventKindOf`.
 */
import type { EventKind } from './types.js'

/** Word lists written compactly, `a|b|c` per kind (a minified bundle keeps no quotes and commas per word). */
function wordLists(table: Record<EventKind, string>): Record<EventKind, string[]> {
  return Object.fromEntries(Object.entries(table).map(([kind, words]) => [kind, words.split('|')])) as Record<EventKind, string[]>
}

export const EVENT_VOCABULARY: Readonly<Record<EventKind, readonly string[]>> = /* @__PURE__ */ wordLists({
  inaudible: 'inaudible|inaudible response|inaudible question|inaudible comment|audio inaudible|inaudible remark|inaudible answer|partially inaudible|inaudible crosstalk|inaudible reply|ininteligible|inaudible audio|no audible response|inaudible off mic',
  unintelligible: 'unintelligible|indiscernible|unclear|incomprehensible|garbled',
  crosstalk: 'crosstalk|cross talk|overlapping voices|overlapping speakers|simultaneous speech|simultaneous conversation|talking over each other|multiple speakers|voces simultáneas',
  laughter: 'laughter|laughs|laughing|laugh|chuckles|chuckling|general laughter|risas|ríe|rie|risa',
  applause: 'applause|applauding|clapping|aplausos|aplauso|standing ovation',
  'off-mic': 'off mic|off microphone|speaking off mic|off the mic|mic off|microphone off|speaks off mic|off camera',
  pause: 'pause|long pause|brief pause|silence|pausa|silencio',
  music: 'music|music playing|music plays|musica|música|pieza musical|singing|music ends|music starts',
  noise: 'noise|background noise|static|technical difficulty|technical difficulties|audio interference|phone rings|ruido|coughs|coughing|cough|sneezes|sneezing|clears throat',
  other: 'speaks french|speaks english|speaks spanish|speaks german|speaks arabic|speaks russian|speaks chinese|speaks in french|speaks in english|speaks in spanish|as interpreted|as translated|through translator|through interpreter|via interpreter|via translator|sighs|no audio|audio gap|audio cuts out|gavel|bell rings|video plays|video playing|proyección de video|finaliza video',
})

/**
 * Word stems per kind (English, Spanish, German, French, Slovenian: the languages of the corpus),
 * tried in this order; a stem matches at the start of a word, case-insensitively. `other` has
 * none: it is what no stem names.
 */
export const EVENT_STEM_DATA: ReadonlyArray<readonly [EventKind, readonly string[]]> = /* @__PURE__ */ (
  [
    ['inaudible', 'inaudib|no audible|neslišno'],
    ['unintelligible', 'unintelligib|indiscernib|ininteligib|incomprehensib|unclear|illegib|garbled|nerazumljiv'],
    ['crosstalk', 'cross-?talk|overlap|talking over|simultane|multiple speakers|interrupt'],
    ['laughter', 'laugh|chuckl|giggl|risa|risita|ríe|riendo|smeh|lach|rire'],
    ['applause', 'applau|aplau|clap|cheer|vítores|beifall|aplavz|standing ovation'],
    ['off-mic', 'off[- ]?mic|off camera|mic off|microphone off'],
    ['pause', 'pause|pausa|silence|silencio|premor'],
    ['music', 'music|músic|musik|glasba|singing|song|♪'],
    ['noise', 'noise|ruido|static|beep|sound|breath|cough|sneez|clears throat|technical difficult|interference|zvok|šum'],
  ] as const
).map(([kind, stems]) => [kind, stems.split('|')] as const)

/** The stems as one regular expression per kind, in order. */
export const EVENT_STEMS: ReadonlyArray<readonly [EventKind, RegExp]> = /* @__PURE__ */ EVENT_STEM_DATA.map(
  ([kind, stems]) => [kind, new RegExp(`(?<!\\p{L})(?:${stems.join('|')})`, 'iu')] as const,
)

/**
 * The stems of `EVENT_STEMS` without their lookbehind, searched through the text: `startsWord`
 * tests the word start instead. The same answers: compiling nine `(?<!\p{L})` lookbehinds under
 * `/iu` took 3.7-4.2 ms the first time a process met a bracket that is not an exact wording
 * (about 1 ms without them).
 */
const STEM_SEARCH: ReadonlyArray<readonly [EventKind, RegExp]> = /* @__PURE__ */ EVENT_STEM_DATA.map(
  ([kind, stems]) => [kind, new RegExp(`(?:${stems.join('|')})`, 'giu')] as const,
)
/** A letter ending the text, as `\p{L}` is under `/iu` (which adds U+0345, folded to a Greek iota). */
const LETTER_AT_END = /[\p{L}\u0345]$/u

/** Whether `stem` matches `text` where no letter comes before (what `EVENT_STEMS`' lookbehind says). */
function startsWord(stem: RegExp, text: string): boolean {
  stem.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = stem.exec(text)) !== null) {
    const at = match.index
    if (at === 0 || !LETTER_AT_END.test(text.slice(Math.max(0, at - 2), at))) return true
    stem.lastIndex = at + 1
  }
  return false
}

/** Normalise a wording (without its brackets) for lookup: `Off-mic.` -> `off mic`, `inaudible 00:32:26` -> `inaudible`. */
export function normaliseEventWording(inner: string): string {
  return inner
    .toLowerCase()
    .replace(/\\/g, '')
    .replace(/\b\d{1,2}(?::\d{2}){1,2}(?:[.,]\d+)?\b/g, ' ')
    .replace(/[-_–]/g, ' ')
    .replace(/[.!:;,]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

let wordingMap: Map<string, EventKind> | undefined

/** The wordings of EVENT_VOCABULARY, normalised, to their kinds (built once). */
export function eventWordingMap(): ReadonlyMap<string, EventKind> {
  if (!wordingMap) {
    wordingMap = new Map()
    for (const [kind, wordings] of Object.entries(EVENT_VOCABULARY) as [EventKind, readonly string[]][]) {
      for (const wording of wordings) wordingMap.set(normaliseEventWording(wording), kind)
    }
  }
  return wordingMap
}

/** Strip one pair of brackets (`()`, `[]`, `(())`, `\[ \]`) around a wording, if it has them. */
function unbracket(content: string): string {
  const match = /^\s*\\?(?:\(\(|\(|\[)([^]*?)\\?(?:\)\)|\)|\])\s*$/.exec(content)
  return match ? match[1]! : content
}

/**
 * The kind a wording names, or undefined when neither a whole wording nor a stem names one.
 * Takes the content with or without its brackets.
 */
export function matchEventKind(content: string): EventKind | undefined {
  const inner = unbracket(content)
  const exact = eventWordingMap().get(normaliseEventWording(inner))
  if (exact) return exact
  for (const [kind, stem] of STEM_SEARCH) if (startsWord(stem, inner)) return kind
  return undefined
}

/** The kind a wording names: a whole wording, else a stem, else `other`. */
export function eventKindOf(content: string): EventKind {
  return matchEventKind(content) ?? 'other'
}
