/**
 * What a speech-to-text reader carries: the file name, the messages, and the checks every
 * service's values go through (times as numbers, in order, not negative; confidences from 0 to 1).
 * A JSON result has no lines to point at once parsed, so messages name the JSON path
 * (`results.items[12].start_time`). A problem that repeats on every word is one message, at its
 * first path, with the count.
 */
import { createMessage, LineIndex, MessageGatherer, type Severity, type Text, type Timing, type VerbatimMessage, type Word } from '@verbatim/core'

export const SOURCE = 'verbatim-stt'

/**
 * A JSON path made text only when a message needs it (`results.items[12].start_time`): readers
 * make one for every word, and most are never read. Made text without recursion.
 */
export class JsonPath {
  constructor(
    readonly parent: Path,
    readonly key: string | number,
  ) {}

  toString(): string {
    const keys: Array<string | number> = []
    let node: Path = this
    while (typeof node !== 'string') {
      keys.push(node.key)
      node = node.parent
    }
    let out: string = node
    for (let index = keys.length - 1; index >= 0; index--) {
      const key = keys[index]!
      out = typeof key === 'number' ? `${out}[${key}]` : out === '' ? key : `${out}.${key}`
    }
    return out
  }
}

/** A JSON path, as text or lazily. */
export type Path = string | JsonPath

/**
 * Where a message points: a JSON path in a JSON result, or an offset in a text (the HTML form of
 * Podcasting 2.0), made a line and column when the message is.
 */
export type Where = Path | number

export class ReadContext {
  readonly file: string | undefined
  private lastWordStart = -Infinity
  /**
   * True when the JSON was parsed here from a text, so nothing else holds it: readers may then let
   * go of what they have read (an array's entry set to undefined), so that the parsed JSON is
   * collected while the transcript grows. Never for JSON the caller gave parsed.
   */
  ownsJson = false
  private readonly messages: VerbatimMessage[] = []
  private readonly gathered = new MessageGatherer()
  private lines: LineIndex | undefined
  /** Values of the JSON that the model has no field for, by JSON path (`results.summary`): the transcript's `data.stt`. */
  readonly kept: Record<string, unknown> = {}
  /** The keys reported as not read, as patterns (`segments[].avg_logprob`): each is reported once. */
  private readonly unread = new Set<string>()

  /** `text`: the text read, for readers that point at offsets in it (its lines are indexed on the first message). */
  constructor(
    file: string | undefined,
    private readonly text?: string,
  ) {
    this.file = file
  }

  /** A message at a JSON path or an offset; messages of one rule are gathered into one (core's `MessageGatherer`). */
  report(reason: string, ruleId: string, where: Where, init: { severity?: Severity; actual?: unknown } = {}): void {
    if (this.gathered.repeat(ruleId)) return
    const actual = init.actual === undefined ? undefined : describe(init.actual)
    this.gathered.add(createMessage(reason, ruleId, SOURCE, { severity: init.severity ?? 'warning', ...this.place(where), ...(this.file === undefined ? {} : { file: this.file }), ...(actual === undefined ? {} : { actual }) }))
  }

  /** A path as it is; an offset as a point (line and column, through core's `LineIndex`). */
  private place(where: Where): { path: string } | { place: ReturnType<LineIndex['point']> } {
    if (typeof where !== 'number') return { path: String(where) }
    this.lines ??= new LineIndex(this.text ?? '')
    return { place: this.lines.point(where) }
  }

  /** A message of its own, never gathered. */
  note(reason: string, ruleId: string, path: Path, severity: Severity = 'info'): void {
    this.messages.push(createMessage(reason, ruleId, SOURCE, { severity, path: String(path), ...(this.file === undefined ? {} : { file: this.file }) }))
  }

  /**
   * The keys of an object that occurs once (the response, its `metadata`...) that are not in
   * `known` are kept, by JSON path (`prefix.key`), in `kept` (nulls hold nothing and are left out).
   */
  keepUnknown(record: Record<string, unknown>, known: ReadonlySet<string>, prefix: string): void {
    for (const key in record) if (!known.has(key) && record[key] !== null && record[key] !== undefined) this.kept[prefix === '' ? key : `${prefix}.${key}`] = record[key]
  }

  /**
   * The keys of an object that repeats (a segment, a word) that are not in `known`: one message per
   * key, naming it as a pattern (`segments[].avg_logprob`), placed at its first occurrence.
   */
  reportUnknown(record: Record<string, unknown>, known: ReadonlySet<string>, pattern: string, path: Path): void {
    for (const key in record) {
      if (known.has(key) || record[key] === null || record[key] === undefined) continue
      const name = `${pattern}.${key}`
      if (this.unread.has(name)) continue
      this.unread.add(name)
      this.note(`\`${name}\` is not read: the model has no place for it there; left out`, 'key-not-read', at(path, key))
    }
  }

  /** Every message: the single ones in order, then the gathered ones in order of first occurrence. */
  finish(): VerbatimMessage[] {
    this.messages.push(...this.gathered.finish())
    return this.messages
  }

  /**
   * A time in seconds from a service's value (`divisor` 1000 for milliseconds); strings of digits
   * are read as numbers (AWS writes them so: `stringTimes`). Undefined, with a message, when the
   * value is missing, not a number, negative or infinite.
   */
  time(value: unknown, path: Path, divisor = 1, stringTimes = false): number | undefined {
    let number = value
    if (typeof value === 'string' && value.trim() !== '') {
      number = Number(value)
      if (!stringTimes) this.report('A time is written as a string; read as a number', 'time-as-string', path, { severity: 'info', actual: value })
    }
    if (typeof number !== 'number' || !Number.isFinite(number) || number < 0) {
      this.report(value === undefined || value === null ? 'A word or segment has no time' : 'A time is not a number of seconds from 0 up', value === undefined || value === null ? 'missing-time' : 'invalid-time', path, { actual: value })
      return undefined
    }
    return divisor === 1 ? number : number / divisor
  }

  /**
   * The node of a word: a timed `word` (its end read as its start when it ends before it starts),
   * or text when it has no start. Words are made in the order the transcript has them, so a word
   * starting before the one before it is reported here. `key`: the word's key in `parent`, its
   * path made only when a message needs it.
   */
  word(value: string, start: number | undefined, end: number | undefined, confidence: number | undefined, parent: Path, key?: string | number): Word | Text {
    if (start === undefined) return { type: 'text', value }
    if (start < this.lastWordStart) this.report('Words are out of order (a word starts before the previous one); kept in the order given', 'words-out-of-order', key === undefined ? parent : at(parent, key), { actual: start })
    this.lastWordStart = start
    // Objects made whole, in one literal each (keys in the order they always had): adding a key later costs a second store per word.
    let time: Timing
    if (end === undefined) time = { start, source: 'source' }
    else {
      if (end < start) this.report(`A word ends (${end}s) before it starts (${start}s); its end is read as its start`, 'end-before-start', key === undefined ? parent : at(parent, key), { actual: end })
      time = { start, source: 'source', end: Math.max(end, start) }
    }
    return confidence === undefined ? { type: 'word', value, time } : { type: 'word', value, time, confidence }
  }

  /** `time(record[key], at(parent, key), ...)`, the path made only when a message needs it (readers call this for every word). */
  timeAt(record: Record<string, unknown>, key: string, parent: Path, divisor = 1, stringTimes = false): number | undefined {
    const value = record[key]
    // A number from 0 up (not NaN, not infinite): nothing to report.
    if (isSeconds(value)) return divisor === 1 ? value : value / divisor
    return this.time(value, at(parent, key), divisor, stringTimes)
  }

  /** `confidence(record[key], at(parent, key))`, the path made only when a message needs it. */
  confidenceAt(record: Record<string, unknown>, key: string, parent: Path): number | undefined {
    const value = record[key]
    if (isConfidence(value)) return value
    return this.confidence(value, at(parent, key))
  }

  /** A confidence from 0 to 1, or undefined (with a message when there was one and it is out of range). */
  confidence(value: unknown, path: Path): number | undefined {
    if (value === undefined || value === null) return undefined
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
    if (typeof number !== 'number' || !Number.isFinite(number) || number < 0 || number > 1) {
      this.report('A confidence is not a number from 0 to 1; left out', 'invalid-confidence', path, { actual: value })
      return undefined
    }
    return number
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? value.slice(0, 60) + '…' : value)
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value)
  return Array.isArray(value) ? 'an array' : 'an object'
}

/** A time in seconds that needs no message: a number from 0 up, not NaN, not infinite. */
export const isSeconds = (value: unknown): value is number => typeof value === 'number' && value >= 0 && value < Infinity

/** A confidence that needs no message: a number from 0 to 1. */
export const isConfidence = (value: unknown): value is number => typeof value === 'number' && value >= 0 && value <= 1

/** `[key]` or `.key` after a path (lazily: see `JsonPath`). */
export const at = (path: Path, key: string | number): JsonPath => new JsonPath(path, key)

/** Whether a value is a plain object. */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
