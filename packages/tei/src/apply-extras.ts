/** Put the xenoData block back: data bags on the nodes at their paths, empty containers where they were. */
import type { Transcript } from '@verbatim/core'
import type { XmlElement } from './dom.js'
import { ROOT_PATH, type ModelExtras } from './model-extras.js'
import type { ReadContext } from './read-context.js'

const SEGMENT = /([A-Za-z_][\w-]*)|\[(\d+)\]/g

/** The object at a model path (`children[3].children[0]`), or undefined. */
function objectAt(transcript: Transcript, path: string): Record<string, unknown> | undefined {
  if (path === ROOT_PATH) return transcript as unknown as Record<string, unknown>
  let value: unknown = transcript
  SEGMENT.lastIndex = 0
  let consumed = 0
  for (const match of path.matchAll(SEGMENT)) {
    if (match.index !== consumed && !(match.index === consumed + 1 && path[consumed] === '.')) return undefined
    consumed = match.index + match[0].length
    if (value === null || typeof value !== 'object') return undefined
    const key = match[1] ?? Number(match[2])
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') return undefined
    value = Object.hasOwn(value, key) ? (value as Record<string | number, unknown>)[key] : undefined
  }
  if (consumed !== path.length) return undefined
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
}

export function applyExtras(ctx: ReadContext, transcript: Transcript, extras: ModelExtras, at: XmlElement): void {
  for (const [path, data] of Object.entries(extras.data)) {
    const target = objectAt(transcript, path)
    if (!target || data === null || typeof data !== 'object' || Array.isArray(data)) {
      ctx.message(`expected the data bag for ${path} to belong to a node of the transcript, found no such node; not read`, 'unplaced-data', at)
      continue
    }
    target.data = data
  }
  for (const path of extras.empty) {
    if (path === 'meta.extra') transcript.meta.extra ??= {}
    else if (path === 'meta.notes') transcript.meta.notes ??= []
    else if (path === 'meta.languages') transcript.meta.languages ??= []
  }
}
