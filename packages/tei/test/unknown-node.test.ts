import { toString, type VerbatimMessage } from '@verbatim/core'
import { UNKNOWN_CHAPTER_TEXT, UNKNOWN_INLINE_TEXT, UNKNOWN_NODE_REPORTS, unknownNodeReports, unknownNodeTree } from '@verbatim/test-utils'
import { describe, expect, it } from 'vitest'
import { fromTei, toTei } from '../src/index.js'

describe('toTei and node types it does not know', () => {
  it('reports each with unknown-node and keeps its text in well-formed TEI', () => {
    const messages: VerbatimMessage[] = []
    const xml = toTei(unknownNodeTree(), { onMessage: (message) => messages.push(message) })
    expect(unknownNodeReports(messages)).toEqual(UNKNOWN_NODE_REPORTS)
    const back = fromTei(xml)
    expect(back.messages.filter((message) => message.severity === 'error')).toEqual([])
    const text = toString(back.transcript)
    expect(text).toContain(UNKNOWN_CHAPTER_TEXT)
    expect(text).toContain(`Some ${UNKNOWN_INLINE_TEXT} here.`)
  })
})
