/**
 * How a writer meets a node type it does not know (a node of a newer model version, or one made
 * by hand): the same way in every format. It reports an `unknown-node` message naming the type
 * and the path, keeps the node's text where the format can hold text, and drops nothing silently.
 */
import { createMessage, type VerbatimMessage } from './message.js'
import { toString } from './text.js'
import type { Block, Inline, Node, Paragraph, Phrasing, Transcript } from './types.js'

const BLOCK_TYPES: ReadonlySet<string> = new Set(['turn', 'event', 'break'])
const INLINE_TYPES: ReadonlySet<string> = new Set(['text', 'event', 'word', 'segment'])
const PHRASING_TYPES: ReadonlySet<string> = new Set(['text', 'event', 'word'])
const KNOWN_TYPES: ReadonlySet<string> = new Set(['transcript', 'turn', 'paragraph', 'event', 'break', 'text', 'word', 'segment'])

const typeOf = (node: unknown): unknown => (typeof node === 'object' && node !== null ? (node as { type?: unknown }).type : undefined)

/** A block this model version knows (`turn`, `event`, `break`). */
export function isKnownBlock(node: unknown): node is Block {
  return BLOCK_TYPES.has(typeOf(node) as string)
}

/** An inline this model version knows (`text`, `event`, `word`, `segment`). */
export function isKnownInline(node: unknown): node is Inline {
  return INLINE_TYPES.has(typeOf(node) as string)
}

/** Phrasing content this model version knows (`text`, `event`, `word`). */
export function isKnownPhrasing(node: unknown): node is Phrasing {
  return PHRASING_TYPES.has(typeOf(node) as string)
}

/** The `type` of an unknown node, for messages (`chapter`; `(no type)` when it has none). */
export function nodeTypeName(node: unknown): string {
  const type = typeOf(node)
  return typeof type === 'string' ? type : '(no type)'
}

/**
 * The text of a node of any type: core's `toString` for the types it knows; for others, the
 * `value` when it is a string, else the text of the children (joined by nothing when they are
 * all inline, by a blank line otherwise). Iterative: a hand-made tree may be deep.
 */
export function unknownNodeText(node: unknown): string {
  const out: string[] = []
  const stack: unknown[] = [node]
  while (stack.length > 0) {
    const item = stack.pop()
    if (typeof item === 'string') {
      out.push(item)
      continue
    }
    const type = typeOf(item)
    if (typeof type === 'string' && KNOWN_TYPES.has(type)) {
      out.push(toString(item as Node))
      continue
    }
    if (typeof item !== 'object' || item === null) continue
    const { value, children } = item as { value?: unknown; children?: unknown }
    if (typeof value === 'string') {
      out.push(value)
      continue
    }
    if (!Array.isArray(children)) continue
    const separator = children.every((child) => isKnownInline(child) || typeof (child as { value?: unknown })?.value === 'string') ? '' : '\n\n'
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push(children[i])
      if (i > 0 && separator) stack.push(separator)
    }
  }
  return out.join('').replace(/(?:\n\n)+/g, '\n\n').trim()
}

/**
 * The one message for a node a writer does not know: `unknown-node`, naming the type and the
 * path, and saying what became of its text (`kept`, e.g. `its text is written as a paragraph`).
 */
export function unknownNodeMessage(node: unknown, path: string, source: string, kept: string): VerbatimMessage {
  const type = nodeTypeName(node)
  return createMessage(`unknown node type "${type}" at ${path}: this writer does not know it; ${kept}`, 'unknown-node', source, {
    path,
    expected: 'a node type of this model version',
    actual: type,
  })
}

/** Paragraphs holding a text (split at blank lines); none for an empty text. */
function textParagraphs(text: string): Paragraph[] {
  return text === '' ? [] : text.split('\n\n').map((value): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] }))
}

/** Where a paragraph's child list is (`children[b].children[p].children`, inside segment `s` when s >= 0): built only to report. */
function childrenPath(block: number, paragraph: number, segment: number): string {
  const path = `children[${block}].children[${paragraph}].children`
  return segment < 0 ? path : `${path}[${segment}].children`
}

/** Phrasing children with unknown nodes made text (the same array when there are none). */
function knownChildren<T extends Inline>(children: readonly T[], block: number, paragraph: number, segment: number, onUnknown: (node: unknown, path: string) => void, known: (node: unknown) => boolean): T[] {
  let out: T[] | undefined
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!
    if (known(child)) {
      if (child.type === 'segment') {
        const inner = knownChildren(child.children, block, paragraph, i, onUnknown, isKnownPhrasing)
        if (inner !== child.children) (out ??= children.slice(0, i))[i] = { ...child, children: inner } as T
        else if (out) out[i] = child
      } else if (out) out[i] = child
      continue
    }
    onUnknown(child, `${childrenPath(block, paragraph, segment)}[${i}]`)
    ;(out ??= children.slice(0, i))[i] = { type: 'text', value: unknownNodeText(child) } as T
  }
  return out ?? (children as T[])
}

/**
 * The transcript with every node type this version does not know replaced by what a writer of
 * text can hold: an unknown block by a turn without speaker or label holding its text, an
 * unknown inline by a text node. `onUnknown` hears each (node and path) first; report it with
 * `unknownNodeMessage`. Copy on write: the same transcript when every node is known.
 */
export function withKnownNodes(transcript: Transcript, onUnknown: (node: unknown, path: string) => void): Transcript {
  let blocks: Block[] | undefined
  const children = transcript.children
  for (let b = 0; b < children.length; b++) {
    const block = children[b]!
    let replaced: Block | undefined
    if (!isKnownBlock(block)) {
      onUnknown(block, `children[${b}]`)
      replaced = { type: 'turn', speaker: null, label: null, interpreted: false, children: textParagraphs(unknownNodeText(block)) }
    } else if (block.type === 'turn') {
      let paragraphs: Paragraph[] | undefined
      for (let p = 0; p < block.children.length; p++) {
        const paragraph = block.children[p]!
        const inlines = knownChildren(paragraph.children, b, p, -1, onUnknown, isKnownInline)
        if (inlines !== paragraph.children) (paragraphs ??= block.children.slice())[p] = { ...paragraph, children: inlines }
      }
      if (paragraphs) replaced = { ...block, children: paragraphs }
    }
    if (replaced) (blocks ??= children.slice())[b] = replaced
  }
  return blocks ? { ...transcript, children: blocks } : transcript
}
