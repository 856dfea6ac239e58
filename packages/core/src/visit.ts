import type { Block, Inline, Node, Paragraph, Phrasing, Segment, Transcript, Turn } from './types.js'

/** Return `false` from a visitor to skip the node's children, `'stop'` to end the walk. */
export type VisitResult = void | boolean | 'stop'

export type Visitor = (node: Node, parent: Node | null, index: number | null) => VisitResult

function childrenOf(node: Node): readonly Node[] | undefined {
  // A node of a newer model version may hold anything under `children`: only arrays are walked.
  return 'children' in node && Array.isArray(node.children) ? (node.children as readonly Node[]) : undefined
}

/** Walk the tree depth-first in document order, calling `visitor` for every node. */
export function visit(tree: Node, visitor: Visitor): void {
  const walk = (node: Node, parent: Node | null, index: number | null): boolean => {
    const result = visitor(node, parent, index)
    if (result === 'stop') return false
    if (result === false) return true
    const children = childrenOf(node)
    if (children) {
      for (let i = 0; i < children.length; i++) {
        if (!walk(children[i]!, node, i)) return false
      }
    }
    return true
  }
  walk(tree, null, null)
}

/** Every turn of a transcript, in order. */
export function turnsOf(transcript: Transcript): Turn[] {
  return transcript.children.filter((block): block is Turn => block.type === 'turn')
}

/**
 * Every inline node of a turn or paragraph, in order: the children of its paragraphs, segments
 * included as they are (use `phrasingOf` for what is inside them).
 */
export function inlinesOf(node: Turn | Paragraph): Inline[] {
  const paragraphs = node.type === 'turn' ? node.children : [node]
  return paragraphs.flatMap((paragraph) => paragraph.children)
}

/**
 * Every text, word and event of a turn, paragraph or segment, in order, with segments opened:
 * the leaves of its speech.
 */
export function phrasingOf(node: Turn | Paragraph | Segment): Phrasing[] {
  if (node.type === 'segment') return [...node.children]
  const out: Phrasing[] = []
  const paragraphs = node.type === 'turn' ? node.children : [node]
  for (const paragraph of paragraphs) {
    for (const inline of paragraph.children) {
      if (inline.type === 'segment') for (const child of inline.children) out.push(child)
      else out.push(inline)
    }
  }
  return out
}

export function isTurn(node: Node | Block): node is Turn {
  return node.type === 'turn'
}
