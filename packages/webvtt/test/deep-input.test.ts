// Input decides how deep the cue text tree is: nothing that walks it may recurse.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toString, type Turn } from '@verbatim/core'
import { validateTranscript } from '@verbatim/core/schema'
import { fromWebVtt } from '../src/read/from-webvtt.js'
import { cueNodesToText, parseCueText } from '../src/parse/cue-text.js'
import { parseWebVtt } from '../src/parse/parse-webvtt.js'
import { overlap } from '@verbatim/captions'

const DEPTH = 100_000
const cue = (text: string) => `WEBVTT\n\n00:00.000 --> 00:01.000\n${text}\n`
const turnText = (vtt: string) =>
  fromWebVtt(vtt)
    .transcript.children.filter((block): block is Turn => block.type === 'turn')
    .map((turn) => turn.children.map((paragraph) => paragraph.children.map((node) => toString(node)).join('')).join(' '))
    .join(' | ')

describe('input nested 100,000 deep', () => {
  it(`reads a cue with ${DEPTH} nested <b> tags, closed and unclosed`, () => {
    const closed = cue(`${'<b>'.repeat(DEPTH)}deep${'</b>'.repeat(DEPTH)} end`)
    expect(turnText(closed)).toBe('deep end')
    expect(validateTranscript(fromWebVtt(closed).transcript).valid).toBe(true)
    expect(turnText(cue(`${'<b>'.repeat(DEPTH)}deep`))).toBe('deep')
  })

  it('keeps the voice and language of the innermost span, however deep', () => {
    const vtt = cue(`<v Ann>${'<i><lang fr>'.repeat(DEPTH / 2)}bonjour${'</lang></i>'.repeat(DEPTH / 2)}</v>`)
    const { transcript } = fromWebVtt(vtt)
    expect(transcript.speakers.map((speaker) => speaker.name)).toEqual(['Ann'])
    const turn = transcript.children[0] as Turn
    expect(turn).toMatchObject({ speaker: 'ann', language: 'fr' })
    expect(toString(turn.children[0]!.children[0]!)).toBe('bonjour')
  })

  it('gives the text of a 100,000-deep tree (cueNodesToText) and its innermost text node', () => {
    const tree = parseCueText(`${'<c.x>'.repeat(DEPTH)}a<00:00.500>b${'</c>'.repeat(DEPTH)}c`)
    expect(cueNodesToText(tree)).toBe('abc')
    let node = tree[0]!
    let depth = 0
    while (node.type === 'c') {
      node = node.children[0]!
      depth++
    }
    expect(depth).toBe(DEPTH)
  })

  it('parses a file with a 100,000-deep cue and a voice after the nesting (parseWebVtt)', () => {
    const parsed = parseWebVtt(cue(`${'<u>'.repeat(DEPTH)}<v Bo>x`))
    expect(parsed.cues[0]!.voice).toBe('Bo')
  })

  it('reads ruby nested 100,000 deep inside ruby text (left out: ruby text is not speech) and stray end tags', () => {
    expect(turnText(cue(`${'<ruby>a<rt>b'.repeat(DEPTH)}${'</ruby>'.repeat(DEPTH + 5)}z`))).toBe('az')
    expect(turnText(cue(`${'<i>'.repeat(DEPTH)}${'</b></u>'.repeat(DEPTH)}x`))).toBe('x')
  })
})

describe('no quadratic paths', () => {
  const naiveOverlap = (previous: string[], lines: string[]) => {
    for (let k = Math.min(lines.length, previous.length); k >= 1; k--) {
      if (lines.slice(0, k).every((line, i) => line === previous[previous.length - k + i])) return k
    }
    return 0
  }

  it('the rolling-caption overlap is the longest prefix of a cue that ends the previous one', () => {
    const lines = fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 12 })
    fc.assert(fc.property(lines, lines, (previous, current) => overlap(previous, current) === naiveOverlap(previous, current)), { numRuns: 2000 })
  })

  it('two adjacent cues of 100,000 lines that overlap badly read in linear time', () => {
    const n = 100_000
    const previous = Array(n).fill('a').join('\n')
    const current = [...Array(n / 2).fill('a'), 'b', ...Array(n / 2).fill('a')].join('\n')
    const started = process.cpuUsage()
    const { transcript } = fromWebVtt(`WEBVTT\n\n00:00.000 --> 00:01.000\n${previous}\n\n00:01.000 --> 00:02.000\n${current}\n`)
    const used = process.cpuUsage(started)
    expect(validateTranscript(transcript).valid).toBe(true)
    // Comparing every overlap length took n²/4 = 2.5e9 line comparisons (seconds); now about 2 s of budget is far more than needed.
    expect((used.user + used.system) / 1000).toBeLessThan(2000)
  })
})
