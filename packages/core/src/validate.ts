import type { z } from 'zod'
import { createMessage, hasErrors, type VerbatimMessage } from './message.js'
import { transcriptSchema } from './schema.js'
import type { Event, Segment, Timing, Transcript, Turn, Word } from './types.js'
import { isNewerMinor, lenientIssues, parseVersion, valueAt, withoutNodes } from './newer-version.js'
import { MODEL_MAJOR } from './version.js'

const SOURCE = 'verbatim-core'

export interface ValidationResult {
  /** True when there is no error (warnings may remain). */
  valid: boolean
  /**
   * The input itself, typed, when its shape is valid (semantic errors may remain; see `messages`).
   * For a document of a newer minor version that holds nodes of types this release does not
   * know, a copy without them (reported as `unknown-node-type`); the input is never changed.
   */
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
  const times = new TimeChecks(error)
  transcript.children.forEach((block, index) => {
    if (block.type === 'event') {
      if (block.time) times.event(index, block.time)
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
    times.turn(index, block)
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
  times.finish()
  return messages
}

type Report = (reason: string, ruleId: string, path: string, severity?: 'error' | 'warning') => void

/** Times beyond this many seconds (100 hours) are taken for a unit mistake (milliseconds read as seconds). */
export const MAX_PLAUSIBLE_TIME = 360_000

/**
 * The time checks, walking one turn (or event between turns) at a time. Where the current node
 * is stays as indexes (-1: not that deep), and its path is only written out to report a problem,
 * so sound input costs no strings.
 */
class TimeChecks {
  block = 0
  paragraph = -1
  inline = -1
  child = -1
  private previousSegment = -Infinity
  private previousWord = -Infinity
  /** Times beyond 100 hours: reported once, at the first, with the count (a unit mistake makes thousands). */
  private tooLarge = 0
  private firstTooLarge: [string, string] | undefined

  constructor(private readonly report: Report) {}

  /** Report what is reported once for the whole transcript. */
  finish(): void {
    if (!this.firstTooLarge) return
    const [what, path] = this.firstTooLarge
    const more = this.tooLarge > 1 ? ` (${this.tooLarge} times beyond 100 hours in all; the first is reported)` : ''
    this.report(`${what} is beyond 100 hours: expected seconds (milliseconds given as seconds?)${more}`, 'time-too-large', path, 'warning')
  }

  private path(): string {
    let out = `children[${this.block}]`
    if (this.paragraph >= 0) out += `.children[${this.paragraph}]`
    if (this.inline >= 0) out += `.children[${this.inline}]`
    if (this.child >= 0) out += `.children[${this.child}]`
    return out
  }

  /** An event between turns. */
  event(index: number, time: Timing): void {
    this.block = index
    this.paragraph = this.inline = this.child = -1
    this.check(time, undefined, '', 'event')
  }

  /**
   * The times inside one turn: every timed segment, word and event is checked on its own and
   * against its segment or turn, and segments and words must start in document order within the
   * turn (`time-out-of-order`; overlapping turns are fine, so the order is not checked across turns).
   */
  turn(index: number, turn: Turn): void {
    this.block = index
    this.paragraph = this.inline = this.child = -1
    this.previousSegment = this.previousWord = -Infinity
    const turnTime = turn.time
    if (turnTime) this.check(turnTime, undefined, '', 'turn')
    for (let p = 0; p < turn.children.length; p++) {
      const paragraph = turn.children[p]!
      // Nodes of a newer model version that this release does not know are skipped.
      if (paragraph.type !== 'paragraph') continue
      this.paragraph = p
      const inlines = paragraph.children
      for (let i = 0; i < inlines.length; i++) {
        const inline = inlines[i]!
        if (inline.type === 'text') continue
        this.inline = i
        this.child = -1
        if (inline.type === 'segment') this.segment(inline, turnTime)
        else if (inline.type === 'word' || inline.type === 'event') this.leaf(inline, turnTime, 'its turn')
      }
    }
  }

  private segment(segment: Segment, turnTime: Timing | undefined): void {
    this.check(segment.time, turnTime, 'its turn', 'segment')
    this.previousSegment = this.inOrder(segment.time, this.previousSegment, 'segment')
    const children = segment.children
    for (let c = 0; c < children.length; c++) {
      const child = children[c]!
      if (child.type !== 'word' && child.type !== 'event') continue
      this.child = c
      this.leaf(child, segment.time, 'its segment')
    }
  }

  private leaf(node: Word | Event, parent: Timing | undefined, parentWhat: string): void {
    if (!node.time) return
    this.check(node.time, parent, parentWhat, node.type)
    if (node.type === 'word') this.previousWord = this.inOrder(node.time, this.previousWord, 'word')
  }

  private inOrder(time: Timing, previous: number, what: string): number {
    if (time.start < previous) {
      this.report(`${what} starts at ${time.start}s, before the previous ${what} of the turn (${previous}s)`, 'time-out-of-order', `${this.path()}.time.start`, 'warning')
    }
    return time.start
  }

  /**
   * The checks of one node's time: `end-before-start`, `time-too-large`, and
   * `time-outside-parent` against the nearest timed ancestor (`parent`, its segment or turn).
   */
  private check(time: Timing, parent: Timing | undefined, parentWhat: string, what: string): void {
    if (time.end !== undefined && time.end < time.start) {
      this.report(`${what} ends (${time.end}s) before it starts (${time.start}s)`, 'end-before-start', `${this.path()}.time`)
    }
    const largest = time.end === undefined || time.end < time.start ? time.start : time.end
    if (largest > MAX_PLAUSIBLE_TIME && this.tooLarge++ === 0) this.firstTooLarge = [`${what} time ${largest}s`, `${this.path()}.time`]
    if (!parent) return
    if (time.start < parent.start) {
      this.report(`${what} starts at ${time.start}s, before ${parentWhat} (${parent.start}s)`, 'time-outside-parent', `${this.path()}.time.start`, 'warning')
    } else if (parent.end !== undefined && (time.end ?? time.start) > parent.end) {
      const field = time.end === undefined ? 'start' : 'end'
      const verb = field === 'end' ? 'ends' : 'starts'
      this.report(`${what} ${verb} at ${time[field]}s, after ${parentWhat} ends (${parent.end}s)`, 'time-outside-parent', `${this.path()}.time.${field}`, 'warning')
    }
  }
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
  let unknownNodes: PropertyKey[][] = []
  if (!parsed.success) {
    let issues = parsed.error.issues
    if (isNewerMinor(version)) ({ errors: issues, warnings, unknownNodes } = lenientIssues(issues, value, String(version)))
    if (issues.length > 0) return { valid: false, messages: [...issues.map((issue) => issueToMessage(issue, value)), ...warnings] }
  }
  // The schemas have no transforms, so the input is the transcript; returning it rather than
  // zod's rebuilt copy keeps keys such as `__proto__` in `data` and `extra` records intact (and,
  // in a document of a newer minor version, the fields this release does not know). Nodes of
  // types it does not know are left out of a copy; the checks run on the input, so that their
  // paths are those of the input.
  const messages = checkTranscript(value as Transcript)
  const transcript = (unknownNodes.length > 0 ? withoutNodes(value, unknownNodes) : value) as Transcript
  if (warnings.length > 0) messages.unshift(...warnings)
  return { valid: !hasErrors(messages), transcript, messages }
}
