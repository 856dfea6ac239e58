/**
 * One pass over a cue's text that tells the reader what the text needs: markup to parse, spacing
 * to collapse, speaker markers or event brackets to look for. Most cues of real files need none
 * of it (Whisper, Zoom), and then the reader takes their lines as they are instead of running
 * each test (and its regular expression) on its own.
 */
import { isJsWhitespace } from '../whitespace.js'

/** `<` or `&`: tags or character references (the cue text parser must read the text). */
export const MARKUP = 1
/** Directional isolates (U+2066-U+2069), which the reader removes. */
export const ISOLATE = 2
/** Private-use characters (U+E000-U+F8FF): the reader's stand-ins for held brackets and timestamp tags. */
export const PRIVATE = 4
/** More than one line. */
export const LINES = 8
/** Whitespace that trimming each line does not settle: two in a row, or any but space and LF. */
export const SPACING = 16
/** `[` or `(`: an event or a `[Name]` label may follow. */
export const BRACKET = 32
/** `>`: a `>>` speaker change may follow. */
export const CHEVRON = 64
/** `-` first on a line (after spaces): a dialogue dash may follow. */
export const DASH = 128
/** `:`: a `Name: ` prefix may precede it. */
export const COLON = 256

/** Flags that make the text need more than its lines trimmed. */
export const NOT_PLAIN = MARKUP | ISOLATE | PRIVATE | SPACING
/** Flags of speaker markers and events (besides `Name: ` prefixes, which depend on the file). */
export const MARKERS = BRACKET | CHEVRON | DASH

/** Flags of the ASCII characters; `WHITESPACE` marks space and LF, `OTHER_SPACE` the rest of ASCII whitespace. */
const WHITESPACE = 1 << 14
const OTHER_SPACE = 1 << 15
// Built by a pure call: a writer-only bundle of the package's one file drops it (module-level
// assignments are side effects to a bundler).
const ASCII = /* @__PURE__ */ (() => {
  const table = new Uint16Array(128)
  table[60] = table[38] = MARKUP // < &
  table[91] = table[40] = BRACKET // [ (
  table[62] = CHEVRON // >
  table[58] = COLON // :
  table[32] = table[10] = WHITESPACE
  table[9] = table[11] = table[12] = table[13] = OTHER_SPACE
  return table
})()

/**
 * Anything but printable ASCII and LF, or `<`, `&`, `[`, `(`, `>`. A native class test with
 * ranges only is several times faster than a loop over the characters; text without these (most
 * English cues) needs only a few searches more.
 */
const NOT_SIMPLE = /[\0-\t\v-\x1f<&[(>\x7f-\uffff]/

/** What the cue text holds, as the flags above. */
export function scanCue(text: string): number {
  // Irregular spacing is rare: the loop finds where dashes start lines then.
  if (NOT_SIMPLE.test(text) || text.indexOf('  ') !== -1) return scanEach(text)
  let flags = 0
  if (text.indexOf('\n') !== -1) {
    if (text.indexOf('\n\n') !== -1 || text.indexOf(' \n') !== -1 || text.indexOf('\n ') !== -1) return scanEach(text)
    flags = LINES
    if (text.indexOf('\n-') !== -1) flags |= DASH
  }
  if (text.indexOf(':') !== -1) flags |= COLON
  const first = text.charCodeAt(0)
  if (first === 45 /* - */ || (first === 32 && text.charCodeAt(1) === 45)) flags |= DASH
  return flags
}

/** `scanCue` character by character. */
export function scanEach(text: string): number {
  let flags = 0
  let previousSpace = false
  let lineStart = true
  const length = text.length
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i)
    if (code < 128) {
      const kind = ASCII[code]!
      if (kind === 0) {
        if (code === 45 /* - */ && lineStart) flags |= DASH
      } else if (kind === WHITESPACE) {
        if (previousSpace) flags |= SPACING
        previousSpace = true
        if (code === 10) {
          flags |= LINES
          lineStart = true
        }
        continue
      } else if (kind === OTHER_SPACE) {
        flags |= SPACING
        previousSpace = true
        continue
      } else flags |= kind
    } else if (code >= 0xa0) {
      if (isJsWhitespace(code)) {
        flags |= SPACING
        previousSpace = true
        continue
      }
      if (code >= 0x2066 && code <= 0x2069) flags |= ISOLATE
      else if (code >= 0xe000 && code <= 0xf8ff) flags |= PRIVATE
    }
    previousSpace = false
    lineStart = false
  }
  return flags
}

/**
 * The lines of a text whose flags have none of `NOT_PLAIN`, each trimmed (so whitespace
 * collapsed, as `collapseJsWhitespace` would), empty lines left out. Null when the text is blank.
 */
export function trimmedLines(text: string, flags: number): string[] | null {
  if ((flags & LINES) === 0) {
    const line = text.trim()
    return line === '' ? null : [line]
  }
  // Without SPACING no line is empty and only the first and the last may have a space at one end.
  const lines = text.split('\n')
  const last = lines.length - 1
  lines[0] = lines[0]!.trim()
  lines[last] = lines[last]!.trim()
  if (lines[last] === '') lines.pop()
  if (lines[0] === '') lines.shift()
  return lines.length === 0 ? null : lines
}
