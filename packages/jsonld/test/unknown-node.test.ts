import { toString, type VerbatimMessage } from '@verbatim/core'
import { UNKNOWN_CHAPTER_TEXT, UNKNOWN_INLINE_TEXT, UNKNOWN_NODE_REPORTS, unknownNodeReports, unknownNodeTree } from '@verbatim/test-utils'
import { describe, expect, it } from 'vitest'
import { fromJsonLdSync, toJsonLd } from '../src/index.js'

describe('toJsonLd and node types it does not know', () => {
  it('reports each with unknown-node and keeps its text (not a section break)', () => {
    const messages: VerbatimMessage[] = []
    const doc = toJsonLd(unknownNodeTree(), { onMessage: (message) => messages.push(message) })
    expect(unknownNodeReports(messages)).toEqual(UNKNOWN_NODE_REPORTS)
    expect((doc as { hasSectionBreak?: unknown }).hasSectionBreak).toBeUndefined()
    const back = fromJsonLdSync(JSON.stringify(doc))
    expect(back.messages.filter((message) => message.severity === 'error')).toEqual([])
    const text = toString(back.transcript)
    expect(text).toContain(UNKNOWN_CHAPTER_TEXT)
    expect(text).toContain(`Some ${UNKNOWN_INLINE_TEXT} here.`)
  })
})
