import { toString, type VerbatimMessage } from '@verbatim/core'
import { UNKNOWN_CHAPTER_TEXT, UNKNOWN_INLINE_TEXT, UNKNOWN_NODE_REPORTS, unknownNodeReports, unknownNodeTree } from '@verbatim/test-utils'
import { describe, expect, it } from 'vitest'
import { fromSrt, toSrt } from '../src/index.js'

describe('toSrt and node types it does not know', () => {
  it('reports each with unknown-node and keeps its text in a cue', () => {
    const messages: VerbatimMessage[] = []
    const srt = toSrt(unknownNodeTree(), { onMessage: (message) => messages.push(message) })
    expect(unknownNodeReports(messages)).toEqual(UNKNOWN_NODE_REPORTS)
    const text = toString(fromSrt(srt).transcript).replace(/\s+/g, ' ')
    expect(text).toContain(UNKNOWN_CHAPTER_TEXT)
    expect(text).toContain(`Some ${UNKNOWN_INLINE_TEXT} here.`)
  })
})
