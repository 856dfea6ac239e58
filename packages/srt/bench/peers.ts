/** The SubRip peers and the synthetic input, shared by `index.ts` and `alternating.ts`. */
import { createRequire } from 'node:module'
import { syntheticTranscript } from '@verbatim/test-utils'
import { toSrt } from '../src/index.js'

const require = createRequire(import.meta.url)

/** The peers, loaded when first used (each case runs in its own process). */
export const peers = {
  subtitle: (srt: string) => (require('subtitle') as { parseSync: (text: string) => unknown[] }).parseSync(srt),
  'srt-parser-2': (srt: string) => srtParser2().fromSrt(srt),
}

let parser: { fromSrt: (text: string) => unknown[] } | undefined
/** srt-parser-2's parser (ESM, loaded with require as Node 20.19 allows), made once. */
function srtParser2(): { fromSrt: (text: string) => unknown[] } {
  if (!parser) {
    const Parser = (require('srt-parser-2') as { default: new () => { fromSrt: (text: string) => unknown[] } }).default
    parser = new Parser()
  }
  return parser
}

export function srtOf(size: number): string {
  const unit = toSrt(syntheticTranscript(Math.min(size * 1e6, 2e6)))
  let out = ''
  while (out.length < size * 1e6) out += unit
  return out
}

