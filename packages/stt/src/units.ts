/**
 * Units from words, for services that give words and nothing to group them by (or only spans of
 * time to put them in): sentences cut at sentence-final punctuation, speaker changes, silences and
 * a length limit; and words put into the service's timed spans by their start time.
 */
import type { SttWord, Unit } from './build.js'
import type { Path } from './read-context.js'

/** Sentence-final punctuation at the end of a punctuated word (closing quotes and brackets after it allowed). */
const SENTENCE_END = /[.?!…。？！]["'”’)\]]*$/
/** A silence this long ends a unit even without punctuation (seconds). */
const UNIT_GAP = 1
/** At most this many words in a unit made from words alone. */
const UNIT_WORDS = 50

export interface SpeakerWord extends SttWord {
  speaker: string | undefined
}

/** Words grouped into sentence units (times from their words); `path` names the words' array. */
export function sentenceUnits(words: readonly SpeakerWord[], path: Path): Unit[] {
  const units: Unit[] = []
  let current: Unit | undefined
  let previous: SpeakerWord | undefined
  for (const word of words) {
    const gap = previous?.end !== undefined && word.start !== undefined && word.start - previous.end >= UNIT_GAP
    if (!current || word.speaker !== current.speaker || gap || current.words.length >= UNIT_WORDS) {
      current = { start: undefined, end: undefined, speaker: word.speaker, words: [], path: word.path || path }
      units.push(current)
    }
    current.words.push(word)
    previous = word
    if (SENTENCE_END.test(word.value)) current = undefined
  }
  return units
}

export interface Span {
  start: number | undefined
  end: number | undefined
  speaker: string | undefined
  path: Path
  paragraph?: boolean
}

/**
 * Words into spans by start time, in one pass: a word goes to the last span that starts at or
 * before it (words before the first span go to the first). Spans and words are both in time order
 * in what services write; words out of order still land in some span, and the builder reports them.
 */
export function wordsIntoSpans(spans: readonly Span[], words: readonly SttWord[]): Unit[] {
  const units: Unit[] = spans.map((span) => ({ start: span.start, end: span.end, speaker: span.speaker, words: [], path: span.path, paragraph: span.paragraph }))
  if (units.length === 0) return units
  let index = 0
  for (const word of words) {
    index = spanAt(spans, index, word.start)
    units[index]!.words.push(word)
  }
  return units
}

/** The span a word starting at `start` goes to, the spans from `index` on (words in time order: each is at or after the one before). */
export function spanAt(spans: readonly Span[], index: number, start: number | undefined): number {
  const time = start ?? -Infinity
  while (index + 1 < spans.length && (spans[index + 1]!.start ?? Infinity) <= time + 1e-6) index++
  return index
}
