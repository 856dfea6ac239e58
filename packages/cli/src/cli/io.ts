/** What a command may touch of the outside world: streams and stdin, injectable for tests. */
export interface OutputStream {
  write(chunk: string): unknown
  isTTY?: boolean
  columns?: number
}

export interface Io {
  stdout: OutputStream
  stderr: OutputStream
  /** Reads all of standard input: bytes, decoded like files (or text, from tests). */
  readStdin(): Promise<string | Uint8Array>
  /** Whether standard input is a terminal (then `verbatim convert` with no input shows help). */
  stdinIsTTY: boolean
  env: Record<string, string | undefined>
}

/** Wrong usage: printed with a pointer to `--help`, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message)
  }
}

export const EXIT_OK = 0
export const EXIT_FAILED = 1
export const EXIT_USAGE = 2

/** All the bytes of a stream (standard input); decoding is the reader's job (input-text.ts). */
export async function readAll(stream: AsyncIterable<Buffer | string>): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks)
}
