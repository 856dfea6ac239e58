import type { VerbatimMessage } from '@verbatim/core'
import { UNKNOWN_NODE_REPORTS, unknownNodeReports, unknownNodeTree } from '@verbatim/test-utils'
import { describe, expect, it } from 'vitest'
import { toPodcastJson } from '../src/index.js'

describe('toPodcastJson and node types it does not know', () => {
  it('reports each with unknown-node, and says that its untimed text cannot be written', () => {
    const messages: VerbatimMessage[] = []
    const json = JSON.parse(toPodcastJson(unknownNodeTree(), { onMessage: (message) => messages.push(message) })) as { segments: unknown[] }
    expect(unknownNodeReports(messages)).toEqual(UNKNOWN_NODE_REPORTS)
    // Podcasting 2.0 holds timed segments only: the kept text is untimed speech, reported as not written.
    expect(messages.filter((message) => message.ruleId === 'untimed-content').map((message) => message.path)).toEqual(
      expect.arrayContaining(['children[1].children[0].children[0]', 'children[2].children[0].children[1]']),
    )
    expect(Array.isArray(json.segments)).toBe(true)
  })
})
