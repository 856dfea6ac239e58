import { describe, expect, it } from 'vitest'
import { fileURLToPath } from 'node:url'
import { readFileSync, existsSync } from 'node:fs'
import { removePositions, type VerbatimMessage } from '@verbatim/core'
import { fromJson } from '@verbatim/core/schema'
import { expectedOrUpdate, readReferenceDocument, type FixturePair } from '@verbatim/test-utils'
import { ESCAPE_RULES, fromText, toText } from '../src/index.js'

const dir = fileURLToPath(new URL('./fixtures/to-text/', import.meta.url))
function golden(name: string, actual: string): string {
  const expectedPath = `${dir}${name}.txt`
  const pair: FixturePair = { name, inputPath: `${dir}${name}.json`, expectedPath, input: '', expected: existsSync(expectedPath) ? readFileSync(expectedPath, 'utf8') : undefined }
  return expectedOrUpdate(pair, actual)
}

describe('toText', () => {
  it('writes the reference document (golden file test/fixtures/to-text/dod.txt)', () => {
    const text = toText(fromText(readReferenceDocument()).transcript)
    expect(text).toBe(golden('dod', text))
    expect(text).toContain('\nDEFENSE MINISTER JEAN-YVES LE DRIAN (THROUGH TRANSLATOR): Ladies and gentlemen')
    expect(text).toContain('\nSECRETARY OF DEFENSE ASH CARTER: (inaudible) -- back here in Paris')
    expect(text).toContain('\n\n\n\nThere are four questions')
  })
  it('escapes text that would be misread, and reads it back (golden file escapes.txt)', () => {
    const transcript = fromJson(readFileSync(`${dir}escapes.json`, 'utf8')).transcript
    const messages: VerbatimMessage[] = []
    const text = toText(transcript, { onMessage: (message) => messages.push(message) })
    expect(text).toBe(golden('escapes', text))
    expect(text).toContain('SEC. CARTER: [00:01:02.500 --> 00:01:10] \\[00:01:02] is not my time.')
    expect(text).toContain('\n\\MINISTER: this is not a label.')
    expect(text).toContain('MR. LE DRIAN (#chris-le-drian): \\(As interpreted.)')
    expect(messages).toEqual([])
    const back = removePositions(fromText(text).transcript)
    expect(back.children).toEqual(transcript.children)
    expect(back.speakers).toEqual(transcript.speakers.map((speaker) => ({ ...speaker, aliases: speaker.aliases })))
    expect(back.meta).toEqual(transcript.meta)
  })
  it('reports what plain text cannot hold instead of dropping it', () => {
    const messages: VerbatimMessage[] = []
    toText(
      {
        type: 'transcript',
        version: '1.0',
        meta: { title: 'T', description: 'D' },
        speakers: [],
        children: [
          { type: 'turn', speaker: null, label: 'X', interpreted: false, language: 'fr', data: { a: 1 }, children: [{ type: 'paragraph', children: [{ type: 'text', value: 'line\nbreak (inaudible)' }] }] },
          { type: 'event', kind: 'laughter', value: 'giggles' },
        ],
      },
      { header: 'plain', onMessage: (message) => messages.push(message) },
    )
    expect(messages.map((message) => [message.ruleId, message.path])).toEqual([
      ['unsupported-content', 'meta.description'],
      ['unsupported-content', 'children[0].data'],
      ['unsupported-content', 'children[0].language'],
      ['line-break', 'children[0].children[0].children[0].value'],
      ['ambiguous-text', 'children[0].children[0].children[0].value'],
      ['ambiguous-event', 'children[1]'],
    ])
    expect(messages.every((message) => message.source === 'verbatim-text')).toBe(true)
  })
  it('plain header: title, date and place lines that fromText reads back', () => {
    const text = toText({ type: 'transcript', version: '1.0', meta: { title: 'A briefing', date: '2016-10-25', place: 'Paris, France' }, speakers: [], children: [] }, { header: 'plain' })
    expect(text).toBe('A briefing\n\n2016-10-25\n\nParis, France\n')
    expect(fromText(text).transcript.meta).toMatchObject({ title: 'A briefing', date: '2016-10-25', place: 'Paris, France' })
  })
  it('options: CRLF line endings, no times, another qualifier', () => {
    const transcript = fromText('A (THROUGH TRANSLATOR): [00:00:05] Hi.\n').transcript
    expect(toText(transcript, { newline: '\r\n', times: false, interpretedQualifier: '(As interpreted)', header: 'none' })).toBe('A (As interpreted): Hi.\r\n')
  })
  it('documents its escape rules as data', () => {
    expect(ESCAPE_RULES.map((rule) => rule.name)).toContain('label')
    for (const rule of ESCAPE_RULES) expect(rule.description.length).toBeGreaterThan(10)
  })
})
