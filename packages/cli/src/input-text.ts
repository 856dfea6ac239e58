/**
 * Inputs as bytes, decoded the way the world writes text files: UTF-8 with or without a byte order
 * mark, UTF-16 with one, Windows-1252 when the bytes are not UTF-8 (core's `decodeBytes`, which
 * says what it assumed). Every file and standard input goes through here, whatever its format.
 */
import { readFile } from 'node:fs/promises'
import { decodeBytes, type VerbatimMessage } from '@verbatim/core'

export interface InputText {
  text: string
  /** What the decoding assumed or repaired (the encoding, when it was not UTF-8). */
  messages: VerbatimMessage[]
}

/** The text of an input given as bytes, or already as text (from code). */
export function inputText(content: string | Uint8Array, file: string): InputText {
  if (typeof content === 'string') return { text: content, messages: [] }
  const { text, messages } = decodeBytes(content, { file })
  return { text, messages }
}

/** Read a file and decode it; `file` names it in messages. */
export async function readInputFile(path: string, file = path): Promise<InputText> {
  return inputText(await readFile(path), file)
}
