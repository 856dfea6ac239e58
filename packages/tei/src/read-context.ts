/**
 * State of one fromTei call: positions, messages, and whether the document is Verbatim's own
 * (then every string is taken exactly as written; other TEI gets its whitespace normalised).
 */
import { createMessage, type Point, type Position, type Severity, type VerbatimMessage, type LineIndex } from '@verbatim/core'
import { SOURCE } from './constants.js'
import type { XmlElement } from './dom.js'

export class ReadContext {
  readonly messages: VerbatimMessage[] = []
  /** Elements already reported as ignored (one info message per element name). */
  private readonly ignoredNames = new Set<string>()

  constructor(
    readonly lines: LineIndex,
    /** True for a document toTei wrote (`appInfo/application[@ident='verbatim']`). */
    readonly own: boolean,
    readonly file: string | undefined,
    readonly idPrefix: string,
  ) {}

  /** The offset and point where the last position made ended. */
  private lastEnd = -1
  private lastEndPoint: Point | undefined

  /**
   * A position; its start is the previous position's end point when they are the same place (a
   * word and the space after it), and a position of no length has one point: positions are values
   * (docs/decisions.md), and a million timed words make four million positions otherwise.
   */
  position(start: number, end: number): Position {
    const startPoint = start === this.lastEnd ? this.lastEndPoint! : this.lines.point(start)
    const endPoint = end === start ? startPoint : this.lines.point(end)
    this.lastEnd = end
    this.lastEndPoint = endPoint
    return { start: startPoint, end: endPoint }
  }

  positionOf(element: { start: number; end: number }): Position {
    return this.position(element.start, element.end)
  }

  message(reason: string, ruleId: string, place: { start: number; end: number } | undefined, severity: Severity = 'warning'): void {
    this.messages.push(
      createMessage(reason, ruleId, SOURCE, {
        severity,
        place: place ? this.positionOf(place) : undefined,
        ...(this.file === undefined ? {} : { file: this.file }),
      }),
    )
  }

  /** Say once per element name that elements were not read because they are not speech. */
  ignored(element: XmlElement, why: string): void {
    if (this.ignoredNames.has(element.local)) return
    this.ignoredNames.add(element.local)
    this.message(`<${element.name}> ${why}; not read as speech (reported once per element name)`, 'ignored-element', element, 'info')
  }
}
