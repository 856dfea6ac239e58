import type { z } from 'zod'
import { createMessage, hasErrors, type VerbatimMessage } from './message.js'
import { transcriptSchema } from './schema.js'
import type { Phrasing, Timing, Transcript, Turn } from './types.js'
import { isNewerMinor, lenientIssues, parseVersion } from './newer-version.js'
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
    if (block.type === 'event') {
      if (block.time) checkTime(block.time, undefined, '', `children[${index}]`, 'event', error)
      return
    }
    if (block.type !== 'turn') return
    if (block.speaker !== null && !ids.has(block.speaker)) {
      error(
        `turn speaker ${JSON.stringify(block.speaker)} is not in the speaker registry`,
        'unknown-speaker',
        `children[${index}].speaker`,
      )
    }
    checkTurnTimes(block, `children[${index}]`, error)
    const time = block.time
    if (!time) return
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

type Report = (reason: string, ruleId: string, path: string, severity?: 'error' | 'warning') => void

/** Times beyond this many seconds (100 hours) are taken for a unit mistake (milliseconds read as seconds). */
export const MAX_PLAUSIBLE_TIME = 360_000

/**
 * The checks of one node's time: `end-before-start`, `time-too-large`, and `time-outside-parent`
 * against the nearest timed ancestor (`parent`, its segment or turn).
 */
function checkTime(time: Timing, parent: Timing | undefined, parentWhat: string, path: string, what: string, report: Report): void {
  if (time.end !== undefined && time.end < time.start) {
    report(`${what} ends (${time.end}s) before it starts (${time.start}s)`, 'end-before-start', `${path}.time`)
  }
  const largest = time.end ?? time.start
  if (largest > MAX_PLAUSIBLE_TIME || time.start > MAX_PLAUSIBLE_TIME) {
    report(
      `${what} time ${Math.max(time.start, largest)}s is beyond 100 hours: expected seconds (milliseconds given as seconds?)`,
      'time-too-large',
      `${path}.time`,
      'warning',
    )
  }
  if (!parent) return
  if (time.start < parent.start) {
    report(`${what} starts at ${time.start}s, before ${parentWhat} (${parent.start}s)`, 'time-outside-parent', `${path}.time.start`, 'warning')
  } else if (parent.end !== undefined && (time.end ?? time.start) > parent.end) {
    const field = time.end === undefined ? 'start' : 'end'
    report(`${what} ${field === 'end' ? 'ends' : 'starts'} at ${time[field]}s, after ${parentWhat} ends (${parent.end}s)`, 'time-outside-parent', `${path}.time.${field}`, 'warning')
  }
}

/**
 * The times inside one turn: every timed segment, word and event is checked on its own and
 * against its segment or turn, and segments and words must start in document order within the
 * turn (`time-out-of-order`; overlapping turns are fine, so the order is not checked across turns).
 */
function checkTurnTimes(turn: Turn, path: string, report: Report): void {
  const turnTime = turn.time
  if (turnTime) checkTime(turnTime, undefined, '', path, 'turn', report)
  let previousSegment = -Infinity
  let previousWord = -Infinity
  const inOrder = (time: Timing, previous: number, what: string, at: string): number => {
    if (time.start < previous) report(`${what} starts at ${time.start}s, before the previous ${what} of the turn (${previous}s)`, 'time-out-of-order', `${at}.time.start`, 'warning')
    return time.start
  }
  for (let p = 0; p < turn.children.length; p++) {
    const paragraph = turn.children[p]!
    // Nodes of a newer model version that this release does not know are skipped.
    if (paragraph.type !== 'paragraph') continue
    const inlines = paragraph.children
    for (let i = 0; i < inlines.length; i++) {
      const inline = inlines[i]!
      if (inline.type !== 'word' && inline.type !== 'event' && inline.type !== 'segment') continue
      if (inline.type !== 'segment') {
        if (!inline.time) continue
        const at = `${path}.children[${p}].children[${i}]`
        checkTime(inline.time, turnTime, 'its turn', at, inline.type, report)
        if (inline.type === 'word') previousWord = inOrder(inline.time, previousWord, 'word', at)
        continue
      }
      const at = `${path}.children[${p}].children[${i}]`
      checkTime(inline.time, turnTime, 'its turn', at, 'segment', report)
      previousSegment = inOrder(inline.time, previousSegment, 'segment', at)
      previousWord = checkSegmentChildren(inline.children, inline.time, at, previousWord, inOrder, report)
    }
  }
}

function checkSegmentChildren(
  children: readonly Phrasing[],
  segmentTime: Timing,
  path: string,
  previousWord: number,
  inOrder: (time: Timing, previous: number, what: string, at: string) => number,
  report: Report,
): number {
  for (let c = 0; c < children.length; c++) {
    const child = children[c]!
    if ((child.type !== 'word' && child.type !== 'event') || !child.time) continue
    const at = `${path}.children[${c}]`
    checkTime(child.time, segmentTime, 'its segment', at, child.type, report)
    if (child.type === 'word') previousWord = inOrder(child.time, previousWord, 'word', at)
  }
  return previousWord
}

/**
 * Validate any value as a transcript: its shape against the schema (messages name the path and
 * what was expected), then the semantic checks.
 */
export function validateTranscript(value: unknown): ValidationResult {
  const version = typeof value === 'object' && value !== null ? (value as { version?: unknown }).version : undefined
  const parsedVersion = parseVersion(version)
  if (parsedVersion && parsedVersion.major !== MODEL_MAJOR) {
    // Another major version may mean anything: say so rather than list every difference.
    const reason = `model version ${String(version)} is not supported: expected ${MODEL_MAJOR}.x`
    return { valid: false, messages: [createMessage(reason, 'unsupported-version', SOURCE, { severity: 'error', path: 'version' })] }
  }
  const parsed = transcriptSchema.safeParse(value)
  let warnings: VerbatimMessage[] = []
  if (!parsed.success) {
    let issues = parsed.error.issues
    if (isNewerMinor(version)) ({ errors: issues, warnings } = lenientIssues(issues, value, String(version)))
    if (issues.length > 0) return { valid: false, messages: [...issues.map((issue) => issueToMessage(issue, value)), ...warnings] }
  }
  // The schemas have no transforms, so the input is the transcript; returning it rather than
  // zod's rebuilt copy keeps keys such as `__proto__` in `data` and `extra` records intact (and,
  // in a document of a newer minor version, the fields and nodes this release does not know).
  const transcript = value as Transcript
  const messages = checkTranscript(transcript)
  if (warnings.length > 0) messages.unshift(...warnings)
  return { valid: !hasErrors(messages), transcript, messages }
}
