/**
 * A hand-made tree with node types this model version does not know: a `chapter` block (with
 * its own paragraph) and an unknown inline inside a turn. Every writer must report each with an
 * `unknown-node` message naming the type and the path, and keep its text where it can.
 */
import type { Transcript, VerbatimMessage } from '@verbatim/core'

export const UNKNOWN_CHAPTER_TEXT = 'Chapter text kept'
export const UNKNOWN_INLINE_TEXT = 'glossed words'

export function unknownNodeTree(): Transcript {
  return {
    type: 'transcript',
    version: '1.1',
    meta: {},
    speakers: [{ id: 'alice', name: 'Alice', role: 'guest', aliases: [], group: false }],
    children: [
      { type: 'turn', speaker: 'alice', label: 'ALICE', interpreted: false, time: { start: 0, end: 2, source: 'source' }, children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Hello there.' }] }] },
      { type: 'chapter', title: 'Two', children: [{ type: 'paragraph', children: [{ type: 'text', value: UNKNOWN_CHAPTER_TEXT }] }] } as never,
      {
        type: 'turn',
        speaker: 'alice',
        label: 'ALICE',
        interpreted: false,
        time: { start: 3, end: 5, source: 'source' },
        children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Some ' }, { type: 'gloss', value: UNKNOWN_INLINE_TEXT } as never, { type: 'text', value: ' here.' }] }],
      },
    ],
  } as Transcript
}

/** The `unknown-node` messages among `messages`, as `type at path`. */
export function unknownNodeReports(messages: readonly VerbatimMessage[]): string[] {
  return messages.filter((message) => message.ruleId === 'unknown-node').map((message) => `${message.actual} at ${message.path}`)
}

/** What every writer reports for `unknownNodeTree()`. */
export const UNKNOWN_NODE_REPORTS = ['chapter at children[1]', 'gloss at children[2].children[0].children[1]']
