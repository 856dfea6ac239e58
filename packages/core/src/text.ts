import type { Node } from './types.js'

export interface ToStringOptions {
  /** Include events in their original wording (default `true`). */
  events?: boolean
  /** Separator between paragraphs and blocks (default `'\n\n'`). */
  separator?: string
}

/** The plain text of a node: text values, and events in their original wording. */
export function toString(node: Node, options: ToStringOptions = {}): string {
  const events = options.events ?? true
  const own = leafText(node, events)
  if (own !== undefined) return own
  const separator = options.separator ?? '\n\n'
  // An explicit stack, not recursion: the depth of nodes comes from the input (a hostile document may nest 10^5 deep).
  const stack: TextFrame[] = [textFrame(node)]
  for (;;) {
    const top = stack[stack.length - 1]!
    if (top.index < top.children.length) {
      const child = top.children[top.index++]!
      const text = leafText(child, events)
      if (text === undefined) stack.push(textFrame(child))
      else top.parts.push(text)
      continue
    }
    stack.pop()
    // Blocks of a turn or transcript: the non-empty ones, separated; inlines: run together.
    const text = top.blocks ? top.parts.filter((part) => part !== '').join(separator) : top.parts.join('')
    if (stack.length === 0) return text
    stack[stack.length - 1]!.parts.push(text)
  }
}

/** A node whose children toString is reading. */
interface TextFrame {
  children: readonly Node[]
  index: number
  parts: string[]
  blocks: boolean
}

function textFrame(node: Node): TextFrame {
  const children = (node as { children?: unknown }).children
  return { children: Array.isArray(children) ? (children as Node[]) : [], index: 0, parts: [], blocks: node.type === 'turn' || node.type === 'transcript' }
}

/** The text of a node without children, or undefined for a node whose text is its children's. */
function leafText(node: Node, events: boolean): string | undefined {
  switch (node.type) {
    case 'text':
    case 'word':
      return node.value
    case 'event':
      return events ? node.value : ''
    case 'paragraph':
    case 'segment':
    case 'turn':
    case 'transcript':
      return undefined
    default:
      // A break, or a node type of a newer model version (kept by `validateTranscript`): no text this release knows.
      return ''
  }
}

const WHITESPACE = /\s+/u

/** Words as whitespace-separated runs. */
export function words(text: string): string[] {
  const trimmed = text.trim()
  return trimmed === '' ? [] : trimmed.split(WHITESPACE)
}

/**
 * Number of whitespace-separated words: in a string, or in the speech of a node (its text nodes,
 * each counted on its own, as `summarize` counts a turn; events and breaks hold no words).
 */
export function countWords(text: string): number
export function countWords(node: Node): number
export function countWords(input: string | Node): number {
  if (typeof input === 'string') return countInText(input)
  switch (input.type) {
    case 'text':
    case 'word':
      return countInText(input.value)
    case 'event':
    case 'break':
      return 0
    case 'paragraph':
    case 'segment':
    case 'turn':
    case 'transcript': {
      let count = 0
      for (const child of input.children as Node[]) count += countWords(child)
      return count
    }
    default:
      // A node type of a newer model version: no words this release knows.
      return 0
  }
}

function countInText(text: string): number {
  let count = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const space = code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || (code > 127 && /\s/u.test(text[i]!))
    if (space) inWord = false
    else if (!inWord) {
      inWord = true
      count++
    }
  }
  return count
}
