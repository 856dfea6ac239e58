import type { VerbatimMessage } from '@verbatim/core'
import { UNKNOWN_INLINE_TEXT, UNKNOWN_NODE_REPORTS, unknownNodeReports, unknownNodeTree } from '@verbatim/test-utils'
import { describe, expect, it } from 'vitest'
import { toPodcastJson } from '../src/index.js'

describe('toPodcastJson and node types it does not know', () => {
  it('reports each with unknown-node, and says that its untimed text cannot be written', () => {
    const messages: VerbatimMessage[] = []
    const json = JSON.parse(toPodcastJson(unknownNodeTree(), { onMessage: (message) => messages.push(message) })) as { segments: unknown[] }
    expect(unknownNodeReports(messages)).toEqual(UNKNOWN_NODE_REPORTS)
    // Podcasting 2.0 holds timed segments only: the kept text outside a timed turn is untimed speech, reported as not written;
    // inside a timed turn, it is written in its paragraph's segment, timed from the turn (here the turn's own times).
    expect(messages.filter((message) => message.ruleId === 'untimed-content').map((message) => message.path)).toEqual(['children[1].children[0].children[0]'])
    expect(json.segments).toEqual([
      { speaker: 'Alice', startTime: 0, endTime: 2, body: 'Hello there.' },
      { speaker: 'Alice', startTime: 3, endTime: 5, body: `Some ${UNKNOWN_INLINE_TEXT} here.` },
    ])
  })
})
