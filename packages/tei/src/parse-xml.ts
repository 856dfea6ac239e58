/**
 * Well-formed XML to the small tree of `dom.ts`, with fast-xml-parser. Before parsing: a DOCTYPE
 * or ENTITY declaration is refused (never expanded: no entity bombs, no external entities),
 * characters XML forbids are refused, and fast-xml-parser's validator checks well-formedness,
 * so that malformed input fails with a line and column. Nesting deeper than MAX_DEPTH is
 * refused, which keeps every recursive walk of the tree safe.
 */
import { VerbatimError } from '@verbatim/core'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { MAX_DEPTH, SOURCE } from './constants.js'
import type { XmlElement, XmlNode } from './dom.js'
import { decodeAttribute, decodeReferences, type ReferenceProblem } from './entities.js'
import { LineIndex } from './lines.js'
import { describeCodeUnit, FORBIDDEN_CHARACTER, isClean } from './xml-chars.js'

export interface ParsedXml {
  root: XmlElement
  /** The input without its byte order mark; offsets in the tree refer to the input with it. */
  lines: LineIndex
  /** References that could not be decoded, with the offset of the node holding them. */
  problems: Array<ReferenceProblem & { offset: number }>
}

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
})

export function parseXml(input: string, file: string | undefined): ParsedXml {
  const bom = input.charCodeAt(0) === 0xfeff ? 1 : 0
  const xml = bom ? input.slice(1) : input
  const lines = new LineIndex(input)
  const fail = (reason: string, ruleId: string, offset?: number): never => {
    throw new VerbatimError(reason, ruleId, SOURCE, { place: offset === undefined ? undefined : lines.point(offset), ...(file === undefined ? {} : { file }) })
  }

  const declaration = /<!(DOCTYPE|ENTITY)\b/.exec(xml)
  if (declaration) {
    fail(
      `expected TEI without a document type declaration, found <!${declaration[1]}: DOCTYPE and ENTITY declarations are refused, never expanded (entity expansion and external entities are attack vectors; TEI needs neither)`,
      'doctype-refused',
      declaration.index + bom,
    )
  }
  let forbidden: RegExpExecArray | null = null
  if (!isClean(xml)) forbidden = FORBIDDEN_CHARACTER.exec(xml)
  if (forbidden) {
    fail(`expected XML 1.0 characters only, found ${describeCodeUnit(forbidden[0])}, which XML forbids (is this a binary file?)`, 'xml-forbidden-character', forbidden.index + bom)
  }
  const validation = XMLValidator.validate(xml, { allowBooleanAttributes: false })
  if (validation !== true) {
    const { msg } = validation.err
    // The validator reports no column for some errors (empty input): fall back to the line start.
    const line = Number.isInteger(validation.err.line) && validation.err.line > 0 ? validation.err.line : 1
    const col = Number.isInteger(validation.err.col) && validation.err.col > 0 ? validation.err.col : 1
    throw new VerbatimError(`expected well-formed XML, found an error: ${msg}`, 'xml-malformed', SOURCE, {
      place: { line, column: line === 1 ? col + bom : col },
      ...(file === undefined ? {} : { file }),
    })
  }

  let parsed: unknown[]
  try {
    parsed = parser.parse(xml) as unknown[]
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (/nested/i.test(message)) fail(`expected elements nested at most ${MAX_DEPTH} deep, found deeper nesting`, 'xml-too-deep')
    return fail(`expected well-formed XML, found an error: ${message}`, 'xml-malformed')
  }

  const problems: ParsedXml['problems'] = []
  const converter = new Converter(xml, bom, problems)
  const roots = converter.children(parsed, -1)
  const root = roots.find((node): node is XmlElement => node.type === 'element')
  if (!root) return fail('expected a root element, found none', 'xml-malformed', bom)
  return { root, lines, problems }
}

type RawNode = Record<string | symbol, unknown>

/** fast-xml-parser's ordered output -> XmlNode, with offsets shifted past a byte order mark. */
class Converter {
  constructor(
    private readonly xml: string,
    private readonly shift: number,
    private readonly problems: ParsedXml['problems'],
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
