/**
 * Batch progress: a redrawn bar on a terminal, plain lines (one per file) when piped, so logs
 * stay readable and greppable.
 */
import type { JobResult } from '../job.js'
import type { OutputStream } from './io.js'

export interface Progress {
  update(result: JobResult, done: number, total: number): void
  /** Clears the bar so the summary starts on a clean line. */
  end(): void
}

function describe(result: JobResult): string {
  if (result.failed) return `FAILED ${result.name}`
  const outputs = result.outputs.map((output) => output.path ?? '<stdout>').join(', ')
  return `ok ${result.name} -> ${outputs}`
}

/** Redraws of the bar in a batch, at most. */
const STEPS = 1000

export function createProgress(stream: OutputStream, enabled: boolean): Progress {
  if (!enabled) return { update() {}, end() {} }
  if (!stream.isTTY) {
    return {
      update(result, done, total) {
        stream.write(`[${done}/${total}] ${describe(result)}\n`)
      },
      end() {},
    }
  }
  let drawn = false
  let drawnStep = -1
  return {
    update(result, done, total) {
      // A bar redrawn for every file of a batch of thousands costs more than it shows: it is
      // redrawn when it moves by a thousandth of the batch (so at most STEPS times), and at the end.
      const step = Math.floor((done / total) * STEPS)
      if (step === drawnStep && done < total) return
      drawnStep = step
      const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 40))
      const filled = Math.round((done / total) * width)
      const name = result.name.length > 30 ? '…' + result.name.slice(-29) : result.name
      // \r + clear-line redraws the bar in place.
      stream.write(`\r\u001b[2K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${name}`)
      drawn = true
    },
    end() {
      if (drawn) stream.write('\r\u001b[2K')
    },
  }
}
