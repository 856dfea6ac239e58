import { describe, expect, it } from 'vitest'
import { createProgress } from '../src/cli/progress.js'
import type { JobResult } from '../src/job.js'

const ok = (name: string): JobResult => ({ input: name, name, outputs: [{ format: 'tei', path: `out/${name}.tei.xml` }], messages: [], failed: false })
const failed = (name: string): JobResult => ({ input: name, name, outputs: [], messages: [], failed: true })

function stream(isTTY: boolean) {
  const chunks: string[] = []
  return { chunks, stream: { write: (chunk: string) => chunks.push(chunk), isTTY, columns: 80 } }
}

describe('progress', () => {
  it('redraws one bar in place on a terminal and clears it at the end', () => {
    const { chunks, stream: tty } = stream(true)
    const progress = createProgress(tty, true)
    progress.update(ok('a.txt'), 1, 4)
    progress.update(failed('b.txt'), 2, 4)
    progress.end()
    expect(chunks).toHaveLength(3)
    expect(chunks[0]).toMatch(/^\r\u001b\[2K\[#+-+\] 1\/4 a\.txt$/)
    expect(chunks[1]).toContain('2/4 b.txt')
    expect(chunks.join('')).not.toContain('\n')
    expect(chunks[2]).toBe('\r\u001b[2K')
  })

  it('prints one plain line per file when piped', () => {
    const { chunks, stream: pipe } = stream(false)
    const progress = createProgress(pipe, true)
    progress.update(ok('a.txt'), 1, 2)
    progress.update(failed('b.txt'), 2, 2)
    progress.end()
    expect(chunks).toEqual(['[1/2] ok a.txt -> out/a.txt.tei.xml\n', '[2/2] FAILED b.txt\n'])
  })

  it('is silent when disabled', () => {
    const { chunks, stream: pipe } = stream(true)
    const progress = createProgress(pipe, false)
    progress.update(ok('a.txt'), 1, 1)
    progress.end()
    expect(chunks).toEqual([])
  })
})

describe('progress on a large batch', () => {
  it('redraws the bar at most a thousand times, and always for the last file', () => {
    const { chunks, stream: tty } = stream(true)
    const progress = createProgress(tty, true)
    for (let done = 1; done <= 10_000; done++) progress.update(ok(`t${done}.txt`), done, 10_000)
    progress.end()
    expect(chunks.length).toBeGreaterThan(900)
    expect(chunks.length).toBeLessThanOrEqual(1002)
    expect(chunks.at(-2)).toContain('10000/10000 t10000.txt')
  })
})
