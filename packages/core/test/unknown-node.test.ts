import { describe, expect, it } from 'vitest'
import { unknownNodeMessage, unknownNodeText, withKnownNodes, type Transcript } from '../src/index.js'

const tree = (): Transcript =>
  ({
    type: 'transcript',
    version: '1.1',
    meta: {},
    speakers: [],
    children: [
      { type: 'turn', speaker: null, label: null, interpreted: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: 'a' }] }] },
      { type: 'chapter', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'one' }] }, { type: 'paragraph', children: [{ type: 'text', value: 'two' }] }] },
      {
        type: 'turn', speaker: null, label: null, interpreted: false,
        children: [{ type: 'paragraph', children: [{ type: 'segment', time: { start: 0, source: 'source' }, children: [{ type: 'gloss', value: 'g' }] }] }],
      },
    ],
  }) as unknown as Transcript

describe('unknown nodes', () => {
  it('keeps the text of unknown nodes, paragraphs apart, without recursion on deep trees', () => {
    expect(unknownNodeText({ type: 'chapter', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'x' }] }, { type: 'x', value: 'y' }] })).toBe('x\n\ny')
    let deep: unknown = { type: 'leaf', value: 'bottom' }
    for (let i = 0; i < 100_000; i++) deep = { type: 'wrap', children: [deep] }
    expect(unknownNodeText(deep)).toBe('bottom')
  })

  it('replaces unknown blocks by turns and unknown inlines by text, reporting each path, copy on write', () => {
    const heard: string[] = []
    const given = tree()
    const known = withKnownNodes(given, (node, path) => heard.push(`${(node as { type: string }).type} ${path}`))
    expect(heard).toEqual(['chapter children[1]', 'gloss children[2].children[0].children[0].children[0]'])
    expect(known.children[0]).toBe(given.children[0])
    expect(known.children[1]).toEqual({ type: 'turn', speaker: null, label: null, interpreted: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: 'one' }] }, { type: 'paragraph', children: [{ type: 'text', value: 'two' }] }] })
    expect(known.children[2]).toMatchObject({ children: [{ children: [{ type: 'segment', children: [{ type: 'text', value: 'g' }] }] }] })
    const plain = { ...given, children: [given.children[0]!] }
    expect(withKnownNodes(plain, () => {})).toBe(plain)
  })

  it('names the type and the path in an unknown-node message', () => {
    const message = unknownNodeMessage({ type: 'chapter' }, 'children[1]', 'verbatim-x', 'its text is kept')
    expect(message).toMatchObject({ ruleId: 'unknown-node', path: 'children[1]', actual: 'chapter', source: 'verbatim-x' })
    expect(message.reason).toContain('"chapter" at children[1]')
  })
})
