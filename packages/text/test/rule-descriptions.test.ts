import { describe, expect, it } from 'vitest'
import { COURT_COUNSEL_RULE, DOCUMENT_KIND_RULES, KIND_LABEL_RULES } from '../src/document-kind.js'
import { GRAMMARS } from '../src/grammars.js'
import { NAVIGATION_RULES, WEB_FURNITURE_RULES } from '../src/header.js'
import { describeRule, ROLE_RULES, RULE_DESCRIPTIONS } from '../src/index.js'
import { CLOCK_LINE_RULE, CLOCK_PREFIX_RULE } from '../src/clock-lines.js'
import { LABEL_LINE_RULE } from '../src/label-lines.js'
import { LINE_PARAGRAPH_RULE } from '../src/line-paragraphs.js'
import { GLUED_LABEL_RULE } from '../src/read-glued.js'
import { FURNITURE_RULES } from '../src/page-furniture.js'
import { PAGE_BREAK_RULES } from '../src/page-heads.js'
import { STRUCTURE_RULES } from '../src/record-structure.js'
import { PHRASE_RULES } from '../src/role-rules.js'
import { RUNNING_HEAD_RULE } from '../src/running-heads.js'
import { SECTION_LABEL_RULE } from '../src/section-labels.js'
import { SHORT_LABEL_RULE } from '../src/short-labels.js'
import { BARE_COURT_RULE } from '../src/bare-court.js'
import { GERMAN_MONTHS_RULE } from '../src/german-dates.js'
import { STAMP_RULES } from '../src/stamp-lines.js'
import { TURN_GAP_RULE } from '../src/turn-gaps.js'
import { PAGE_JOIN_RULE } from '../src/page-joins.js'
import { INTERJECTION_RULE } from '../src/interjections.js'
import { OFFICE_RULES } from '../src/offices.js'
import { SWORN_RULE } from '../src/sworn.js'
import { TITLE_PAGE_RULE } from '../src/title-page.js'
import { SITTING_LINE_RULE } from '../src/sitting-lines.js'

/** Every rule table the reader uses: ids and patterns only, the texts live in RULE_DESCRIPTIONS. */
const READER_RULES: readonly { id: string }[] = [
  ...GRAMMARS, ...Object.values(FURNITURE_RULES), RUNNING_HEAD_RULE, ...Object.values(PAGE_BREAK_RULES).map(({ id }) => ({ id })), ...STAMP_RULES, ...DOCUMENT_KIND_RULES, { id: COURT_COUNSEL_RULE.id }, ...KIND_LABEL_RULES,
  { id: GLUED_LABEL_RULE.id }, { id: TURN_GAP_RULE.id }, { id: PAGE_JOIN_RULE.id }, { id: INTERJECTION_RULE.id }, OFFICE_RULES.officeLabel, OFFICE_RULES.seatOffice, OFFICE_RULES.party, OFFICE_RULES.namedOffice, OFFICE_RULES.germanChair, OFFICE_RULES.officeHolders, { id: SITTING_LINE_RULE.id }, { id: SWORN_RULE.id }, { id: TITLE_PAGE_RULE.id }, LABEL_LINE_RULE, { id: CLOCK_LINE_RULE.id }, CLOCK_PREFIX_RULE, LINE_PARAGRAPH_RULE, SECTION_LABEL_RULE, SHORT_LABEL_RULE, { id: BARE_COURT_RULE.id }, GERMAN_MONTHS_RULE, ...NAVIGATION_RULES, ...WEB_FURNITURE_RULES, ...STRUCTURE_RULES, ...PHRASE_RULES,
]

describe('RULE_DESCRIPTIONS', () => {
  it('describes every rule of the reader, once, and nothing else', () => {
    const ids = READER_RULES.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(Object.keys(RULE_DESCRIPTIONS).sort()).toEqual([...ids].sort())
    for (const id of ids) expect(describeRule(id)!.length, id).toBeGreaterThan(20)
  })

  it('keeps the texts out of the rule objects the reader uses', () => {
    for (const rule of READER_RULES) expect(rule).not.toHaveProperty('description')
  })

  it('gives ROLE_RULES the phrase rules their descriptions, in order', () => {
    expect(ROLE_RULES.slice(0, PHRASE_RULES.length)).toEqual(PHRASE_RULES.map(({ id, role }) => ({ id, role, description: RULE_DESCRIPTIONS[id] })))
    expect(describeRule('toString')).toBeUndefined()
    expect(describeRule('no-such-rule')).toBeUndefined()
  })
})
