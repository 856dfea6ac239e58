/** Refuse input that is not text at all: NUL bytes or a high share of control characters. */
import { pointAt, scanText, VerbatimError, type TextScan } from '@verbatim/core'
import { SOURCE } from './source.js'

/** How much of the input is sampled for control characters. */
const SAMPLE = 65_536
/** The characters counted: C0 controls other than tab, LF, FF and CR, and U+FFFD (what a decoder makes of bytes that are not text). */
const CONTROL = /[\x00-\x08\x0b\x0e-\x1f\ufffd]/

/** Refuse what is not readable text; what the scan found (where CRs are) is handed on to the line table. */
export function readableText(input: unknown, file: string | undefined): TextScan {
  if (typeof input !== 'string') {
    throw new VerbatimError(`expected the transcript as a string, found ${input === null ? 'null' : typeof input}`, 'not-text', SOURCE, file === undefined ? {} : { file })
  }
  const scan = scanText(input)
  const nul = scan.nul
  if (nul !== -1) {
    throw new VerbatimError(`this is binary data, not a plain-text transcript: found a NUL character at offset ${nul}`, 'binary-input', SOURCE, {
      place: pointAt(input, nul),
      ...(file === undefined ? {} : { file }),
    })
  }
  const sample = Math.min(input.length, SAMPLE)
  // Text almost never holds one: a native search of the sample rules that out before any counting loop runs.
  const firstControl = (sample === input.length ? input : input.slice(0, sample)).search(CONTROL)
  let control = 0
  if (firstControl !== -1) {
    for (let i = firstControl; i < sample; i++) {
      const code = input.charCodeAt(i)
      if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 0xfffd) control++
    }
  }
  if (sample > 0 && control > 8 && control / sample > 0.01) {
    throw new VerbatimError(`this is binary data, not a plain-text transcript: ${control} control or replacement characters in the first ${sample} characters`, 'binary-input', SOURCE, file === undefined ? {} : { file })
  }
  return scan
}

