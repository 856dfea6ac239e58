import { describe, expect, it } from 'vitest'
import { createEvent, createParagraph, createSpeaker, createTranscript, createTurn } from '../src/builders.js'
import { MODEL_VERSION } from '../src/version.js'
import { createMessage, formatMessage, hasErrors } from '../src/message.js'
import { VerbatimError, isVerbatimError } from '../src/error.js'
import fc from 'fast-check'
import { dropPositions, removePositions } from '../src/positions.js'
import { getSpeaker, slugifyId, speakerIndex } from '../src/speakers.js'
import { countWords, toString, words } from '../src/text.js'
import { summarize } from '../src/summarize.js'
import type { Node } from '../src/types.js'
import { validateTranscript } from '../src/validate.js'
import { inlinesOf, turnsOf, visit } from '../src/visit.js'
import { sampleTranscript } from './sample.js'

describe('visit', () => {
  it('walks every node in document order with parent and index', () => {
    const seen: string[] = []
    visit(sampleTranscript(), (node, parent, index) => {
      seen.push(`${node.type}@${parent?.type ?? '-'}:${index ?? '-'}`)
    })
    expect(seen.slice(0, 7)).toEqual([
      'transcript@-:-',
      'turn@transcript:0',
      'paragraph@turn:0',
      'text@paragraph:0',
      'event@paragraph:1',
      'text@paragraph:2',
      'event@transcript:1',
    ])
    expect(seen).toHaveLength(20)
  })

  it('skips children on false and stops on "stop"', () => {
    const skipped: string[] = []
    visit(sampleTranscript(), (node) => {
      skipped.push(node.type)
      return node.type === 'turn' ? false : undefined
    })
    expect(skipped).not.toContain('paragraph')
    let count = 0
    visit(sampleTranscript(), (node: Node) => {
      count++
      return node.type === 'event' ? 'stop' : undefined
    })
    expect(count).toBe(5)
  })

  it('lists turns and inline nodes', () => {
    const transcript = sampleTranscript()
    expect(turnsOf(transcript)).toHaveLength(4)
    expect(inlinesOf(turnsOf(transcript)[0]!).map((node) => node.type)).toEqual(['text', 'event', 'text'])
  })
})

describe('plain text', () => {
  it('joins paragraphs and keeps events in their wording', () => {
    const [first, second] = turnsOf(sampleTranscript())
    expect(toString(first!)).toBe('Our aircraft carrier is near -- (inaudible) -- for the third time.')
    expect(toString(second!)).toBe('Thank you.\n\nNext question, please.')
    expect(toString(first!, { events: false })).toBe('Our aircraft carrier is near --  -- for the third time.')
    // Depth comes from the input: a loop, not recursion (10^5 nested segments of a hostile document).
    let deep: Node = { type: 'text', value: 'deep' }
    for (let i = 0; i < 100_000; i++) deep = { type: 'segment', time: { start: 0, source: 'source' }, children: [deep as never] } as Node
    expect(toString({ type: 'paragraph', children: [deep as never, { type: 'text', value: '!' }] } as Node)).toBe('deep!')
  })

  it('counts words on any whitespace, including U+00A0 and ideographic space', () => {
    expect(countWords('')).toBe(0)
    expect(countWords('  one\ttwo\u00a0three\u3000four\n')).toBe(4)
    expect(words(' a  b ')).toEqual(['a', 'b'])
    expect(words('   ')).toEqual([])
  })

  it('counts the words of a node: its text nodes, as summarize counts turns', () => {
    const transcript = sampleTranscript()
    const [first, second] = turnsOf(transcript)
    expect(countWords(first!)).toBe(countWords('Our aircraft carrier is near --') + countWords(' -- for the third time.'))
    expect(countWords(second!)).toBe(5)
    expect(countWords(first!.children[0]!.children[1]!)).toBe(0)
    // summarize credits each speaker with the words of their turns (unattributed turns are nobody's).
    const credited = turnsOf(transcript).filter((turn) => turn.speaker !== null)
    expect(credited.reduce((sum, turn) => sum + countWords(turn), 0)).toBe(summarize(transcript).speakers.reduce((sum, speaker) => sum + speaker.words, 0))
  })
})

describe('speakers', () => {
  it('looks speakers up by id', () => {
    const transcript = sampleTranscript()
    expect(getSpeaker(transcript, 'ash-carter')?.name).toBe('Ash Carter')
    expect(getSpeaker(transcript, null)).toBeUndefined()
    expect(speakerIndex(transcript).get('journalists')?.group).toBe(true)
  })

  it('makes readable, unique, valid ids', () => {
    expect(slugifyId('Jean-Yves Le Drian')).toBe('jean-yves-le-drian')
    expect(slugifyId('Andrés Manuel López Obrador')).toBe('andres-manuel-lopez-obrador')
    expect(slugifyId('北京')).toBe('speaker')
    expect(slugifyId('007')).toBe('speaker-007')
    expect(slugifyId('Q', new Set(['q', 'q-2']))).toBe('q-3')
  })
})

describe('builders', () => {
  it('build a valid transcript', () => {
    const transcript = createTranscript({
      speakers: [createSpeaker('a', 'A', { role: 'host' })],
      children: [createTurn('a', [createParagraph('Hello'), createParagraph([createEvent('laughter', '(Laughter.)')])], { label: 'A' })],
    })
    expect(validateTranscript(transcript).valid).toBe(true)
    expect(transcript.version).toBe(MODEL_VERSION)
  })
})

describe('removePositions', () => {
  it('removes positions everywhere but inside data', () => {
    const transcript = sampleTranscript()
    transcript.children[0]!.data = { position: 'kept' }
    const stripped = removePositions(transcript)
    expect(JSON.stringify(stripped)).not.toContain('"start":{"line"')
    expect(stripped.children[0]!.data).toEqual({ position: 'kept' })
    expect(transcript.children[0]!.position).toBeDefined()
  })
})

describe('dropPositions', () => {
  it('leaves in place what removePositions makes of a copy, on any JSON tree', () => {
    const key = fc.constantFrom('position', 'data', 'children', 'a', '__proto__')
    const tree = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 1 }), fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(key, tie('node'), { maxKeys: 5 })),
    })).node
    fc.assert(
      fc.property(tree, (value) => {
        const expected = removePositions(value)
        const copy = JSON.parse(JSON.stringify(value)) as unknown
        expect(dropPositions(copy)).toBe(copy)
        expect(JSON.stringify(copy)).toBe(JSON.stringify(expected))
      }),
      { numRuns: 500, seed: 7 },
    )
    const transcript = sampleTranscript()
    transcript.children[0]!.data = { position: 'kept' }
    const expected = removePositions(transcript)
    expect(dropPositions(transcript)).toEqual(expected)
    expect(Object.hasOwn(transcript.children[0]!, 'position')).toBe(false)
  })

  it('walks a tree of any depth without recursion', () => {
    const root: { position: number; children: unknown[] } = { position: 1, children: [] }
    let node = root
    for (let i = 0; i < 200_000; i++) {
      const child = { position: i, children: [] }
      node.children.push(child)
      node = child
    }
    dropPositions(root)
    expect(Object.hasOwn(node, 'position')).toBe(false)
  })
})

describe('messages and errors', () => {
  it('formats like a compiler', () => {
    const message = createMessage('expected a label, found `On the second point`', 'label-in-prose', 'verbatim-text', {
      place: { start: { line: 4, column: 1 }, end: { line: 4, column: 20 } },
    })
    expect(formatMessage(message, 'talk.txt')).toBe('talk.txt:4:1: warning: expected a label, found `On the second point` [label-in-prose]')
    expect(formatMessage(createMessage('x', 'r', 's', { path: 'children[2]', severity: 'error' }))).toBe('<input>:children[2]: error: x [r]')
    expect(hasErrors([message])).toBe(false)
  })

  it('errors carry their diagnostic', () => {
    const error = new VerbatimError('binary input', 'binary-input', 'verbatim-text', { place: { line: 1, column: 3 } })
    expect(error.message).toBe('1:3: binary input')
    expect(error.diagnostic).toMatchObject({ severity: 'error', ruleId: 'binary-input', source: 'verbatim-text' })
    expect(isVerbatimError(error)).toBe(true)
    expect(isVerbatimError(new Error('x'))).toBe(false)
  })
})

describe('__proto__ keys in user data', () => {
  it('survive validation, JSON and removePositions as plain keys', async () => {
    const { fromJson, toJson } = await import('../src/json.js')
    const transcript = sampleTranscript()
    transcript.meta.extra = JSON.parse('{"__proto__": "kept", "a": "b"}')
    transcript.children[0]!.data = JSON.parse('{"__proto__": {"polluted": true}}')
    const back = fromJson(toJson(transcript)).transcript
    expect(Object.keys(back.meta.extra!)).toEqual(['__proto__', 'a'])
    expect(Object.keys(removePositions(back).children[0]!.data!)).toEqual(['__proto__'])
    expect(Object.keys(removePositions(back).meta.extra!)).toEqual(['__proto__', 'a'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
