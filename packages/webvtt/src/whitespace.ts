/**
 * JavaScript whitespace (what `\s` and `String.prototype.trim` mean: tab, LF, VT, FF, CR, the
 * Unicode space separators, LS, PS, BOM) tested by code unit, and the collapse
 * `text.replace(/\s+/g, ' ').trim()` done in one pass. The reader normalises every piece of cue
 * text; most need nothing, and the rest (two-line cues) need one join, not a regex.
 */

/** Whether the UTF-16 code unit is JavaScript whitespace (no astral code point is). */
export function isJsWhitespace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13)
  if (code < 0xa0) return false
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** `text.replace(/\s+/g, ' ').trim()`; returns `text` itself when nothing changes. */
export function collapseJsWhitespace(text: string): string {
  const length = text.length
  let i = 0
  while (i < length && isJsWhitespace(text.charCodeAt(i))) i++
  // Text since `chunk` needs no change; it is copied as one slice when a change is needed.
  let chunk = i
  let out = ''
  while (i < length) {
    const code = text.charCodeAt(i)
    if (!isJsWhitespace(code)) {
      i++
      continue
    }
    let end = i + 1
    while (end < length && isJsWhitespace(text.charCodeAt(end))) end++
    if (end === length) return out + text.slice(chunk, i)
    if (code !== 32 || end - i !== 1) {
      out += text.slice(chunk, i) + ' '
      chunk = end
    }
    i = end
  }
  return chunk === 0 ? text : out + text.slice(chunk)
}
