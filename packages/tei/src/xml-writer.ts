/**
 * A minimal XML serializer: strings added to core's `OutputChunks`, escaping from `xml-chars.ts`.
 * Block elements (element-only content) are indented when `pretty`; mixed content (a `seg`,
 * a `desc`, a `title`) is written inline, because whitespace added there would become text.
 * Callers pass strings already cleaned of forbidden characters.
 */
import { OutputChunks } from '@verbatim/core/output'
import { escapeAttribute, escapeText } from './xml-chars.js'

/** Attributes in the order they are written; `undefined` values are left out. */
export type Attributes = ReadonlyArray<readonly [name: string, value: string | undefined]>

export class XmlWriter {
  /** What is written, in chunks (core's builder, shared with the caption writers). */
  private readonly chunks = new OutputChunks()
  private started = false
  /** The line break and indentation of each depth, made once (a million `when`s start a line each). */
  private readonly indents: string[] = ['\n']

  constructor(
    readonly pretty: boolean,
    private readonly indentUnit = '  ',
    /** Nesting depth of the first element written (a fragment of a larger document). */
    private depth = 0,
  ) {}

  /** Start a line at the current depth (pretty output only). */
  private line(): void {
    if (this.pretty) this.push(this.lineStart())
  }

  /** What starts a line at the current depth: a line break and the indentation (pretty output), else nothing. */
  lineStart(): string {
    if (!this.pretty) return ''
    let indent = this.indents[this.depth]
    if (indent === undefined) {
      indent = '\n' + this.indentUnit.repeat(this.depth)
      this.indents[this.depth] = indent
    }
    return this.started ? indent : indent.slice(1)
  }

  private push(piece: string): void {
    this.started = true
    this.chunks.add(piece)
  }

  private tag(name: string, attributes: Attributes | undefined, close: '>' | '/>'): void {
    this.push('<' + name)
    if (attributes) {
      for (const [key, value] of attributes) {
        if (value !== undefined) this.push(' ' + key + '="' + escapeAttribute(value) + '"')
      }
    }
    this.push(close)
  }

  /** Raw markup the caller wrote, on a line of its own (the XML declaration, the start of each `when`). */
  raw(markup: string): void {
    this.line()
    this.push(markup)
  }

  /** Open an element whose content is elements only, on its own line. */
  open(name: string, attributes?: Attributes): void {
    this.line()
    this.tag(name, attributes, '>')
    this.depth++
  }

  close(name: string): void {
    this.depth--
    this.line()
    this.push('</' + name + '>')
  }

  /** Open a block element whose attributes the caller wrote (escaped, each with a leading space). */
  openRaw(name: string, attributes: string): void {
    this.line()
    this.push('<' + name + attributes + '>')
    this.depth++
  }

  /** An empty element on its own line, with attributes the caller wrote. */
  emptyRaw(name: string, attributes: string): void {
    this.line()
    this.push('<' + name + attributes + '/>')
  }

  /** An empty element on its own line. */
  empty(name: string, attributes?: Attributes): void {
    this.line()
    this.tag(name, attributes, '/>')
  }

  /** An element holding only text, on its own line (`<title>...</title>`, or `<title/>` when empty). */
  leaf(name: string, attributes: Attributes | undefined, text: string): void {
    this.line()
    if (text === '') {
      this.tag(name, attributes, '/>')
      return
    }
    this.tag(name, attributes, '>')
    this.push(escapeText(text))
    this.push('</' + name + '>')
  }

  /** Start a mixed-content element on its own line; its content follows inline. */
  openMixed(name: string, attributes?: Attributes): void {
    this.line()
    this.tag(name, attributes, '>')
  }

  /** Start a mixed-content element on its own line, with attributes the caller wrote. */
  openMixedRaw(name: string, attributes: string): void {
    this.line()
    this.push('<' + name + attributes + '>')
  }

  /** Start an element inside mixed content (no line break). */
  openInline(name: string, attributes?: Attributes): void {
    this.tag(name, attributes, '>')
  }

  /** An empty element inside mixed content. */
  emptyInline(name: string, attributes?: Attributes): void {
    this.tag(name, attributes, '/>')
  }

  /** End an element opened with openMixed or openInline. */
  closeInline(name: string): void {
    this.push('</' + name + '>')
  }

  text(value: string): void {
    this.push(escapeText(value))
  }

  /** Text the caller knows needs no escaping. */
  safeText(value: string): void {
    this.push(value)
  }

  /** Everything written, as one string. */
  get out(): string {
    return this.chunks.toString()
  }

}
