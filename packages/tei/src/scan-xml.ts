/**
 * The fast path of parseXml: the tree of `dom.ts` built straight from a document that
 * fast-xml-parser's validator has accepted. It follows the rules of fast-xml-parser's XMLParser
 * with the options of `fxp-tree.ts` (the same name split, the same attribute pattern, comments
 * skipped without ending a text, text saved at tags, PIs and CDATA, CR LF read as LF), so both
 * paths give the same tree, which the tests check. It differs in speed only: text is taken with
 * indexOf and slice, where XMLParser appends it one character at a time (its own parsing runs at
 * about 16 MB/s and makes most of fromTei's garbage).
 *
 * It declines (returns undefined) whatever it does not handle exactly as XMLParser does: nesting
 * past MAX_DEPTH, names XMLParser refuses or renames, `<!` other than comments and CDATA, a PI
 * with an unbalanced quote, structure it does not expect. parseXml then takes the general path.
 */
import { MAX_DEPTH } from './constants.js'
import type { XmlElement, XmlNode, XmlText } from './dom.js'
import { decodeAttribute, decodeReferences } from './entities.js'
import type { OffsetProblem } from './tree-problems.js'

/** Names XMLParser refuses (prototype pollution) or renames; declining them keeps both paths equal. */
const UNSAFE_NAMES: ReadonlySet<string> = new Set([
  '__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf',
  '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__',
])

/** XMLParser's attribute pattern (name, then an optional `= "value"` or `= 'value'`). */
const ATTRIBUTE = /([^\s=]+)\s*(=\s*(?:"([^"]*)"|'([^']*)'))?/g
/** XMLParser splits the tag name from the attributes at the first JavaScript whitespace (`\s`). */
const SPACE = /\s/
const CR_LF = /\r\n?/g
/** What decodeAttribute changes: references, and tab, LF and CR (normalised to spaces). */
const NEEDS_DECODING = /[&\t\n\r]/

const GT = 62
const SLASH = 47
const QUESTION = 63
const BANG = 33
const QUOTE = 34
const EQUALS = 61
const APOSTROPHE = 39

/**
 * Shared by every element without attributes or without content (most `seg`s, every `when`):
 * frozen, since nothing may change them, and one object instead of 10^5 that live as long as the tree.
 */
const NO_ATTRIBUTES: Record<string, string> = Object.freeze({}) as Record<string, string>
const NO_CHILDREN: XmlNode[] = Object.freeze([]) as unknown as XmlNode[]

/** A declined document: parseXml takes the general path. */
class Declined extends Error {}

export function scanXml(xml: string, shift: number, problems: OffsetProblem[]): XmlElement | undefined {
  try {
    return new Scanner(xml, shift, problems).run()
  } catch (error) {
    if (error instanceof Declined) return undefined
    throw error
  }
}

class Scanner {
  /** XMLParser reads CR LF and lone CR as LF; most documents have no CR, so most values skip the replace. */
  private readonly hasCr: boolean
  private readonly stack: XmlElement[] = []
  /** For each open element, the offset after its start tag's `>` (where its first text starts). */
  private readonly contentStarts: number[] = []
  private root: XmlElement | undefined
  /** Text since the last tag, PI or CDATA (XMLParser's `textData`; comments do not end it). */
  private text = ''
  private readonly names = new Map<string, string>()

  constructor(
    private readonly xml: string,
    private readonly shift: number,
    private readonly problems: OffsetProblem[],
  ) {
    this.hasCr = xml.indexOf('\r') !== -1
  }

  run(): XmlElement | undefined {
    const xml = this.xml
    let i = 0
    while (i < xml.length) {
      const lt = xml.indexOf('<', i)
      if (lt === -1) break
      if (lt > i) this.text += this.lines(xml.slice(i, lt))
      const next = xml.charCodeAt(lt + 1)
      if (next === SLASH) i = this.endTag(lt)
      else if (next === QUESTION) i = this.instruction(lt)
      else if (next === BANG) i = this.declaration(lt)
      else i = this.startTag(lt)
    }
    // XMLParser drops text after the root; the validator allows only whitespace there.
    if (this.stack.length > 0) throw new Declined()
    return this.root
  }

  /** One copy of each element name: a document has a few dozen names and 10^6 elements (every `w`, every `when`). */
  private intern(name: string): string {
    const known = this.names.get(name)
    if (known !== undefined) return known
    this.names.set(name, name)
    return name
  }

  private lines(value: string): string {
    return this.hasCr ? value.replace(CR_LF, '\n') : value
  }

  private get parent(): XmlElement | undefined {
    return this.stack[this.stack.length - 1]
  }

  /** Save the pending text into the open element (XMLParser's saveTextToParentTag). */
  private flush(): void {
    const value = this.text
    if (value === '') return
    this.text = ''
    const parent = this.parent
    if (!parent) return
    const indent = indentation(value)
    if (indent !== undefined) this.pushText(parent, indent, false)
    else if (value.indexOf('&') === -1) this.pushText(parent, value, false)
    else this.pushText(parent, decodeReferences(value, (problem) => this.problems.push({ ...problem, offset: parent.start })), false)
  }

  /** Adjacent texts (text, CDATA) become one node, as the general path merges them. */
  private pushText(parent: XmlElement, value: string, cdata: boolean): void {
    const last = parent.children[parent.children.length - 1]
    if (last?.type === 'text') {
      last.value += value
      return
    }
    const node: XmlText = { type: 'text', value, start: -1, end: -1 }
    if (cdata) node.cdata = true
    parent.children.push(node)
  }

  private startTag(lt: number): number {
    const xml = this.xml
    const gt = tagEnd(xml, lt + 1)
    const selfClosing = xml.charCodeAt(gt - 1) === SLASH
    let nameEnd = lt + 1
    while (nameEnd < gt && !isJsSpace(xml.charCodeAt(nameEnd))) nameEnd++
    // `<a/>`: the slash is not part of the name; `<a b="1"/>`: nor of the attributes.
    const name = this.intern(xml.slice(lt + 1, selfClosing && nameEnd === gt ? gt - 1 : nameEnd))
    const attributesEnd = selfClosing ? gt - 1 : gt
    if (name === '' || name.endsWith('/') || UNSAFE_NAMES.has(name)) throw new Declined()
    const parent = this.parent
    // XMLParser keeps no text outside the root, and only one root.
    if (parent) this.flush()
    else if (this.root) throw new Declined()
    this.text = ''
    const start = lt + this.shift
    const colon = name.indexOf(':')
    const element: XmlElement = {
      type: 'element',
      name,
      local: colon === -1 ? name : name.slice(colon + 1),
      attributes: nameEnd < attributesEnd ? this.attributes(nameEnd, attributesEnd, start) : NO_ATTRIBUTES,
      children: selfClosing ? NO_CHILDREN : [],
      start,
      end: gt + 1 + this.shift,
    }
    if (parent) parent.children.push(element)
    else this.root = element
    if (!selfClosing) {
      // XMLParser refuses a start tag with more than MAX_DEPTH elements open; its error is the general path's.
      if (this.stack.length > MAX_DEPTH) throw new Declined()
      this.stack.push(element)
      this.contentStarts.push(gt + 1)
    }
    return gt + 1
  }

  /**
   * The attributes between `from` and `to`, read in place: `name = "value"` pairs separated by
   * whitespace, which is all the validator lets through. Anything else is read with XMLParser's
   * own pattern, so the result is the same either way.
   */
  private attributes(from: number, to: number, start: number): Record<string, string> {
    const xml = this.xml
    const attributes: Record<string, string> = {}
    let i = from
    for (;;) {
      while (i < to && isJsSpace(xml.charCodeAt(i))) i++
      if (i >= to) return attributes
      const nameStart = i
      while (i < to && !isJsSpace(xml.charCodeAt(i)) && xml.charCodeAt(i) !== EQUALS) i++
      const nameEnd = i
      while (i < to && isJsSpace(xml.charCodeAt(i))) i++
      if (nameEnd === nameStart || xml.charCodeAt(i) !== EQUALS) return this.attributesByPattern(from, to, start)
      i++
      while (i < to && isJsSpace(xml.charCodeAt(i))) i++
      const quote = xml.charCodeAt(i)
      if (quote !== QUOTE && quote !== APOSTROPHE) return this.attributesByPattern(from, to, start)
      const close = xml.indexOf(quote === QUOTE ? '"' : "'", i + 1)
      if (close === -1 || close >= to) return this.attributesByPattern(from, to, start)
      const name = xml.slice(nameStart, nameEnd)
      if (UNSAFE_NAMES.has(name)) throw new Declined()
      attributes[name] = this.attributeValue(xml.slice(i + 1, close), start)
      i = close + 1
    }
  }

  /** XMLParser's reading of an attribute list, for lists the in-place reader does not expect. */
  private attributesByPattern(from: number, to: number, start: number): Record<string, string> {
    const attributes: Record<string, string> = {}
    const source = this.xml.slice(from, to)
    ATTRIBUTE.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = ATTRIBUTE.exec(source)) !== null) {
      const name = match[1]!
      const raw = match[3] ?? match[4]
      if (UNSAFE_NAMES.has(name)) throw new Declined()
      if (raw !== undefined) attributes[name] = this.attributeValue(raw, start)
    }
    return attributes
  }

  /** Most values hold no reference and no whitespace to normalise: they are taken as they are. */
  private attributeValue(raw: string, start: number): string {
    if (!NEEDS_DECODING.test(raw)) return raw
    return decodeAttribute(this.lines(raw), (problem) => this.problems.push({ ...problem, offset: start }))
  }

  private endTag(lt: number): number {
    const gt = this.xml.indexOf('>', lt)
    const element = this.parent
    const contentStart = this.contentStarts[this.contentStarts.length - 1]
    if (gt === -1 || !element || contentStart === undefined) throw new Declined()
    this.flush()
    this.stack.pop()
    this.contentStarts.pop()
    element.end = gt + 1 + this.shift
    placeTexts(element.children, contentStart + this.shift, lt + this.shift)
    return gt + 1
  }

  /** `<?...?>`: ignored, but it ends the pending text, as in XMLParser. */
  private instruction(lt: number): number {
    const xml = this.xml
    const close = instructionEnd(xml, lt + 1)
    const content = xml.slice(lt + 1, close)
    const split = content.search(SPACE)
    if (split !== -1) {
      // XMLParser reads a PI's pseudo-attributes and refuses the same names there.
      ATTRIBUTE.lastIndex = 0
      const rest = content.slice(split + 1).trimStart()
      let match: RegExpExecArray | null
      while ((match = ATTRIBUTE.exec(rest)) !== null) if (UNSAFE_NAMES.has(match[1]!)) throw new Declined()
    }
    this.flush()
    return close + 2
  }

  /** `<!--...-->` is skipped (the pending text goes on); `<![CDATA[...]]>` is text taken as is. */
  private declaration(lt: number): number {
    const xml = this.xml
    if (xml.startsWith('--', lt + 2)) {
      const end = xml.indexOf('-->', lt + 4)
      if (end === -1) throw new Declined()
      return end + 3
    }
    if (!xml.startsWith('[CDATA[', lt + 2)) throw new Declined()
    const end = xml.indexOf(']]>', lt)
    const parent = this.parent
    if (end === -1 || !parent) throw new Declined()
    this.flush()
    const value = this.lines(xml.slice(lt + 9, end))
    if (value !== '') this.pushText(parent, value, true)
    return end + 3
  }
}

/** The `>` ending a start tag, skipping quoted values (which may hold `>`). */
function tagEnd(xml: string, from: number): number {
  const gt = xml.indexOf('>', from)
  if (gt === -1) throw new Declined()
  // Most tags: no quote before the first `>`, or quotes that hold no `>`.
  let quote = firstQuote(xml, from, gt)
  if (quote === -1) return gt
  let i = from
  for (;;) {
    const close = xml.indexOf(xml[quote]!, quote + 1)
    if (close === -1) throw new Declined()
    i = close + 1
    const end = xml.indexOf('>', i)
    if (end === -1) throw new Declined()
    quote = firstQuote(xml, i, end)
    if (quote === -1) return end
  }
}

function firstQuote(xml: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const code = xml.charCodeAt(i)
    if (code === QUOTE || code === APOSTROPHE) return i
  }
  return -1
}

/** The `?` of the `?>` ending a PI, skipping quoted values as XMLParser does (an unbalanced quote: declined). */
function instructionEnd(xml: string, from: number): number {
  for (let i = from; i < xml.length; i++) {
    const code = xml.charCodeAt(i)
    if (code === QUOTE || code === APOSTROPHE) {
      i = xml.indexOf(xml[i]!, i + 1)
      if (i === -1) throw new Declined()
    } else if (code === QUESTION && xml.charCodeAt(i + 1) === GT) return i
  }
  throw new Declined()
}

/** Text nodes run from the previous sibling's end (or the start tag's end) to the next sibling's start (or the end tag). */
function placeTexts(nodes: XmlNode[], contentStart: number, contentEnd: number): void {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!
    if (node.type !== 'text') continue
    node.start = i > 0 ? nodes[i - 1]!.end : contentStart
    node.end = i + 1 < nodes.length ? nodes[i + 1]!.start : contentEnd
  }
}


/** The characters of JavaScript's `\s`, which XMLParser's patterns use; ASCII first, as nearly all are. */
function isJsSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  return SPACE.test(String.fromCharCode(code))
}

/** Shared strings for the line break and spaces between elements of an indented document. */
const INDENTS: string[] = []

/**
 * The shared copy of a text that is a line break and up to 80 spaces (a third of the text nodes
 * of an indented document), or undefined. Each such slice would otherwise live as long as the tree.
 */
function indentation(value: string): string | undefined {
  const length = value.length
  if (length > 81 || value.charCodeAt(0) !== 10) return undefined
  for (let i = 1; i < length; i++) if (value.charCodeAt(i) !== 32) return undefined
  return (INDENTS[length] ??= value)
}
