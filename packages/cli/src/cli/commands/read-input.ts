import type { VerbatimMessage } from '@verbatim/core'
import { inputText, readInputFile } from '../../input-text.js'
import type { Io } from '../io.js'

/**
 * The text of a command's single input: a file, or standard input for `-` / nothing, decoded
 * (`messages` say which encoding was assumed when it was not UTF-8).
 */
export async function readInput(
  path: string | undefined,
  io: Io,
): Promise<{ name: string; path?: string; text: string; messages: VerbatimMessage[] }> {
  if (path === undefined || path === '-') return { name: '<stdin>', ...inputText(await io.readStdin(), '<stdin>') }
  return { name: path, path, ...(await readInputFile(path)) }
}
