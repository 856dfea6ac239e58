/**
 * The SPEC's EventKind table is the contract: every wording it lists reads as its kind in every
 * format that reads bracketed events (plain text, WebVTT, SubRip, and TEI's descriptions). The
 * table is parsed from SPEC.md, so the specification and the readers cannot drift apart.
 */
import { readFileSync } from 'node:fs'
import { eventKindOf, isEventKind, visit, type Event, type EventKind, type Transcript } from '@verbatim/core'
import { fromSrt } from '@verbatim/srt'
import { fromTei } from '@verbatim/tei'
import { fromText } from '@verbatim/text'
import { fromWebVtt } from '@verbatim/webvtt'
import { describe, expect, it } from 'vitest'

const spec = readFileSync(new URL('../../core/SPEC.md', import.meta.url), 'utf8')

/** Rows of the table under `### EventKind`: kind -> wordings (code spans after the kind). */
function specTable(): [EventKind, string[]][] {
  const section = spec.slice(spec.indexOf('### EventKind'))
  const table = section.slice(section.indexOf('| kind |'), section.indexOf('\n\n', section.indexOf('| kind |')))
  const rows: [EventKind, string[]][] = []
  for (const line of table.split('\n').slice(2)) {
    const spans = [...line.matchAll(/`([^`]+)`/g)].map((match) => match[1]!)
    const [kind, ...wordings] = spans
    if (!isEventKind(kind)) throw new Error(`SPEC EventKind table: not a kind: ${line}`)
    rows.push([kind, wordings])
  }
  return rows
}

function eventsOf(transcript: Transcript): Event[] {
  const events: Event[] = []
  visit(transcript, (node) => {
    if (node.type === 'event') events.push(node)
  })
  return events
}

/** `\[unintelligible 00:07:38.13\]` is markdown-escaped in transcripts; caption formats see the brackets. */
const unescaped = (wording: string) => wording.replace(/\\([[\]])/g, '$1')
const bracketedWording = (wording: string) => /^\\?[[(]/.test(wording)
const teiDoc = (inner: string) => `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><text><body><div><u>Well ${inner} yes.</u></div></body></text></TEI>`
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;')

const READERS: Record<string, (wording: string) => Transcript> = {
  text: (wording) => fromText(`ALICE: Well ${wording} yes.\n`).transcript,
  webvtt: (wording) => fromWebVtt(`WEBVTT\n\n00:00.000 --> 00:01.000\nWell ${unescaped(wording)} yes.\n`).transcript,
  srt: (wording) => fromSrt(`1\n00:00:00,000 --> 00:00:01,000\nWell ${unescaped(wording)} yes.\n`).transcript,
  tei: (wording) => fromTei(teiDoc(`<incident><desc>${escapeXml(unescaped(wording))}</desc></incident>`)).transcript,
}

describe('the SPEC EventKind table', () => {
  const rows = specTable()

  it('lists every kind with at least one wording', () => {
    expect(rows.map(([kind]) => kind).sort()).toEqual(
      ['applause', 'crosstalk', 'inaudible', 'laughter', 'music', 'noise', 'off-mic', 'other', 'pause', 'unintelligible'],
    )
    for (const [, wordings] of rows) expect(wordings.length).toBeGreaterThan(0)
  })

  for (const [kind, wordings] of rows) {
    for (const wording of wordings.filter(bracketedWording)) {
      for (const [format, read] of Object.entries(READERS)) {
        it(`${format} reads ${wording} as ${kind}`, () => {
          const events = eventsOf(read(wording))
          expect(events.map((event) => event.kind), JSON.stringify(events)).toEqual([kind])
        })
      }
      it(`core's vocabulary names ${wording} ${kind}`, () => {
        expect(eventKindOf(unescaped(wording))).toBe(kind)
      })
    }
  }

  it('TEI reads <pause/> as pause', () => {
    expect(rows.find(([kind]) => kind === 'pause')![1]).toContain('<pause/>')
    expect(eventsOf(fromTei(teiDoc('<pause/>')).transcript).map((event) => event.kind)).toEqual(['pause'])
  })
})
