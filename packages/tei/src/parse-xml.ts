/**
 * Well-formed XML to the small tree of `dom.ts`. Before parsing: a DOCTYPE or ENTITY declaration
 * is refused (never expanded: no entity bombs, no external entities) and characters XML forbids are
 * refused. Then the scanner of `scan-xml.ts` builds the tree and checks well-formedness in the same
 * pass (malformed input fails with a line and column, what was expected and what was found). For
 * the few documents it declines, fast-xml-parser's validator judges well-formedness and its
 * XMLParser builds the tree (`fxp-tree.ts`); both paths give the same tree. Nesting deeper than
 * MAX_DEPTH is refused, which keeps every recursive walk of the tree safe.
 */
import { LineIndex, VerbatimError } from '@verbatim/core'
import { XMLValidator } from 'fast-xml-parser'
import { MAX_DEPTH, SOURCE } from './constants.js'
import type { XmlElement } from './dom.js'
import { fxpTree } from './fxp-tree.js'
import { scanXml, type OnElementEnd } from './scan-xml.js'
import { Malformed } from './xml-syntax.js'
import type { OffsetProblem } from './tree-problems.js'
import { describeCodeUnit, FORBIDDEN_CHARACTER, isClean } from './xml-chars.js'

export interface ParsedXml {
  root: XmlElement
  /** The input without its byte order mark; offsets in the tree refer to the input with it. */
  lines: LineIndex
  /** References that could not be decoded, with the offset of the node holding them. */
  problems: OffsetProblem[]
}

/** Which way the tree is built: `fast` falls back to `general` for a document the scanner declines. */
export type TreePath = 'fast' | 'general'

/** A reader of elements as the fast path completes them (see `read-early.ts`). */
export interface ScanHooks {
  end: OnElementEnd
  /** The line index of the input when the reader has made one already. */
  lines(): LineIndex | undefined
  /** The fast path declined the document after calling `end`: the general path builds the tree again. */
  declined(): void
}

export function parseXml(input: string, file: string | undefined, path: TreePath = 'fast', hooks?: ScanHooks): ParsedXml {
  const bom = input.charCodeAt(0) === 0xfeff ? 1 : 0
  const xml = bom ? input.slice(1) : input
  // Made when first needed: after the tree, so that its array is not carried through the scanner's garbage collections.
  let lineIndex: LineIndex | undefined
  const lines = (): LineIndex => (lineIndex ??= hooks?.lines() ?? new LineIndex(input))
  const fail = (reason: string, ruleId: string, offset?: number): never => {
    throw new VerbatimError(reason, ruleId, SOURCE, { place: offset === undefined ? undefined : lines().point(offset), ...(file === undefined ? {} : { file }) })
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
  const problems: OffsetProblem[] = []
  let root: XmlElement | undefined
  if (path === 'fast') {
    try {
      root = scanXml(xml, bom, problems, hooks?.end)
    } catch (error) {
      if (!(error instanceof Malformed)) throw error
      const opened = error.opened === undefined ? '' : ` (the element opened at ${describePoint(lines().point(error.opened + bom))})`
      fail(`expected well-formed XML: expected ${error.expected}${opened}, found ${error.found}`, 'xml-malformed', error.offset + bom)
    }
  }
  if (root === undefined) {
    hooks?.declined()
    problems.length = 0
    validate(xml, bom, file)
    try {
      root = fxpTree(xml, bom, problems)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      if (/nested/i.test(message)) fail(`expected elements nested at most ${MAX_DEPTH} deep, found deeper nesting`, 'xml-too-deep')
      return fail(`expected well-formed XML, found an error: ${message}`, 'xml-malformed')
    }
  }
  if (!root) return fail('expected a root element, found none', 'xml-malformed', bom)
  return { root, lines: lines(), problems }
}

const describePoint = (point: { line: number; column: number }): string => `${point.line}:${point.column}`

/** The general path's judge of well-formedness: fast-xml-parser's validator, for the documents the scanner declines. */
function validate(xml: string, bom: number, file: string | undefined): void {
  const validation = XMLValidator.validate(xml, { allowBooleanAttributes: false })
  if (validation === true) return
  const { msg } = validation.err
  // The validator reports no column for some errors (empty input): fall back to the line start.
  const line = Number.isInteger(validation.err.line) && validation.err.line > 0 ? validation.err.line : 1
  const col = Number.isInteger(validation.err.col) && validation.err.col > 0 ? validation.err.col : 1
  throw new VerbatimError(`expected well-formed XML, found an error: ${msg}`, 'xml-malformed', SOURCE, {
    place: { line, column: line === 1 ? col + bom : col },
    ...(file === undefined ? {} : { file }),
  })
}
