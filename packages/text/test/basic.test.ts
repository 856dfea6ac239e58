// `@verbatim/text/basic` against the full reader, on every fixture, the reference document and,
// with ../shared/, every corpus and corpus-more transcript. Which of the three parts the basic
// entry leaves out applies to a document is found by reading it with the full reader less that
// part (roles by context, the house styles) or by its opening fence (YAML front matter); then:
// - where none applies, the basic entry's result is the full entry's, whole (transcript,
//   messages, positions);
// - where only roles by context apply, it is the full reader's without them, whole;
// - YAML front matter is kept as one `front-matter` note with one `front-matter-not-read`
//   message, and only then;
// - a court record or a paged document gets one `plain-labels` message;
// - nothing the full entry keeps is lost: every word of the text in the full result is in the basic one.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import type { Transcript } from '@verbatim/core'
import { validateTranscript } from '@verbatim/core/schema'
import { corpusFiles, readReferenceDocument, readShared, sharedFiles } from '@verbatim/test-utils'
import { suiteNeedsShared } from '@verbatim/test-utils/suite'
import { fromText as basicText } from '../src/basic.js'
import { readText } from '../src/from-text.js'
import { fromText } from '../src/index.js'
import type { FromTextResult } from '../src/options.js'
import { FULL_STYLES } from '../src/styles-full.js'
import { fixtureDir, localInputs } from './local-inputs.js'


const json = (result: FromTextResult): string => JSON.stringify(result)
const YAML_FENCE = /^---[ \t]*\r?\n(?:.*\r?\n){0,1998}?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/

/** Keys whose strings are made by the reader (ids, node types, roles), not kept from the text. */
const MADE = new Set(['id', 'type', 'speaker', 'role', 'kind', 'version', 'source'])

/** The words (letters, two or more) of every string of the text a transcript keeps. */
function words(transcript: Transcript): Set<string> {
  const found = new Set<string>()
  JSON.stringify(transcript, (key, value: unknown) => {
    if (MADE.has(key)) return undefined
    if (typeof value === 'string') for (const word of value.match(/\p{L}{2,}/gu) ?? []) found.add(word)
    return value
  })
  return found
}

/** What the basic entry must give for `text`, checked against the full reader part by part; returns which parts applied. */
function check(name: string, text: string): { roles: boolean; records: boolean; yaml: boolean; months: boolean } {
  const options = { file: name }
  const full = fromText(text, options)
  const basic = basicText(text, options)
  const yaml = YAML_FENCE.test(text.replace(/^\uFEFF/, ''))
  const noRoles = readText(text, options, { ...FULL_STYLES, roles_: undefined })
  const roles = json(noRoles) !== json(full)
  const records = json(readText(text, options, { ...FULL_STYLES, records_: undefined })) !== json(full)
  // German month names in header dates (the full entry's `months_`): the basic entry reads the line as other header material.
  const months = json(readText(text, options, { ...FULL_STYLES, months_: undefined })) !== json(full)
  const codes = basic.messages.map((message) => message.ruleId)

  expect(validateTranscript(basic.transcript).valid, `${name}: a valid transcript`).toBe(true)
  if (months) expect(full.transcript.meta.date, `${name}: a German date read by the full entry`).toBeDefined()
  if (months) expect(basic.transcript.meta.date, `${name}: no German month in the basic entry`).toBeUndefined()
  if (!yaml && !records && !months) {
    // Only roles by context may differ: without them, the full reader's result exactly.
    expect(json(basic), `${name}: the basic entry reads as the full one${roles ? ' without roles by context' : ''}`).toBe(json(roles ? noRoles : full))
  }
  // YAML front matter: kept whole as a note, said once.
  expect(codes.filter((code) => code === 'front-matter-not-read').length, `${name}: front-matter-not-read`).toBe(yaml ? 1 : 0)
  if (yaml) {
    const note = basic.transcript.meta.notes?.find((candidate) => candidate.kind === 'front-matter')
    expect(note?.value, `${name}: the front matter as a note`).toBe(text.replace(/^\uFEFF/, '').match(YAML_FENCE)![0].replace(/\r?\n$/, '').replace(/\r/g, text.includes('\r\n') ? '\r' : ''))
    const message = basic.messages.find((candidate) => candidate.ruleId === 'front-matter-not-read')!
    expect(message.place, `${name}: the message is positioned`).toMatchObject({ start: { line: 1, column: 1 } })
    expect(message.reason).toContain('@verbatim/text')
  }
  // A court record or a paged document: one message, never more; never where the house styles do not apply.
  const plain = codes.filter((code) => code === 'plain-labels').length
  expect(plain, `${name}: plain-labels`).toBeLessThanOrEqual(1)
  if (!records) expect(plain, `${name}: plain-labels where the house styles do not apply`).toBe(0)
  const fullCodes = new Set(full.messages.map((message) => message.ruleId))
  if (fullCodes.has('page-furniture') || fullCodes.has('document-kind')) expect(plain, `${name}: a paged document or a court record says so`).toBe(1)
  // A clock-led export (a time before every line, or the same time as a column): read as plain labels, said once.
  if (fullCodes.has('clock-line') || fullCodes.has('clock-prefix')) expect(plain, `${name}: a clock-led document says so`).toBe(1)
  // Nothing lost: every word the full entry keeps, the basic entry keeps too.
  const kept = words(basic.transcript)
  const lost = [...words(full.transcript)].filter((word) => !kept.has(word) && text.includes(word))
  expect(lost, `${name}: words the full entry keeps and the basic one loses`).toEqual([])
  return { roles, records, yaml, months }
}

describe('@verbatim/text/basic reads as the full entry, less its three parts', () => {
  it('the fixtures and the reference document', () => {
    const applied = localInputs.map(([name, text]) => check(name, text))
    // The fixtures exercise every case: some documents with none of the parts, and each part.
    expect(applied.filter((parts) => !parts.roles && !parts.records && !parts.yaml && !parts.months).length).toBeGreaterThan(10)
    for (const part of ['roles', 'records', 'yaml', 'months'] as const) expect(applied.some((parts) => parts[part]), part).toBe(true)
  })
  it('a forced grammar and labelsAt are options like any other', () => {
    const text = readReferenceDocument()
    for (const options of [{ grammar: 'caps' as const }, { grammar: 'markdown' as const }, { labelsAt: 'line' as const }]) {
      expect(json(basicText(text, options))).toBe(json(fromText(text, options)))
    }
  })
  it('YAML front matter: the body is read as the full entry reads it without the fence', () => {
    const body = 'PRESIDENT: Good morning.\n\nQ: A question.\n\nPRESIDENT: An answer.\n'
    const front = '---\ntitle: A briefing\nspeakers:\n  - name: Jane Doe\n---\n'
    const { transcript, messages } = basicText(front + body)
    expect(transcript.meta.title).toBeUndefined()
    expect(transcript.meta.notes).toEqual([{ kind: 'front-matter', value: front.trimEnd(), position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 5, column: 4, offset: front.length - 1 } } }])
    expect(messages.map((message) => message.ruleId)).toEqual(['front-matter-not-read'])
    expect(transcript.children.map((block) => (block.type === 'turn' ? block.label : block.type))).toEqual(fromText(body).transcript.children.map((block) => (block.type === 'turn' ? block.label : block.type)))
    expect(fromText(front + body).transcript.meta.title).toBe('A briefing')
  })
  it('a clock-led export: read as plain labels, said once, the times kept as text', () => {
    for (const name of ['clock-lines-bare', 'clock-lines-names', 'clock-lines-labels', 'clock-prefix', 'deposition-page-line-prefix']) {
      const text = readFileSync(`${fixtureDir}/${name}.txt`, 'utf8')
      const { messages } = basicText(text)
      expect(messages.filter((message) => message.ruleId === 'plain-labels').map((message) => message.reason), name).toEqual([expect.stringMatching(/time \(or a page and line\) before every line.*@verbatim\/text\/basic.*plain labels/)])
      expect(messages.some((message) => message.ruleId === 'clock-line' || message.ruleId === 'clock-prefix'), name).toBe(false)
    }
  })
  it('a paged document by `- 2 -` page numbers, or by line numbers alone: read as plain labels, said once', () => {
    for (const name of ['page-number-dashes', 'line-numbers-no-page-lines']) {
      const text = readFileSync(`${fixtureDir}/${name}.txt`, 'utf8')
      const messages = basicText(text).messages.filter((message) => message.ruleId === 'plain-labels')
      expect(messages.map((message) => message.reason), name).toEqual([expect.stringMatching(/^a paged document: read by `@verbatim\/text\/basic` as plain labels/)])
      // Where: the third page-number line; the first line of a line-numbered document.
      expect(messages[0]!.place, name).toMatchObject({ start: { line: name === 'page-number-dashes' ? 17 : 1 } })
      // The full entry sets that furniture aside (the check above requires the message wherever it does).
      expect(fromText(text).messages.map((message) => message.ruleId), name).toContain('page-furniture')
    }
  })
  it('a court record: read as plain labels, said once', () => {
    const court = readFileSync(`${fixtureDir}/court-examination.txt`, 'utf8')
    const messages = basicText(court).messages.filter((message) => message.ruleId === 'plain-labels')
    expect(messages).toHaveLength(1)
    expect(messages[0]!.reason).toMatch(/court record.*@verbatim\/text\/basic.*plain labels/)
  })
})

describe('@verbatim/text/basic on the corpus', () => {
  if (!suiteNeedsShared('basic entry on the corpus', 'corpus')) return
  it('corpus and corpus-more transcripts', () => {
    const files = [...corpusFiles().map((name) => ['corpus', name]), ...sharedFiles('corpus-more', /\.txt$/).map((name) => ['corpus-more', name])]
    expect(files.length).toBeGreaterThan(10)
    const applied = files.map(([folder, name]) => check(name!, readShared(folder!, name!)))
    // Front and back matter is a house style too (since basic-cut): 3 corpus files of 26 read with none of the parts, whole JSON.
    expect(applied.filter((parts) => !parts.roles && !parts.records && !parts.yaml && !parts.months).length).toBeGreaterThanOrEqual(3)
  })
})
