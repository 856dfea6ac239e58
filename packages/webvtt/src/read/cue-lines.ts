/**
 * A cue's text as the reader sees it: the cue text tree flattened into runs of plain text with
 * the voice (and its classes and language) each run belongs to. Timestamps and ruby text are
 * left out (they are not speech); line breaks are kept for the speaker-change markers. Brackets
 * written as character references stay held (see `holdBracketReferences`) until the text is final.
 */
import { collapseWhitespace, parseCueText, SKIP_CHILDREN, untaggedText, walkCueNodes, type CueNode } from '../parse/cue-text.js'
import { holdBracketReferences } from '../brackets.js'
import { timestampAt, timestampEnd } from '../parse/timestamp.js'

export interface VoiceRun {
  /** The `<v>` annotation around this text, or null. */
  voice: string | null
  classes: string[]
  /** The innermost `<lang>` annotation around this text, if any. */
  language: string | undefined
  text: string
}

/** Directional isolates (U+2066-U+2069): layout controls the writer adds, not speech. */
const ISOLATES = /[\u2066-\u2069]/g
const ISOLATE_OPEN = /[\u2066-\u2068]/

/** The cue's text without markup (the text of all its runs), without making runs when it has no markup. */
export function cueText(text: string): string {
  if (text.indexOf('<') === -1 && text.indexOf('&') === -1 && !ISOLATE.test(text)) return text
  const styled = styleTagsRemoved(text)
  if (styled !== null) return styled
  const runs = cueRuns(text)
  if (runs.length === 1) return runs[0]!.text
  let out = ''
  for (const run of runs) out += run.text
  return out
}

const ISOLATE = /[\u2066-\u2069]/

/** `<i>`, `<b>`, `<u>` and `<c>` start tags (classes, no annotation) and end tags. */
const STYLE_TAG = /<\/?[ibuc](?:\.[^\t\n\f\r .<>&]*)*>/g

/**
 * The text of a cue whose only markup is style tags (`<i>...</i>`, Netflix subtitles): the tags
 * removed, which is what the cue text parser's runs hold then (one run, no voice, no language).
 * Null for any other markup, a character reference or a directional isolate.
 */
export function styleTagsRemoved(text: string): string | null {
  if (text.indexOf('&') !== -1 || ISOLATE.test(text)) return null
  const stripped = text.replace(STYLE_TAG, '')
  return stripped.indexOf('<') === -1 ? stripped : null
}

/**
 * Timestamp tags (`<00:00:01.260>`) are kept in the runs' text as one private-use character each,
 * `STAMP_BASE + i`, where `i` indexes the tag's time in the `stamps` array the caller passes; with
 * no array they are left out. Up to `MAX_STAMPS` tags per cue are kept so.
 */
export const STAMP_BASE = 0xe100
/** `0xf8ff - STAMP_BASE + 1`, written out: a bundle that never reads drops a literal, not a sum. */
export const MAX_STAMPS = 6144
/** The characters that stand for timestamp tags. */
export const STAMP_CHARS = /[\ue100-\uf8ff]/

/** Flatten a cue's text: adjacent text of the same voice and language is joined. */
export function cueRuns(text: string, stamps?: number[]): VoiceRun[] {
  // An opening isolate (U+2066-U+2068) means the writer isolated a line; then all four are removed.
  if (ISOLATE_OPEN.test(text)) text = text.replace(ISOLATES, '')
  const markup = text.indexOf('<') !== -1 || text.indexOf('&') !== -1
  // Fast path: no markup and no character references.
  if (!markup) return [{ voice: null, classes: NO_CLASSES, language: undefined, text }]
  // Fast path: character references and no tag: the one text node the tree would hold.
  if (text.indexOf('<') === -1) return [{ voice: null, classes: NO_CLASSES, language: undefined, text: untaggedText(holdBracketReferences(text)) }]
  // Fast path: the whole cue is one voice span of plain text (`<v Name>text</v>`), as most voiced files are.
  const simple = simpleVoiceRun(text)
  if (simple) return [simple]
  // Fast path: style tags and timestamp tags only (YouTube's `<00:00:01.260><c> word</c>`).
  const styled = styledRun(text, stamps)
  if (styled !== null) return styled === '' ? [] : [{ voice: null, classes: NO_CLASSES, language: undefined, text: styled }]
  return treeRuns(text, stamps)
}

/** The runs by the cue text tree alone: the general path that the shortcuts of `cueRuns` stand in for. */
export function treeRuns(text: string, stamps?: number[]): VoiceRun[] {
  if (ISOLATE_OPEN.test(text)) text = text.replace(ISOLATES, '')
  const runs: VoiceRun[] = []
  walk(parseCueText(holdBracketReferences(text)), runs, stamps)
  return runs
}

const NO_CLASSES: string[] = []

/**
 * `<v.class Name>text</v>` (end tag optional) with no other tag and no character reference: the
 * run the cue text parser would give, by a direct scan. Null for anything else. Equivalent to
 * `^<v((?:\.[^\t\n\f\r .>&<]*)*)[\t\f ]([^>&<]*)>([^<&]*)(?:<\/v>)?$`.
 */
function simpleVoiceRun(text: string): VoiceRun | null {
  const length = text.length
  if (text.charCodeAt(0) !== 60 || text.charCodeAt(1) !== 118 /* v */) return null
  let i = 2
  let classes = NO_CLASSES
  while (i < length && text.charCodeAt(i) === 46 /* . */) {
    const start = ++i
    while (i < length && !endsClass(text.charCodeAt(i))) i++
    // Empty class names (`<v..x Name>`) are left out, as the tree builder does.
    if (i > start) {
      if (classes === NO_CLASSES) classes = []
      classes.push(text.slice(start, i))
    }
  }
  const separator = text.charCodeAt(i)
  if (separator !== 32 && separator !== 9 && separator !== 12) return null
  const annotationStart = i + 1
  for (i = annotationStart; i < length; i++) {
    const code = text.charCodeAt(i)
    if (code === 62 /* > */) break
    if (code === 38 || code === 60) return null
  }
  if (i >= length) return null
  const annotationEnd = i
  const textStart = i + 1
  for (i = textStart; i < length; i++) {
    const code = text.charCodeAt(i)
    if (code === 60 || code === 38) break
  }
  // Only `</v>` may follow, and only at the very end.
  if (i < length && !(i === length - 4 && text.endsWith('</v>'))) return null
  return { voice: collapseWhitespace(text.slice(annotationStart, annotationEnd)), classes, language: undefined, text: text.slice(textStart, i) }
}

/** Style tags (as `STYLE_TAG`) or a timestamp tag (group 1: its value). */
const STYLE_OR_TIMESTAMP_TAG = /<\/?[ibuc](?:\.[^\t\n\f\r .<>&]*)*>|<([0-9][^>]*)>/g

/**
 * The one run of a cue whose only markup is style tags and timestamp tags: its text with the tags
 * removed and each valid timestamp tag kept as a stamp character (see `STAMP_BASE`), as the cue
 * text parser and `walk` give it. Null (and `stamps` as it was) for any other markup.
 */
function styledRun(text: string, stamps: number[] | undefined): string | null {
  if (text.indexOf('&') !== -1) return null
  const before = stamps?.length ?? 0
  let out = ''
  let from = 0
  STYLE_OR_TIMESTAMP_TAG.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = STYLE_OR_TIMESTAMP_TAG.exec(text)) !== null) {
    out += text.slice(from, match.index)
    from = match.index + match[0].length
    const value = match[1]
    if (value === undefined || stamps === undefined || stamps.length >= MAX_STAMPS) continue
    // A tag whose value is not exactly a timestamp is dropped, as the tree builder drops it.
    const time = timestampAt(value, 0)
    if (Number.isNaN(time) || timestampEnd.end !== value.length) continue
    out += String.fromCharCode(STAMP_BASE + stamps.length)
    stamps.push(time)
  }
  out += text.slice(from)
  if (out.indexOf('<') === -1) return out
  if (stamps !== undefined) stamps.length = before
  return null
}

/** A class name in a start tag ends at whitespace, `.`, `>`, `&` or `<`. */
function endsClass(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13 || code === 46 || code === 62 || code === 38 || code === 60
}

/** What a span passes to its content: the voice, its classes and the language. */
interface Scope {
  voice: string | null
  classes: string[]
  language: string | undefined
}

const TOP: Scope = { voice: null, classes: NO_CLASSES, language: undefined }

/** The runs of a cue text tree, in order (`walkCueNodes`: the input decides how deep the tree is). */
function walk(nodes: readonly CueNode[], runs: VoiceRun[], stamps: number[] | undefined): void {
  walkCueNodes<Scope>(nodes, TOP, (node, scope) => {
    let value: string
    if (node.type === 'text') value = node.value
    else if (node.type === 'timestamp') {
      if (!stamps || stamps.length >= MAX_STAMPS) return scope
      value = String.fromCharCode(STAMP_BASE + stamps.length)
      stamps.push(node.value)
    } else {
      if (node.type === 'rt' || node.children.length === 0) return SKIP_CHILDREN
      if (node.type === 'v') return { voice: node.annotation ?? '', classes: node.classes, language: scope.language }
      if (node.type === 'lang') return { voice: scope.voice, classes: scope.classes, language: node.annotation ?? scope.language }
      return scope
    }
    const { voice, classes, language } = scope
    const last = runs[runs.length - 1]
    if (last && last.voice === voice && last.language === language && last.classes === classes) last.text += value
    else runs.push({ voice, classes, language, text: value })
    return scope
  })
}
