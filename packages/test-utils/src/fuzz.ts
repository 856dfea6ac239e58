/**
 * Fuzzing readers with real files: fast-check picks a seed file, a window of it and a list of
 * mutations (byte flips, deletions, splices of other seeds, inserted markup, lone surrogates,
 * NULs, very long runs), and the reader must either give a transcript `validateTranscript`
 * accepts or throw a `VerbatimError`. Anything else (another exception, an invalid transcript,
 * more than `slowMs` on an input under 1 MB) fails with the input, how it was made, and the
 * fast-check seed that replays it.
 *
 * Each run takes `budgetMs` (default 8 s); `VERBATIM_FUZZ_MS=600000` runs a longer campaign, and
 * `VERBATIM_FUZZ_SEED` replays or varies one.
 *
 * Synchronous readers cannot be interrupted: a reader that never returns hangs the run (vitest
 * then reports the test as timed out). Everything else is measured per input.
 */
import fc from 'fast-check'
import { isVerbatimError } from '@verbatim/core'
import { validateTranscript } from '@verbatim/core/schema'

export interface FuzzSeed {
  /** File name (for the report). */
  name: string
  text: string
}

export interface FuzzOptions {
  /** Stop after this many inputs (default 10,000; the time budget usually ends the run first). */
  runs?: number
  /** Stop generating new inputs after this long, in ms (default 8,000); shrinking a failure adds to it. */
  budgetMs?: number
  /**
   * One input taking longer than this (when under 1 MB) fails (default 5,000 ms). Measured as the
   * process's CPU time, so that a loaded machine (other processes waiting for the cores) does
   * not fail a reader that is not slow; the wall time is reported beside it.
   */
  slowMs?: number
  /** Markup of the format, inserted at random places (`<v `, `-->`, `</u>`...). */
  tokens?: readonly string[]
  /**
   * A window taken from the middle of a seed keeps the seed's first line on top (a format
   * signature such as `WEBVTT`), so that most inputs get past it.
   */
  keepFirstLine?: boolean
  /**
   * fast-check seed (default 1, so a test run is reproducible and CI does not turn red at random;
   * `VERBATIM_FUZZ_SEED` or this option explores other sequences, or replays a failure).
   */
  seed?: number
  /**
   * What a returned value must be: default, an object whose `transcript` (or itself) is a
   * valid transcript. Return a description of what is wrong, or undefined.
   */
  check?: (result: unknown) => string | undefined
  /**
   * Inputs already known to fail (a reader's open bug): skipped and counted here; each such
   * bug should have a test of its own marked as expected to fail, saying why.
   */
  known?: (input: string) => boolean
}

/** A change to the input; `at` is where, in millionths of the input's length at that point. */
export type Mutation =
  | { kind: 'flip'; at: number; char: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'splice'; at: number; from: number; start: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'run'; at: number; text: string; times: number }
  | { kind: 'truncate'; at: number }

export interface FuzzCase {
  seed: number
  /** The window of the seed that is mutated: start (of the seed) and length (of the rest), as fractions. */
  window: [number, number]
  mutations: Mutation[]
}

export interface FuzzReport {
  /** Inputs read. */
  runs: number
  /** Inputs that read into a valid transcript. */
  read: number
  /** Inputs that threw a VerbatimError. */
  refused: number
  /** Inputs skipped as known failures. */
  known: number
  /** The slowest input, ms of CPU time. */
  slowestMs: number
}

const SPECIAL = ['\0', '\uD800', '\uDC00', '\uFFFD', '\uFEFF', '\r', '\n', '\t', ' ', '\u2028', '\u00A0', '\u202E', '\u{1F600}', '<', '>', '&', '"', "'", '[', ']', '(', ')', ':', '-', '\\', '#']
const COMMON_TOKENS = ['\n\n', '\r\n', '---\n', '\0', '\uD800', '\uDFFF', '&amp;', '&#0;', '&#x110000;', '<', '</', '>', ']]>', '<!--', '-->', '{', '}', '"', 'NaN', '1e309', '-1', '__proto__', 'constructor']
const AT_SCALE = 1_000_000
/** Inputs stay under 1 MB, where the time rule applies. */
const MAX_INPUT = 1_000_000

/** The fast-check arbitrary of fuzz cases over `seeds`. */
export function fuzzCases(seeds: readonly FuzzSeed[], tokens: readonly string[] = []): fc.Arbitrary<FuzzCase> {
  // Fractions in thousandths: fc.double's bias toward tiny values would make most windows empty.
  const fraction = fc.integer({ min: 0, max: 1000 }).map((value) => value / 1000)
  const start = fc.oneof(fc.constant(0), fraction)
  const length = fc.oneof(fc.constant(1), fraction)
  const markup = fc.constantFrom(...COMMON_TOKENS, ...tokens)
  const char = fc.oneof(fc.constantFrom(...SPECIAL), fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)))
  // Where a mutation goes, in millionths of the input's length.
  const at = fc.nat({ max: AT_SCALE })
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('flip' as const), at, char }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at, length: fc.integer({ min: 1, max: 200 }) }) },
    {
      weight: 2,
      arbitrary: fc.record({ kind: fc.constant('splice' as const), at, from: fc.nat({ max: seeds.length - 1 }), start: fc.nat({ max: MAX_INPUT }), length: fc.integer({ min: 1, max: 2000 }) }),
    },
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), at, text: fc.oneof(markup, char) }) },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant('run' as const), at, text: fc.oneof(markup, char), times: fc.integer({ min: 2, max: 50_000 }) }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at }) },
  )
  return fc.record({
    seed: fc.nat({ max: seeds.length - 1 }),
    window: fc.tuple(start, length),
    mutations: fc.array(mutation, { minLength: 0, maxLength: 8 }),
  })
}

/** The input a fuzz case describes. */
export function fuzzInput(seeds: readonly FuzzSeed[], fuzzCase: FuzzCase, keepFirstLine = false): string {
  const seed = seeds[fuzzCase.seed]!.text
  const start = Math.floor(fuzzCase.window[0] * seed.length)
  // The window's length as a fraction of the rest of the file (shrinks to nothing, 1 is all of it).
  const length = Math.ceil(fuzzCase.window[1] * (seed.length - start))
  // Fuzz cases start at the start of the file more often than not: the header matters.
  let text = fuzzCase.window[0] < 0.5 ? seed.slice(0, start + length) : seed.slice(start, start + length)
  if (keepFirstLine && fuzzCase.window[0] >= 0.5) {
    const firstLine = /^[^\r\n]*(?:\r\n|\r|\n)?/.exec(seed)![0]
    text = firstLine + text
  }
  for (const mutation of fuzzCase.mutations) {
    const at = Math.floor((Math.min(mutation.at, AT_SCALE) / (AT_SCALE + 1)) * (text.length + 1))
    switch (mutation.kind) {
      case 'flip':
        text = text.slice(0, at) + mutation.char + text.slice(at + 1)
        break
      case 'delete':
        text = text.slice(0, at) + text.slice(at + mutation.length)
        break
      case 'splice': {
        const other = seeds[mutation.from % seeds.length]!.text
        const from = other.length === 0 ? 0 : mutation.start % other.length
        text = text.slice(0, at) + other.slice(from, from + mutation.length) + text.slice(at)
        break
      }
      case 'insert':
        text = text.slice(0, at) + mutation.text + text.slice(at)
        break
      case 'run':
        text = text.slice(0, at) + mutation.text.repeat(Math.min(mutation.times, Math.floor(100_000 / Math.max(1, mutation.text.length)))) + text.slice(at)
        break
      case 'truncate':
        text = text.slice(0, at)
        break
    }
  }
  return text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text
}

/** The default rule for a returned value: it is (or its `transcript` is) a valid transcript. */
export function checkTranscriptResult(result: unknown): string | undefined {
  const transcript = result !== null && typeof result === 'object' && 'transcript' in result ? (result as { transcript: unknown }).transcript : result
  const validation = validateTranscript(transcript)
  if (validation.valid) return undefined
  return `the transcript is not valid: ${validation.messages
    .filter((message) => message.severity === 'error')
    .slice(0, 5)
    .map((message) => message.reason)
    .join('; ')}`
}

/** Describe an input for a failure report: short ones in full, long ones by their ends. */
export function describeInput(input: string): string {
  if (input.length <= 600) return JSON.stringify(input)
  return `${input.length} characters: ${JSON.stringify(input.slice(0, 300))} ... ${JSON.stringify(input.slice(-200))}`
}

/**
 * Read one input by the rule: returns undefined when the reader behaved (a valid result or a
 * VerbatimError), else what went wrong.
 */
export function fuzzOne(read: (input: string) => unknown, input: string, options: Pick<FuzzOptions, 'slowMs' | 'check'> = {}): { problem?: string; refused: boolean; ms: number } {
  const check = options.check ?? checkTranscriptResult
  const slowMs = options.slowMs ?? 5000
  const started = performance.now()
  const cpu = process.cpuUsage()
  let problem: string | undefined
  let refused = false
  try {
    const result = read(input)
    problem = check(result)
  } catch (error) {
    if (isVerbatimError(error)) refused = true
    else problem = `threw ${error instanceof Error ? `${error.name}: ${error.message}\n${error.stack?.split('\n').slice(1, 6).join('\n')}` : String(error)}`
  }
  const used = process.cpuUsage(cpu)
  const ms = (used.user + used.system) / 1000
  const wall = performance.now() - started
  if (!problem && ms > slowMs && input.length < MAX_INPUT) problem = `took ${Math.round(ms)} ms of CPU time (limit ${slowMs} ms; ${Math.round(wall)} ms wall) on ${input.length} characters`
  return problem === undefined ? { refused, ms } : { problem, refused, ms }
}

/**
 * Fuzz a reader: every seed as it is, then mutated inputs until `runs` or `budgetMs`. Throws an
 * Error naming the first failing input (shrunk by fast-check) and how to replay it.
 */
export function fuzzReader(read: (input: string) => unknown, seeds: readonly FuzzSeed[], options: FuzzOptions = {}): FuzzReport {
  if (seeds.length === 0) throw new Error('fuzzReader: no seeds')
  const report: FuzzReport = { runs: 0, read: 0, refused: 0, known: 0, slowestMs: 0 }
  const known = options.known ?? (() => false)
  const count = (outcome: ReturnType<typeof fuzzOne>) => {
    report.runs++
    report.slowestMs = Math.max(report.slowestMs, outcome.ms)
    if (outcome.refused) report.refused++
    else if (!outcome.problem) report.read++
  }
  // The seeds themselves first: a failure there needs no shrinking.
  for (const seed of seeds) {
    if (known(seed.text)) {
      report.known++
      continue
    }
    const outcome = fuzzOne(read, seed.text, options)
    count(outcome)
    if (outcome.problem) throw new Error(`fuzzReader: seed ${seed.name} as it is: ${outcome.problem}`)
  }
  // VERBATIM_FUZZ_MS runs a longer campaign (VERBATIM_FUZZ_SEED picks another sequence) without editing tests.
  const budgetMs = Number(process.env.VERBATIM_FUZZ_MS) || (options.budgetMs ?? 8000)
  const envSeed = Number(process.env.VERBATIM_FUZZ_SEED)
  const seed = options.seed ?? (Number.isInteger(envSeed) && process.env.VERBATIM_FUZZ_SEED ? envSeed : 1)
  const result = fc.check(
    fc.property(fuzzCases(seeds, options.tokens), (fuzzCase) => {
      const input = fuzzInput(seeds, fuzzCase, options.keepFirstLine)
      if (known(input)) {
        report.known++
        return true
      }
      const outcome = fuzzOne(read, input, options)
      count(outcome)
      if (outcome.problem) throw new FuzzFailure(outcome.problem, input)
      return true
    }),
    {
      numRuns: options.runs ?? 10_000,
      interruptAfterTimeLimit: budgetMs,
      // Shrinking re-reads the input many times: bound it too.
      skipAllAfterTimeLimit: budgetMs * 2,
      seed,
    },
  )
  if (result.failed) {
    const fuzzCase = result.counterexample?.[0] as FuzzCase | undefined
    const failure = result.errorInstance instanceof FuzzFailure ? result.errorInstance : undefined
    const input = failure?.input ?? (fuzzCase ? fuzzInput(seeds, fuzzCase, options.keepFirstLine) : '')
    throw new Error(
      [
        `fuzzReader: ${failure?.problem ?? String(result.errorInstance)}`,
        `input: ${describeInput(input)}`,
        fuzzCase ? `made from seed ${seeds[fuzzCase.seed]!.name}, window ${JSON.stringify(fuzzCase.window)}, mutations ${JSON.stringify(fuzzCase.mutations)}` : '',
        `replay: { seed: ${result.seed}, path: ${JSON.stringify(result.counterexamplePath)} }`,
      ].join('\n'),
    )
  }
  return report
}

class FuzzFailure extends Error {
  readonly problem: string
  readonly input: string

  constructor(problem: string, input: string) {
    super(problem)
    this.problem = problem
    this.input = input
  }
}
