/**
 * The writer's first half: the transcript as a list of cues. Every segment is one cue with its
 * times as they are (source or estimated, never moved); timed events between turns are cues of
 * their own; content the writer cannot time is reported.
 */
import { createMessage, type Block, type Inline, type Segment, type Speaker, type Transcript, type Turn, type VerbatimMessage } from '@verbatim/core'
import { SOURCE } from './read-context.js'

export interface Cue {
  start: number
  end: number | undefined
  /** The speech of the cue on one line (whitespace collapsed). */
  text: string
  /** The turn the cue belongs to (null for an event between turns). */
  turn: Turn | null
  /** True for the turn's first cue: where a speaker label goes. */
  first: boolean
  /** Where in the model, for messages. */
  path: string
}

export interface CueContext {
  speakers: ReadonlyMap<string, Speaker>
  events: 'keep' | 'drop'
  report: (message: VerbatimMessage) => void
}

const SPACE = /\s+/g

/** The text of a segment's children, events as written. */
export function segmentText(segment: Segment, events: 'keep' | 'drop'): string {
  let text = ''
  for (const child of segment.children) if (child.type !== 'event' || events === 'keep') text += child.value
  return text.replace(SPACE, ' ').trim()
}

export function collectCues(transcript: Transcript, context: CueContext): Cue[] {
  const cues: Cue[] = []
  transcript.children.forEach((block, index) => collectBlock(block, `children[${index}]`, cues, context))
  return cues
}

function collectBlock(block: Block, path: string, cues: Cue[], context: CueContext): void {
  if (block.type === 'break') return
  if (block.type === 'event') {
    if (context.events === 'drop') return
    if (block.time) cues.push({ start: block.time.start, end: block.time.end, text: block.value, turn: null, first: false, path })
    else context.report(createMessage(`An event between turns has no time and is not written: ${block.value}`, 'untimed-content', SOURCE, { path }))
    return
  }
  let first = true
  block.children.forEach((paragraph, p) => {
    let loose: Inline[] = []
    let loosePath = ''
    const flush = () => {
      if (loose.length > 0) untimed(loose, loosePath, block, first, cues, context)
      if (cues.length > 0 && cues[cues.length - 1]!.turn === block) first = false
      loose = []
    }
    paragraph.children.forEach((inline, i) => {
      if (inline.type !== 'segment') {
        if (loose.length === 0) loosePath = `${path}.children[${p}].children[${i}]`
        loose.push(inline)
        return
      }
      flush()
      cues.push({ start: inline.time.start, end: inline.time.end, text: segmentText(inline, context.events), turn: block, first, path: `${path}.children[${p}].children[${i}]` })
      first = false
    })
    flush()
  })
}

/**
 * Speech outside segments: timed words give a cue from the first word's start to the last word's
 * end; anything else has no time of its own and is reported (estimated cues are not written yet).
 */
function untimed(loose: Inline[], path: string, turn: Turn, first: boolean, cues: Cue[], context: CueContext): void {
  let text = ''
  let start: number | undefined
  let end: number | undefined
  for (const inline of loose) {
    if (inline.type === 'segment') continue
    if (inline.type === 'event' && context.events === 'drop') continue
    text += inline.value
    const time = inline.type === 'word' ? inline.time : inline.type === 'event' ? inline.time : undefined
    if (time) {
      start ??= time.start
      end = time.end ?? time.start
    }
  }
  text = text.replace(SPACE, ' ').trim()
  if (text === '') return
  if (start !== undefined) {
    cues.push({ start, end, text, turn, first, path })
    return
  }
  context.report(createMessage(`Speech outside timed segments is not written (SubRip needs times; estimated cues are not supported yet): "${text.length > 40 ? text.slice(0, 40) + '…' : text}"`, 'untimed-content', SOURCE, { path }))
}
