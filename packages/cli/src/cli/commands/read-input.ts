import { readFile } from 'node:fs/promises'
import type { Io } from '../io.js'

/** The text of a command's single input: a file, or standard input for `-` / nothing. */
export async function readInput(path: string | undefined, io: Io): Promise<{ name: string; path?: string; text: string }> {
  if (path === undefined || path === '-') return { name: '<stdin>', text: await io.readStdin() }
  return { name: path, path, text: await readFile(path, 'utf8') }
}
