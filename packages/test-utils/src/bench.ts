/**
 * A small benchmark harness shared by every package's `bench/index.ts`.
 *
 * Each case runs in its own child process (`node --expose-gc --import tsx`), so peak memory is
 * that case's alone: the child builds its input, collects garbage, notes its RSS, runs the
 * case, and reports time and the rise of peak RSS above that baseline. When building the input
 * peaked higher than the run itself, the figure is printed as an upper bound (`<=`). The parent prints one
 * table per input size with MB/s and the ratio to the case named as baseline.
 *
 * File suites (`FileSuite`, `kind: 'files'`) measure what users do: every case reads (or writes)
 * the real files of ../shared/ one call per file. In a fresh child per case: the first call (JIT,
 * regex compilation, module state all cold), the first pass over all files, then warm figures per
 * file and for the whole batch. Times are the process's CPU time (robust to a loaded machine;
 * `BENCH_CLOCK=wall` for wall time). Ratios
 * compare with the fastest peer of the same run (above 1: faster than the peer).
 *
 * `BENCH_CASES=regex` runs only the matching cases (and the baseline and peer); `BENCH_SUITES=regex`
 * only the suites whose title matches.
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

/**
 * The clock of every measurement, in ms: the process's CPU time (all its threads, garbage
 * collection included) by default, so that on a shared machine the time spent waiting for a
 * core is not counted; `BENCH_CLOCK=wall` measures wall time instead.
 */
function benchClock(): () => number {
  if (process.env.BENCH_CLOCK === 'wall') return () => performance.now()
  return () => {
    const used = process.cpuUsage()
    return (used.user + used.system) / 1000
  }
}

const clockLabel = () => (process.env.BENCH_CLOCK === 'wall' ? 'wall time' : 'CPU time')

/** One real file given to every case of a file suite. */
export interface BenchFile {
  name: string
  text: string
}

/** A suite over real files: one call per file, cold and warm, against the fastest peer. */
export interface FileSuite<Prepared = string> {
  kind: 'files'
  title: string
  /** The files (read in each child, before measuring). Empty: the suite says it is skipped. */
  files: () => BenchFile[]
  /** Turns a file into what the cases take (default: its text), outside the timing; may be async. */
  prepare?: (file: BenchFile) => Prepared | Promise<Prepared>
  /** Each case handles one file per call. */
  cases: Record<string, (input: Prepared) => unknown>
  /** The case the others are compared with (the fastest peer). */
  peer: string
  /** Least time to measure each file warm, and the batch, in ms (default 300). */
  minTime?: number
  /** Measurements of each case in turns, median shown (default 1). */
  rounds?: number
}

interface FileResult {
  case: string
  error?: string
  /** The very first call of the process, on the first file, ms. */
  firstCallMs: number
  /** The first pass over all files (first call included), ms. */
  firstPassMs: number
  /** Warm: ms per call, per file (files the case read). */
  perFile: Record<string, number>
  /** Cold: the first call on each file, in the first pass. */
  firstPerFile: Record<string, number>
  /** Files the case could not read (it threw): name -> reason. They are left out of its figures. */
  failed: Record<string, string>
  /** Warm: ms per pass over all files. */
  batchMs: number
  bytes: number
  files: number
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnySuite = BenchSuite<any> | FileSuite<any>

const isFileSuite = (suite: AnySuite): suite is FileSuite<unknown> => (suite as FileSuite).kind === 'files'

/** Which cases to run: all, or those matching BENCH_CASES (the baseline and peer always). */
function selected(name: string, keep: Array<string | undefined>): boolean {
  const only = process.env.BENCH_CASES
  return !only || keep.includes(name) || new RegExp(only).test(name)
}

async function runFileChild(suite: FileSuite<unknown>, name: string): Promise<void> {
  const files = suite.files()
  const prepare = suite.prepare ?? ((file: BenchFile): unknown => file.text)
  const inputs = await Promise.all(files.map((file) => prepare(file)))
  const run = suite.cases[name]!
  const gc = (globalThis as { gc?: () => void }).gc
  gc?.()
  let keep: unknown
  const now = benchClock()
  const failed: Record<string, string> = {}
  const firstPerFile: Record<string, number> = {}
  let start = now()
  let firstCallMs = NaN
  for (let i = 0; i < inputs.length; i++) {
    const began = now()
    try {
      keep = await run(inputs[i])
    } catch (error) {
      failed[files[i]!.name] = String((error as Error)?.message ?? error).slice(0, 100)
    }
    firstPerFile[files[i]!.name] = now() - began
    if (i === 0) firstCallMs = now() - start
  }
  const firstPassMs = now() - start
  const readable = inputs.filter((_, index) => !(files[index]!.name in failed))
  const minTime = suite.minTime ?? 300
  // Untimed passes until warm: otherwise the first file's figure holds the JIT's work for every file.
  start = now()
  do {
    for (const input of readable) {
      keep = run(input)
      if (keep instanceof Promise) keep = await keep
    }
  } while (now() - start < minTime)
  const perFile: Record<string, number> = {}
  for (const [index, input] of inputs.entries()) {
    if (files[index]!.name in failed) continue
    let runs = 0
    start = now()
    let elapsed = 0
    do {
      keep = run(input)
      if (keep instanceof Promise) keep = await keep
      runs++
      elapsed = now() - start
    } while (elapsed < minTime && runs < 100_000)
    perFile[files[index]!.name] = elapsed / runs
  }
  let passes = 0
  start = now()
  let elapsed = 0
  do {
    for (const input of readable) {
      keep = run(input)
      if (keep instanceof Promise) keep = await keep
    }
    passes++
    elapsed = now() - start
  } while (elapsed < minTime * 3 && passes < 100_000)
  void keep
  const result: FileResult = {
    case: name,
    firstCallMs,
    firstPassMs,
    perFile,
    firstPerFile,
    failed,
    batchMs: elapsed / passes,
    bytes: files.filter((file) => !(file.name in failed)).reduce((sum, file) => sum + Buffer.byteLength(file.text), 0),
    files: readable.length,
  }
  process.stdout.write(JSON.stringify(result) + '\n')
}

function medianBy<T>(values: T[], key: (value: T) => number): T {
  const sorted = [...values].sort((a, b) => key(a) - key(b))
  return sorted[(sorted.length - 1) >> 1]!
}

function runFileParent(script: string, suite: FileSuite<unknown>, suiteIndex: number): void {
  console.log(`\n${suite.title}`)
  const files = suite.files()
  if (files.length === 0) {
    console.log('  SKIPPED: no files (../shared/ is missing)')
    return
  }
  const bytes = files.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0)
  const rounds = suite.rounds ?? 1
  console.log(`  ${files.length} files, ${(bytes / 1e3).toFixed(0)} kB; each case in a fresh process${rounds > 1 ? `, ${rounds} times in turns (medians)` : ''}`)
  const names = Object.keys(suite.cases).filter((name) => selected(name, [suite.peer]))
  const measured = new Map<string, FileResult[]>()
  for (let round = 0; round < rounds; round++) {
    for (const name of names) {
      const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, CHILD_FLAG, String(suiteIndex), name, '0'], { encoding: 'utf8', maxBuffer: 1 << 24 })
      const line = child.stdout.trim().split('\n').pop() ?? ''
      let result: FileResult
      try {
        result = JSON.parse(line) as FileResult
      } catch {
        const reason = (child.stderr.trim().split('\n').find((l) => /Error/.test(l)) ?? `exit ${child.status}`).slice(0, 120)
        result = { case: name, error: reason, firstCallMs: NaN, firstPassMs: NaN, perFile: {}, firstPerFile: {}, failed: {}, batchMs: NaN, bytes, files: files.length }
      }
      measured.set(name, [...(measured.get(name) ?? []), result])
    }
  }
  const results = new Map([...measured].map(([name, list]) => [name, list.find((r) => r.error) ?? medianBy(list, (r) => r.batchMs)]))
  // Medians of each figure on its own (each may come from a different round).
  const figure = (name: string, pick: (r: FileResult) => number) => {
    const list = measured.get(name)!
    return list.some((r) => r.error) ? NaN : pick(medianBy(list, pick))
  }
  const peer = results.get(suite.peer)
  const ratio = (mine: number, theirs: number) => (Number.isFinite(mine) && Number.isFinite(theirs) && mine > 0 ? (theirs / mine).toFixed(2) : '-')
  /** Sum of a per-file figure over the files both this case and the peer read. */
  const common = (name: string) => files.filter((file) => !(file.name in results.get(name)!.failed) && peer && !peer.error && !(file.name in peer.failed))
  const sumOver = (name: string, list: BenchFile[], pick: (r: FileResult) => Record<string, number>) => list.reduce((sum, file) => sum + figure(name, (r) => pick(r)[file.name] ?? NaN), 0)
  const summary = [[`case (ms of ${clockLabel()})`, 'files read', 'first call ms', 'first pass ms', 'warm batch ms', 'MB/s', 'files/s', `x ${suite.peer} warm`, 'x cold (first pass)']]
  for (const name of names) {
    const result = results.get(name)!
    if (result.error) {
      summary.push([name, 'failed', result.error, '', '', '', '', '', ''])
      continue
    }
    const batch = figure(name, (r) => r.batchMs)
    const shared = common(name)
    summary.push([
      name,
      `${result.files}/${files.length}`,
      figure(name, (r) => r.firstCallMs).toFixed(2),
      figure(name, (r) => r.firstPassMs).toFixed(1),
      batch.toFixed(2),
      (result.bytes / 1e6 / (batch / 1000)).toFixed(1),
      (result.files / (batch / 1000)).toFixed(0),
      // Over the files both read: a peer that refuses a file is not faster for it.
      shared.length > 0 ? ratio(sumOver(name, shared, (r) => r.perFile), sumOver(suite.peer, shared, (r) => r.perFile)) : '-',
      shared.length > 0 ? ratio(sumOver(name, shared, (r) => r.firstPerFile), sumOver(suite.peer, shared, (r) => r.firstPerFile)) : '-',
    ])
  }
  printTable(summary)
  // Per file, warm: ms per call for each case, and the ratio to the peer.
  const perFile = [['file (warm ms per call)', 'kB', ...names.flatMap((name) => (name === suite.peer ? [name] : [name, 'x peer']))]]
  for (const file of files) {
    const row = [file.name, (Buffer.byteLength(file.text) / 1e3).toFixed(1)]
    const peerMs = peer && !peer.error && !(file.name in peer.failed) ? figure(suite.peer, (r) => r.perFile[file.name]!) : NaN
    for (const name of names) {
      const result = results.get(name)!
      const ms = result.error || file.name in result.failed ? NaN : figure(name, (r) => r.perFile[file.name]!)
      row.push(Number.isFinite(ms) ? ms.toFixed(3) : 'threw')
      if (name !== suite.peer) row.push(ratio(ms, peerMs))
    }
    perFile.push(row)
  }
  console.log('')
  printTable(perFile)
  for (const name of names) {
    for (const [file, reason] of Object.entries(results.get(name)!.failed)) console.log(`  ${name} threw on ${file}: ${reason}`)
  }
}

function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)))
  for (const row of rows) console.log('  ' + formatRow(row, widths))
}

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
  const clock = benchClock()
  const start = clock()
  let elapsed = 0
  do {
    // Let the previous result go first, so a run never holds two outputs at once.
    keep = undefined
    keep = benchCase.run(input)
    if (keep instanceof Promise) keep = await keep
    runs++
    elapsed = clock() - start
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
export function runSuites(scriptUrl: string, suites: AnySuite[]): void {
  const flag = process.argv.indexOf(CHILD_FLAG)
  if (flag !== -1) {
    const suite = suites[Number(process.argv[flag + 1])]!
    const name = process.argv[flag + 2]!
    const measure = isFileSuite(suite) ? runFileChild(suite, name) : runChild(suite, name, Number(process.argv[flag + 3]))
    measure.catch((error: unknown) => {
      console.error(error)
      process.exit(1)
    })
    return
  }
  const only = process.env.BENCH_SUITES
  suites.forEach((suite, index) => {
    if (only && !new RegExp(only).test(suite.title)) return
    if (isFileSuite(suite)) runFileParent(fileURLToPath(scriptUrl), suite, index)
    else runParent(scriptUrl, suite, index)
  })
}

function runParent<Input>(scriptUrl: string, suite: BenchSuite<Input>, suiteIndex: number): void {
  const script = fileURLToPath(scriptUrl)
  const unit = suite.unit ?? 'MB'
  const rateUnit = suite.rateUnit ?? 'MB/s'
  console.log(`\n${suite.title}`)
  const rounds = suite.rounds ?? 1
  console.log(`  (times are ${clockLabel()}${rounds > 1 ? `; each case measured ${rounds} times in turns, the median shown` : ''})`)
  for (const size of suite.sizes) {
    const measured = new Map<string, CaseResult[]>()
    for (let round = 0; round < rounds; round++) {
      for (const [name, benchCase] of Object.entries(suite.cases)) {
        if (benchCase.sizes && !benchCase.sizes.includes(size)) continue
        if (!selected(name, [suite.baseline, suite.peer])) continue
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
