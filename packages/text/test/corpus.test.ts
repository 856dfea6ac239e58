import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { validateTranscript } from '@verbatim/core/schema'
import { corpusFiles, readShared, sharedAvailable } from '@verbatim/test-utils'
import { fromText, toText } from '../src/index.js'
import { corpusSummary } from './corpus-summary.js'

const expectations = JSON.parse(readFileSync(new URL('./corpus-expectations.json', import.meta.url), 'utf8')) as Record<string, ReturnType<typeof corpusSummary>>

/** Turn counts from ../shared/corpus/MANIFEST.md (labeled turns; see the README for the two differences). */
const MANIFEST_TURNS: Record<string, number> = {
  'dod-carter-le-drian-paris-2016-10-25.txt': 21,
  'whitehouse-joint-presser-2023-01-10.txt': 23,
  'whitehouse-background-call-2021-10-30.txt': 20,
  'whitehouse-briefing-2025-02-20.txt': 106,
  'whitehouse-briefing-2023-11-30.txt': 116,
  'podcast-changelog-practical-ai-265.txt': 82,
  'podcast-stephan-livera-463.txt': 107,
  'hearing-canada-senate-2014-10-08.txt': 88 + 2, // + two unattributed turns after the `# ... remarks.` headings
  'court-sdny-trial-2024-05-24.txt': 1668, // the manifest says ~1,660: 364 named labels + 663 Q. + 641 A.
  'presser-es-mexico-mananera-2024-09-30.txt': 40,
  'panel-es-baltic-honeybadger-2018.txt': 33,
}

describe.runIf(sharedAvailable('corpus reading', 'corpus', 'MANIFEST.md'))('every file of ../shared/corpus', () => {
  const files = corpusFiles()
  it('is the corpus the expectations were written for', () => expect(files.sort()).toEqual(Object.keys(expectations).sort()))
  for (const file of files) {
    describe(file, () => {
      const input = readShared('corpus', file)
      const { transcript, messages } = fromText(input, { file })
      it('reads into a valid transcript', () => expect(validateTranscript(transcript).valid).toBe(true))
      it('matches its summary in test/corpus-expectations.json', () => expect(corpusSummary(transcript)).toEqual(expectations[file]))
      it('has the MANIFEST turn count', () => expect(transcript.children.filter((block) => block.type === 'turn')).toHaveLength(MANIFEST_TURNS[file]!))
      it('reports no errors', () => expect(messages.filter((message) => message.severity === 'error')).toEqual([]))
      it('round-trips through toText with the same speakers, turns and events', () => {
        const back = fromText(toText(transcript)).transcript
        expect(corpusSummary(back)).toEqual(corpusSummary(transcript))
      })
    })
  }
})

describe.runIf(sharedAvailable('corpus tricky points', 'corpus', 'MANIFEST.md'))('MANIFEST tricky points', () => {
  const read = (file: string) => fromText(readShared('corpus', file), { file })
  it('White House joint presser: YAML escapes in the title, place and time lines, time footer, false labels in prose', () => {
    const { transcript } = read('whitehouse-joint-presser-2023-01-10.txt')
    expect(transcript.meta.title).toBe('Remarks by President\u00a0Biden, Prime Minister Trudeau, and President López Obrador in Joint Press\u00a0Conference')
    expect(transcript.meta.place).toBe('National Palace, Mexico City, Mexico')
    expect(transcript.meta.extra?.time).toBe('5:02 P.M. CST')
    expect(transcript.meta.notes).toContainEqual(expect.objectContaining({ kind: 'footer', value: '6:15 P.M. CST' }))
    const labels = transcript.children.flatMap((block) => (block.type === 'turn' ? [block.label] : []))
    for (const prose of ['French', 'Quiero preguntar', 'And just imagine']) expect(labels).not.toContain(prose)
  })
  it('background call: one group label for several officials, U+00A0 after labels', () => {
    const { transcript } = read('whitehouse-background-call-2021-10-30.txt')
    expect(transcript.speakers.map((speaker) => [speaker.name, speaker.group])).toEqual([['Senior Administration Official', true], ['Journalists', true]])
  })
  it('2025 briefing: truncated LEAVITT label joins MS. LEAVITT; END footer', () => {
    const { transcript } = read('whitehouse-briefing-2025-02-20.txt')
    expect(transcript.speakers[0]).toMatchObject({ name: 'Karoline Leavitt', aliases: ['MS. LEAVITT', 'LEAVITT'] })
    expect(transcript.meta.notes?.at(-1)?.value).toMatch(/^END[\s\u00a0]+1:56 P\.M\. EST$/)
  })
  it('Stephan Livera: label alone on its line with the time; podcast line is a note', () => {
    const { transcript } = read('podcast-stephan-livera-463.txt')
    const first = transcript.children[1]!
    expect(first).toMatchObject({ type: 'turn', label: 'Greg Sanders', time: { start: 177, source: 'source' } })
    expect(transcript.meta.notes?.[0]?.value).toBe('podcast: https://stephanlivera.com/episode/463/')
  })
  it('Canadian Senate: initials resolved through YAML speakers', () => {
    const { transcript } = read('hearing-canada-senate-2014-10-08.txt')
    expect(transcript.speakers.find((speaker) => speaker.aliases.includes('AA'))?.name).toBe('Andreas Antonopoulos')
  })
  it('court: Q./A. get their speakers from BY lines and the sworn witness; CRLF; split-digit date', () => {
    const { transcript } = read('court-sdny-trial-2024-05-24.txt')
    expect(transcript.meta.date).toBe('2024-05-24')
    const first = transcript.children.findIndex((block) => block.type === 'turn' && block.label === 'Q.')
    expect(transcript.children[first]).toMatchObject({ speaker: 'mr-finkel' })
    expect(transcript.children[first + 1]).toMatchObject({ label: 'A.', speaker: 'erin-mcnamara' })
    expect(transcript.meta.notes?.some((note) => note.kind === 'index' && note.value.startsWith('INDEX OF EXAMINATION'))).toBe(true)
  })
  it('mañanera: label split over two lines; long and short forms are one speaker', () => {
    const { transcript } = read('presser-es-mexico-mananera-2024-09-30.txt')
    const jesus = transcript.speakers.find((speaker) => speaker.name === 'Jesús Ramírez Cuevas')!
    expect(jesus.aliases).toHaveLength(2)
    expect(jesus.title).toBe('Coordinador General de Comunicación Social y Vocero de Presidencia')
  })
  it('roles by context: hosts, guests, played recordings, a panel moderator and a hearing witness', () => {
    const rolesOf = (file: string) => Object.fromEntries(read(file).transcript.speakers.map((speaker) => [speaker.name, speaker.role]))
    expect(rolesOf('podcast-stephan-livera-463.txt')).toEqual({ 'Stephan Livera': 'host', 'Greg Sanders': 'guest' })
    expect(rolesOf('podcast-changelog-practical-ai-265.txt')).toEqual({ 'Daniel Whitenack': 'host', 'Chris Benson': 'host', 'Song of Arrakis': 'recording', 'Selection 1': 'recording', 'Selection 2': 'recording' })
    expect(rolesOf('panel-es-baltic-honeybadger-2018.txt')).toEqual({ 'Matthew Mezinskis': 'moderator', 'Tone Vays': 'guest', Whalepanda: 'guest', 'Florian Maier': 'guest' })
    const hearing = read('hearing-canada-senate-2014-10-08.txt').transcript.speakers
    expect(hearing.find((speaker) => speaker.aliases.includes('AA'))?.role).toBe('witness')
    expect(hearing.filter((speaker) => speaker.name !== 'Andreas Antonopoulos').every((speaker) => speaker.role === 'senator')).toBe(true)
  })
  it('Spanish panel: typo Whalepnada resolved with a warning', () => {
    const { messages } = read('panel-es-baltic-honeybadger-2018.txt')
    expect(messages.filter((message) => message.ruleId === 'label-typo').map((message) => message.actual)).toEqual(['Whalepnada'])
  })
})
