/**
 * The small XML tree fromTei works on: elements with decoded attributes and source offsets
 * (`start` at `<`, `end` after the closing `>`), and text nodes with decoded values.
 */
export interface XmlElement {
  type: 'element'
  /** The name as written (`tei:seg`). */
  name: string
  /** The name without a namespace prefix (`seg`). */
  local: string
  attributes: Record<string, string>
  children: XmlNode[]
  start: number
  end: number
}

export interface XmlText {
  type: 'text'
  value: string
  start: number
  end: number
  /** True for CDATA: taken as is. */
  cdata?: boolean
}

export type XmlNode = XmlElement | XmlText

export function isElement(node: XmlNode | undefined): node is XmlElement {
  return node?.type === 'element'
}

export function childElements(element: XmlElement, local?: string): XmlElement[] {
  const out: XmlElement[] = []
  for (const child of element.children) {
    if (child.type === 'element' && (local === undefined || child.local === local)) out.push(child)
  }
  return out
}

export function firstChild(element: XmlElement | undefined, local: string): XmlElement | undefined {
  if (!element) return undefined
  for (const child of element.children) if (child.type === 'element' && child.local === local) return child
  return undefined
}

/** Descendants with a local name, in document order (iterative: depth is bounded but may be large). */
export function descendants(element: XmlElement | undefined, local: string): XmlElement[] {
  const out: XmlElement[] = []
  if (!element) return out
  const stack: XmlNode[] = [...element.children].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type !== 'element') continue
    if (node.local === local) out.push(node)
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!)
  }
  return out
}

/** The first descendant with a local name in document order; stops there (the body may hold 10^5 elements). */
export function firstDescendant(element: XmlElement | undefined, local: string): XmlElement | undefined {
  if (!element) return undefined
  const stack: XmlNode[] = []
  for (let i = element.children.length - 1; i >= 0; i--) stack.push(element.children[i]!)
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type !== 'element') continue
    if (node.local === local) return node
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!)
  }
  return undefined
}

/** True when a child element's local name is in the set (no array built: called for every `seg`). */
export function hasChildIn(element: XmlElement, locals: ReadonlySet<string>): boolean {
  for (const child of element.children) if (child.type === 'element' && locals.has(child.local)) return true
  return false
}

/** All text inside, exactly as decoded (whitespace kept). */
export function textContent(node: XmlNode, skip?: ReadonlySet<string>): string {
  if (node.type === 'text') return node.value
  if (skip?.has(node.local)) return ''
  let out = ''
  for (const child of node.children) out += textContent(child, skip)
  return out
}

/** Text with whitespace runs collapsed to one space and trimmed (for other projects' TEI). */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

export function normalizedText(node: XmlNode | undefined, skip?: ReadonlySet<string>): string {
  return node ? normalizeSpace(textContent(node, skip)) : ''
}

const WHITESPACE = /\s/

/** Whitespace-separated pointer tokens without the leading `#` (`"#a #b"` -> `['a', 'b']`). */
export function pointers(value: string | undefined): string[] {
  if (!value) return []
  // Nearly every pointer attribute holds one token: no split, no intermediate arrays.
  if (!WHITESPACE.test(value)) return [value.charCodeAt(0) === 35 /* # */ ? value.slice(1) : value]
  return value
    .split(/\s+/)
    .filter((token) => token !== '')
    .map((token) => (token.startsWith('#') ? token.slice(1) : token))
}
