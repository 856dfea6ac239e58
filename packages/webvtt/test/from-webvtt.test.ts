import { describe, expect, it } from 'vitest'
import { isVerbatimError, toString, type Inline, type Turn } from '@verbatim/core'
import { EVENT_WORDINGS } from '@verbatim/test-utils'
import { fromWebVtt } from '../src/read/from-webvtt.js'
import { renderEvent } from '@verbatim/captions'

const turns = (vtt: string, options = {}) => fromWebVtt(vtt, options).transcript.children.filter((block): block is Turn => block.type === 'turn')
/** Inline content with segments (model 1.1: one per cue) opened. */
const flat = (nodes: readonly Inline[]) => nodes.flatMap((node) => (node.type === 'segment' ? node.children : [node]))
const text = (turn: Turn) => turn.children.map((paragraph) => flat(paragraph.children).map((node) => (node.type === 'event' ? `{${node.kind}}` : toString(node))).join('')).join(' | ')

describe('fromWebVtt', () => {
  it('makes speakers from voices, merges consecutive cues of one voice, keeps times from the source', () => {
    const vtt = 'WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ash Carter>Thank you.\n\n00:02.000 --> 00:03.500\n<v Ash Carter>Next.</v>\n\n00:04.000 --> 00:05.000\n<v.interpreted Jean-Yves Le Drian><lang fr>Merci.</lang></v>\n'
    const { transcript } = fromWebVtt(vtt)
    expect(transcript.speakers.map((speaker) => [speaker.id, speaker.name, speaker.aliases])).toEqual([
      ['ash-carter', 'Ash Carter', ['Ash Carter']],
      ['jean-yves-le-drian', 'Jean-Yves Le Drian', ['Jean-Yves Le Drian']],
    ])
    const [first, second] = turns(vtt)
    expect(text(first!)).toBe('Thank you. Next.')
    expect(first!.time).toEqual({ start: 1, end: 3.5, source: 'source' })
    expect(second).toMatchObject({ speaker: 'jean-yves-le-drian', interpreted: true, language: 'fr' })
    expect(turns(vtt, { mergeCues: false })).toHaveLength(3)
  })

  it('reads every event wording of the vocabulary, as written and as the writer renders it', () => {
    for (const [kind, wordings] of Object.entries(EVENT_WORDINGS)) {
      for (const wording of [...wordings, ...wordings.map(renderEvent)]) {
        const [turn] = turns(`WEBVTT\n\n00:01.000 --> 00:02.000\n<v A>before ${wording} after</v>\n`)
        const event = flat(turn!.children[0]!.children).find((node): node is Extract<Inline, { type: 'event' }> => node.type === 'event')
        expect(event, wording).toMatchObject({ kind, value: wording })
        expect(text(turn!)).toBe(`before {${kind}} after`)
      }
    }
    // Parentheses that are speech stay text.
    expect(text(turns('WEBVTT\n\n00:01.000 --> 00:02.000\nthe budget (and the reform) passed\n')[0]!)).toBe('the budget (and the reform) passed')
  })

  it('reads broadcast `>>` speaker changes, also in the middle of a cue, and `>> NAME:` labels', () => {
    const result = turns('WEBVTT\n\n00:01.000 --> 00:03.000\nwelcome to the meeting. >> thank you.\n>> MAYOR SCHAAF: good morning.\n\n00:03.000 --> 00:04.000\nlet us begin.\n')
    expect(result.map((turn) => [turn.label, text(turn)])).toEqual([
      [null, 'welcome to the meeting.'],
      [null, 'thank you.'],
      ['MAYOR SCHAAF', 'good morning. let us begin.'],
    ])
  })

  it('reads subtitle dialogue dashes and [Name] labels, but not sound descriptions', () => {
    const result = turns('WEBVTT\n\n00:01.000 --> 00:03.000\n[Alba] <i>En 1928,</i>\n\n00:03.000 --> 00:05.000\n- [Ángeles] ¿Qué?\n- [truenos] Nada.\n')
    expect(result.map((turn) => [turn.speaker, text(turn)])).toEqual([
      ['alba', 'En 1928,'],
      ['angeles', '¿Qué?'],
      [null, '{other} Nada.'],
    ])
  })

  it('reads `Name: ` prefixes only when the name starts at least two cues', () => {
    const zoom = 'WEBVTT\n\n1\n00:01.000 --> 00:02.000\nDominik Böhler: morning.\n\n2\n00:03.000 --> 00:04.000\nMatilda Simon: hi.\n\n3\n00:05.000 --> 00:06.000\nDominik Böhler: so.\n\n4\n00:07.000 --> 00:08.000\nMatilda Simon: yes.\n\n5\n00:09.000 --> 00:10.000\nNote: once.\n'
    expect(turns(zoom).map((turn) => [turn.label, text(turn)])).toEqual([
      ['Dominik Böhler', 'morning.'],
      ['Matilda Simon', 'hi.'],
      ['Dominik Böhler', 'so.'],
      ['Matilda Simon', 'yes. Note: once.'],
    ])
  })

  it('keeps NOTE, STYLE, REGION and header blocks in the metadata, with positions', () => {
    const { transcript } = fromWebVtt('WEBVTT Talk\nKind: captions\nLanguage: es\n\nSTYLE\n::cue { color: red }\n\nREGION\nid:r\n\nNOTE kept\n\n00:01.000 --> 00:02.000\nhola\n')
    expect(transcript.meta.extra).toEqual({ WEBVTT: 'Talk', Kind: 'captions', Language: 'es' })
    expect(transcript.meta.languages).toEqual(['es'])
    expect(transcript.meta.notes!.map((note) => [note.kind, note.value, note.position?.start.line])).toEqual([
      ['webvtt-style', '::cue { color: red }', 5],
      ['webvtt-region', 'id:r', 8],
      ['webvtt-note', 'kept', 11],
    ])
  })

  it('reads rolling captions and repeated cues once, but never numbered cues', () => {
    const rolling = 'WEBVTT\n\n00:00.000 --> 00:02.000\none two<00:01.000><c> three</c>\n\n00:02.000 --> 00:02.010\none two three\n \n\n00:02.010 --> 00:04.000\none two three\nfour five\n\n00:04.000 --> 00:05.000\nfour five\n'
    const { transcript, messages } = fromWebVtt(rolling)
    expect(text(transcript.children[0] as Turn)).toBe('one two three four five')
    expect(messages.map((message) => message.ruleId)).toEqual(['repeated-captions'])
    const numbered = 'WEBVTT\n\n1\n00:00.000 --> 00:01.000\nyes\n\n2\n00:01.000 --> 00:02.000\nyes\n'
    expect(text(turns(numbered)[0]!)).toBe('yes yes')
  })

  it('is tolerant by default, strict on request, and throws on a bad signature', () => {
    const teams = 'WEBVTT\n\n0:0:0.0 --> 0:0:0.570\n<v Yuri Bakulin>There you go.</v>\n'
    expect(turns(teams)).toHaveLength(1)
    expect(turns(teams, { tolerant: false })).toHaveLength(0)
    let error: unknown
    try {
      fromWebVtt('1\n00:00:01,000 --> 00:00:02,000\nSRT\n', { file: 'x.srt' })
    } catch (caught) {
      error = caught
    }
    expect(isVerbatimError(error)).toBe(true)
    expect((error as { diagnostic: { file: string } }).diagnostic.file).toBe('x.srt')
  })
})
