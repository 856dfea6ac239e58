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
  const separator = options.separator ?? '\n\n'
  switch (node.type) {
    case 'text':
    case 'word':
      return node.value
    case 'event':
      return events ? node.value : ''
    case 'break':
      return ''
    case 'paragraph':
    case 'segment':
      return (node.children as Node[]).map((child) => toString(child, options)).join('')
    case 'turn':
    case 'transcript':
      return (node.children as Node[])
        .map((child) => toString(child, options))
        .filter((text) => text !== '')
        .join(separator)
    default:
      // A node type of a newer model version (kept by `validateTranscript`): no text this release knows.
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
