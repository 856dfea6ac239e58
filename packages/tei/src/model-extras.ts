/**
 * What the model holds and TEI has no element for travels as JSON in one
 * `<xenoData type="verbatim-model">` block in the header: every node's `data` bag, keyed by the
 * node's path in the model (`children[3]`, `speakers[0]`, `(root)`), and the paths of containers
 * that were present but empty (`meta.extra`, `meta.notes`, `meta.languages`), so that `{}` and
 * `[]` survive a round trip. toTei writes the block only when there is something to put in it.
 */
import type { Transcript } from '@verbatim/core'
import { replaceForbiddenWith } from './xml-chars.js'

export interface ModelExtras {
  data: Record<string, Record<string, unknown>>
  empty: string[]
}

export const ROOT_PATH = '(root)'

export function createExtras(): ModelExtras {
  return { data: {}, empty: [] }
}

export function hasExtras(extras: ModelExtras): boolean {
  return extras.empty.length > 0 || Object.keys(extras.data).length > 0
}

/**
 * JSON text safe in XML: JSON.stringify already escapes controls and lone surrogates; U+FFFE and
 * U+FFFF, which XML forbids, are escaped here (they can only occur inside JSON strings).
 */
export function serializeExtras(extras: ModelExtras): string {
  const body: Partial<ModelExtras> = {}
  if (Object.keys(extras.data).length > 0) body.data = extras.data
  if (extras.empty.length > 0) body.empty = extras.empty
  return replaceForbiddenWith(JSON.stringify(body), (character) => '\\u' + character.charCodeAt(0).toString(16).padStart(4, '0'))
}

/** Parse the block; undefined when it is not the JSON toTei writes. */
export function parseExtras(text: string): ModelExtras | undefined {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return undefined
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined
  const record = value as { data?: unknown; empty?: unknown }
  const data = record.data ?? {}
  const empty = record.empty ?? []
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined
  if (!Array.isArray(empty) || !empty.every((item) => typeof item === 'string')) return undefined
  return { data: data as Record<string, Record<string, unknown>>, empty: empty as string[] }
}

/** jsonProblem's finding for a bag nested so deep that JSON.stringify would overflow the stack: such a bag is not written. */
export const TOO_DEEP = 'nesting deeper than 1000'

/**
 * Every `data` bag of the tree, keyed by path; bags holding what JSON cannot keep are reported
 * (one pass before writing, so the header can hold them), and left out when nested too deep to
 * write (`written` false).
 */
export function collectData(transcript: Transcript, extras: ModelExtras, report: (path: string, problem: string, written: boolean) => void): void {
  const keep = (path: string, data: Record<string, unknown> | undefined): void => {
    if (data === undefined) return
    const problem = tooDeep(data) ? TOO_DEEP : jsonProblem(data)
    if (problem) report(path, problem, problem !== TOO_DEEP)
    if (problem !== TOO_DEEP) extras.data[path] = data
  }
  keep(ROOT_PATH, transcript.data)
  transcript.speakers.forEach((speaker, index) => keep(`speakers[${index}]`, speaker.data))
  transcript.meta.notes?.forEach((note, index) => keep(`meta.notes[${index}]`, note.data))
  transcript.children.forEach((block, index) => {
    if (block.data !== undefined) keep(`children[${index}]`, block.data)
    if (block.type !== 'turn') return
    block.children.forEach((paragraph, p) => {
      if (paragraph.data !== undefined) keep(`children[${index}].children[${p}]`, paragraph.data)
      paragraph.children.forEach((inline, i) => {
        if (inline.data !== undefined) keep(`children[${index}].children[${p}].children[${i}]`, inline.data)
        if (inline.type !== 'segment') return
        inline.children.forEach((phrasing, j) => {
          if (phrasing.data !== undefined) keep(`children[${index}].children[${p}].children[${i}].children[${j}]`, phrasing.data)
        })
      })
    })
  })
}

/** True when objects and arrays nest more than 1000 deep in `value` (a loop with a stack: the depth is the input's). */
function tooDeep(value: unknown): boolean {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }]
  while (stack.length > 0) {
    const item = stack.pop()!
    if (typeof item.value !== 'object' || item.value === null) continue
    if (item.depth > 1000) return true
    for (const child of Object.values(item.value)) stack.push({ value: child, depth: item.depth + 1 })
  }
  return false
}

/** Why a data bag would not survive JSON (-0, NaN, Infinity, undefined, functions...), or undefined when it would. */
export function jsonProblem(value: unknown, depth = 0): string | undefined {
  if (depth > 1000) return TOO_DEEP
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return undefined
    case 'number':
      if (Object.is(value, -0)) return '-0'
      return Number.isFinite(value) ? undefined : String(value)
    case 'object': {
      if (value === null) return undefined
      if (Array.isArray(value)) {
        for (const item of value) {
          const problem = item === undefined ? 'undefined in an array' : jsonProblem(item, depth + 1)
          if (problem) return problem
        }
        return undefined
      }
      const prototype = Object.getPrototypeOf(value)
      if (prototype !== Object.prototype && prototype !== null) return `a ${prototype?.constructor?.name ?? 'non-plain'} object`
      for (const item of Object.values(value)) {
        const problem = jsonProblem(item, depth + 1)
        if (problem) return problem
      }
      return undefined
    }
    default:
      return typeof value
  }
}
