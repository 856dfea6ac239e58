/**
 * What comes before the first turn and after the last: site boilerplate, titles, dates, times,
 * places, footers. Patterns are data; anything recognised goes to metadata, anything else that
 * looks like a header (short lines, links) to `meta.notes`, so nothing is thrown away.
 */
import { findDate, isTimeLine } from './dates.js'

/** Lines of web-page boilerplate that precede published transcripts (matched at line start, case-insensitive). */
export const BOILERPLATE: readonly RegExp[] = [
  /^an official website of the united states government/i,
  /^here['’]s how you know/i,
  /^official websites use \.gov/i,
  /^\.gov website belongs to an official government organization/i,
  /^a \.gov website belongs to an official government organization/i,
  /^secure \.gov websites use https/i,
  /^a lock \(/i,
  /^you have accessed part of a historical collection/i,
  /^skip to (main )?content/i,
  /^share (this|on)\b/i,
  /^print this page/i,
  /^(home|transcripts|news|briefing room)( [>›|/] .*)+$/i,
  /^this is historical material ["“]frozen in time["”]/i,
]

/** Site navigation left in a saved web page (read as boilerplate, never as the title), as data; descriptions in `RULE_DESCRIPTIONS`. */
export const NAVIGATION_RULES: readonly { id: string; pattern: RegExp }[] = [
  { id: 'nav-control', pattern: /^(?:toggle navigation|jump to (?:navigation|content|search)|(?:main|navigation) menu|personal tools|site navigation)$/i },
  { id: 'nav-list-link', pattern: /^[*+-](?:[ \t]+[^()\n]*\((?:\\[()]|[^()\s])*(?:[ \t]+"[^"]*")?\))?[ \t]*$/ },
  { id: 'nav-home-link', pattern: /^[^()]{1,80}\((?:Main_Page|index\.php|\/)\)$/i },
]

/** A news site's furniture saved inside a transcript (a reading prompt, a related-links box), as data: kept as a note, the speech around it goes on. */
export const WEB_FURNITURE_RULES: readonly { id: string; pattern: RegExp }[] = [
  { id: 'web-prompt', pattern: /^(?:continue reading(?: the main story)?|see more ?»?|related coverage|from our advertisers|advertisement|supported by)$/i },
]

export const isWebFurniture = (line: string): boolean => WEB_FURNITURE_RULES.some((rule) => rule.pattern.test(line))

export const isBoilerplate = (line: string): boolean => {
  const trimmed = line.trim()
  return BOILERPLATE.some((pattern) => pattern.test(trimmed)) || NAVIGATION_RULES.some((rule) => rule.pattern.test(trimmed))
}

/** `END`, `END 1:56 P.M. EST`, `###`, `-30-`: the end of a published transcript. */
export const FOOTER = /^(?:END(?:[ \t\u00a0]+(?:\d{1,2}:\d{2}[ \u00a0]*[AaPp]\.?[ \u00a0]?[Mm]\.?(?:[ \u00a0]+[A-Z]{2,5})?))?|###|-30-|\*\s*\*\s*\*\s*END\s*\*\s*\*\s*\*|\\?-{3,}|\*{3,}|_{3,})[ \t\u00a0]*$/

/** Where the trailing apparatus of a court transcript starts: everything after it is kept as notes. */
export const TRAILER_START = /^(?:INDEX OF (?:EXAMINATIONS?|WITNESSES|EXHIBITS)|(?:GOVERNMENT|DEFENDANT|DEFENSE|PLAINTIFF)['’]?S? EXHIBITS|CERTIFICATE OF (?:REPORTER|TRANSCRIBER)|REPORTER['’]S CERTIFICATE)\b/

/** Whether a line starting with this character code can be a `TRAILER_START` (I, G, D, P, C, R): skips the pattern for most lines. */
export const mayStartTrailer = (code: number): boolean => code === 73 || code === 71 || code === 68 || code === 80 || code === 67 || code === 82

/** A transcription credit at the end: `Transcribed by https://otter.ai`, `Transcript by Rev.com`. */
const CREDIT = /^(?:transcribed|transcript|transcription|captioned) (?:by|provided by)\b.{0,60}$/i

export const isFooterLine = (line: string): boolean => FOOTER.test(line.trim()) || isTimeLine(line) || CREDIT.test(line.trim())

/** A markdown heading: `# Title`. */
export const HEADING = /^(#{1,6})[ \t]+(.+?)[ \t#]*$/

/** A heading's markdown escapes undone (`Liskov (2001\\)` -> `Liskov (2001)`): pandoc escapes punctuation. */
export const unescapeHeading = (title: string): string => (title.indexOf('\\') === -1 ? title : title.replace(/\\([\\`*_{}[\]()#+.!<>|-])/g, '$1'))

/** A thematic break: `* * *`, `---` (not at the start of the file), `___`. */
export const THEMATIC_BREAK = /^(?:\*[ \t]*){3,}$|^(?:-[ \t]*){3,}$|^(?:_[ \t]*){3,}$/

/** A markdown image or a link-only line. */
const LINKISH = /!\[[^\]]*\]\([^)]*\)|\]\(https?:|<https?:\/\/|^https?:\/\/|:\s*https?:\/\//

/** A markdown list item: site navigation, never a title or a place. */
const NAVIGATION_ITEM = /^[*+-](?:[ \t]|$)/
/** A link reduced to `Text(Target)` (a saved web page): a target with `:`, `_`, `/` or `.`, and maybe a quoted tooltip. */
const LINK_REMNANT = /\((?:\\[()]|[^()\s])*[:_/.](?:\\[()]|[^()\s])*(?:[ \t]+"[^"]*")?\)/

const SPACED_LETTERS = /^\p{Lu}(?: {1,2}\p{Lu}){4,}$/u

export type HeaderKind = 'boilerplate' | 'date' | 'time' | 'place' | 'title' | 'note' | 'speech'

/** Is this paragraph (its lines, trimmed) header material? */
export function classifyHeader(lines: string[], state: { title: boolean; place: boolean }, months?: ReadonlyMap<string, number>): HeaderKind {
  const joined = lines.join(' ')
  if (lines.every(isBoilerplate)) return 'boilerplate'
  if (lines.length === 1 && isTimeLine(joined)) return 'time'
  if (joined.length <= 80 && lines.length <= 2 && findDate(joined, months)) return 'date'
  if (LINKISH.test(joined) || NAVIGATION_ITEM.test(lines[0]!) || LINK_REMNANT.test(joined)) return 'note'
  const short = joined.length <= 160 && !/[.?!;:]["”’)]?$/.test(joined)
  // A section word spaced out letter by letter (`P R O C E E D I N G S`, `C O N T E N T S`) is no title.
  if (short && !state.title && lines.length <= 2 && !SPACED_LETTERS.test(joined)) return 'title'
  if (short && !state.place && joined.length <= 80 && lines.length <= 3 && /\p{Ll}/u.test(joined)) return 'place'
  // Prose (long, ending like a sentence) is speech; other leftovers are kept as notes.
  return joined.length > 160 && /[.?!]["”’)]?$/.test(joined) ? 'speech' : 'note'
}
