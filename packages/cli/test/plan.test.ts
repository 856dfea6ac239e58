import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { planJobs } from '../src/plan.js'
import { tempDir } from './helpers.js'

let dir: string
beforeAll(() => {
  dir = tempDir()
  mkdirSync(join(dir, 'in', 'sub'), { recursive: true })
  writeFileSync(join(dir, 'in', 'a.txt'), 'A: hi\n')
  writeFileSync(join(dir, 'in', 'b.vtt'), 'WEBVTT\n')
  writeFileSync(join(dir, 'in', 'sub', 'c.json'), '{}')
  writeFileSync(join(dir, 'in', 'notes.md'), '# not a transcript')
  writeFileSync(join(dir, 'in', '.hidden.txt'), 'skip me')
})

describe('planJobs', () => {
  it('sends one input to one format to standard output', () => {
    const [job] = planJobs([join(dir, 'in', 'a.txt')], { to: ['tei'] })
    expect(job!.targets).toEqual([{ format: 'tei', path: null }])
    expect(planJobs([], { to: ['tei'] })).toMatchObject([{ input: '-', name: '<stdin>', targets: [{ format: 'tei', path: null }] }])
  })

  it('names outputs after inputs, beside them or under --out-dir mirroring directories', () => {
    const jobs = planJobs([join(dir, 'in')], { to: ['tei', 'webvtt'], outDir: join(dir, 'out') })
    expect(jobs.map((job) => job.input)).toEqual([join(dir, 'in', 'a.txt'), join(dir, 'in', 'b.vtt'), join(dir, 'in', 'sub', 'c.json')])
    expect(jobs[2]!.targets).toEqual([
      { format: 'tei', path: join(dir, 'out', 'sub', 'c.tei.xml') },
      { format: 'webvtt', path: join(dir, 'out', 'sub', 'c.vtt') },
    ])
    const beside = planJobs([join(dir, 'in', 'a.txt'), join(dir, 'in', 'sub', 'c.json')], { to: ['jsonld'] })
    expect(beside.map((job) => job.targets[0]!.path)).toEqual([join(dir, 'in', 'a.jsonld'), join(dir, 'in', 'sub', 'c.jsonld')])
  })

  it('refuses an output that is an input, however it is spelled', () => {
    const input = join(dir, 'in', 'a.txt')
    expect(planJobs([input], { to: ['text'], output: input })[0]!.problem).toMatch(/refusing to overwrite the input file/)
    expect(planJobs([input], { to: ['text'], output: join(dir, 'in', 'sub', '..', 'a.txt') })[0]!.problem).toMatch(/refusing/)
    // Beside the input, text -> text would land on the input itself.
    expect(planJobs([input, join(dir, 'in', 'b.vtt')], { to: ['text'] })[0]!.problem).toMatch(/refusing/)
    const link = join(dir, 'link.txt')
    symlinkSync(input, link)
    expect(planJobs([input], { to: ['text'], output: link })[0]!.problem).toMatch(/refusing/)
  })

  it('refuses two inputs writing the same output', () => {
    mkdirSync(join(dir, 'two'), { recursive: true })
    writeFileSync(join(dir, 'two', 'a.vtt'), 'WEBVTT\n')
    const jobs = planJobs([join(dir, 'in', 'a.txt'), join(dir, 'two', 'a.vtt')], { to: ['json'], outDir: join(dir, 'o') })
    expect(jobs[0]!.problem).toBeUndefined()
    expect(jobs[1]!.problem).toMatch(/would overwrite the output of/)
  })

  it('turns a missing input into a failed job, not an exception', () => {
    const jobs = planJobs([join(dir, 'missing.txt'), join(dir, 'in', 'a.txt')], { to: ['json'], outDir: join(dir, 'o2') })
    expect(jobs[0]!.problem).toMatch(/no such file or directory/)
    expect(jobs[1]!.problem).toBeUndefined()
  })
})
