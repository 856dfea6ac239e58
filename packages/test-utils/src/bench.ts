/**
 * A small benchmark harness shared by every package's `bench/index.ts`.
 *
 * Each case runs in its own child process (`node --expose-gc --import tsx`), so peak memory is
 * that case's alone: the child builds its input, collects garbage, notes its RSS, runs the
 * case, and reports time and the rise of peak RSS above that baseline. When building the input
 * peaked higher than the run itself, the figure is printed as an upper bound (`<=`). The parent prints one
 * table per input size with MB/s and the ratio to the case named as baseline.
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export interface BenchCase<Input> {
  /** Runs the work being measured (a returned promise is awaited); its result is kept alive until timing ends. */
  run: (input: Input) => unknown
  /** Optional: a case that only makes sense at some sizes. */
  sizes?: number[]
}

export interface BenchSuite<Input> {
  title: string
  /** Input sizes, in MB unless `unit` says otherwise. */
  sizes: number[]
  unit?: string
  /** Builds the input of one size (called in the child, before measuring). */
  input: (size: number) => Input
  /** Bytes (or other units) processed per run, for the rate column. */
  amount: (input: Input) => number
  /** Label of the amount per second column (default `MB/s`). */
  rateUnit?: string
  /** Divisor turning `amount` into the rate unit (default 1e6: bytes -> MB). */
  rateScale?: number
  cases: Record<string, BenchCase<Input>>
  /** Name of the case the others are compared with (ratio column). */
  baseline: string
  /** Name of the fastest peer case, when there is one: a second ratio column compares every case with it. */
  peer?: string
  /** Least total time to measure a case, in ms (default 1000); a run is never cut short. */
  minTime?: number
  /** Untimed runs before timing starts, so JIT warm-up is not measured (default 1). */
  warmup?: number
  /**
   * How many times each case is measured (default 1), in turns: every case once, then every case
   * again. The table shows each case's median measurement, so a burst of load from other jobs on
   * a shared machine, which hits one process and not the next, does not decide a ratio.
   */
  rounds?: number
}

interface CaseResult {
  case: string
  size: number
  runs: number
  msPerRun: number
  rate: number
  /** Rise of peak RSS above the RSS after the input was built. */
  peakMB: number
  /** True when building the input peaked higher than the run, so `peakMB` is only an upper bound. */
  peakIsBound: boolean
  error?: string
}

const CHILD_FLAG = '--bench-child'

async function runChild<Input>(suite: BenchSuite<Input>, name: string, size: number): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc
  const input = suite.input(size)
  const amount = suite.amount(input)
  const benchCase = suite.cases[name]!
  for (let i = 0; i < (suite.warmup ?? 1); i++) await benchCase.run(input)
  gc?.()
  const baseline = process.memoryUsage().rss
  const peakBefore = process.resourceUsage().maxRSS * 1024
  const minTime = suite.minTime ?? 1000
  let runs = 0
  let keep: unknown
  const start = performance.now()
  let elapsed = 0
  do {
    // Let the previous result go first, so a run never holds two outputs at once.
    keep = undefined
    keep = benchCase.run(input)
    if (keep instanceof Promise) keep = await keep
    runs++
    elapsed = performance.now() - start
  } while (elapsed < minTime && runs < 1000)
  const peak = process.resourceUsage().maxRSS * 1024
  void keep
  const msPerRun = elapsed / runs
  const result: CaseResult = {
    case: name,
    size,
    runs,
    msPerRun,
    rate: amount / (suite.rateScale ?? 1e6) / (msPerRun / 1000),
    peakMB: Math.max(0, peak - baseline) / 1e6,
    peakIsBound: peak <= peakBefore,
  }
  process.stdout.write(JSON.stringify(result) + '\n')
}

/** The measurement with the median time (a failed one, if any failed). */
function median(results: CaseResult[]): CaseResult {
  const failed = results.find((result) => result.error)
  if (failed) return failed
  const sorted = [...results].sort((a, b) => a.msPerRun - b.msPerRun)
  return sorted[(sorted.length - 1) >> 1]!
}

function formatRow(cells: string[], widths: number[]): string {
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')
}

/**
 * Run a suite. Call it at the top level of a bench script with `import.meta.url`: in the parent
 * it spawns one child per case and size, in a child it measures.
 */
export function runSuite<Input>(scriptUrl: string, suite: BenchSuite<Input>): void {
  runSuites(scriptUrl, [suite])
}

/** Run several suites from one script, in order (each child measures one case of one suite). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function runSuites(scriptUrl: string, suites: BenchSuite<any>[]): void {
  const flag = process.argv.indexOf(CHILD_FLAG)
  if (flag !== -1) {
    const suite = suites[Number(process.argv[flag + 1])]!
    runChild(suite, process.argv[flag + 2]!, Number(process.argv[flag + 3])).catch((error: unknown) => {
      console.error(error)
      process.exit(1)
    })
    return
  }
  suites.forEach((suite, index) => runParent(scriptUrl, suite, index))
}

function runParent<Input>(scriptUrl: string, suite: BenchSuite<Input>, suiteIndex: number): void {
  const script = fileURLToPath(scriptUrl)
  const unit = suite.unit ?? 'MB'
  const rateUnit = suite.rateUnit ?? 'MB/s'
  console.log(`\n${suite.title}`)
  const rounds = suite.rounds ?? 1
  if (rounds > 1) console.log(`  (each case measured ${rounds} times in turns; the median is shown)`)
  for (const size of suite.sizes) {
    const measured = new Map<string, CaseResult[]>()
    for (let round = 0; round < rounds; round++) {
      for (const [name, benchCase] of Object.entries(suite.cases)) {
        if (benchCase.sizes && !benchCase.sizes.includes(size)) continue
        const child = spawnSync(
          process.execPath,
          ['--expose-gc', '--max-old-space-size=16384', '--import', 'tsx', script, CHILD_FLAG, String(suiteIndex), name, String(size)],
          { encoding: 'utf8', maxBuffer: 1 << 24 },
        )
        const line = child.stdout.trim().split('\n').pop() ?? ''
        let result: CaseResult
        try {
          result = JSON.parse(line) as CaseResult
        } catch {
          const reason = (child.stderr.trim().split('\n').find((l) => /Error/.test(l)) ?? `exit ${child.status}`).slice(0, 120)
          result = { case: name, size, runs: 0, msPerRun: NaN, rate: NaN, peakMB: NaN, peakIsBound: false, error: reason }
        }
        measured.set(name, [...(measured.get(name) ?? []), result])
      }
    }
    const results = [...measured.values()].map(median)
    const base = results.find((result) => result.case === suite.baseline)
    const peer = suite.peer === undefined ? undefined : results.find((result) => result.case === suite.peer)
    const ratio = (result: CaseResult, to: CaseResult | undefined) => (to && !to.error ? (result.rate / to.rate).toFixed(2) : '-')
    const header = ['case', 'ms/run', rateUnit, `x ${suite.baseline}`, ...(suite.peer === undefined ? [] : [`x ${suite.peer}`]), 'peak MB', 'runs']
    const rows = results.map((result) =>
      result.error
        ? [result.case, 'failed', result.error, '', '', '']
        : [
            result.case,
            result.msPerRun.toFixed(1),
            result.rate.toFixed(1),
            ratio(result, base),
            ...(suite.peer === undefined ? [] : [ratio(result, peer)]),
            (result.peakIsBound ? '<=' : '') + result.peakMB.toFixed(1),
            String(result.runs),
          ],
    )
    const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)))
    console.log(`\n  ${size} ${unit}`)
    console.log('  ' + formatRow(header, widths))
    for (const row of rows) console.log('  ' + formatRow(row, widths))
  }
}
