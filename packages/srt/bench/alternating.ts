/**
 * fromSrt against its peers in one process, taking turns: each round runs every case once over
 * the input (the real files one call per file, then a synthetic file), CPU time, the median of
 * the rounds. Run with `npx tsx bench/alternating.ts` (`ROUNDS=7`, `SRT_MB=10`). Complements
 * `index.ts`, which runs each case in a process of its own.
 */
import { readShared, sharedFiles } from '@verbatim/test-utils'
import { fromSrt } from '../src/index.js'
import { peers, srtOf } from './peers.js'

const cases: Record<string, (srt: string) => unknown> = { fromSrt: (srt) => fromSrt(srt), 'subtitle parseSync': peers.subtitle, 'srt-parser-2 fromSrt': peers['srt-parser-2'] }
const cpu = () => {
  const used = process.cpuUsage()
  return (used.user + used.system) / 1000
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!

/** ms per pass over `inputs`, each case in turn, `rounds` times. */
function measure(inputs: string[], repeat: number, rounds: number): Record<string, number> {
  const times: Record<string, number[]> = {}
  for (const run of Object.values(cases)) for (const input of inputs) run(input)
  for (let round = 0; round < rounds; round++) {
    for (const [name, run] of Object.entries(cases)) {
      const start = cpu()
      for (let i = 0; i < repeat; i++) for (const input of inputs) run(input)
      ;(times[name] ??= []).push((cpu() - start) / repeat)
    }
  }
  return Object.fromEntries(Object.entries(times).map(([name, values]) => [name, median(values)]))
}

function report(title: string, result: Record<string, number>): void {
  const fastest = Math.min(...Object.entries(result).filter(([name]) => name !== 'fromSrt').map(([, ms]) => ms))
  console.log(`${title}: ${Object.entries(result).map(([name, ms]) => `${name} ${ms.toFixed(3)} ms`).join(', ')}; fromSrt ${(fastest / result.fromSrt!).toFixed(2)}x the fastest peer`)
}

const rounds = Number(process.env.ROUNDS ?? 7)
const files = sharedFiles('corpus-stt', /\.srt$/)
if (files.length > 0) {
  const texts = files.map((name) => readShared('corpus-stt', name))
  report(`real files (${files.length}, one call each)`, measure(texts, 200, rounds))
  for (const [index, name] of files.entries()) report(`  ${name}`, measure([texts[index]!], 300, rounds))
}
const size = Number(process.env.SRT_MB ?? 10)
report(`synthetic ${size} MB`, measure([srtOf(size)], 1, rounds))
