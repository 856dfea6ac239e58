/**
 * Fixture pairs: an input file and the expected output next to it (`name.txt` ->
 * `name.json`). `UPDATE_FIXTURES=1` rewrites the expected files from the current output, so
 * a change shows up as a reviewable diff; without it, tests compare.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, extname, join } from 'node:path'

export interface FixturePair {
  name: string
  inputPath: string
  expectedPath: string
  input: string
  /** The expected output, or undefined when it has not been generated yet. */
  expected: string | undefined
}

export const updatingFixtures = process.env.UPDATE_FIXTURES === '1'

export function fixturePairs(dir: string, inputExtension: string, expectedExtension: string): FixturePair[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => name.endsWith(inputExtension) && !name.endsWith(expectedExtension))
    .sort()
    .map((file) => {
      const name = basename(file, extname(file))
      const inputPath = join(dir, file)
      const expectedPath = join(dir, name + expectedExtension)
      return {
        name,
        inputPath,
        expectedPath,
        input: readFileSync(inputPath, 'utf8'),
        expected: existsSync(expectedPath) ? readFileSync(expectedPath, 'utf8') : undefined,
      }
    })
}

/**
 * Compare `actual` with a fixture's expected output, or write it when updating. Returns the
 * expected text to assert against.
 */
export function expectedOrUpdate(pair: FixturePair, actual: string): string {
  if (updatingFixtures || pair.expected === undefined) {
    if (!updatingFixtures) throw new Error(`missing fixture ${pair.expectedPath}: run the tests with UPDATE_FIXTURES=1 and review the diff`)
    writeFileSync(pair.expectedPath, actual)
    return actual
  }
  return pair.expected
}
