/**
 * The #12 goal in one process: fromWebVtt against node-webvtt's `parse` on the real `vtt-*` files
 * of ../shared/corpus-formats, one call per file, taking turns (CPU time, the median of ROUNDS
 * rounds). node-webvtt throws on the files without a blank line after the header (two of the ten):
 * the ratio is taken over the files both read, and fromWebVtt's time on all ten is printed
 * beside it. `ORDER=peer` imports and runs node-webvtt first (a same-process comparison favours the
 * module imported first: run both orders, see docs/decisions.md). `PER_FILE=1` adds each file.
 * Run: `npx tsx bench/alternating.ts`. Complements `index.ts` (each case in its own process).
 */
import { createRequire } from 'node:module'
import { readShared, sharedFiles } from '@verbatim/test-utils'

type Read = (vtt: string) => unknown
const peerFirst = process.env.ORDER === 'peer'
const loadPeer = (): Read => {
  const peer = createRequire(import.meta.url)('node-webvtt') as { parse: (vtt: string, options?: object) => unknown }
  return (vtt) => peer.parse(vtt, { strict: false })
}
const loadOurs = async (): Promise<Read> => {
  const { fromWebVtt } = await import('../src/index.js')
  return (vtt) => fromWebVtt(vtt)
}
const peerRead = peerFirst ? loadPeer() : undefined
const ours = await loadOurs()
const peer = peerRead ?? loadPeer()
const cases: Array<[string, Read]> = peerFirst ? [['node-webvtt', peer], ['fromWebVtt', ours]] : [['fromWebVtt', ours], ['node-webvtt', peer]]

const cpu = () => {
  const used = process.cpuUsage()
  return (used.user + used.system) / 1000
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!

/** ms per pass over `inputs` for each case, in turns. */
function measure(inputs: string[], repeat: number, rounds: number): Map<string, number> {
  const times = new Map<string, number[]>(cases.map(([name]) => [name, []]))
  for (let i = 0; i < 3; i++) for (const [, read] of cases) for (const input of inputs) read(input)
  for (let round = 0; round < rounds; round++) {
    for (const [name, read] of cases) {
      const start = cpu()
      for (let i = 0; i < repeat; i++) for (const input of inputs) read(input)
      times.get(name)!.push((cpu() - start) / repeat)
    }
  }
  return new Map([...times].map(([name, values]) => [name, median(values)]))
}

function report(title: string, inputs: string[], result: Map<string, number>): void {
  const kB = inputs.reduce((sum, input) => sum + Buffer.byteLength(input), 0) / 1000
  const ms = (name: string) => result.get(name)!
  const line = [...result].map(([name, value]) => `${name} ${value.toFixed(3)} ms (${(kB / value).toFixed(1)} MB/s)`).join(', ')
  console.log(`${title}, ${kB.toFixed(0)} kB: ${line}; fromWebVtt ${(ms('node-webvtt') / ms('fromWebVtt')).toFixed(2)}x node-webvtt`)
}

const rounds = Number(process.env.ROUNDS ?? 9)
const files = sharedFiles('corpus-formats', /^vtt-.*\.vtt$/).map((name) => ({ name, text: readShared('corpus-formats', name) }))
if (files.length === 0) console.log('SKIPPED: ../shared/corpus-formats is missing')
const both = files.filter((file) => {
  try {
    peer(file.text)
    return true
  } catch (error) {
    console.log(`node-webvtt throws on ${file.name} (left out of the ratio): ${(error as Error).message}`)
    return false
  }
})
console.log(`(${peerFirst ? 'node-webvtt' : 'fromWebVtt'} imported and run first)`)
report(`the ${both.length} vtt-* files both read, one call per file`, both.map((file) => file.text), measure(both.map((file) => file.text), 10, rounds))
if (process.env.PER_FILE) for (const file of both) report(`  ${file.name}`, [file.text], measure([file.text], 20, rounds))
const all = files.map((file) => file.text)
const start = cpu()
for (let i = 0; i < 10; i++) for (const input of all) ours(input)
console.log(`fromWebVtt on all ${all.length} vtt-* files: ${((cpu() - start) / 10).toFixed(2)} ms per pass`)
