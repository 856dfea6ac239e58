/**
 * The read option `positions: false` (core's `ReadOptions`): the transcript is the one
 * `removePositions` makes of the default read, and the messages are the same (they keep their
 * places). Speech-to-text nodes have no positions either way; this holds the readers to that, on
 * a response of each service, the Podcasting 2.0 fixtures (JSON and HTML), the real files and
 * mutations of them.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { fuzzReader, positionsOptionProblem, readShared, sharedAvailable, sharedFiles } from '@verbatim/test-utils'
import { fromPodcast, fromStt } from '../src/index.js'
import { RESPONSES } from '../bench/responses.js'

const problem = (text: string) =>
  /^\s*</.test(text)
    ? positionsOptionProblem(() => fromPodcast(text, { file: 'x.html' }), () => fromPodcast(text, { file: 'x.html', positions: false }))
    : positionsOptionProblem(() => fromStt(text, { file: 'x.json' }), () => fromStt(text, { file: 'x.json', positions: false }))

const PODCAST = fileURLToPath(new URL('./fixtures/podcast/', import.meta.url))
const seeds = [
  ...(Object.keys(RESPONSES) as Array<keyof typeof RESPONSES>).map((service) => ({ name: service, text: JSON.stringify(RESPONSES[service](80)) })),
  ...readdirSync(PODCAST).filter((name) => /\.(json|html)$/.test(name)).map((name) => ({ name, text: readFileSync(PODCAST + name, 'utf8') })),
  { name: 'rev-ai fixture', text: readFileSync(fileURLToPath(new URL('./fixtures/rev-ai-revai-python-sdk-excerpt.json', import.meta.url)), 'utf8') },
  { name: 'podcast HTML', text: '<cite>Ann:</cite> <time>0:01</time> <p>Hello there.</p>\n<cite>Bob:</cite> <time>99:99</time> <p>Hi.</p>' },
]

describe('fromStt and fromPodcast with positions: false', () => {
  it('read what the default read holds, with the same messages', () => {
    for (const { name, text } of seeds) expect(problem(text), name).toBeUndefined()
  })

  it('the same rule on the real files and on mutations of every seed', () => {
    const real = sharedAvailable('speech-to-text files', 'corpus-stt') ? sharedFiles('corpus-stt', /\.json$/).map((name) => ({ name, text: readShared('corpus-stt', name) })) : []
    const report = fuzzReader((input) => input, [...seeds, ...real], { check: (input) => problem(input as string), budgetMs: 2000, tokens: ['"start":"x"', '"end":-1', '"speaker":null', '"words":[]', '{', '}', '[', ']', ',', '<cite>', '<time>'] })
    expect(report.runs).toBeGreaterThan(seeds.length)
  })
})
