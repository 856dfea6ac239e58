/** Validate many documents against tei_all.rng in one jing run (JVM start-up is the slow part). */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sharedPath } from '@verbatim/test-utils'

export interface JingResult {
  /** jing's exit status (0 = every document valid). */
  status: number | null
  /** Error lines per document name. */
  errors: Map<string, string[]>
  output: string
}

export function validateWithJing(documents: ReadonlyMap<string, string>): JingResult {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-tei-'))
  try {
    const paths: string[] = []
    const names = new Map<string, string>()
    let n = 0
    for (const [name, xml] of documents) {
      const path = join(dir, `doc-${n++}.xml`)
      writeFileSync(path, xml)
      paths.push(path)
      names.set(path, name)
    }
    const run = spawnSync('jing', [sharedPath('tei', 'tei_all.rng'), ...paths], { encoding: 'utf8', maxBuffer: 1 << 26 })
    const errors = new Map<string, string[]>()
    for (const line of run.stdout.split('\n')) {
      const path = paths.find((candidate) => line.startsWith(candidate + ':'))
      if (!path) continue
      const name = names.get(path)!
      errors.set(name, [...(errors.get(name) ?? []), line.slice(path.length + 1)])
    }
    return { status: run.status, errors, output: run.stdout + run.stderr }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
