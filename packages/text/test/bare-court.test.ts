import { describe, expect, it } from 'vitest'
import { findBareCourtLines } from '../src/bare-court.js'
import { buildLineTable } from '../src/lines.js'
import { fromText } from '../src/index.js'

const qa = (lines: string[]): string => lines.join('\n\n')

describe('bare Q/A lines (bare-court-lines)', () => {
  it('finds alternating bare Q and A lines, after a tab or two spaces', () => {
    const found = findBareCourtLines(buildLineTable(qa(['Q    One?', 'A    Yes.', 'Q\tTwo?', 'A\tNo.', 'Q  Three?', 'A  Maybe.'])))
    expect(found).toEqual({ count_: 6, first_: 0 })
  })

  it('refuses too few, non-alternating, or single-spaced lines', () => {
    expect(findBareCourtLines(buildLineTable(qa(['Q    One?', 'A    Yes.', 'Q    Two?', 'A    No.'])))).toBeNull()
    expect(findBareCourtLines(buildLineTable(qa(['Q    One?', 'Q    Two?', 'Q    Three?', 'A    Yes.', 'A    No.', 'A    Maybe.'])))).toBeNull()
    expect(findBareCourtLines(buildLineTable(qa(['Q One?', 'A Yes.', 'Q Two?', 'A No.', 'Q Three?', 'A Maybe.'])))).toBeNull()
  })

  it('reads them as the court Q./A. lines, the same speakers as the dotted form, with an info message', () => {
    const bare = qa(['MR. JONES: Begin.', 'Q    One?', 'A    Yes.', 'Q\tTwo?', 'A\tNo.', 'Q    Three?', 'A    Maybe.'])
    const dotted = bare.replace(/^([QA])[ \t]+/gm, '$1. ')
    const read = fromText(bare)
    const turns = (text: string) => fromText(text).transcript.children.map((block) => (block.type === 'turn' ? block.speaker : block.type))
    expect(turns(bare)).toEqual(turns(dotted))
    expect(read.transcript.speakers.map((speaker) => speaker.aliases)).toEqual([['MR. JONES'], ['Q.'], ['A.']])
    expect(read.messages.filter((message) => message.ruleId === 'bare-court-lines').map((message) => [message.severity, ('start' in message.place! ? message.place.start : message.place!).line])).toEqual([['info', 3]])
  })

  it('leaves a press briefing with a bare Q and no answers as it was', () => {
    const read = fromText(qa(['MS. PSAKI: Hi.', 'Q    One?', 'MS. PSAKI: Yes.', 'Q    Two?', 'MS. PSAKI: No.', 'Q    Three?', 'MS. PSAKI: Maybe.']))
    expect(read.transcript.speakers.map((speaker) => speaker.role)).toContain('journalist')
    expect(read.messages.some((message) => message.ruleId === 'bare-court-lines')).toBe(false)
  })
})
