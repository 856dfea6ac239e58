/** Masking with spaces, shared by the passes that set text aside in place (page furniture, running heads, a clock column): every offset stays true. */
/** `text` with every character of `spans` (in order, not overlapping) turned into a space: same length, same newlines outside them. */
export function maskSpans(text: string, spans: readonly { start_: number; end_: number }[]): string {
  const parts: string[] = []
  let copied = 0
  for (const span of spans) {
    parts.push(text.slice(copied, span.start_), ' '.repeat(span.end_ - span.start_))
    copied = span.end_
  }
  parts.push(text.slice(copied))
  return parts.join('')
}
