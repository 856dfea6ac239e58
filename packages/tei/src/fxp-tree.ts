/**
 * The general path of parseXml: fast-xml-parser's XMLParser (ordered output with source offsets)
 * turned into the tree of `dom.ts`. It handles every document the validator accepts, but gathers
 * text one character at a time (about 16 MB/s), so parseXml uses it only when the fast scanner of
 * `scan-xml.ts` declines a document; tests compare the two paths.
 */
import { XMLParser } from 'fast-xml-parser'
import { MAX_DEPTH } from './constants.js'
import type { XmlElement, XmlNode } from './dom.js'
import { decodeAttribute, decodeReferences } from './entities.js'
import type { OffsetProblem } from './tree-problems.js'

const METADATA = XMLParser.getMetaDataSymbol() as unknown as symbol

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  htmlEntities: false,
  cdataPropName: '#cdata',
  ignoreDeclaration: true,
  ignorePiTags: true,
  captureMetaData: true,
  maxNestedTags: MAX_DEPTH,
  // No callbacks use the path: without this, every element builds a path string (10% of parsing).
  jPath: false,
})

/**
 * The root element of a document the validator accepted (offsets shifted by `shift`, the length
 * of a byte order mark removed before), or undefined when there is none. fast-xml-parser's own
 * errors (nesting past MAX_DEPTH, names it refuses) are thrown as they are.
 */
export function fxpTree(xml: string, shift: number, problems: OffsetProblem[]): XmlElement | undefined {
  const parsed = parser.parse(xml) as unknown[]
  const roots = new Converter(xml, shift, problems).children(parsed, -1)
  return roots.find((node): node is XmlElement => node.type === 'element')
}

type RawNode = Record<string | symbol, unknown>

/** fast-xml-parser's ordered output -> XmlNode, with offsets shifted past a byte order mark. */
class Converter {
  constructor(
    private readonly xml: string,
    private readonly shift: number,
    private readonly problems: OffsetProblem[],
  ) {}

  children(raw: unknown[], parentStart: number, parentEnd = -1): XmlNode[] {
    const out: XmlNode[] = []
    for (const item of raw) {
      const node = item as RawNode
      if ('#text' in node) {
        const value = String(node['#text'])
        this.pushText(out, value, false, parentStart)
        continue
      }
      if ('#cdata' in node) {
        const inner = node['#cdata'] as RawNode[]
        this.pushText(out, inner.map((part) => String(part['#text'] ?? '')).join(''), true, parentStart)
        continue
      }
      const name = Object.keys(node).find((key) => key !== ':@')
      if (name === undefined) continue
      const meta = node[METADATA] as { startIndex?: number; endIndex?: number } | undefined
      const start = meta?.startIndex ?? 0
      const end = meta?.endIndex ?? start
      const rawAttributes = (node[':@'] ?? {}) as Record<string, unknown>
      const attributes: Record<string, string> = {}
      for (const [key, value] of Object.entries(rawAttributes)) {
        attributes[key] = decodeAttribute(String(value), (problem) => this.problems.push({ ...problem, offset: start + this.shift }))
      }
      const colon = name.indexOf(':')
      const element: XmlElement = {
        type: 'element',
        name,
        local: colon === -1 ? name : name.slice(colon + 1),
        attributes,
        children: [],
        start: start + this.shift,
        end: end + this.shift,
      }
      element.children = this.children(node[name] as unknown[], start, end)
      out.push(element)
    }
    this.placeTexts(out, parentStart, parentEnd)
    return out
  }

  private pushText(out: XmlNode[], raw: string, cdata: boolean, parentStart: number): void {
    if (raw === '') return
    const last = out[out.length - 1]
    const value = cdata ? raw : decodeReferences(raw, (problem) => this.problems.push({ ...problem, offset: Math.max(parentStart, 0) + this.shift }))
    if (last?.type === 'text') {
      last.value += value
      return
    }
    out.push({ type: 'text', value, start: -1, end: -1, ...(cdata ? { cdata } : {}) })
  }

  /** Text nodes carry no offsets from the parser: they run from the previous sibling's end to the next one's start. */
  private placeTexts(nodes: XmlNode[], parentStart: number, parentEnd: number): void {
    let openEnd: number | undefined
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!
      if (node.type !== 'text') continue
      const previous = nodes[i - 1]
      const next = nodes[i + 1]
      if (previous) node.start = previous.end
      else {
        openEnd ??= parentStart < 0 ? 0 : this.openTagEnd(parentStart)
        node.start = openEnd + this.shift
      }
      if (next) node.end = next.start
      else node.end = parentEnd < 0 ? this.xml.length + this.shift : this.xml.lastIndexOf('<', parentEnd - 1) + this.shift
    }
  }

  /** The offset after the `>` of the start tag at `start` (quotes may hold `>`). */
  private openTagEnd(start: number): number {
    const xml = this.xml
    let quote = 0
    for (let i = start + 1; i < xml.length; i++) {
      const code = xml.charCodeAt(i)
      if (quote !== 0) {
        if (code === quote) quote = 0
      } else if (code === 34 || code === 39) quote = code
      else if (code === 62) return i + 1
    }
    return xml.length
  }
}
