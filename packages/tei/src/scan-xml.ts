/**
 * The fast path of parseXml: the tree of `dom.ts` built straight from the input, checking as it
 * goes that the input is well-formed XML (the rules of `xml-syntax.ts`: names, matching end tags,
 * quoted and unique attributes, references, one root, nothing but markup outside it, comments,
 * CDATA and PIs closed), so no separate validation pass is needed. A broken rule throws
 * `Malformed` (offset, what was expected, what was found), which parseXml turns into a positioned
 * `xml-malformed` error.
 *
 * It follows the rules of fast-xml-parser's XMLParser with the options of `fxp-tree.ts` (comments
 * skipped without ending a text, text saved at tags, PIs and CDATA, CR LF read as LF), so both
 * paths give the same tree, which the tests check. It differs in speed: text is taken with indexOf
 * and slice, where XMLParser appends it one character at a time.
 *
 * It declines (returns undefined) the few well-formed documents XMLParser reads differently from
 * XML: nesting past MAX_DEPTH, names XMLParser refuses (prototype pollution) or splits (a name
 * holding a character JavaScript's `\s` matches), a PI with an unbalanced quote. parseXml then
 * takes the general path, whose validator judges the whole document.
 */
import { MAX_DEPTH } from './constants.js'
import type { XmlElement, XmlNode, XmlText } from './dom.js'
import { decodeAttribute, decodeReferences } from './entities.js'
import type { OffsetProblem } from './tree-problems.js'
import { checkReferences, firstNonSpace, isXmlName, isXmlSpace, Malformed, quote } from './xml-syntax.js'

/** Names XMLParser refuses (prototype pollution) or renames; declining them keeps both paths equal. */
const UNSAFE_NAMES: ReadonlySet<string> = new Set([
  '__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf',
  '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__',
])

/** XMLParser's attribute pattern (name, then an optional `= "value"` or `= 'value'`), for PI pseudo-attributes. */
const ATTRIBUTE = /([^\s=]+)\s*(=\s*(?:"([^"]*)"|'([^']*)'))?/g
/** XMLParser splits names at JavaScript's whitespace (`\s`), which holds two XML name characters (U+1680, U+FEFF). */
const SPACE = /\s/
const CR_LF = /\r\n?/g
/** What an attribute value needs beyond a slice: references, `<` (an error), and tab, LF and CR (normalised to spaces). */
const NEEDS_DECODING = /[&<\t\n\r]/

const GT = 62
const LT = 60
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

/** A name met in the document, and the last short value of an attribute of that name that needed no decoding. */
interface NameEntry {
  name: string
  last: string | undefined
}

/** A declined document: parseXml takes the general path. */
class Declined extends Error {}

/**
 * Called with each element as soon as it is complete (its end tag read, or a self-closing tag),
 * with its open ancestors (root first; the array is the scanner's and changes as it goes on). A
 * reader may take what it needs from the element and then empty its children.
 */
export type OnElementEnd = (element: XmlElement, ancestors: readonly XmlElement[]) => void

/** The tree of a well-formed document, or undefined when declined; throws `Malformed` when the input is not well-formed. */
export function scanXml(xml: string, shift: number, problems: OffsetProblem[], onEnd?: OnElementEnd): XmlElement | undefined {
  try {
    return new Scanner(xml, shift, problems, onEnd).run()
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
  /** Every name met so far (element and attribute), checked once and kept as one copy. */
  private readonly names = new Map<string, NameEntry>()

  constructor(
    private readonly xml: string,
    private readonly shift: number,
    private readonly problems: OffsetProblem[],
    private readonly onEnd: OnElementEnd | undefined,
  ) {
    this.hasCr = xml.indexOf('\r') !== -1
  }

  run(): XmlElement {
    const xml = this.xml
    let i = 0
    while (i < xml.length) {
      const lt = xml.indexOf('<', i)
      const end = lt === -1 ? xml.length : lt
      if (end > i) this.content(i, end)
      if (lt === -1) break
      const next = xml.charCodeAt(lt + 1)
      if (next === SLASH) i = this.endTag(lt)
      else if (next === QUESTION) i = this.instruction(lt)
      else if (next === BANG) i = this.declaration(lt)
      else i = this.startTag(lt)
    }
    return this.finish()
  }

  /** The text between two pieces of markup: kept inside the root, only whitespace allowed outside it. */
  private content(from: number, to: number): void {
    const xml = this.xml
    if (this.stack.length === 0) {
      const at = firstNonSpace(xml, from, to)
      if (at !== -1) throw new Malformed(at, `only markup and whitespace ${this.root ? 'after' : 'before'} the root element`, `text ${quote(xml, at)}`)
      return
    }
    const value = xml.slice(from, to)
    if (value.indexOf('&') !== -1) checkReferences(value, from)
    this.text += this.lines(value)
  }

  private finish(): XmlElement {
    const open = this.parent
    if (open) throw new Malformed(open.start - this.shift, `</${open.name}> closing this <${open.name}>`, 'the end of the input')
    if (!this.root) throw new Malformed(0, 'a root element', this.xml.length === 0 ? 'an empty input' : 'none')
    return this.root
  }

  /**
   * The checked, shared copy of the name in `[from, to)` (one copy of each: a document has a few
   * dozen names and 10^6 elements). Names XMLParser treats differently are declined.
   */
  private name(from: number, to: number, what: string): NameEntry {
    const name = this.xml.slice(from, to)
    const known = this.names.get(name)
    if (known !== undefined) return known
    if (!isXmlName(name)) throw new Malformed(from, what, name === '' ? quote(this.xml, from) : JSON.stringify(name))
    if (UNSAFE_NAMES.has(name) || SPACE.test(name)) throw new Declined()
    const entry: NameEntry = { name, last: undefined }
    this.names.set(name, entry)
    return entry
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
    append(parent, node)
  }

  private startTag(lt: number): number {
    const xml = this.xml
    const gt = tagEnd(xml, lt + 1)
    const selfClosing = xml.charCodeAt(gt - 1) === SLASH
    let nameEnd = lt + 1
    while (nameEnd < gt && !isXmlSpace(xml.charCodeAt(nameEnd))) nameEnd++
    // `<a/>`: the slash is not part of the name; `<a b="1"/>`: nor of the attributes.
    const name = this.name(lt + 1, selfClosing && nameEnd === gt ? gt - 1 : nameEnd, 'an element name after <').name
    const attributesEnd = selfClosing ? gt - 1 : gt
    const parent = this.parent
    // XMLParser keeps no text outside the root; XML allows only one root.
    if (parent) this.flush()
    else if (this.root) throw new Malformed(lt, 'one root element', `a second one, <${name}>`)
    this.text = ''
    const start = lt + this.shift
    const colon = name.indexOf(':')
    const element: XmlElement = {
      type: 'element',
      name,
      local: colon === -1 ? name : name.slice(colon + 1),
      attributes: nameEnd < attributesEnd ? this.attributes(name, nameEnd, attributesEnd, start) : NO_ATTRIBUTES,
      children: NO_CHILDREN,
      start,
      end: gt + 1 + this.shift,
    }
    if (parent) append(parent, element)
    else this.root = element
    if (!selfClosing) {
      // XMLParser refuses a start tag with more than MAX_DEPTH elements open; its error is the general path's.
      if (this.stack.length > MAX_DEPTH) throw new Declined()
      this.stack.push(element)
      this.contentStarts.push(gt + 1)
    } else if (this.onEnd !== undefined) this.onEnd(element, this.stack)
    return gt + 1
  }

  /**
   * The attributes between `from` (whitespace after the name) and `to`: `name = "value"` pairs,
   * each after whitespace, each name once. Anything else is not well-formed.
   */
  private attributes(element: string, from: number, to: number, start: number): Record<string, string> {
    const xml = this.xml
    const attributes: Record<string, string> = {}
    let i = from
    for (;;) {
      const spaceStart = i
      while (i < to && isXmlSpace(xml.charCodeAt(i))) i++
      if (i >= to) return attributes
      if (xml.charCodeAt(i) === LT) throw new Malformed(i, `> ending the start tag <${element}`, quote(xml, i))
      if (i === spaceStart) throw new Malformed(i, 'whitespace between two attributes', quote(xml, i))
      const nameStart = i
      while (i < to && !isXmlSpace(xml.charCodeAt(i)) && xml.charCodeAt(i) !== EQUALS) i++
      const entry = this.name(nameStart, i, 'an attribute name')
      const name = entry.name
      while (i < to && isXmlSpace(xml.charCodeAt(i))) i++
      if (i >= to || xml.charCodeAt(i) !== EQUALS) throw new Malformed(i, `= and a quoted value after the attribute name ${name}`, quote(xml, i))
      i++
      while (i < to && isXmlSpace(xml.charCodeAt(i))) i++
      const quoteCode = xml.charCodeAt(i)
      if (i >= to || (quoteCode !== QUOTE && quoteCode !== APOSTROPHE)) throw new Malformed(i, `a value in quotes for the attribute ${name}`, quote(xml, i))
      const close = xml.indexOf(quoteCode === QUOTE ? '"' : "'", i + 1)
      if (close === -1 || close >= to) throw new Malformed(i, `the closing quote of the value of ${name}`, 'none before the end of the tag')
      if (typeof attributes[name] === 'string') throw new Malformed(nameStart, 'each attribute once in a start tag', `${name} again`)
      const last = entry.last
      // Values repeat (`since="#T0"` on every point of a timeline): one copy, compared in place.
      if (last !== undefined && last.length === close - i - 1 && xml.startsWith(last, i + 1)) attributes[name] = last
      else {
        const value = this.attributeValue(i + 1, close, start)
        attributes[name] = value
        if (value.length < 16 && value.length === close - i - 1) entry.last = value
      }
      i = close + 1
    }
  }

  /** Most values hold no reference, no `<` and no whitespace to normalise: they are taken as they are. */
  private attributeValue(from: number, to: number, start: number): string {
    const raw = this.xml.slice(from, to)
    if (!NEEDS_DECODING.test(raw)) return raw
    const lt = raw.indexOf('<')
    if (lt !== -1) throw new Malformed(from + lt, 'no < in an attribute value (&lt; writes it)', quote(raw, lt))
    checkReferences(raw, from)
    return decodeAttribute(this.lines(raw), (problem) => this.problems.push({ ...problem, offset: start }))
  }

  private endTag(lt: number): number {
    const xml = this.xml
    const gt = xml.indexOf('>', lt)
    const element = this.parent
    if (!element) throw new Malformed(lt, this.root ? 'nothing but comments, PIs and whitespace after the root element' : 'a start tag before any end tag', quote(xml, lt))
    if (gt === -1) throw new Malformed(lt, `</${element.name}> closing the element`, quote(xml, lt), element.start - this.shift)
    const nameEnd = lt + 2 + element.name.length
    if (!xml.startsWith(element.name, lt + 2) || firstNonSpace(xml, nameEnd, gt) !== -1) {
      const found = gt + 1 - lt <= 60 ? xml.slice(lt, gt + 1) : quote(xml, lt)
      throw new Malformed(lt, `</${element.name}> closing the element`, found, element.start - this.shift)
    }
    const contentStart = this.contentStarts[this.contentStarts.length - 1]!
    this.flush()
    this.stack.pop()
    this.contentStarts.pop()
    element.end = gt + 1 + this.shift
    placeTexts(element.children, contentStart + this.shift, lt + this.shift)
    if (this.onEnd !== undefined) this.onEnd(element, this.stack)
    return gt + 1
  }

  /** `<?target ...?>`: ignored, but it ends the pending text, as in XMLParser. */
  private instruction(lt: number): number {
    const xml = this.xml
    const close = instructionEnd(xml, lt + 2)
    const content = xml.slice(lt + 2, close)
    let split = 0
    while (split < content.length && !isXmlSpace(content.charCodeAt(split))) split++
    const target = content.slice(0, split)
    if (!isXmlName(target)) throw new Malformed(lt + 2, 'a processing instruction target (a name) after <?', quote(xml, lt + 2))
    if (lt !== 0 && target.toLowerCase() === 'xml') throw new Malformed(lt, 'the XML declaration only at the very start of the input', 'it later')
    const jsSplit = content.search(SPACE)
    if (jsSplit !== -1) {
      // XMLParser reads a PI's pseudo-attributes and refuses the same names there.
      ATTRIBUTE.lastIndex = 0
      const rest = content.slice(jsSplit + 1).trimStart()
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
      if (end === -1) throw new Malformed(lt, '--> closing the comment that starts here', 'the end of the input')
      return end + 3
    }
    if (!xml.startsWith('[CDATA[', lt + 2)) throw new Malformed(lt, 'a comment (<!--) or a CDATA section (<![CDATA[) after <!', quote(xml, lt))
    const end = xml.indexOf(']]>', lt + 9)
    const parent = this.parent
    if (!parent) throw new Malformed(lt, 'no CDATA section outside the root element', quote(xml, lt))
    if (end === -1) throw new Malformed(lt, ']]> closing the CDATA section that starts here', 'the end of the input')
    this.flush()
    const value = this.lines(xml.slice(lt + 9, end))
    if (value !== '') this.pushText(parent, value, true)
    return end + 3
  }
}

/** The `>` ending the start tag at `from - 1`, skipping quoted values (which may hold `>`). */
function tagEnd(xml: string, from: number): number {
  const gt = xml.indexOf('>', from)
  if (gt === -1) throw new Malformed(from - 1, '> ending the start tag', 'the end of the input')
  // Most tags: no quote before the first `>`, or quotes that hold no `>`.
  let quoteAt = firstQuote(xml, from, gt)
  if (quoteAt === -1) return gt
  for (;;) {
    const close = xml.indexOf(xml[quoteAt]!, quoteAt + 1)
    if (close === -1) throw new Malformed(quoteAt, `a closing ${xml[quoteAt]} for the attribute value`, 'the end of the input')
    const end = xml.indexOf('>', close + 1)
    if (end === -1) throw new Malformed(from - 1, '> ending the start tag', 'the end of the input')
    quoteAt = firstQuote(xml, close + 1, end)
    if (quoteAt === -1) return end
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
  throw new Malformed(from - 2, '?> closing the processing instruction that starts here', 'the end of the input')
}

/**
 * Add a child. Elements start with the shared empty array; the first child gets an array of
 * exactly one (most elements of a timed document hold one text: `w`, `desc`), not the 16 free
 * slots a push onto an empty array reserves.
 */
function append(parent: XmlElement, node: XmlNode): void {
  if (parent.children === NO_CHILDREN) parent.children = [node]
  else parent.children.push(node)
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
