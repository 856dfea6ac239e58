/**
 * State of one fromTei call: positions, messages, and whether the document is Verbatim's own
 * (then every string is taken exactly as written; other TEI gets its whitespace normalised).
 */
import { createMessage, type Position, type Severity, type VerbatimMessage, type LineIndex } from '@verbatim/core'
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

  position(start: number, end: number): Position {
    return this.lines.position(start, end)
  }

  positionOf(element: { start: number; end: number }): Position {
    return this.lines.position(element.start, element.end)
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
