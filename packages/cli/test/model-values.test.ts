/**
 * Values copied from the input into fields the model restricts (#12): a targeted fuzz of every
 * reader's metadata, each value of a real or written file replaced by a hostile one (a non-ISO
 * date, a role in capitals, an id with a colon or a space, a negative or infinite time, an empty
 * string, a NUL, a lone surrogate, an object where a string goes, an IRI of the document that
 * names nothing in it...). The rule: a transcript that validateTranscript accepts, or a VerbatimError. Each reader's own tests name its cases (the four
 * of #12: webvtt `model-values.test.ts`, jsonld `valid-output.test.ts`, text `front-matter.test.ts`,
 * tei `checks.test.ts`); this one covers the readers side by side, through each package's entry.
 * Front matter (the basic entry reads none), the WebVTT metadata NOTE and voices, SubRip labels,
 * JSON-LD (our own document and the real ones), speech-to-text JSON of every service, Podcasting
 * 2.0 JSON and HTML.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isVerbatimError, type Transcript } from '@verbatim/core'
import { validateTranscript } from '@verbatim/core/schema'
import { readShared, sharedAvailable, sharedFiles } from '@verbatim/test-utils'
import { fromText } from '@verbatim/text'
import { fromWebVtt, toWebVtt } from '@verbatim/webvtt'
import { fromSrt } from '@verbatim/srt'
import { fromJsonLd, toJsonLd } from '@verbatim/jsonld'
import { fromPodcast, fromStt } from '@verbatim/stt'

const TEXTS = ['', ' ', '-1', 'NaN', 'Infinity', '1e400', '#', 'x y z', 'Not A Role', 'a:b', 'a b', '2.0', 'Ünïcode', '99999999999', '0', 'P', 'PT-1S', '26/10/2016', 'yesterday', '2024-13-45', 'javascript:alert(1)', 'not a url', '\u0000', '\ud800', '-->', '|', ' | | ', 'en_US', 'x'.repeat(300)]
/** Marks a replacement of what follows the `#` of the value it replaces: an IRI of the same document that names nothing in it. */
const FRAGMENT = '\u0001#'
const VALUES: unknown[] = [...TEXTS, -1, 1e308, -0, 0.5, null, true, [], {}, ['x'], { '@id': 'nowhere' }, 1.5e12, `${FRAGMENT}speaker-nowhere`, `${FRAGMENT}nowhere`, `${FRAGMENT}`]

/** A problem with what a reader did, or undefined when it read a valid transcript or refused with a VerbatimError. */
function problem(read: () => { transcript: Transcript }): string | undefined {
  let transcript: Transcript
  try {
    transcript = read().transcript
  } catch (error) {
    return isVerbatimError(error) ? undefined : `threw ${String(error)}`
  }
  const errors = validateTranscript(transcript).messages.filter((message) => message.severity === 'error')
  return errors.length === 0 ? undefined : `invalid transcript: ${errors.map((message) => message.reason).join('; ')}`
}

async function problemAsync(read: () => Promise<{ transcript: Transcript }>): Promise<string | undefined> {
  let transcript: Transcript
  try {
    transcript = (await read()).transcript
  } catch (error) {
    return isVerbatimError(error) ? undefined : `threw ${String(error)}`
  }
  const errors = validateTranscript(transcript).messages.filter((message) => message.severity === 'error')
  return errors.length === 0 ? undefined : `invalid transcript: ${errors.map((message) => message.reason).join('; ')}`
}

/** The paths of every leaf (string, number, boolean, null) of a JSON value. */
function leaves(value: unknown): Array<Array<string | number>> {
  const found: Array<Array<string | number>> = []
  const stack: Array<[unknown, Array<string | number>]> = [[value, []]]
  while (stack.length > 0) {
    const [item, path] = stack.pop()!
    if (item !== null && typeof item === 'object') for (const [key, child] of Object.entries(item)) stack.push([child, [...path, Array.isArray(item) ? Number(key) : key]])
    else found.push(path)
  }
  return found
}

function replaced(json: unknown, path: Array<string | number>, value: unknown): string {
  const copy = structuredClone(json) as Record<string | number, unknown>
  let at = copy
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>
  const key = path[path.length - 1]!
  const was = at[key]
  at[key] = typeof value === 'string' && value.startsWith(FRAGMENT) ? `${typeof was === 'string' && was.includes('#') ? was.slice(0, was.indexOf('#')) : ''}#${value.slice(FRAGMENT.length)}` : value
  return JSON.stringify(copy)
}

/** Every leaf of `text` that holds an IRI with a fragment, pointed at fragments the document does not define. */
function fuzzIriLeaves(text: string, check: (input: string) => void): number {
  const json = JSON.parse(text) as unknown
  let count = 0
  for (const path of leaves(json)) {
    let at = json as Record<string | number, unknown>
    for (const key of path) at = at[key] as Record<string | number, unknown>
    if (typeof at !== 'string' || !(at as string).includes('#')) continue
    for (const value of VALUES.filter((value) => typeof value === 'string' && value.startsWith(FRAGMENT))) check(replaced(json, path, value))
    count++
  }
  return count
}

/** Each JSON leaf of `text` replaced by a hostile value, `runs` times (fixed seed). */
function fuzzJsonLeaves(text: string, runs: number, check: (input: string) => string | undefined): void {
  const json = JSON.parse(text) as unknown
  const paths = leaves(json)
  fc.assert(
    fc.property(fc.nat(paths.length - 1), fc.constantFrom(...VALUES), (index, value) => {
      const input = replaced(json, paths[index]!, value)
      expect(check(input), `${JSON.stringify(paths[index])} = ${JSON.stringify(value)}`).toBeUndefined()
    }),
    { numRuns: runs, seed: 12 },
  )
}

const FRONT_MATTER = [
  '---',
  'title: T',
  'subtitle: S',
  'date: 2024-05-01',
  'place: Paris',
  'language: en',
  'languages: [en, fr]',
  'description: D',
  'source:',
  '  url: https://example.org/',
  '  title: ST',
  '  publisher: P',
  '  date: 2024-05-02',
  'media:',
  '  url: https://example.org/a.mp3',
  '  type: audio/mpeg',
  '  duration: 12.5',
  'speakers:',
  '  - id: ana',
  '    name: Ana Ruiz',
  '    role: host',
  '    title: Dr',
  '    affiliation: X',
  '    language: es',
  '---',
  '',
  'ANA RUIZ: Hello.',
  '',
]
const VALUE_LINES = FRONT_MATTER.flatMap((line, index) => (/: \S/.test(line) ? [index] : []))

describe('values copied into restricted model fields: every reader checks them', () => {
  it('fromText: each front matter value replaced, plain and quoted', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VALUE_LINES), fc.constantFrom(...TEXTS), fc.boolean(), (index, value, quoted) => {
        const lines = [...FRONT_MATTER]
        lines[index] = lines[index]!.replace(/: .*/, `: ${quoted ? JSON.stringify(value) : value}`)
        expect(problem(() => fromText(lines.join('\n'))), lines[index]).toBeUndefined()
      }),
      { numRuns: 400, seed: 12 },
    )
  })

  const written = fromText(FRONT_MATTER.join('\n')).transcript
  const vtt = toWebVtt({ ...written, meta: { ...written.meta, extra: { k: 'v' }, notes: [{ kind: 'footer', value: 'x' }] } }).split('\n')
  const noteLines = vtt.flatMap((line, index) => (/^[A-Z][a-z ]+: /.test(line) ? [index] : []))

  it('fromWebVtt: each line of the metadata NOTE (every field) replaced', () => {
    expect(noteLines.length).toBeGreaterThanOrEqual(15)
    fc.assert(
      fc.property(fc.constantFrom(...noteLines), fc.constantFrom(...TEXTS), fc.constantFrom(...TEXTS), (index, value, other) => {
        const lines = [...vtt]
        // A speaker line keeps its name (a speaker no cue names is not read): role, title and affiliation change.
        lines[index] = lines[index]!.replace(/: ([^|]*).*/, (_, name: string) => (lines[index]!.startsWith('Speaker') ? `: ${name.trim()} | ${value} | ${other} | ${value}` : `: ${value}`))
        expect(problem(() => fromWebVtt(lines.join('\n'))), lines[index]).toBeUndefined()
      }),
      { numRuns: 500, seed: 12 },
    )
  })

  it('fromWebVtt and fromSrt: hostile voice names, languages and label names', () => {
    for (const value of TEXTS) {
      const webvtt = `WEBVTT\n\n00:00.000 --> 00:01.000\n<v ${value}>hi</v>\n\n00:01.000 --> 00:02.000\n<lang ${value}>hola</lang>\n\n00:02.000 --> 00:03.000\n<v.${value} A>yo</v>\n`
      expect(problem(() => fromWebVtt(webvtt)), value).toBeUndefined()
      const srt = `1\n00:00:00,000 --> 00:00:01,000\n${value}: hi\n\n2\n00:00:01,000 --> 00:00:02,000\n${value}: yo\n\n3\n00:00:02,000 --> 00:00:03,000\n>> ${value.toUpperCase()}: so\n`
      expect(problem(() => fromSrt(srt)), value).toBeUndefined()
    }
  })

  it('fromJsonLd: each value of our own document replaced', async () => {
    const document = JSON.stringify(toJsonLd({ ...written, meta: { ...written.meta, extra: { k: 'v' } } }))
    const inputs: string[] = []
    fuzzJsonLeaves(document, 300, (input) => void inputs.push(input))
    expect(fuzzIriLeaves(document, (input) => void inputs.push(input))).toBeGreaterThan(2)
    for (const input of inputs) expect(await problemAsync(() => fromJsonLd(input)), input).toBeUndefined()
  })

  it.runIf(sharedAvailable('JSON-LD files', 'corpus-formats'))('fromJsonLd: each value of the real JSON-LD files replaced', async () => {
    for (const name of sharedFiles('corpus-formats', /\.jsonld$/)) {
      const inputs: string[] = []
      fuzzJsonLeaves(readShared('corpus-formats', name), 150, (input) => void inputs.push(input))
      for (const input of inputs) expect(await problemAsync(() => fromJsonLd(input)), `${name}: ${input.slice(0, 300)}`).toBeUndefined()
    }
  })

  it.runIf(sharedAvailable('speech-to-text files', 'corpus-stt'))('fromStt: each value of the real speech-to-text files replaced (metadata, segments, words, speakers)', () => {
    for (const name of sharedFiles('corpus-stt', /\.json$/)) {
      fuzzJsonLeaves(readShared('corpus-stt', name), 150, (input) => problem(() => fromStt(input)))
    }
  })

  it('fromStt (Podcasting 2.0 JSON) and fromPodcast (HTML): hostile speakers, times and versions', () => {
    const podcast = JSON.stringify({ version: '1.0.0', segments: [{ speaker: 'Ann', startTime: 0.5, endTime: 1.2, body: 'Hello.' }, { startTime: 1.5, endTime: 2, body: 'Yes', speaker: 'Bob' }] })
    fuzzJsonLeaves(podcast, 300, (input) => problem(() => fromStt(input, { service: 'podcast' })))
    for (const value of TEXTS) {
      const html = `<cite>${value}:</cite>\n<time>${value}</time>\n<p>Hello.</p>\n<cite>Ann:</cite>\n<time>0:00:02</time>\n<p>Yes.</p>\n`
      expect(problem(() => fromPodcast(html)), value).toBeUndefined()
    }
  })
})
