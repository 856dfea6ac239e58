/**
 * `@verbatim/text/basic`: `fromText` for the `LABEL:` conventions (press conferences,
 * interviews, podcasts, Otter and Rev exports) without roles inferred from context, YAML front
 * matter (kept as a note, with a message) and the house styles of court records, parliamentary
 * records and paged documents (read as plain labels, with a message). A smaller browser bundle;
 * the same signature, options and result as `@verbatim/text`'s `fromText`.
 */
import { readText } from './from-text.js'
import type { FromTextOptions, FromTextResult } from './options.js'
import { BASIC_STYLES } from './styles-basic.js'

export function fromText(original: string, options: FromTextOptions = {}): FromTextResult {
  return readText(original, options, BASIC_STYLES)
}

export { toText } from './to-text.js'
export type { FromTextOptions, FromTextResult, SpeakerOption, ToTextOptions } from './options.js'
export { GRAMMARS } from './grammars.js'
export type { Grammar, GrammarId, LabelMatch } from './grammars.js'
export { EVENT_VOCABULARY } from './vocabulary.js'
export { ESCAPE_RULES } from './escape.js'
export type { EscapeRule } from './escape.js'
