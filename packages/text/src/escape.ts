/**
 * Escaping rules as data: text that `fromText` would misread if written as is (a paragraph that
 * begins like a label, a heading, a line that is only an event, a footer line...). An escaped
 * paragraph is written with a leading backslash, which `fromText` removes and which makes it
 * plain text whatever it looks like. A markdown-escaped bracket pair (`\[07:18\]`) at a
 * paragraph start is not an escape, so markdown transcripts keep their text.
 */
import { leadingTimestamp } from './clock.js'
import { GRAMMARS } from './grammars.js'
import { HEADING, isBoilerplate, isFooterLine, THEMATIC_BREAK } from './header.js'
import { isCapsHeading, recordLineRule } from './record-structure.js'
import { CALLED_AS_WITNESS, EXAMINATION_HEADING, EXAMINER_LINE, isPageLine, WITNESS_NAME } from './units.js'

/** A markdown-escaped bracket pair at the start (`\[07:18\]`), which is not a Verbatim escape. */
const MARKDOWN_PAIR = /^\\\[[^\]\n]*\\\]/
/** The Verbatim escape: a backslash before text that would otherwise be misread. */
export const ESCAPE = '\\'

export const isEscaped = (text: string): boolean => text.startsWith(ESCAPE) && !MARKDOWN_PAIR.test(text)

export interface EscapeContext {
  /** The text follows a label on the same line. */
  afterLabel: boolean
  /** The text opens a turn (after a label, or after the gap of an unattributed turn). */
  turnStart: boolean
  /** The paragraph holds only events (written as text they would read back as events between turns). */
  onlyEvents: boolean
}

export interface EscapeRule {
  name: string
  description: string
  test: (text: string, context: EscapeContext) => boolean
}

export const ESCAPE_RULES: readonly EscapeRule[] = [
  { name: 'backslash', description: 'text that starts with a backslash (the escape character itself)', test: (text) => text.startsWith('\\') },
  { name: 'label', description: 'a paragraph that begins like a speaker label in any grammar', test: (text, context) => !context.afterLabel && GRAMMARS.some((grammar) => grammar.match(text) !== null) },
  { name: 'heading', description: 'a paragraph that begins like a markdown heading (`# `)', test: (text, context) => !context.afterLabel && (HEADING.test(text) || /^#{1,6}[ \t]/.test(text)) },
  { name: 'thematic-break', description: 'a paragraph that looks like a section rule (`* * *`, `---`)', test: (text, context) => !context.afterLabel && THEMATIC_BREAK.test(text.trim()) },
  { name: 'events-only', description: 'a continuation paragraph holding only events (it would read back as events between turns)', test: (_, context) => !context.afterLabel && context.onlyEvents },
  { name: 'parenthetical', description: 'a paragraph that is one parenthetical (it would read back as a stage direction)', test: (text, context) => !context.afterLabel && /^\([^()]*\)\.?$/.test(text) },
  { name: 'timestamp', description: 'speech that opens a turn with a time stamp (it would read back as the turn time)', test: (text, context) => context.turnStart && leadingTimestamp(text) !== undefined },
  { name: 'footer', description: 'a paragraph that looks like a footer (`END`, a bare clock time, a rule)', test: (text, context) => !context.afterLabel && isFooterLine(text) },
  { name: 'boilerplate', description: 'a paragraph that looks like web-site boilerplate', test: (text, context) => !context.afterLabel && isBoilerplate(text) },
  {
    name: 'record-line',
    description: 'a paragraph that looks like a record heading in capitals or a procedural line (`Motion agreed to.`)',
    test: (text, context) => !context.afterLabel && (isCapsHeading(text) || recordLineRule(text) !== undefined),
  },
  {
    name: 'court-line',
    description: 'a paragraph that looks like a court page code, examination heading or `BY MR. X:` line',
    test: (text, context) => !context.afterLabel && (isPageLine(text) || EXAMINATION_HEADING.test(text) || EXAMINER_LINE.test(text) || WITNESS_NAME.test(text) || CALLED_AS_WITNESS.test(text)),
  },
]

/** The rule that applies to a paragraph's text, if any. */
export function escapeRuleFor(text: string, context: EscapeContext): EscapeRule | undefined {
  return ESCAPE_RULES.find((rule) => rule.test(text, context))
}
