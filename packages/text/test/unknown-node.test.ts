import type { VerbatimMessage } from '@verbatim/core'
import { UNKNOWN_CHAPTER_TEXT, UNKNOWN_INLINE_TEXT, UNKNOWN_NODE_REPORTS, unknownNodeReports, unknownNodeTree } from '@verbatim/test-utils'
import { describe, expect, it } from 'vitest'
import { toText } from '../src/index.js'

describe('toText and node types it does not know', () => {
  it('reports each with unknown-node and keeps its text', () => {
    const messages: VerbatimMessage[] = []
    const out = toText(unknownNodeTree(), { onMessage: (message) => messages.push(message) })
    expect(unknownNodeReports(messages)).toEqual(UNKNOWN_NODE_REPORTS)
    expect(out).toContain(UNKNOWN_CHAPTER_TEXT)
    expect(out).toContain(`Some ${UNKNOWN_INLINE_TEXT} here.`)
  })
})
