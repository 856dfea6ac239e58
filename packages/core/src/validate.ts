import type { z } from 'zod'
import { createMessage, hasErrors, type VerbatimMessage } from './message.js'
import { transcriptSchema } from './schema.js'
import type { Transcript } from './types.js'
import { MODEL_MAJOR } from './version.js'

const SOURCE = 'verbatim-core'

export interface ValidationResult {
  /** True when there is no error (warnings may remain). */
  valid: boolean
  /** The input itself, typed, when its shape is valid (semantic errors may remain; see `messages`). */
  transcript?: Transcript
  messages: VerbatimMessage[]
}

/** `['children', 3, 'speaker']` -> `children[3].speaker` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out === '' ? String(key) : `.${String(key)}`
  }
  return out === '' ? '(root)' : out
}

function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'string') return value.length > 40 ? 'string' : JSON.stringify(value)
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return typeof value
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = root
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}

function issueToMessage(issue: z.core.$ZodIssue, root: unknown): VerbatimMessage {
  const path = formatPath(issue.path)
  const found = valueAt(root, issue.path)
  const actual = issue.code === 'unrecognized_keys' ? undefined : describeValue(found)
  let expected: string | undefined
  let reason: string
  switch (issue.code) {
    case 'invalid_type':
      expected = issue.expected
      reason = found === undefined ? `expected ${issue.expected} at ${path}, found nothing` : `expected ${issue.expected} at ${path}, found ${actual}`
      break
    case 'invalid_value':
      expected = issue.values.map((value) => JSON.stringify(value)).join(' | ')
      reason = `expected one of ${expected} at ${path}, found ${actual}`
      break
    case 'unrecognized_keys':
      reason = `unexpected field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => JSON.stringify(key)).join(', ')} at ${path}`
      break
    case 'invalid_union': {
      // A discriminated union names the allowed node types in its message.
      const allowed = /Expected (.+)$/.exec(issue.message)?.[1]
      expected = allowed ?? 'one of the node types allowed here'
      reason = `expected ${expected} at ${path}, found ${actual}`
      break
    }
    default:
      reason = `${issue.message} at ${path}`
  }
  const init: Parameters<typeof createMessage>[3] = { severity: 'error', path }
  if (expected !== undefined) init.expected = expected
  if (actual !== undefined) init.actual = actual
  return createMessage(reason, `schema-${issue.code.replace(/_/g, '-')}`, SOURCE, init)
}

/** Semantic checks the schema cannot express: ids, references, times, version. */
export function checkTranscript(transcript: Transcript): VerbatimMessage[] {
  const messages: VerbatimMessage[] = []
  const error = (reason: string, ruleId: string, path: string, severity: 'error' | 'warning' = 'error') =>
    messages.push(createMessage(reason, ruleId, SOURCE, { severity, path }))

  const major = Number.parseInt(transcript.version, 10)
  if (major !== MODEL_MAJOR) {
    error(`model version ${transcript.version} is not supported: expected ${MODEL_MAJOR}.x`, 'unsupported-version', 'version')
  }

  const ids = new Set<string>()
  transcript.speakers.forEach((speaker, index) => {
    if (ids.has(speaker.id)) {
      error(`duplicate speaker id ${JSON.stringify(speaker.id)}: ids must be unique`, 'duplicate-speaker-id', `speakers[${index}].id`)
    }
    ids.add(speaker.id)
  })

  let previousStart = -Infinity
  transcript.children.forEach((block, index) => {
    if (block.type !== 'turn') return
    if (block.speaker !== null && !ids.has(block.speaker)) {
      error(
        `turn speaker ${JSON.stringify(block.speaker)} is not in the speaker registry`,
        'unknown-speaker',
        `children[${index}].speaker`,
      )
    }
    const time = block.time
    if (!time) return
    if (time.end !== undefined && time.end < time.start) {
      error(`turn ends (${time.end}s) before it starts (${time.start}s)`, 'end-before-start', `children[${index}].time`)
    }
    if (time.start < previousStart) {
      error(
        `turn starts at ${time.start}s, before the previous timed turn (${previousStart}s)`,
        'time-out-of-order',
        `children[${index}].time.start`,
        'warning',
      )
    }
    previousStart = time.start
  })
  return messages
}

/**
 * Validate any value as a transcript: its shape against the schema (messages name the path and
 * what was expected), then the semantic checks.
 */
export function validateTranscript(value: unknown): ValidationResult {
  const parsed = transcriptSchema.safeParse(value)
  if (!parsed.success) {
    return { valid: false, messages: parsed.error.issues.map((issue) => issueToMessage(issue, value)) }
  }
  // The schemas have no transforms, so the input is the transcript; returning it rather than
  // zod's rebuilt copy keeps keys such as `__proto__` in `data` and `extra` records intact.
  const transcript = value as Transcript
  const messages = checkTranscript(transcript)
  return { valid: !hasErrors(messages), transcript, messages }
}
