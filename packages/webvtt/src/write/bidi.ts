/**
 * Right-to-left text in cues. A browser lays out a cue with one base direction, taken from the
 * first strong character of the whole cue text (Unicode bidi rules P2-P3). A line whose own
 * direction differs (an Arabic line under an English one, or the reverse) would then be ordered
 * wrongly: its punctuation and neighbouring numbers jump to the wrong side. Such a line is wrapped
 * in FIRST STRONG ISOLATE (U+2068) ... POP DIRECTIONAL ISOLATE (U+2069), so it is laid out by its
 * own first strong character and does not disturb the rest. Lines already in the cue's direction
 * are left as they are, so purely left-to-right or right-to-left captions gain no characters.
 */

// Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic supplements and presentation forms, RTL SMP blocks.
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|\ud802[\udc00-\udfff]|\ud803[\udc00-\udfff]|\ud83a[\udc00-\udfff]|\ud83b[\udc00-\udeff]/
const STRONG = /[\p{L}\p{Nl}]/u

const FSI = '\u2068'
const PDI = '\u2069'

type Direction = 'ltr' | 'rtl' | null

/** Direction of the first strong character, or null when there is none. */
export function firstStrong(text: string): Direction {
  for (const char of text) {
    if (!STRONG.test(char)) continue
    return RTL.test(char) ? 'rtl' : 'ltr'
  }
  return null
}

export function hasRtl(text: string): boolean {
  return RTL.test(text)
}

/** Isolate the lines whose direction differs from the cue's base direction. */
export function isolateLines(lines: string[]): string[] {
  if (!lines.some(hasRtl)) return lines
  const base = firstStrong(lines.join('\n')) ?? 'ltr'
  return lines.map((line) => {
    const direction = firstStrong(line)
    return direction !== null && direction !== base ? FSI + line + PDI : line
  })
}
