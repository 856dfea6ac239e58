/**
 * Caption quality rules, counted over a cue plan: what the estimated cues of any transcript must
 * respect. A rule is broken by a cue when:
 * - `lineLength`: a line longer than `maxLineLength` characters (a line of one word longer than
 *   that is not counted: it cannot be broken);
 * - `lines`: more than `maxLines` lines;
 * - `cps`: more than `maxCps` characters per second;
 * - `short` / `long`: a duration below `minDuration` or above `maxDuration`;
 * - `orphan`: one or two words in a cue of their own, when they could join the cue before or after
 *   them in the same paragraph: the joined text fits one cue, or the neighbour has words to spare
 *   (at least four, so both cues could hold three or more);
 * - `splitSentence`: a sentence that fits one cue (in characters and lines) spread over two or more,
 *   except where keeping it whole would leave one or two words at the start or end of its
 *   paragraph alone (`Okay. And you testified ...`: the orphan rule and this one cannot both hold).
 * Fixed cues (source segments, timed events) are the source's and are not counted.
 */
import { CAPTION_LIMITS, linesNeeded, partLines, type CuePlan, type PlannedCue } from '../src/index.js'

export interface QualityCounts {
  cues: number
  /** Estimated cues the source times leave too little room (not violations: counted to report them). */
  squeezed: number
  lineLength: number
  lines: number
  cps: number
  short: number
  long: number
  orphan: number
  splitSentence: number
}

const SENTENCE_END = /[.!?…]["'”’)\]]*$/
const ABBREVIATION = /^(?:mr|mrs|ms|dr|st|sr|jr|prof|gen|sen|rep|gov|sec|lt|col|sgt|capt|no|vs|u\.s|sra?|srta|dra?)\.$/i
const endsSentence = (word: string) => SENTENCE_END.test(word) && !ABBREVIATION.test(word)

function textOf(cue: PlannedCue): string[] {
  return cue.parts.flatMap((part) => part.words.texts.slice(part.from, part.to))
}

function fits(words: readonly string[]): boolean {
  const chars = words.reduce((sum, word) => sum + word.length, 0) + words.length - 1
  return chars <= CAPTION_LIMITS.maxLineLength * CAPTION_LIMITS.maxLines && linesNeeded(words.map((word) => word.length), CAPTION_LIMITS.maxLineLength) <= CAPTION_LIMITS.maxLines
}

export function captionQuality(plan: CuePlan, examples?: Partial<Record<keyof QualityCounts, string[]>>): QualityCounts {
  const counts: QualityCounts = { cues: 0, squeezed: 0, lineLength: 0, lines: 0, cps: 0, short: 0, long: 0, orphan: 0, splitSentence: 0 }
  const note = (rule: keyof QualityCounts, cue: PlannedCue) => {
    counts[rule]++
    const list = examples?.[rule]
    if (list && list.length < 5) list.push(`${cue.start.toFixed(3)}-${cue.end.toFixed(3)} ${textOf(cue).join(' ')}`)
  }
  const cues = plan.cues
  cues.forEach((cue, index) => {
    if (cue.fixed) return
    counts.cues++
    if (cue.squeezed) counts.squeezed++
    const lines = cue.parts.flatMap((part) => partLines(part))
    const duration = cue.end - cue.start
    const chars = lines.reduce((sum, line) => sum + line.length, 0)
    if (lines.some((line) => line.length > CAPTION_LIMITS.maxLineLength && line.includes(' '))) note('lineLength', cue)
    // Exception: an event longer than a whole cue is written whole, with more lines (and read faster).
    const longEvent = /^\[[^\]]*\]$/.test(lines.join(' ')) && chars > CAPTION_LIMITS.maxLineLength * CAPTION_LIMITS.maxLines
    if (lines.length > CAPTION_LIMITS.maxLines && !longEvent) note('lines', cue)
    // Exception: the source times around the cue leave no room to show it longer (the plan says so).
    // (and a single word longer than a line cannot be read at the speed limit within the duration limit either)
    const oneLongWord = cue.parts.length === 1 && cue.parts[0]!.to - cue.parts[0]!.from === 1 && chars > CAPTION_LIMITS.maxLineLength
    if (chars / duration > CAPTION_LIMITS.maxCps + 1e-6 && !cue.squeezed && !longEvent && !oneLongWord) note('cps', cue)
    if (duration < CAPTION_LIMITS.minDuration - 1e-6 && !cue.squeezed) note('short', cue)
    if (duration > CAPTION_LIMITS.maxDuration + 1e-6) note('long', cue)
    const words = textOf(cue)
    const part = cue.parts[0]!
    // Exception: a word longer than a line stands alone.
    if (words.length <= 2 && words.every((word) => word.length <= CAPTION_LIMITS.maxLineLength)) {
      const previous = cues[index - 1]
      const next = cues[index + 1]
      const joins = (other: PlannedCue | undefined, before: boolean) =>
        other !== undefined && !other.fixed && other.parts.length === 1 && other.parts[0]!.words === part.words && (textOf(other).length >= 4 || fits(before ? [...textOf(other), ...words] : [...words, ...textOf(other)]))
      if (joins(previous, true) || joins(next, false)) note('orphan', cue)
    }
    // A sentence that fits one cue and ends in the next cue of the same paragraph.
    const next = cues[index + 1]
    if (next && !next.fixed && next.parts[0]!.words === part.words && !endsSentence(words[words.length - 1]!)) {
      const texts = part.words.texts
      let from = part.to - 1
      while (from > 0 && !endsSentence(texts[from - 1]!)) from--
      let to = part.to
      while (to < texts.length && !endsSentence(texts[to - 1]!)) to++
      // Exception: keeping the sentence whole would leave one or two words of the paragraph's start or end alone (an orphan).
      const orphanBefore = from > 0 && from <= 2 && part.from === 0
      const orphanAfter = to < texts.length && texts.length - to <= 2
      if (fits(texts.slice(from, to)) && !orphanBefore && !orphanAfter) note('splitSentence', cue)
    }
  })
  return counts
}
