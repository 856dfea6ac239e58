/**
 * A cue's text as the reader sees it: the cue text tree flattened into runs of plain text with
 * the voice (and its classes and language) each run belongs to. Timestamps and ruby text are
 * left out (they are not speech); line breaks are kept for the speaker-change markers. Brackets
 * written as character references stay held (see `holdBracketReferences`) until the text is final.
 */
import { collapseWhitespace, parseCueText, type CueNode } from './cue-text.js'
import { holdBracketReferences } from './events.js'

export interface VoiceRun {
  /** The `<v>` annotation around this text, or null. */
  voice: string | null
  classes: string[]
  /** The innermost `<lang>` annotation around this text, if any. */
  language: string | undefined
  text: string
}

/** Flatten a cue's text: adjacent text of the same voice and language is joined. */
/** Directional isolates (U+2066-U+2069): layout controls the writer adds, not speech. */
const ISOLATES = /[\u2066-\u2069]/g

export function cueRuns(text: string): VoiceRun[] {
  if (text.indexOf('\u2068') !== -1 || text.indexOf('\u2066') !== -1 || text.indexOf('\u2067') !== -1) text = text.replace(ISOLATES, '')
  // Fast path: no markup and no character references.
  if (text.indexOf('<') === -1 && text.indexOf('&') === -1) return [{ voice: null, classes: NO_CLASSES, language: undefined, text }]
  // Fast path: the whole cue is one voice span of plain text (`<v Name>text</v>`), as most voiced files are.
  const simple = SIMPLE_VOICE.exec(text)
  if (simple) {
    const classes = simple[1] ? simple[1].slice(1).split('.').filter((name) => name !== '') : NO_CLASSES
    return [{ voice: collapseWhitespace(simple[2]!), classes, language: undefined, text: simple[3]! }]
  }
  const runs: VoiceRun[] = []
  walk(parseCueText(holdBracketReferences(text)), null, NO_CLASSES, undefined, runs)
  return runs
}

const NO_CLASSES: string[] = []
const SIMPLE_VOICE = /^<v((?:\.[^\t\n\f\r .>&<]*)*)[\t\f ]([^>&<]*)>([^<&]*)(?:<\/v>)?$/

function walk(nodes: readonly CueNode[], voice: string | null, classes: string[], language: string | undefined, runs: VoiceRun[]): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      const last = runs[runs.length - 1]
      if (last && last.voice === voice && last.language === language && last.classes === classes) last.text += node.value
      else runs.push({ voice, classes, language, text: node.value })
    } else if (node.type === 'v') walk(node.children, node.annotation ?? '', node.classes, language, runs)
    else if (node.type === 'lang') walk(node.children, voice, classes, node.annotation ?? language, runs)
    else if (node.type !== 'rt' && node.type !== 'timestamp') walk(node.children, voice, classes, language, runs)
  }
}
