/**
 * Labels that mark a section, not a speaker: `Part 2: National Security, ...` (a Rev export's
 * recording parts), `Chapter 3:`, `Segment 1:`, `Round II:`. The word and its number, as data.
 */
export const SECTION_LABEL_RULE = {
  id: 'section-label',
} as const

const SECTION_LABEL =
  /^(?:part|chapter|segment|section|round|act|hour|teil|kapitel|abschnitt|parte|cap[ií]tulo|segmento|partie|chapitre)[ \u00a0]+(?:\d{1,3}|[IVXLC]{1,6}|one|two|three|four|five|six|seven|eight|nine|ten)$/i

/** Whether a label (as written, without its colon) is a section marker. */
export const isSectionLabel = (label: string): boolean => label.length <= 20 && SECTION_LABEL.test(label)
