/**
 * Serialises a cue text tree the way the web-platform-tests' cue-text-parsing `.dat` files write
 * their expected document fragments (`| <i>`, indented children, `"text"`, `<?timestamp ...>`),
 * so the expectations in this folder read like theirs.
 */
import type { CueNode } from '../src/parse/cue-text.js'
import { formatTimestamp } from '../src/parse/timestamp.js'

const ELEMENT: Record<string, string> = { c: 'span', i: 'i', b: 'b', u: 'u', ruby: 'ruby', rt: 'rt', v: 'span', lang: 'span' }

export function serializeCueTree(nodes: readonly CueNode[], depth = 0): string[] {
  const lines: string[] = []
  const indent = '| ' + '  '.repeat(depth)
  for (const node of nodes) {
    if (node.type === 'text') lines.push(`${indent}${JSON.stringify(node.value)}`)
    else if (node.type === 'timestamp') lines.push(`${indent}<?timestamp ${formatTimestamp(node.value)}>`)
    else {
      lines.push(`${indent}<${ELEMENT[node.type]}>`)
      const attrs: string[] = []
      if (node.classes.length > 0) attrs.push(`class=${JSON.stringify(node.classes.join(' '))}`)
      if (node.type === 'v') attrs.push(`title=${JSON.stringify(node.annotation ?? '')}`)
      if (node.language !== undefined) attrs.push(`lang=${JSON.stringify(node.language)}`)
      for (const attr of attrs.sort()) lines.push(`${indent}  ${attr}`)
      lines.push(...serializeCueTree(node.children, depth + 1))
    }
  }
  return lines
}
